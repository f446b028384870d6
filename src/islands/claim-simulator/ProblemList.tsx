/**
 * The errors or warnings of a check, each with its cause, fix, assumption and links, in the page's language.
 * Only a check shows it, so it loads with the checks (`checked.ts`).
 *
 * Where the portal doesn't name the cause (the subscription error, CAI#118–125; the domain–tenant mismatch,
 * CAI#113), the errors of that kind are shown as the portal's situation: the article's checklist, each item
 * how to check it with the customer (`checklistFor`, the list the error pages show), and, apart and labelled
 * as the simulator's, every cause that applies in the sandbox.
 */
import { errorMessageKey, sharedSentenceValues } from '../../claim/error-messages.ts';
import type { ClaimError, ClaimErrorCode } from '../../claim/errors.ts';
import { checklistFor, type Checklist } from '../../error-reference/checklists.ts';
import { openSearch } from '../../search/open-search.ts';
import { CopyValue } from '../copy/CopyValue.tsx';
import type { ErrorMessageKey, SimulatorErrors } from './data.ts';
import { problemId } from './format.ts';
import type { CheckedTranslate } from './translate.ts';

/** An error's texts; `assumption` only where the catalog has one (an assumed check, or a documented error's `reading`). */
export function errorTexts(t: CheckedTranslate, errors: SimulatorErrors, code: ClaimErrorCode) {
	const facts = errors[code];
	return {
		title: t(facts.title),
		cause: t(errorMessageKey(code, 'cause')),
		fix: t(errorMessageKey(code, 'fix'), sharedSentenceValues(t)),
		// The simulator's reading of a documented error (which cases lead to it, whether the claim goes on) is its assumption too.
		assumption: facts.assumption ? t(errorMessageKey(code, 'assumption')) : facts.reading ? t(errorMessageKey(code, 'reading')) : null,
	};
}

interface ProblemListProps {
	id: string;
	heading: string;
	problems: readonly ClaimError[];
	t: CheckedTranslate;
	errors: SimulatorErrors;
	kind: 'error' | 'warning';
}

/** A problem and its place in the list (its id, which the fields' `aria-describedby` name). */
interface Numbered {
	readonly problem: ClaimError;
	readonly index: number;
}

/** What the list shows, in the problems' order: a problem alone, or the problems of one checklist together, where the first of them is. */
type Entry =
	| { readonly kind: 'problem'; readonly item: Numbered }
	| { readonly kind: 'checklist'; readonly checklist: Checklist; readonly items: Numbered[] };

/** The problems as the list shows them: those of one checklist (the portal's one error) together. */
export function problemEntries(problems: readonly ClaimError[]): Entry[] {
	const entries: Entry[] = [];
	const groups = new Map<string, Numbered[]>();
	problems.forEach((problem, index) => {
		const checklist = checklistFor(problem.code);
		const group = checklist && groups.get(checklist.id);
		if (!checklist) entries.push({ kind: 'problem', item: { problem, index } });
		else if (group) group.push({ problem, index });
		else {
			const items = [{ problem, index }];
			groups.set(checklist.id, items);
			entries.push({ kind: 'checklist', checklist, items });
		}
	});
	return entries;
}

export function ProblemList({ id, heading, problems, t, errors, kind }: ProblemListProps) {
	const problemItem = ({ problem, index }: Numbered) => <ProblemItem id={problemId(id, index)} problem={problem} t={t} errors={errors} />;
	return (
		<section class={`cs-problems cs-problems--${kind}`} aria-labelledby={`${id}-heading`}>
			<h4 id={`${id}-heading`}>{heading}</h4>
			<ul>
				{problemEntries(problems).map((entry) =>
					entry.kind === 'problem' ? (
						problemItem(entry.item)
					) : (
						<li class="cs-portal" data-checklist={entry.checklist.id}>
							<p>
								<b>{t('simulator.portalLabel')}</b> {t(`errors.checklist.${entry.checklist.id}.intro`)}
							</p>
							<ul class="cs-checklist">
								{entry.checklist.items.map((item) => (
									<li data-item={item.id}>{t(`errors.checklist.item.${item.id}` as ErrorMessageKey)}</li>
								))}
							</ul>
							<div class="cs-sandbox-answer" role="group" aria-labelledby={`${id}-${entry.checklist.id}-answer`}>
								<p id={`${id}-${entry.checklist.id}-answer`}>
									<b>{t('simulator.sandboxAnswer', { count: entry.items.length })}</b>
								</p>
								<ul>{entry.items.map(problemItem)}</ul>
							</div>
						</li>
					),
				)}
			</ul>
		</section>
	);
}

/** One problem: its title and this site's ID, cause, fix, assumption and links. */
function ProblemItem({ id, problem, t, errors }: { id: string; problem: ClaimError; t: CheckedTranslate; errors: SimulatorErrors }) {
	const text = errorTexts(t, errors, problem.code);
	const { reference, section } = errors[problem.code];
	return (
		<li id={id} data-code={problem.code}>
			<p>
				<strong>{text.title}</strong> <small>{t('simulator.siteIdLabel')}</small> <CopyValue value={problem.code} what="errorId" t={t} />
			</p>
			<p>{text.cause}</p>
			<p>
				<b>{t('simulator.fixLabel')}</b> {text.fix}
			</p>
			{text.assumption && (
				<p class="cs-assumption">
					<b>{t('simulator.assumption')}</b> {text.assumption}
				</p>
			)}
			<p class="cs-links">
				{reference && <a href={reference}>{t('simulator.errorReference')}</a>}
				{section && <a href={section.href}>{t('simulator.articleSection', { section: section.title })}</a>}
				<button type="button" class="cs-search" onClick={() => openSearch(text.title)}>
					{t('simulator.searchError')}
				</button>
			</p>
		</li>
	);
}
