/**
 * Step "contacts": your customer's contact (name, title, email) and your company's contact (name, email) are
 * all required (OSA#120, #122, #144); for Dynamics 365 also the customer's technical contact (OSA#121). Email
 * addresses must look like one (a simulator assumption).
 */
import { claimError, type ClaimError } from '../errors.ts';
import { isEmailAddress, isFilled } from '../format.ts';
import { chosenProducts } from '../lookups.ts';
import type { ClaimDraft, DraftField, Sandbox } from '../schema.ts';

export function checkContacts(draft: ClaimDraft, sandbox: Sandbox): ClaimError[] {
	const { customer, technical, company } = draft.contacts;
	const needsTechnical = chosenProducts(draft, sandbox).some((product) => product.dynamics);

	const required: [DraftField, string][] = [
		['contacts.customer.name', customer.name],
		['contacts.customer.title', customer.title],
		['contacts.customer.email', customer.email],
		['contacts.company.name', company.name],
		['contacts.company.email', company.email],
	];
	const technicalFields: [DraftField, string][] = needsTechnical
		? [
				['contacts.technical.name', technical.name],
				['contacts.technical.title', technical.title],
				['contacts.technical.email', technical.email],
			]
		: [];
	const emails = [...required, ...technicalFields].filter(([field]) => field.endsWith('.email'));

	const problems: ClaimError[] = [];
	const missing = emptyFields(required);
	if (missing.length > 0) problems.push(claimError('CONTACT_FIELD_REQUIRED', 'contacts', missing));
	const missingTechnical = emptyFields(technicalFields);
	if (missingTechnical.length > 0) problems.push(claimError('TECHNICAL_CONTACT_REQUIRED', 'contacts', missingTechnical));
	const malformed = emails.filter(([, value]) => isFilled(value) && !isEmailAddress(value)).map(([field]) => field);
	if (malformed.length > 0) problems.push(claimError('CONTACT_EMAIL_INVALID', 'contacts', malformed));
	return problems;
}

function emptyFields(fields: readonly [DraftField, string][]): DraftField[] {
	return fields.filter(([, value]) => !isFilled(value)).map(([field]) => field);
}
