/**
 * The fields of the current step, as the Partner Center flow asks for them. Every field is labelled, says what
 * it expects, and points (`aria-invalid`, `aria-describedby`) at the errors that concern it.
 */
import { fillPlaceholders } from '../../i18n/placeholders.ts';
import type { ComponentChildren } from 'preact';
import { activities, solutionAreas, type DraftField } from '../../claim/choices.ts';
import type { ClaimError } from '../../claim/errors.ts';
import { chosenProducts, productsAskingForSubscription, findTenant } from '../../claim/lookups.ts';
import type { ClaimDraft, Sandbox } from '../../claim/schema.ts';
import type { SimulatorState } from '../../claim/url-encoding.ts';
import type { SimulatorData } from './data.ts';
import { fieldId, formatSize } from './format.ts';
import { problemId } from './ProblemList.tsx';

interface Props {
	id: string;
	data: SimulatorData;
	sim: SimulatorState;
	errors: readonly ClaimError[];
	onDraft: (draft: ClaimDraft) => void;
}

type Setter = (value: string) => void;

export function StepFields({ id, data, sim, errors, onDraft }: Props) {
	const { ui } = data;
	const { draft, sandbox } = sim;
	/** `aria-invalid` and `aria-describedby` of a field. */
	const described = (field: DraftField, hint?: string) => {
		const ids = errors.flatMap((error, index) => (error.fields.includes(field) ? [problemId(`${id}-errors`, index)] : []));
		return {
			id: fieldId(id, field),
			'aria-invalid': ids.length > 0 ? ('true' as const) : undefined,
			'aria-describedby': [...ids, ...(hint ? [`${fieldId(id, field)}-hint`] : [])].join(' ') || undefined,
		};
	};
	const text = (field: DraftField, label: string, value: string, set: Setter, hint?: string, type = 'text') => (
		<div class="cs-field">
			<label for={fieldId(id, field)}>{label}</label>
			<input type={type} value={value} onInput={(event) => set(event.currentTarget.value)} {...described(field, hint)} />
			{hint && <p id={`${fieldId(id, field)}-hint`} class="cs-hint">{hint}</p>}
		</div>
	);
	const set = (patch: Partial<ClaimDraft>) => onDraft({ ...draft, ...patch });
	const contact = <K extends keyof ClaimDraft['contacts']>(who: K, field: keyof ClaimDraft['contacts'][K], value: string) =>
		set({ contacts: { ...draft.contacts, [who]: { ...draft.contacts[who], [field]: value } } });

	switch (sim.step) {
		case 'mpn': {
			const known = sandbox.mpnIds.some((mpn) => mpn.id === draft.mpnId.trim());
			return (
				<div class="cs-field">
					<label for={fieldId(id, 'mpnId')}>{ui.mpnId}</label>
					<select value={draft.mpnId} onChange={(event) => set({ mpnId: event.currentTarget.value })} {...described('mpnId', ui.mpnHint)}>
						<option value="">{ui.select}</option>
						{sandbox.mpnIds.map((mpn) => (
							<option value={mpn.id}>{`${mpn.id} – ${mpn.name} (${mpn.enrolledInIncentives ? ui.enrolled : ui.notEnrolled})`}</option>
						))}
						{!known && draft.mpnId !== '' && <option value={draft.mpnId}>{`${draft.mpnId} (${ui.notInList})`}</option>}
					</select>
					<p id={`${fieldId(id, 'mpnId')}-hint`} class="cs-hint">
						{ui.mpnHint}
					</p>
				</div>
			);
		}
		case 'customer':
			return (
				<>
					{text('customerDomain', ui.customerDomain, draft.customerDomain, (value) => set({ customerDomain: value }), ui.customerDomainHint)}
					{text('tenantId', ui.tenantId, draft.tenantId, (value) => set({ tenantId: value }), ui.tenantIdHint)}
				</>
			);
		case 'activity':
			return (
				<>
					<Choices
						legend={ui.solutionArea}
						name={`${id}-solution-area`}
						field={described('solutionArea')}
						options={solutionAreas.map((area) => [area, ui.solutionAreas[area]])}
						value={draft.solutionArea}
						onChange={(value) => set({ solutionArea: value as ClaimDraft['solutionArea'] })}
					/>
					<Choices
						legend={ui.activity}
						hint={ui.activityHint}
						name={`${id}-activity`}
						field={described('activity')}
						options={activities.map((activity) => [activity, ui.activities[activity]])}
						value={draft.activity}
						onChange={(value) => set({ activity: value as ClaimDraft['activity'] })}
					/>
					{text('claimName', ui.claimName, draft.claimName, (value) => set({ claimName: value }))}
					{draft.activity === 'revenue-association' && (
						<fieldset>
							<legend>{ui.revenueAssociation}</legend>
							{(['solutionSellerName', 'customerName', 'isvProductName'] as const).map((field) =>
								text(`revenueAssociation.${field}`, ui[field], draft.revenueAssociation[field], (value) =>
									set({ revenueAssociation: { ...draft.revenueAssociation, [field]: value } }),
								),
							)}
						</fieldset>
					)}
				</>
			);
		case 'products': {
			const field = described('products', ui.productsHint);
			return (
				<fieldset id={field.id} tabIndex={-1} aria-invalid={field['aria-invalid']} aria-describedby={field['aria-describedby']}>
					<legend>{ui.products}</legend>
					{sandbox.products.map((product) => (
						<label class="cs-check">
							<input
								type="checkbox"
								checked={draft.products.includes(product.id)}
								onChange={(event) =>
									set({
										products: event.currentTarget.checked ? [...draft.products, product.id] : draft.products.filter((chosen) => chosen !== product.id),
									})
								}
							/>
							{`${product.name} (${ui.solutionAreas[product.solutionArea]})`}
						</label>
					))}
					<p id={`${field.id}-hint`} class="cs-hint">
						{ui.productsHint}
					</p>
				</fieldset>
			);
		}
		case 'contacts': {
			const dynamics = chosenProducts(draft, sandbox).some((product) => product.dynamics);
			const person = (who: 'customer' | 'technical', legend: string) => (
				<fieldset>
					<legend>{legend}</legend>
					{text(`contacts.${who}.name`, ui.contactName, draft.contacts[who].name, (value) => contact(who, 'name', value))}
					{text(`contacts.${who}.title`, ui.contactTitle, draft.contacts[who].title, (value) => contact(who, 'title', value))}
					{text(`contacts.${who}.email`, ui.contactEmail, draft.contacts[who].email, (value) => contact(who, 'email', value), undefined, 'email')}
				</fieldset>
			);
			return (
				<>
					{person('customer', ui.customerContact)}
					{dynamics ? person('technical', ui.technicalContact) : <p class="cs-hint">{ui.technicalNotAsked}</p>}
					<fieldset>
						<legend>{ui.companyContact}</legend>
						{text('contacts.company.name', ui.contactName, draft.contacts.company.name, (value) => contact('company', 'name', value))}
						{text('contacts.company.email', ui.contactEmail, draft.contacts.company.email, (value) => contact('company', 'email', value), undefined, 'email')}
					</fieldset>
				</>
			);
		}
		case 'subscription': {
			const asking = productsAskingForSubscription(draft, sandbox);
			if (asking.length === 0) return <p class="cs-hint">{ui.subscriptionNotAsked}</p>;
			const tenant = findTenant(sandbox, draft.tenantId);
			const hint = fillPlaceholders(ui.subscriptionHint, { products: asking.map((product) => product.name).join(', ') });
			return (
				<>
					{text('subscriptionId', ui.subscriptionId, draft.subscriptionId, (value) => set({ subscriptionId: value }), hint)}
					{tenant && <p class="cs-hint">{ui.subscriptionsInSandbox}</p>}
				</>
			);
		}
		case 'proof-of-execution': {
			const file = draft.proofOfExecution;
			const field = described('proofOfExecution', ui.proofOfExecutionHint);
			return (
				<div class="cs-field">
					<label for={field.id}>{ui.proofOfExecution}</label>
					<input
						type="file"
						{...field}
						onChange={(event) => {
							const chosen = event.currentTarget.files?.[0];
							if (chosen) set({ proofOfExecution: { fileName: chosen.name, sizeBytes: chosen.size } });
						}}
					/>
					<p id={`${field.id}-hint`} class="cs-hint">
						{ui.proofOfExecutionHint}
					</p>
					{file && (
						<p class="cs-file">
							{fillPlaceholders(ui.fileChosen, { name: file.fileName, size: formatSize(file.sizeBytes, data.lang) })}{' '}
							<button type="button" onClick={() => set({ proofOfExecution: null })}>
								{ui.removeFile}
							</button>
						</p>
					)}
				</div>
			);
		}
		case 'comments':
			return (
				<div class="cs-field">
					<label for={fieldId(id, 'comments')}>{ui.comments}</label>
					<textarea rows={4} value={draft.comments} onInput={(event) => set({ comments: event.currentTarget.value })} {...described('comments', ui.commentsHint)} />
					<p id={`${fieldId(id, 'comments')}-hint`} class="cs-hint">
						{ui.commentsHint}
					</p>
				</div>
			);
		case 'submit':
			return <Summary data={data} draft={draft} sandbox={sandbox} />;
	}
}

interface ChoicesProps {
	legend: string;
	hint?: string;
	name: string;
	field: { id: string; 'aria-invalid': 'true' | undefined; 'aria-describedby': string | undefined };
	options: ReadonlyArray<readonly [string, string]>;
	value: string | null;
	onChange: (value: string) => void;
}

/** A radio group; the fieldset takes the field's id, so a failed check can focus it. */
function Choices({ legend, hint, name, field, options, value, onChange }: ChoicesProps) {
	const hintId = `${field.id}-hint`;
	return (
		<fieldset
			id={field.id}
			tabIndex={-1}
			aria-invalid={field['aria-invalid']}
			aria-describedby={[field['aria-describedby'], hint ? hintId : ''].filter(Boolean).join(' ') || undefined}
		>
			<legend>{legend}</legend>
			{options.map(([option, label]) => (
				<label class="cs-check">
					<input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
					{label}
				</label>
			))}
			{hint && (
				<p id={hintId} class="cs-hint">
					{hint}
				</p>
			)}
		</fieldset>
	);
}

/** The claim as it will be submitted. */
function Summary({ data, draft, sandbox }: { data: SimulatorData; draft: ClaimDraft; sandbox: Sandbox }) {
	const { ui } = data;
	const row = (label: string, value: ComponentChildren) => (
		<>
			<dt>{label}</dt>
			<dd>{value === '' || value === null ? <i>{ui.notFilled}</i> : value}</dd>
		</>
	);
	return (
		<section>
			<h4>{ui.summaryHeading}</h4>
			<dl class="cs-summary">
				{row(ui.mpnId, draft.mpnId)}
				{row(ui.customerDomain, draft.customerDomain)}
				{row(ui.tenantId, draft.tenantId)}
				{row(ui.solutionArea, draft.solutionArea && ui.solutionAreas[draft.solutionArea])}
				{row(ui.activity, draft.activity && ui.activities[draft.activity])}
				{row(ui.claimName, draft.claimName)}
				{row(ui.products, draft.products.map((product) => sandbox.products.find((known) => known.id === product)?.name ?? product).join(', '))}
				{row(ui.subscriptionId, draft.subscriptionId)}
				{row(ui.proofOfExecution, draft.proofOfExecution?.fileName ?? '')}
			</dl>
		</section>
	);
}
