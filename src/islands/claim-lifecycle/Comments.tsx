/**
 * The claim's comments section: what Microsoft's reviewer and the partner wrote, oldest first (MCA#197–200), in
 * the simulator's words, which it says.
 */
import { commentKey, moreProofReasonKeys } from '../../claim/lifecycle/message-keys.ts';
import type { ClaimComment } from '../../claim/lifecycle/transitions.ts';
import { CitedParts } from '../citations/CitedParts.tsx';
import type { LifecycleTexts } from './texts.ts';

interface CommentsProps {
	readonly comments: readonly ClaimComment[];
	readonly texts: LifecycleTexts;
}

export function Comments({ comments, texts: { t, date, cited } }: CommentsProps) {
	return (
		<>
			<h3 id="lc-comments-heading">{t('lifecycle.ui.commentsHeading')}</h3>
			{/* The comments' words are the simulator's (#14): only that both sides comment is documented. */}
			<p class="lc-comments-note">
				<CitedParts parts={cited(t('lifecycle.ui.commentsNote'))} />
			</p>
			{comments.length === 0 ? (
				<p>{t('lifecycle.ui.noComments')}</p>
			) : (
				<ol class="lc-comments" aria-labelledby="lc-comments-heading">
					{comments.map((comment) => (
						<li class={`lc-comment lc-comment--${comment.author}`}>
							<p class="lc-comment-meta">
								<strong>{comment.author === 'microsoft' ? t('lifecycle.ui.microsoft') : t('lifecycle.ui.partner')}</strong> ·{' '}
								<time dateTime={comment.date}>{date(comment.date)}</time>
							</p>
							<p>
								{comment.kind === 'submitted' && comment.text !== ''
									? comment.text
									: t(commentKey(comment.kind), { reason: comment.reason ? t(moreProofReasonKeys(comment.reason).label) : '' })}
							</p>
							{comment.kind !== 'submitted' && comment.text !== '' && <blockquote>{comment.text}</blockquote>}
						</li>
					))}
				</ol>
			)}
		</>
	);
}
