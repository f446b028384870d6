/**
 * The fields of the current step, as the Partner Center flow asks for them. Every field is labelled, says what
 * it expects, and points (`aria-invalid`, `aria-describedby`) at the errors that concern it.
 */
import { halfWidthTyping } from '../typing/half-width.ts';
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { activities, solutionAreas, type DraftField } from '../../claim/choices.ts';
import type { ClaimError } from '../../claim/errors.ts';
import { chosenProducts, customerSubscriptions, enteredSubscriptionId, productsAskingForSubscription } from '../../claim/lookups.ts';
import { normalizeId } from '../../claim/format.ts';
import type { ClaimDraft, Product, Sandbox } from '../../claim/schema.ts';
import type { SimulatorState } from '../../claim/url-encoding.ts';
import { CopyButton, CopyValue } from '../copy/CopyValue.tsx';
import { fieldId, formatSize, problemId } from './format.ts';
import type { LaterTranslate, SimulatorTranslate } from './translate.ts';

interface Props {
	id: string;
	t: SimulatorTranslate;
	/** The later texts' translator (`later-texts.ts`): the steps after the first are shown only once it is there. */
	later: LaterTranslate | null;
	lang: string;
	sim: SimulatorState;
	errors: readonly ClaimError[];
	onDraft: (draft: ClaimDraft) => void;
}

/**
 * What each step's fields get: the draft, a way to change it, and the fields' labelling; the first step's the page's
 * translator, the later steps' the later texts' one (`LaterTranslate`).
 */
interface StepProps<T extends SimulatorTranslate = LaterTranslate> {
	t: T;
	lang: string;
	draft: ClaimDraft;
	sandbox: Sandbox;
	set: (patch: Partial<ClaimDraft>) => void;
	form: FieldKit;
}

/** `aria-invalid`/`aria-describedby` of a field, and a labelled text input. */
interface FieldKit {
	/** `product`: only the errors about that product's field (one subscription ID per product, OSA#145). */
	described: (field: DraftField, hint?: string, product?: string) => FieldAttributes;
	text: (
		field: DraftField,
		label: string,
		value: string,
		set: (value: string) => void,
		hint?: string,
		type?: 'text' | 'email',
	) => ComponentChildren;
}

interface FieldAttributes {
	id: string;
	'aria-invalid': 'true' | undefined;
	'aria-describedby': string | undefined;
}

/** The text fields that hold a code (a domain, a GUID), typed in half-width (`halfWidthTyping`). */
const CODE_FIELDS: ReadonlySet<DraftField> = new Set<DraftField>(['customerDomain', 'tenantId']);

function fieldKit(id: string, errors: readonly ClaimError[]): FieldKit {
	const described = (field: DraftField, hint?: string, product?: string): FieldAttributes => {
		const concerns = (error: ClaimError) => error.fields.includes(field) && (product === undefined || error.params?.product === product);
		const ids = errors.flatMap((error, index) => (concerns(error) ? [problemId(`${id}-errors`, index)] : []));
		const inputId = fieldId(id, product === undefined ? field : `${field}-${product}`);
		return {
			id: inputId,
			'aria-invalid': ids.length > 0 ? 'true' : undefined,
			'aria-describedby': [...ids, ...(hint ? [`${inputId}-hint`] : [])].join(' ') || undefined,
		};
	};
	const text: FieldKit['text'] = (field, label, value, set, hint, type = 'text') => (
		<div class="cs-field">
			<label for={fieldId(id, field)}>{label}</label>
			{/* IDs, domains and email addresses as typed in half-width (an input method's full-width `８０ａｂ…` too); names as typed.
			    An email address too in a text field, with the email keyboard: only a text field has a caret to keep (break-l L1). */}
			<input
				type="text"
				inputMode={type}
				spellcheck={type === 'email' ? false : undefined}
				value={value}
				{...(CODE_FIELDS.has(field) || type === 'email' ? halfWidthTyping(set) : { onInput: (event) => set(event.currentTarget.value) })}
				{...described(field, hint)}
			/>
			{hint && <Hint id={`${fieldId(id, field)}-hint`}>{hint}</Hint>}
		</div>
	);
	return { described, text };
}

const Hint = ({ id, children }: { id?: string; children: ComponentChildren }) => (
	<p id={id} class="cs-hint">
		{children}
	</p>
);

export function StepFields({ id, t: first, later, lang, sim, errors, onDraft }: Props) {
	const { draft, sandbox } = sim;
	const kit = { lang, draft, sandbox, set: (patch: Partial<ClaimDraft>) => onDraft({ ...draft, ...patch }), form: fieldKit(id, errors) };
	if (sim.step === 'mpn') return <MpnField {...kit} t={first} />;
	if (!later) return null;
	const t = later;
	const step: StepProps = { ...kit, t };
	switch (sim.step) {
		case 'customer':
			return (
				<>
					{step.form.text(
						'customerDomain',
						t('simulator.customerDomain'),
						draft.customerDomain,
						(value) => step.set({ customerDomain: value }),
						t('simulator.customerDomainHint'),
					)}
					{step.form.text(
						'tenantId',
						t('simulator.tenantId'),
						draft.tenantId,
						(value) => step.set({ tenantId: value }),
						t('simulator.tenantIdHint'),
					)}
				</>
			);
		case 'activity':
			return <ActivityFields {...step} id={id} />;
		case 'products':
			return <ProductsField {...step} />;
		case 'contacts':
			return <ContactsFields {...step} />;
		case 'subscription':
			return <SubscriptionField {...step} />;
		case 'proof-of-execution':
			return <ProofOfExecutionField {...step} />;
		case 'comments': {
			const field = step.form.described('comments', t('simulator.commentsHint'));
			return (
				<div class="cs-field">
					<label for={field.id}>{t('simulator.comments')}</label>
					<textarea rows={4} value={draft.comments} onInput={(event) => step.set({ comments: event.currentTarget.value })} {...field} />
					<Hint id={`${field.id}-hint`}>{t('simulator.commentsHint')}</Hint>
				</div>
			);
		}
		case 'submit':
			return <Summary t={t} draft={draft} sandbox={sandbox} />;
	}
}

function MpnField({ t, draft, sandbox, set, form }: StepProps<SimulatorTranslate>) {
	const known = sandbox.mpnIds.some((mpn) => mpn.id === draft.mpnId.trim());
	const field = form.described('mpnId', t('simulator.mpnHint'));
	return (
		<div class="cs-field">
			<label for={field.id}>{t('simulator.mpnId')}</label>
			<select value={draft.mpnId} onChange={(event) => set({ mpnId: event.currentTarget.value })} {...field}>
				<option value="">{t('simulator.select')}</option>
				{sandbox.mpnIds.map((mpn) => (
					<option value={mpn.id}>
						{t('simulator.withNote', {
							text: `${mpn.id} – ${mpn.name}`,
							note: t(mpn.enrolledInIncentives ? 'simulator.enrolled' : 'simulator.notEnrolled'),
						})}
					</option>
				))}
				{!known && draft.mpnId !== '' && (
					<option value={draft.mpnId}>{t('simulator.withNote', { text: draft.mpnId, note: t('simulator.notInList') })}</option>
				)}
			</select>
			<Hint id={`${field.id}-hint`}>{t('simulator.mpnHint')}</Hint>
		</div>
	);
}

function ActivityFields({ id, t, draft, set, form }: StepProps & { id: string }) {
	const revenue = draft.revenueAssociation;
	return (
		<>
			<Choices
				legend={t('simulator.solutionArea')}
				name={`${id}-solution-area`}
				field={form.described('solutionArea')}
				options={solutionAreas.map((area) => [area, t(`simulator.choice.solutionArea.${area}`)])}
				value={draft.solutionArea}
				onChange={(value) => set({ solutionArea: value as ClaimDraft['solutionArea'] })}
			/>
			<Choices
				legend={t('simulator.activity')}
				hint={t('simulator.activityHint')}
				name={`${id}-activity`}
				field={form.described('activity')}
				options={activities.map((activity) => [activity, t(`simulator.choice.activity.${activity}`)])}
				value={draft.activity}
				onChange={(value) => set({ activity: value as ClaimDraft['activity'] })}
			/>
			{form.text('claimName', t('simulator.claimName'), draft.claimName, (value) => set({ claimName: value }))}
			{draft.activity === 'revenue-association' && (
				<fieldset>
					<legend>{t('simulator.revenueAssociation')}</legend>
					{(['solutionSellerName', 'customerName', 'isvProductName'] as const).map((field) =>
						form.text(`revenueAssociation.${field}`, t(`simulator.${field}`), revenue[field], (value) =>
							set({ revenueAssociation: { ...revenue, [field]: value } }),
						),
					)}
				</fieldset>
			)}
		</>
	);
}

function ProductsField({ t, draft, sandbox, set, form }: StepProps) {
	const field = form.described('products', t('simulator.productsHint'));
	const toggle = (product: string, checked: boolean) =>
		set({ products: checked ? [...draft.products, product] : draft.products.filter((chosen) => chosen !== product) });
	return (
		<fieldset id={field.id} tabIndex={-1} aria-invalid={field['aria-invalid']} aria-describedby={field['aria-describedby']}>
			<legend>{t('simulator.products')}</legend>
			{sandbox.products.map((product) => (
				<label class="cs-check">
					<input
						type="checkbox"
						checked={draft.products.includes(product.id)}
						onChange={(event) => toggle(product.id, event.currentTarget.checked)}
					/>
					{t('simulator.withNote', { text: product.name, note: t(`simulator.choice.solutionArea.${product.solutionArea}`) })}
				</label>
			))}
			<Hint id={`${field.id}-hint`}>{t('simulator.productsHint')}</Hint>
		</fieldset>
	);
}

function ContactsFields({ t, draft, sandbox, set, form }: StepProps) {
	const contacts = draft.contacts;
	const contact = <K extends keyof ClaimDraft['contacts']>(who: K, field: keyof ClaimDraft['contacts'][K], value: string) =>
		set({ contacts: { ...contacts, [who]: { ...contacts[who], [field]: value } } });
	const dynamics = chosenProducts(draft, sandbox).some((product) => product.dynamics);
	const person = (who: 'customer' | 'technical', legend: string) => (
		<fieldset>
			<legend>{legend}</legend>
			{form.text(`contacts.${who}.name`, t('simulator.contactName'), contacts[who].name, (value) => contact(who, 'name', value))}
			{form.text(`contacts.${who}.title`, t('simulator.contactTitle'), contacts[who].title, (value) => contact(who, 'title', value))}
			{form.text(
				`contacts.${who}.email`,
				t('simulator.contactEmail'),
				contacts[who].email,
				(value) => contact(who, 'email', value),
				undefined,
				'email',
			)}
		</fieldset>
	);
	return (
		<>
			{person('customer', t('simulator.customerContact'))}
			{dynamics ? person('technical', t('simulator.technicalContact')) : <p class="cs-hint">{t('simulator.technicalNotAsked')}</p>}
			<fieldset>
				<legend>{t('simulator.companyContact')}</legend>
				{form.text('contacts.company.name', t('simulator.contactName'), contacts.company.name, (value) =>
					contact('company', 'name', value),
				)}
				{form.text(
					'contacts.company.email',
					t('simulator.contactEmail'),
					contacts.company.email,
					(value) => contact('company', 'email', value),
					undefined,
					'email',
				)}
			</fieldset>
		</>
	);
}

function SubscriptionField({ t, draft, sandbox, set, form }: StepProps) {
	const asking = productsAskingForSubscription(draft, sandbox);
	if (asking.length === 0) return <p class="cs-hint">{t('simulator.subscriptionNotAsked')}</p>;
	return (
		<>
			{asking.map((product) => {
				const hint = t('simulator.subscriptionHint', { products: product.name });
				const field = form.described('subscriptionId', hint, product.id);
				const value = enteredSubscriptionId(draft, product.id);
				const enter = (entered: string) => set({ subscriptionIds: { ...draft.subscriptionIds, [product.id]: entered } });
				return (
					<div class="cs-field" key={product.id}>
						<SubscriptionChoices
							t={t}
							sandbox={sandbox}
							tenantId={draft.tenantId}
							product={product}
							name={`${field.id}-pick`}
							value={value}
							onPick={enter}
						/>
						<label for={field.id}>{t('simulator.subscriptionIdOf', { product: product.name })}</label>
						<input type="text" value={value} {...halfWidthTyping(enter)} {...field} />
						<Hint id={`${field.id}-hint`}>{hint}</Hint>
					</div>
				);
			})}
		</>
	);
}

interface SubscriptionChoicesProps {
	t: LaterTranslate;
	sandbox: Sandbox;
	tenantId: string;
	/** The product whose subscription ID is asked: its subscriptions come first. */
	product: Product;
	/** The radio group's name. */
	name: string;
	/** The ID entered: the choice with that ID is shown picked. */
	value: string;
	onPick: (subscriptionId: string) => void;
}

/**
 * Pick, don't type (issue #16): the customer's subscriptions in the sandbox (ID, product, purchase channel, status)
 * as a radio group; picking one enters its ID in the field below, where any other ID can still be typed.
 */
function SubscriptionChoices({ t, sandbox, tenantId, product, name, value, onPick }: SubscriptionChoicesProps) {
	const owned = customerSubscriptions(sandbox, tenantId, product.id);
	if (owned.length === 0) return <p class="cs-hint">{t('simulator.subscriptionNoChoices')}</p>;
	const entered = normalizeId(value);
	return (
		<fieldset class="cs-pick">
			<legend>{t('simulator.subscriptionPick', { product: product.name })}</legend>
			{owned.map((subscription, index) => (
				<SubscriptionChoice
					t={t}
					name={name}
					inputId={`${name}-${index}`}
					id={subscription.id}
					checked={normalizeId(subscription.id) === entered}
					onPick={onPick}
					text={t('simulator.subscriptionChoice', {
						product: sandbox.products.find((known) => known.id === subscription.product)?.name ?? subscription.product,
						channel: t(`simulator.choice.channel.${subscription.channel}`),
						status: t(`simulator.choice.subscriptionStatus.${subscription.status}`),
					})}
				/>
			))}
		</fieldset>
	);
}

interface SubscriptionChoiceProps {
	t: LaterTranslate;
	name: string;
	/** The radio button's id, for its label. */
	inputId: string;
	/** The subscription ID. */
	id: string;
	/** Its product, purchase channel and status. */
	text: string;
	checked: boolean;
	onPick: (subscriptionId: string) => void;
}

/** One subscription to pick: its ID and details label the radio button; the copy button follows the label, never inside it. */
function SubscriptionChoice({ t, name, inputId, id, text, checked, onPick }: SubscriptionChoiceProps) {
	const code = useRef<HTMLElement>(null);
	return (
		<div class="cs-check">
			<input type="radio" id={inputId} name={name} value={id} checked={checked} onChange={() => onPick(id)} />
			<span>
				<label for={inputId}>
					<code translate={false} ref={code}>
						{id}
					</code>{' '}
					{text}
				</label>{' '}
				<span class="copy-id">
					<CopyButton value={id} what="subscriptionId" t={t} source={code} />
				</span>
			</span>
		</div>
	);
}

function ProofOfExecutionField({ t, lang, draft, set, form }: StepProps) {
	const file = draft.proofOfExecution;
	const field = form.described('proofOfExecution', t('simulator.proofOfExecutionHint'));
	return (
		<div class="cs-field">
			<label for={field.id}>{t('simulator.proofOfExecution')}</label>
			<input
				type="file"
				{...field}
				onChange={(event) => {
					const chosen = event.currentTarget.files?.[0];
					if (chosen) set({ proofOfExecution: { fileName: chosen.name, sizeBytes: chosen.size } });
				}}
			/>
			<Hint id={`${field.id}-hint`}>{t('simulator.proofOfExecutionHint')}</Hint>
			{file && (
				<p class="cs-file">
					{t('simulator.fileChosen', { name: file.fileName, size: formatSize(file.sizeBytes, lang) })}{' '}
					<button type="button" onClick={() => set({ proofOfExecution: null })}>
						{t('simulator.removeFile')}
					</button>
				</p>
			)}
		</div>
	);
}

interface ChoicesProps {
	legend: string;
	hint?: string;
	name: string;
	field: FieldAttributes;
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
			{hint && <Hint id={hintId}>{hint}</Hint>}
		</fieldset>
	);
}

/** The claim as it will be submitted; the tenant and subscription IDs with a copy button each. */
function Summary({ t, draft, sandbox }: { t: LaterTranslate; draft: ClaimDraft; sandbox: Sandbox }) {
	const row = (label: string, value: ComponentChildren) => (
		<>
			<dt>{label}</dt>
			<dd>{value === '' || value === null || value === false ? <i>{t('simulator.notFilled')}</i> : value}</dd>
		</>
	);
	const subscriptionIds = Object.values(draft.subscriptionIds)
		.map((entered) => entered.trim())
		.filter((entered) => entered !== '');
	return (
		<section>
			<h4>{t('simulator.summaryHeading')}</h4>
			<dl class="cs-summary">
				{row(t('simulator.mpnId'), draft.mpnId)}
				{row(t('simulator.customerDomain'), draft.customerDomain)}
				{row(t('simulator.tenantId'), draft.tenantId.trim() && <CopyValue value={draft.tenantId.trim()} what="tenantId" t={t} />)}
				{row(t('simulator.solutionArea'), draft.solutionArea && t(`simulator.choice.solutionArea.${draft.solutionArea}`))}
				{row(t('simulator.activity'), draft.activity && t(`simulator.choice.activity.${draft.activity}`))}
				{row(t('simulator.claimName'), draft.claimName)}
				{row(
					t('simulator.products'),
					t.list(draft.products.map((product) => sandbox.products.find((known) => known.id === product)?.name ?? product)),
				)}
				{row(
					t('simulator.subscriptionId'),
					subscriptionIds.length > 0 &&
						subscriptionIds.map((entered) => (
							<div>
								<CopyValue value={entered} what="subscriptionId" t={t} />
							</div>
						)),
				)}
				{row(t('simulator.proofOfExecution'), draft.proofOfExecution?.fileName ?? '')}
			</dl>
		</section>
	);
}
