/**
 * The product catalogue of the simulator: a few real products of the two solution areas the CPOR platform
 * supports (fact sheet §2), with the Dynamics 365 ones marked. Product names are brand names and stay the
 * same in every language.
 */
import type { Product } from './schema.ts';

export const productCatalogue = [
	{ id: 'dynamics-365-sales', name: 'Dynamics 365 Sales', solutionArea: 'business-applications', dynamics: true },
	{ id: 'dynamics-365-customer-service', name: 'Dynamics 365 Customer Service', solutionArea: 'business-applications', dynamics: true },
	{ id: 'power-bi-pro', name: 'Power BI Pro', solutionArea: 'business-applications', dynamics: false },
	{ id: 'microsoft-365-e3', name: 'Microsoft 365 E3', solutionArea: 'microsoft-365', dynamics: false },
	{ id: 'microsoft-teams', name: 'Microsoft Teams', solutionArea: 'microsoft-365', dynamics: false },
	{ id: 'exchange-online', name: 'Exchange Online', solutionArea: 'microsoft-365', dynamics: false },
] as const satisfies readonly Product[];
