/**
 * The claim the lifecycle follows: where it came from, its name, customer, products and each Dynamics 365 product's
 * subscription ID (OSA#145 asks one per product), with a copy button, or why the simulator doesn't know it.
 */
import type { ClaimSummary } from '../../claim/lifecycle/claim-summary.ts';
import { CitedParts } from '../citations/CitedParts.tsx';
import { CopyValue } from '../copy/CopyValue.tsx';
import type { LifecycleTexts } from './texts.ts';

interface ClaimCardProps {
	readonly summary: ClaimSummary;
	/** The preset's name, or "the claim simulator (hand-over)". */
	readonly source: string;
	readonly texts: LifecycleTexts;
}

export function ClaimCard({ summary, source, texts: { t, list, cited } }: ClaimCardProps) {
	// Asked for only when a field is empty (a hand-over's claim): the message comes with the later texts.
	const blank = () => t('lifecycle.ui.noValue');
	return (
		<section class="lc-claim" aria-labelledby="lc-claim-heading">
			<h3 id="lc-claim-heading">{t('lifecycle.ui.claimHeading')}</h3>
			<dl>
				<dt>{t('lifecycle.ui.source')}</dt>
				<dd>{source}</dd>
				<dt>{t('lifecycle.ui.claimName')}</dt>
				<dd>{summary.name || blank()}</dd>
				<dt>{t('lifecycle.ui.customer')}</dt>
				<dd>
					{summary.customer || blank()}
					{summary.customerDomain && summary.customerDomain !== summary.customer && (
						<span translate={false}> ({summary.customerDomain})</span>
					)}
				</dd>
				<dt>{t('lifecycle.ui.products')}</dt>
				<dd translate={false}>{list(summary.products) || blank()}</dd>
				{summary.subscriptions.map(({ product, asked, id }, index) => (
					<>
						<dt>{t('lifecycle.ui.subscriptionIdOf', { product })}</dt>
						<dd>
							{id ? (
								<CopyValue value={id} what="subscriptionId" t={t} />
							) : (
								t(asked ? 'lifecycle.ui.subscriptionUnknown' : 'lifecycle.ui.subscriptionNotAsked')
							)}
							{id && !asked && <small> {t('lifecycle.ui.subscriptionOnly')}</small>}
							{/* The rule for every product, once, under the last one (a `dd` of its own would fall in the labels' column). */}
							{index === summary.subscriptions.length - 1 && (
								<>
									<br />
									<small>
										<CitedParts parts={cited(t('lifecycle.ui.subscriptionIdNote'))} />
									</small>
								</>
							)}
						</dd>
					</>
				))}
			</dl>
		</section>
	);
}
