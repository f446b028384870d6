/**
 * Which of Microsoft's articles each page that isn't an article page adapts, by the fact sheet's keys (CC BY 4.0: a
 * page that shows the text names its article; #14 twelfth and thirteenth reviews). A tool's texts quote and cite the
 * sentences of these articles: the claim simulator CAI's errors, OSA's flow, MCA's statuses and FCD's domain name; the lifecycle MCA's
 * statuses, deadlines and reasons, OSA's one partner per workload and CAI's arbitration; the activity helper CAI's
 * table, OSA#139's option and MCA#114–118; the MPN helper CAI#155–161. An article page that embeds a tool names the
 * tool's articles too. The sources page quotes every article it lists. `test/gates/attribution.spec.ts` checks every
 * built page against the `KEY#n` it cites.
 */
import { sourceArticles } from './articles.ts';

export type AdaptingPage = 'claim-simulator' | 'claim-lifecycle' | 'activity-helper' | 'mpn-helper' | 'sources';

export const adaptedArticles: Readonly<Record<AdaptingPage, readonly string[]>> = {
	'claim-simulator': ['CAI', 'OSA', 'MCA', 'FCD'],
	'claim-lifecycle': ['MCA', 'OSA', 'CAI'],
	'activity-helper': ['CAI', 'OSA', 'MCA'],
	'mpn-helper': ['CAI'],
	sources: sourceArticles.filter((article) => article.cpor).map((article) => article.key),
};
