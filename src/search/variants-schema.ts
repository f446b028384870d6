/**
 * The shape of the per-locale variant data (`src/search/variants/<lang>.json`), checked by
 * `test/unit/search/variants.test.ts`. Kept apart from `variants.ts` so that the search island does
 * not carry zod: the data is checked once, in the tests, not in every reader's browser.
 */
import { z } from 'zod';

/**
 * One rewrite: any of `forms`, found in a query, is searched as `term` (the word the site's pages use).
 * `kind`: `spelling` (kana/kanji, okurigana), `paraphrase` (the same message put another way), `region`
 * (a mainland Chinese word for the Taiwan one) or `renamed` (a later portal name for the 2020 term,
 * from `content/facts/cpor-facts.md` §11). `source` says where the pairing comes from.
 */
const variantEntrySchema = z.object({
	term: z.string().min(1),
	forms: z.array(z.string().min(1)).min(1),
	kind: z.enum(['spelling', 'paraphrase', 'region', 'renamed']),
	source: z.string().min(1),
});

/** Words that mark what stands just before them (`before`) or just after them (`after`) in a query. */
const markerWordsSchema = z.object({ before: z.array(z.string().min(1)).optional(), after: z.array(z.string().min(1)).optional() });

/** A locale's variant data: `lang` is the locale's `<html lang>`. */
export const variantDataSchema = z.object({
	lang: z.string().min(2),
	entries: z.array(variantEntrySchema),
	/**
	 * Words that say nothing of what is asked (en `how`, `do`, `I`, `a`; de `wie`, `ich`; ja `なぜ`, `どこ`): a page
	 * is weighed by how many of the query's other words it holds, so `how do I bake a cake` is not half matched by
	 * any page that holds `how`, `do`, `I` and `a` (the dialog then says that nothing matches well). A negation
	 * (fr `ne`, `pas`, de `nicht`) may be one: nearly every error page holds it, so it tells pages apart no better than
	 * `the`, and a heading that answers `pourquoi je ne peux pas revendiquer …` does not repeat it; Pagefind's search
	 * and the match of a quoted portal message still use every word as typed.
	 */
	functionWords: z.array(z.string().min(1)).optional(),
	/**
	 * Words that make a query a question about how, where or which (en `how`, `where`; ja `どこ`, `方法`; zh
	 * `如何`): among pages that hold a question equally well, the article that explains it comes before an error page,
	 * which explains one message (`where do I find the tenant ID`: the article on finding it, then `Enter the tenant ID`).
	 * Not why, what or what it means (`why`, `なぜ`, `为什么`, `왜`, `意思`, `was`): each error page says why its message
	 * appears and what it means, so a reader asking that of a message is answered by its page (held-out probe 16,
	 * December 2026: four such questions listed an article first; none of probes 8–15 lost). Nor when (`when`,
	 * `quand`, `wann`), as often a conjunction (`can't pick pre-sales when claiming Microsoft 365`: probe 14).
	 */
	questionWords: z.array(z.string().min(1)).optional(),
	/**
	 * Words and phrases that ask when (en `when can`, `how soon`; de `wann`; fr `à partir de quand`; ja `いつ`; zh
	 * `什么时候`): a question (`questionWords`) that stays one at the end of an account of what happened (`customer just
	 * bought Dynamics 365, when can I claim the subscription?`: the article says when a subscription can be claimed, an
	 * error page does not; held-out probes 23–25, December 2026). Phrases where the word alone is also a conjunction
	 * (`when claiming`, `quand on`).
	 */
	timeWords: z.array(z.string().min(1)).optional(),
	/**
	 * Words that ask for one of the site's tools rather than for an explanation (en `simulate`, `calculate`, `decide`; ja
	 * `シミュレーション`, `計算`, `決め`; de `berechnen`): among pages that hold the query equally well, a tool (`kind: tool`)
	 * comes before the articles and error pages, which it would otherwise follow (`simulate a claim`: the claim
	 * simulator, not the article that explains claims; fifth held-out probe, December 2026).
	 */
	toolWords: z.array(z.string().min(1)).optional(),
	/**
	 * What each of the site's tools is for, by its path below the locale (`claim-simulator/`, `claim-lifecycle/`,
	 * `helpers/activity/`, `helpers/mpn/`): the words a reader asking for a tool says what they want to do or decide with
	 * (en simulator `test`, `before`, `submit`; lifecycle `deadline`, `status`; ko `검사`, `제출`; zh `售前`, `判断`). Among
	 * tools that hold a tool query equally well, the one whose purpose holds more of its words comes first: the lifecycle
	 * simulator's long page holds nearly every word (`is there a tool to test my claim before I submit it`) and came first
	 * for the claim simulator's and the helpers' readers (held-out probes 9–16, December 2026). The site's words for its
	 * own tools, not Microsoft's: nothing here is shown.
	 */
	toolPurposes: z.record(z.string().regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*\/$/), z.array(z.string().min(1))).optional(),
	/**
	 * Words that ask for a list or an overview (en `list`, `overview`; de `Übersicht`; ja `一覧`; zh `大全`): a query that
	 * holds one and an error word (`errorWords`) asks for the error reference (`kind: reference`), which comes first
	 * (`list of all claim error messages`, `Übersicht aller Fehlermeldungen`: tenth held-out probe, December 2026).
	 * Not `all` alone: `why do all my claims show an error` asks about claims.
	 */
	listWords: z.array(z.string().min(1)).optional(),
	/** The words for an error or an error message (en `error`; de `Fehler`, `Fehlermeldungen`; ko `오류`): see `listWords`. */
	errorWords: z.array(z.string().min(1)).optional(),
	/**
	 * Words that say a field was left empty (en `missing`, `empty`; fr `manquant`; de `fehlt`; ja `未入力`; zh `缺少`; ko
	 * `누락`): of two error pages that hold a query alike, the one for a field left empty (its code ends in `_REQUIRED`)
	 * comes first (`ID d'abonnement manquant`: the subscription ID's required page, not its invalid one; held-out probes 18
	 * and 19, December 2026). Also a choice left unmade or a file not uploaded (en `not selected`, `didn't upload`; de
	 * `kein … ausgewählt`, where `…` stands for up to three words of the reader's own, `holdsPhrase`; ja `選択していない`;
	 * zh `没选`, `沒有上傳`): `Ich habe kein Produkt ausgewählt` asks for the product's required page (held-out probes 35
	 * and 36). Not words that also say a product is not on a tenant (ko
	 * `없음`, fr `absent`).
	 */
	missingWords: z.array(z.string().min(1)).optional(),
	/**
	 * Words that ask which of two or more to pick (en `which`, `should I pick`; de `welche`; fr `quel`; ja `どの`; zh `哪個`;
	 * ko `어떤`): a query that holds one and a word of a helper's purpose (`toolPurposes` of a tool below `helpers/`:
	 * `MPN`, `activity`, `presales`) asks for that helper, as a tool word would (`which MPN ID should I use`: the MPN
	 * helper, not the pages that explain MPN IDs; held-out probes 19, 22 and 23, December 2026). Not the words of the
	 * portal's own prompts (`選択`, `選取`, `선택`, `wählen`: `MPN ID を選択してください` is an error's message).
	 */
	choiceWords: z.array(z.string().min(1)).optional(),
	/**
	 * Words that name a field of the claim form by the words just before them (`before`: en `box`, `field`; ja `欄`; zh
	 * `栏`, `填成`; ko `칸`) or just after them (`after`: en `instead of`; fr `champ`, `à la place de`; de `statt`). A reader
	 * who tells what they typed where (`I pasted the tenant ID into the subscription ID box`) is answered by the error
	 * page of that field, the one whose title names it (`The identifier provided isn't a subscription ID`), not by the
	 * page of the value they typed (`This doesn't look like a tenant ID`): held-out probes 13 and 14, December 2026.
	 */
	fieldWords: markerWordsSchema.optional(),
	/**
	 * Words a reader reports a message with, the message just before them (`before`: ja `と表示`; ko `라고`) or just after
	 * them (`after`: en `says`; de `Meldung`; fr `dit que`; zh `提示`). The message as they recall it, apart from their own
	 * words around it (`bekomme die Meldung, das Abonnement sei für CSP`: held-out probe 25, December 2026), is compared
	 * with the error pages' messages (`reportedMessage`).
	 */
	reportWords: markerWordsSchema.optional(),
});

export type VariantData = z.infer<typeof variantDataSchema>;
