/**
 * #14 tenth review (notes/review14j.md), lifecycle item 12: citations no wider than the sentences that say the thing.
 */
import { describe, expect, it } from 'vitest';
import { refusalBasis, rejectionReasonSources } from '../../../../src/claim/lifecycle/index.ts';
import { catalogs, messagesFor } from '../../../../src/i18n/messages.ts';

describe('item 12: each citation names the sentences that say the thing, no wider', () => {
	it('cites MCA#175 (the reason’s name) and MCA#177 (its rule) for an insufficient proof of execution, not MCA#176', () => {
		expect(rejectionReasonSources['insufficient-poe'].citations).toEqual(['MCA#175', 'MCA#177']);
	});

	it('cites MCA#134 (it stays in Editing until submitted) for “already submitted”, not MCA#133 (“has been created”)', () => {
		expect(refusalBasis('already-submitted')).toEqual({ kind: 'documented', citations: ['MCA#134', 'MCA#150'] });
	});

	it('cites MCA#199–200 (reviewers and partners write in Comments) for the comments, not the heading MCA#197 or MCA#198', () => {
		for (const lang of catalogs.langs) {
			const note = messagesFor(lang)['lifecycle.ui.commentsNote'];
			expect(note, lang).toContain('MCA#199–200');
			expect(note, lang).not.toContain('MCA#197');
		}
	});
});
