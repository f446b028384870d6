/**
 * Editing the sandbox: add or remove MPN IDs, customer tenants and subscriptions. Every change goes through
 * `parseSandbox`, so the sandbox the claim is checked against is always a valid one; a refused change says
 * why, in the page's language. Loaded on demand by `SandboxPanel`.
 */
import { fillPlaceholders } from '../../i18n/placeholders.ts';
import { useState } from 'preact/hooks';
import { purchaseChannels, subscriptionStatuses } from '../../claim/choices.ts';
import { parseSandbox, type Sandbox } from '../../claim/schema.ts';
import type { SimulatorStrings } from './strings.ts';

export interface SandboxEditorProps {
	id: string;
	ui: SimulatorStrings;
	sandbox: Sandbox;
	defaultSandbox: Sandbox;
	onChange: (sandbox: Sandbox) => void;
}

type Form = Record<string, string | boolean>;

export function SandboxEditor({ id, ui, sandbox, defaultSandbox, onChange }: SandboxEditorProps) {
	const e = ui.editor;
	const [message, setMessage] = useState('');
	const [forms, setForms] = useState<Record<string, Form>>({ mpn: {}, tenant: {}, subscription: {} });

	const apply = (next: unknown, done: string, form?: string) => {
		const result = parseSandbox(next);
		if (!result.ok) {
			const problems = [...new Set(result.issues.map((issue) => e.problems[issue.message] ?? e.invalid))];
			setMessage(fillPlaceholders(e.rejected, { problems: problems.join('; ') }));
			return;
		}
		onChange(result.value);
		setMessage(done);
		if (form) setForms({ ...forms, [form]: {} });
	};
	const value = (form: string, name: string) => forms[form]?.[name];
	const input = (form: string, name: string, label: string, hint?: string) => {
		const fieldId = `${id}-sandbox-${form}-${name}`;
		return (
			<div class="cs-field">
				<label for={fieldId}>{label}</label>
				<input
					id={fieldId}
					value={String(value(form, name) ?? '')}
					aria-describedby={hint ? `${fieldId}-hint` : undefined}
					onInput={(event) => setForms({ ...forms, [form]: { ...forms[form], [name]: event.currentTarget.value } })}
				/>
				{hint && (
					<p id={`${fieldId}-hint`} class="cs-hint">
						{hint}
					</p>
				)}
			</div>
		);
	};
	const check = (form: string, name: string, label: string) => (
		<label class="cs-check">
			<input
				type="checkbox"
				checked={value(form, name) === true}
				onChange={(event) => setForms({ ...forms, [form]: { ...forms[form], [name]: event.currentTarget.checked } })}
			/>
			{label}
		</label>
	);
	const select = (form: string, name: string, label: string, options: ReadonlyArray<readonly [string, string]>) => {
		const fieldId = `${id}-sandbox-${form}-${name}`;
		return (
			<div class="cs-field">
				<label for={fieldId}>{label}</label>
				<select
					id={fieldId}
					value={String(value(form, name) ?? '')}
					onChange={(event) => setForms({ ...forms, [form]: { ...forms[form], [name]: event.currentTarget.value } })}
				>
					<option value="">{ui.select}</option>
					{options.map(([option, text]) => (
						<option value={option}>{text}</option>
					))}
				</select>
			</div>
		);
	};
	const removeButton = (name: string, remove: () => void) => (
		<button type="button" class="cs-remove" onClick={remove}>
			{fillPlaceholders(e.remove, { name })}
		</button>
	);
	const text = (form: string, name: string) => String(value(form, name) ?? '').trim();
	const optional = (form: string, name: string) => text(form, name) || undefined;

	return (
		<div class="cs-editor">
			<p>{e.intro}</p>
			<p class="sr-only" role="status">
				{message}
			</p>
			{message && <p class="cs-hint">{message}</p>}

			<h4>{e.mpnIds}</h4>
			<ul>
				{sandbox.mpnIds.map((mpn) => (
					<li>
						{`${mpn.id} – ${mpn.name} (${mpn.enrolledInIncentives ? ui.enrolled : ui.notEnrolled}${mpn.partnerType ? `, ${mpn.partnerType}` : ''}) `}
						{removeButton(mpn.id, () => apply({ ...sandbox, mpnIds: sandbox.mpnIds.filter((other) => other !== mpn) }, e.removed))}
					</li>
				))}
			</ul>
			<fieldset>
				<legend>{e.addMpn}</legend>
				{input('mpn', 'id', ui.mpnId)}
				{input('mpn', 'name', e.locationName)}
				{input('mpn', 'partnerType', e.partnerType)}
				{input('mpn', 'location', e.location)}
				{check('mpn', 'enrolled', e.enrolled)}
				<button
					type="button"
					onClick={() =>
						apply(
							{
								...sandbox,
								mpnIds: [
									...sandbox.mpnIds,
									{
										id: text('mpn', 'id'),
										name: text('mpn', 'name'),
										enrolledInIncentives: value('mpn', 'enrolled') === true,
										partnerType: optional('mpn', 'partnerType'),
										location: optional('mpn', 'location'),
									},
								],
							},
							e.added,
							'mpn',
						)
					}
				>
					{e.addMpn}
				</button>
			</fieldset>

			<h4>{e.tenants}</h4>
			<ul>
				{sandbox.customerTenants.map((tenant) => (
					<li>
						{`${tenant.companyName}: `}
						<code translate={false}>{tenant.tenantId}</code>
						{` (${tenant.domains.join(', ')}) `}
						{removeButton(tenant.companyName, () =>
							apply(
								{
									...sandbox,
									customerTenants: sandbox.customerTenants.filter((other) => other !== tenant),
									// Its subscriptions go with it.
									subscriptions: sandbox.subscriptions.filter((subscription) => subscription.tenantId.toLowerCase() !== tenant.tenantId.toLowerCase()),
								},
								e.removed,
							),
						)}
					</li>
				))}
			</ul>
			<fieldset>
				<legend>{e.addTenant}</legend>
				{input('tenant', 'companyName', e.companyName)}
				{input('tenant', 'tenantId', ui.tenantId)}
				{input('tenant', 'domains', e.domains, e.domainsHint)}
				<button
					type="button"
					onClick={() =>
						apply(
							{
								...sandbox,
								customerTenants: [
									...sandbox.customerTenants,
									{
										tenantId: text('tenant', 'tenantId'),
										companyName: text('tenant', 'companyName'),
										domains: text('tenant', 'domains').split(/[\s,]+/).filter(Boolean),
									},
								],
							},
							e.added,
							'tenant',
						)
					}
				>
					{e.addTenant}
				</button>
			</fieldset>

			<h4>{e.subscriptions}</h4>
			<ul>
				{sandbox.subscriptions.map((subscription) => (
					<li>
						<code translate={false}>{subscription.id}</code>
						{` ${sandbox.products.find((product) => product.id === subscription.product)?.name ?? subscription.product} · ${
							sandbox.customerTenants.find((tenant) => tenant.tenantId.toLowerCase() === subscription.tenantId.toLowerCase())?.companyName ?? subscription.tenantId
						} · ${ui.channels[subscription.channel]} · ${ui.statuses[subscription.status]}${subscription.alreadyClaimed ? ` · ${ui.alreadyClaimed}` : ''} `}
						{removeButton(subscription.id, () => apply({ ...sandbox, subscriptions: sandbox.subscriptions.filter((other) => other !== subscription) }, e.removed))}
					</li>
				))}
			</ul>
			<fieldset>
				<legend>{e.addSubscription}</legend>
				{input('subscription', 'id', ui.subscriptionId)}
				{select('subscription', 'tenantId', ui.tenantId, sandbox.customerTenants.map((tenant) => [tenant.tenantId, tenant.companyName]))}
				{select('subscription', 'product', e.product, sandbox.products.map((product) => [product.id, product.name]))}
				{select('subscription', 'channel', e.channel, purchaseChannels.map((channel) => [channel, ui.channels[channel]]))}
				{select('subscription', 'status', e.status, subscriptionStatuses.map((status) => [status, ui.statuses[status]]))}
				{check('subscription', 'alreadyClaimed', e.alreadyClaimed)}
				<button
					type="button"
					onClick={() =>
						apply(
							{
								...sandbox,
								subscriptions: [
									...sandbox.subscriptions,
									{
										id: text('subscription', 'id'),
										tenantId: text('subscription', 'tenantId'),
										product: text('subscription', 'product'),
										channel: text('subscription', 'channel'),
										status: text('subscription', 'status'),
										alreadyClaimed: value('subscription', 'alreadyClaimed') === true,
									},
								],
							},
							e.added,
							'subscription',
						)
					}
				>
					{e.addSubscription}
				</button>
			</fieldset>
			<p>
				<button type="button" onClick={() => apply(defaultSandbox, e.restored)}>
					{e.restore}
				</button>
			</p>
		</div>
	);
}
