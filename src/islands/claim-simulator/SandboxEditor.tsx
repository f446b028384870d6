/**
 * Editing the sandbox: add or remove MPN IDs, customer tenants and subscriptions. Every change goes through
 * `parseSandbox`, so the sandbox the claim is checked against is always a valid one; a refused change says
 * why, in the page's language. Each tenant and subscription ID has a copy button, to paste it into the claim. The edits themselves are `sandbox-edits.ts`. Loaded on demand by `SandboxPanel`, with its texts (`editor-texts.ts`).
 */
import { useState } from 'preact/hooks';
import { purchaseChannels, subscriptionStatuses } from '../../claim/choices.ts';
import { parseSandbox, type Sandbox } from '../../claim/schema.ts';
import { CopyValue } from '../copy/CopyValue.tsx';
import type { EditorMessageKey } from './editor-texts.ts';
import {
	emptyForms,
	refusalKeys,
	withMpn,
	withoutTenant,
	withSubscription,
	withTenant,
	type SandboxForm,
	type SandboxForms,
} from './sandbox-edits.ts';
import type { EditorTranslate } from './translate.ts';

export interface SandboxEditorProps {
	id: string;
	/** The island's messages with the editor's texts, downloaded with its chunk (`editor-texts.json`). */
	t: EditorTranslate;
	sandbox: Sandbox;
	defaultSandbox: Sandbox;
	onChange: (sandbox: Sandbox) => void;
}

/** What each section gets: the sandbox, the forms' inputs, and `apply` for a change. */
interface SectionProps {
	t: EditorTranslate;
	sandbox: Sandbox;
	inputs: FormInputs;
	/** Applies a change when the sandbox it gives is valid, says `done`, and empties `form`. */
	apply: (next: unknown, done: EditorMessageKey, form?: SandboxForm) => void;
}

export function SandboxEditor({ id, t, sandbox, defaultSandbox, onChange }: SandboxEditorProps) {
	const [message, setMessage] = useState('');
	const [forms, setForms] = useState<SandboxForms>(emptyForms);
	const apply: SectionProps['apply'] = (next, done, form) => {
		const result = parseSandbox(next);
		if (!result.ok) {
			setMessage(
				t('simulator.editor.rejected', {
					problems: t.list(refusalKeys(result.issues).map((key) => t(key))),
				}),
			);
			return;
		}
		onChange(result.value);
		setMessage(t(done));
		if (form) setForms({ ...forms, [form]: {} });
	};
	const section: SectionProps = { t, sandbox, inputs: formInputs(id, t, forms, setForms), apply };
	return (
		<div class="cs-editor">
			<p>{t('simulator.editor.intro')}</p>
			<p class="sr-only" role="status">
				{message}
			</p>
			{message && <p class="cs-hint">{message}</p>}
			<MpnSection {...section} />
			<TenantSection {...section} />
			<SubscriptionSection {...section} />
			<p>
				<button type="button" onClick={() => apply(defaultSandbox, 'simulator.editor.restored')}>
					{t('simulator.editor.restore')}
				</button>
			</p>
		</div>
	);
}

function MpnSection({ t, sandbox, inputs, apply }: SectionProps) {
	const remove = (mpn: Sandbox['mpnIds'][number]) =>
		apply({ ...sandbox, mpnIds: sandbox.mpnIds.filter((other) => other !== mpn) }, 'simulator.editor.removed');
	return (
		<>
			<h4>{t('simulator.editor.mpnIds')}</h4>
			<ul>
				{sandbox.mpnIds.map((mpn) => (
					<li>
						{mpnRow(t, mpn)} <RemoveButton t={t} name={mpn.id} onRemove={() => remove(mpn)} />
					</li>
				))}
			</ul>
			<fieldset>
				<legend>{t('simulator.editor.addMpn')}</legend>
				{inputs.input('mpn', 'id', t('simulator.mpnId'))}
				{inputs.input('mpn', 'name', t('simulator.editor.locationName'))}
				{inputs.input('mpn', 'partnerType', t('simulator.editor.partnerType'))}
				{inputs.input('mpn', 'location', t('simulator.editor.location'))}
				{inputs.check('mpn', 'enrolled', t('simulator.editor.enrolled'))}
				<button type="button" onClick={() => apply(withMpn(sandbox, inputs.values('mpn')), 'simulator.editor.added', 'mpn')}>
					{t('simulator.editor.addMpn')}
				</button>
			</fieldset>
		</>
	);
}

function TenantSection({ t, sandbox, inputs, apply }: SectionProps) {
	return (
		<>
			<h4>{t('simulator.editor.tenants')}</h4>
			<ul>
				{sandbox.customerTenants.map((tenant) => (
					<li>
						{t.parts('simulator.editor.tenant', {
							company: tenant.companyName,
							tenantId: <CopyValue value={tenant.tenantId} what="tenantId" t={t} />,
							domains: t.list(tenant.domains, 'unit'),
						})}{' '}
						<RemoveButton
							t={t}
							name={tenant.companyName}
							onRemove={() => apply(withoutTenant(sandbox, tenant), 'simulator.editor.removed')}
						/>
					</li>
				))}
			</ul>
			<fieldset>
				<legend>{t('simulator.editor.addTenant')}</legend>
				{inputs.input('tenant', 'companyName', t('simulator.editor.companyName'))}
				{inputs.input('tenant', 'tenantId', t('simulator.tenantId'))}
				{inputs.input('tenant', 'domains', t('simulator.editor.domains'), t('simulator.editor.domainsHint'))}
				<button type="button" onClick={() => apply(withTenant(sandbox, inputs.values('tenant')), 'simulator.editor.added', 'tenant')}>
					{t('simulator.editor.addTenant')}
				</button>
			</fieldset>
		</>
	);
}

function SubscriptionSection({ t, sandbox, inputs, apply }: SectionProps) {
	const productName = (id: string) => sandbox.products.find((product) => product.id === id)?.name ?? id;
	const companyName = (id: string) =>
		sandbox.customerTenants.find((tenant) => tenant.tenantId.toLowerCase() === id.toLowerCase())?.companyName ?? id;
	const remove = (subscription: Sandbox['subscriptions'][number]) =>
		apply({ ...sandbox, subscriptions: sandbox.subscriptions.filter((other) => other !== subscription) }, 'simulator.editor.removed');
	return (
		<>
			<h4>{t('simulator.editor.subscriptions')}</h4>
			<ul>
				{sandbox.subscriptions.map((subscription) => (
					<li>
						<CopyValue value={subscription.id} what="subscriptionId" t={t} />
						{` ${productName(subscription.product)} · ${companyName(subscription.tenantId)} · ${t(`simulator.choice.channel.${subscription.channel}`)} · ${t(
							`simulator.choice.subscriptionStatus.${subscription.status}`,
						)}${subscription.alreadyClaimed ? ` · ${t('simulator.alreadyClaimed')}` : ''} `}
						<RemoveButton t={t} name={subscription.id} onRemove={() => remove(subscription)} />
					</li>
				))}
			</ul>
			<fieldset>
				<legend>{t('simulator.editor.addSubscription')}</legend>
				{inputs.input('subscription', 'id', t('simulator.subscriptionId'))}
				{inputs.select(
					'subscription',
					'tenantId',
					t('simulator.tenantId'),
					sandbox.customerTenants.map((tenant) => [tenant.tenantId, tenant.companyName]),
				)}
				{inputs.select(
					'subscription',
					'product',
					t('simulator.editor.product'),
					sandbox.products.map((product) => [product.id, product.name]),
				)}
				{inputs.select(
					'subscription',
					'channel',
					t('simulator.editor.channel'),
					purchaseChannels.map((channel) => [channel, t(`simulator.choice.channel.${channel}`)]),
				)}
				{inputs.select(
					'subscription',
					'status',
					t('simulator.editor.status'),
					subscriptionStatuses.map((status) => [status, t(`simulator.choice.subscriptionStatus.${status}`)]),
				)}
				{inputs.check('subscription', 'alreadyClaimed', t('simulator.editor.alreadyClaimed'))}
				<button
					type="button"
					onClick={() => apply(withSubscription(sandbox, inputs.values('subscription')), 'simulator.editor.added', 'subscription')}
				>
					{t('simulator.editor.addSubscription')}
				</button>
			</fieldset>
		</>
	);
}

/** An MPN ID's row text: id and name, whether it is enrolled and its partner type, if any. */
function mpnRow(t: EditorTranslate, mpn: Sandbox['mpnIds'][number]): string {
	const enrolled = t(mpn.enrolledInIncentives ? 'simulator.enrolled' : 'simulator.notEnrolled');
	const note = mpn.partnerType ? t('simulator.mpnDetails', { enrolled, partnerType: mpn.partnerType }) : enrolled;
	return t('simulator.withNote', { text: `${mpn.id} – ${mpn.name}`, note });
}

function RemoveButton({ t, name, onRemove }: { t: EditorTranslate; name: string; onRemove: () => void }) {
	return (
		<button type="button" class="cs-remove" onClick={onRemove}>
			{t('simulator.editor.remove', { name })}
		</button>
	);
}

/** The forms' labelled inputs, bound to their values. */
interface FormInputs {
	values: (form: SandboxForm) => SandboxForms[SandboxForm];
	input: (form: SandboxForm, name: string, label: string, hint?: string) => preact.JSX.Element;
	check: (form: SandboxForm, name: string, label: string) => preact.JSX.Element;
	select: (form: SandboxForm, name: string, label: string, options: ReadonlyArray<readonly [string, string]>) => preact.JSX.Element;
}

function formInputs(id: string, t: EditorTranslate, forms: SandboxForms, setForms: (forms: SandboxForms) => void): FormInputs {
	const value = (form: SandboxForm, name: string) => forms[form][name];
	const set = (form: SandboxForm, name: string, next: string | boolean) => setForms({ ...forms, [form]: { ...forms[form], [name]: next } });
	const fieldId = (form: SandboxForm, name: string) => `${id}-sandbox-${form}-${name}`;
	return {
		values: (form) => forms[form],
		input: (form, name, label, hint) => (
			<div class="cs-field">
				<label for={fieldId(form, name)}>{label}</label>
				<input
					id={fieldId(form, name)}
					value={String(value(form, name) ?? '')}
					aria-describedby={hint ? `${fieldId(form, name)}-hint` : undefined}
					onInput={(event) => set(form, name, event.currentTarget.value)}
				/>
				{hint && (
					<p id={`${fieldId(form, name)}-hint`} class="cs-hint">
						{hint}
					</p>
				)}
			</div>
		),
		check: (form, name, label) => (
			<label class="cs-check">
				<input type="checkbox" checked={value(form, name) === true} onChange={(event) => set(form, name, event.currentTarget.checked)} />
				{label}
			</label>
		),
		select: (form, name, label, options) => (
			<div class="cs-field">
				<label for={fieldId(form, name)}>{label}</label>
				<select
					id={fieldId(form, name)}
					value={String(value(form, name) ?? '')}
					onChange={(event) => set(form, name, event.currentTarget.value)}
				>
					<option value="">{t('simulator.select')}</option>
					{options.map(([option, text]) => (
						<option value={option}>{text}</option>
					))}
				</select>
			</div>
		),
	};
}
