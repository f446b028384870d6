/**
 * The sandbox editor's edits as plain functions: the half-filled forms, the sandbox an add or a remove
 * would give (checked by `parseSandbox` before it is used), and the message keys of the reasons a change
 * is refused (the editor's texts, `editor-texts.ts`). No Preact: unit-tested (`test/unit/claim/sandbox-edits.test.ts`).
 */
import type { InputIssue, InputProblem, Sandbox } from '../../claim/schema.ts';
import type { EditorMessageKey } from './editor-texts.ts';
import { halfWidth } from '../../claim/format.ts';

/** The three add forms. */
export type SandboxForm = 'mpn' | 'tenant' | 'subscription';
/** A form's values by input name: text, or a checkbox's state. */
export type FormValues = Readonly<Record<string, string | boolean>>;
export type SandboxForms = Readonly<Record<SandboxForm, FormValues>>;

export const emptyForms: SandboxForms = { mpn: {}, tenant: {}, subscription: {} };

/** A form's text input, trimmed ('' when empty). */
function formText(values: FormValues, name: string): string {
	return String(values[name] ?? '').trim();
}

const optional = (values: FormValues, name: string) => formText(values, name) || undefined;

/** A form's ID or domain, in half-width (`halfWidth`: an input method's `８０ａｂ－…` is `80ab-…`). */
const codeText = (values: FormValues, name: string): string => halfWidth(formText(values, name)).trim();

/** What separates the domains of the tenant form: white space, commas and semicolons, the ideographic comma 、 too. */
const DOMAIN_SEPARATORS = /[\s,;\u3001]+/;

/** The sandbox with the MPN ID of the form added (not yet checked). */
export function withMpn(sandbox: Sandbox, values: FormValues): unknown {
	const mpn = {
		id: codeText(values, 'id'),
		name: formText(values, 'name'),
		enrolledInIncentives: values['enrolled'] === true,
		partnerType: optional(values, 'partnerType'),
		location: optional(values, 'location'),
	};
	return { ...sandbox, mpnIds: [...sandbox.mpnIds, mpn] };
}

/**
 * The sandbox with the customer tenant of the form added; domains are separated by commas, spaces or semicolons, in
 * half-width or full-width (、，； and the ideographic space, as a Japanese or Chinese input method types them).
 */
export function withTenant(sandbox: Sandbox, values: FormValues): unknown {
	const domains = codeText(values, 'domains').split(DOMAIN_SEPARATORS).filter(Boolean);
	const tenant = { tenantId: codeText(values, 'tenantId'), companyName: formText(values, 'companyName'), domains };
	return { ...sandbox, customerTenants: [...sandbox.customerTenants, tenant] };
}

/** The sandbox with the subscription of the form added. */
export function withSubscription(sandbox: Sandbox, values: FormValues): unknown {
	const subscription = {
		id: codeText(values, 'id'),
		tenantId: codeText(values, 'tenantId'),
		product: formText(values, 'product'),
		channel: formText(values, 'channel'),
		status: formText(values, 'status'),
		alreadyClaimed: values['alreadyClaimed'] === true,
	};
	return { ...sandbox, subscriptions: [...sandbox.subscriptions, subscription] };
}

/** The sandbox without a customer tenant: its subscriptions go with it. */
export function withoutTenant(sandbox: Sandbox, tenant: Sandbox['customerTenants'][number]): Sandbox {
	const id = tenant.tenantId.toLowerCase();
	return {
		...sandbox,
		customerTenants: sandbox.customerTenants.filter((other) => other !== tenant),
		subscriptions: sandbox.subscriptions.filter((subscription) => subscription.tenantId.toLowerCase() !== id),
	};
}

/** The message key of each problem the schema reports by code (`inputProblems` in `schema.ts`). */
const problemKeys = {
	duplicateMpn: 'simulator.editor.problem.duplicateMpn',
	duplicateTenant: 'simulator.editor.problem.duplicateTenant',
	duplicateSubscription: 'simulator.editor.problem.duplicateSubscription',
	domainInSeveralTenants: 'simulator.editor.problem.domainInSeveralTenants',
	mpnDigitsOnly: 'simulator.editor.problem.mpnDigitsOnly',
	notGuid: 'simulator.editor.problem.notGuid',
} as const satisfies Record<InputProblem, EditorMessageKey>;

/** The message keys of why a change was refused, each once; `simulator.editor.invalid` for issues without a code. */
export function refusalKeys(issues: readonly InputIssue[]): EditorMessageKey[] {
	return [...new Set(issues.map((issue) => (issue.problem ? problemKeys[issue.problem] : 'simulator.editor.invalid')))];
}
