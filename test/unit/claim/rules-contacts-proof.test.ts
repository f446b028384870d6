import { describe, expect, it } from 'vitest';
import { happy, presetDraft, stepCodes, stepProblems } from './helpers.ts';

const blankPerson = { name: '', title: '', email: '' };

describe('step "contacts"', () => {
	it('passes with every contact filled in', () => {
		expect(stepCodes('contacts', happy())).toEqual([]);
	});

	it('CONTACT_FIELD_REQUIRED names every blank field of the customer and company contacts', () => {
		const draft = happy();
		expect(
			stepProblems('contacts', {
				...draft,
				contacts: {
					...draft.contacts,
					customer: { ...draft.contacts.customer, title: ' ' },
					company: { name: '', email: 'adele@fabrikam.com' },
				},
			}),
		).toEqual([{ code: 'CONTACT_FIELD_REQUIRED', step: 'contacts', fields: ['contacts.customer.title', 'contacts.company.name'] }]);
	});

	it('TECHNICAL_CONTACT_REQUIRED exactly when a Dynamics 365 product is chosen and the technical contact is incomplete', () => {
		const draft = happy();
		const withoutTechnical = { ...draft.contacts, technical: { ...blankPerson, title: 'Admin' } };
		expect(stepProblems('contacts', { ...draft, contacts: withoutTechnical })).toEqual([
			{ code: 'TECHNICAL_CONTACT_REQUIRED', step: 'contacts', fields: ['contacts.technical.name', 'contacts.technical.email'] },
		]);
		// Power BI is Business Applications but not Dynamics 365; Microsoft 365 neither.
		expect(stepCodes('contacts', { ...draft, products: ['power-bi-pro'], contacts: withoutTechnical })).toEqual([]);
		expect(
			stepCodes('contacts', { ...presetDraft('microsoft-365-usage'), contacts: { ...draft.contacts, technical: blankPerson } }),
		).toEqual([]);
		expect(
			stepCodes('contacts', { ...draft, products: ['power-bi-pro', 'dynamics-365-customer-service'], contacts: withoutTechnical }),
		).toEqual(['TECHNICAL_CONTACT_REQUIRED']);
	});

	it('CONTACT_EMAIL_INVALID for each filled-in address that is not one', () => {
		const draft = happy();
		for (const email of ['megan', 'megan@contoso', 'megan bowen@contoso.com', 'megan@@contoso.com', '@contoso.com']) {
			expect(
				stepProblems('contacts', { ...draft, contacts: { ...draft.contacts, company: { ...draft.contacts.company, email } } }),
				email,
			).toEqual([{ code: 'CONTACT_EMAIL_INVALID', step: 'contacts', fields: ['contacts.company.email'] }]);
		}
		for (const email of ['megan@contoso.com', ' megan.bowen+cpor@sales.contoso.co.jp ']) {
			expect(
				stepCodes('contacts', { ...draft, contacts: { ...draft.contacts, company: { ...draft.contacts.company, email } } }),
				email,
			).toEqual([]);
		}
	});

	it("checks the technical contact's address only when the technical contact is asked for", () => {
		const draft = happy();
		const badTechnical = { ...draft.contacts, technical: { ...draft.contacts.technical, email: 'alex' } };
		expect(stepCodes('contacts', { ...draft, contacts: badTechnical })).toEqual(['CONTACT_EMAIL_INVALID']);
		expect(stepCodes('contacts', { ...draft, products: ['power-bi-pro'], contacts: badTechnical })).toEqual([]);
	});

	it('does not call a blank address malformed: it is only missing', () => {
		const draft = happy();
		expect(
			stepCodes('contacts', { ...draft, contacts: { ...draft.contacts, customer: { ...draft.contacts.customer, email: '' } } }),
		).toEqual(['CONTACT_FIELD_REQUIRED']);
	});
});

describe('step "proof-of-execution"', () => {
	it('PROOF_OF_EXECUTION_REQUIRED exactly when no file is attached', () => {
		expect(stepCodes('proof-of-execution', { ...happy(), proofOfExecution: null })).toEqual(['PROOF_OF_EXECUTION_REQUIRED']);
		expect(stepCodes('proof-of-execution', { ...happy(), proofOfExecution: { fileName: ' ', sizeBytes: 10 } })).toEqual([
			'PROOF_OF_EXECUTION_REQUIRED',
		]);
		expect(stepCodes('proof-of-execution', happy())).toEqual([]);
		// No type, size or date rule is documented for CPOR PoE.
		expect(stepCodes('proof-of-execution', { ...happy(), proofOfExecution: { fileName: 'poe.exe', sizeBytes: 0 } })).toEqual([]);
	});
});

describe('steps "comments" and "submit"', () => {
	it('never fail: comments are optional and submitting adds no check', () => {
		expect(stepCodes('comments', { ...happy(), comments: '' })).toEqual([]);
		expect(stepCodes('submit', { ...happy(), mpnId: '', products: [] })).toEqual([]);
	});
});
