/**
 * Synthetic corpora for `npm run bench`: N articles in the vendor side-by-side format, made from the
 * real seed files in `content/sources/` (every locale directory), the seeds in turn. A seed's first
 * article is the seed itself, under its own name (the error reference links to it); its copy k ≥ 2 is
 * the seed file under a new name (`synthetic-0042-<seed name>.md`), with its title, H1, H1 anchor and file hash numbered (the
 * translated and the English half alike, so files of one source version keep identical English)
 * and its `ms.date` and `ms.lasthandoff` moved k days later (the order between locales is kept).
 * Same structure, same length, so build time per article is comparable between sizes.
 *
 * Also runnable: `node test/bench/corpus.ts <out dir> <articles>`.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SOURCES_DIR } from '../../src/sources/library.ts';

function shiftDate(value: string, days: number): string {
	const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value.trim());
	if (!match) return value;
	const date = new Date(Date.UTC(Number(match[3]), Number(match[1]) - 1, Number(match[2]) + days));
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}/${date.getUTCFullYear()}`;
}

/** One seed file turned into synthetic article `index` (1-based). */
function syntheticArticle(seed: string, index: number): string {
	const label = `#${index}`;
	let inFrontMatter = false;
	let h1Done = false;
	return seed
		.split('\n')
		.map((line, lineNo) => {
			if (line === '---') {
				inFrontMatter = lineNo === 0;
				return line;
			}
			if (inFrontMatter) {
				const field = /^(title|ms\.date|ms\.lasthandoff|ms\.openlocfilehash):\s*(.*)$/.exec(line);
				if (!field) return line;
				if (field[1] === 'title') return `title: ${field[2]} ${label}`;
				// A file of another article has its own hash (the importer recognizes an article by it).
				if (field[1] === 'ms.openlocfilehash') return `${field[1]}: ${field[2]}${index.toString(16)}`;
				return `${field[1]}: ${shiftDate(field[2]!, index)}`;
			}
			if (!h1Done && line.startsWith('# ')) {
				h1Done = true;
				// Number every sentence of the H1: `<span …>Text</span>` → `<span …>Text #k</span>`.
				// and give it its own anchor, as another article has.
				return line
					.replace(/(<span data-[ts]tu-id="[^"]*">)([^<]*)(<\/span>)/g, `$1$2 ${label}$3`)
					.replace(/<a name="([^"]+)">/, `<a name="$1-${index}">`);
			}
			return line;
		})
		.join('\n');
}

export interface Corpus {
	readonly dir: string;
	readonly articles: number;
	readonly files: number;
}

/**
 * Writes a corpus of `articles` articles into `dir` (emptied first): the seed articles in turn, each first as itself,
 * then as copies (`articles` = 10 with 4 seeds: the 4 seeds, 4 copies #2, 2 copies #3), in every locale folder
 * that has the seed. At least every seed once.
 */
export function generateCorpus(dir: string, articles: number, seedDir: string = SOURCES_DIR): Corpus {
	rmSync(dir, { recursive: true, force: true });
	const folders = readdirSync(seedDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name);
	const seedsOf = new Map(folders.map((folder) => [folder, readdirSync(join(seedDir, folder)).filter((name) => name.endsWith('.md'))]));
	const seeds = [...new Set([...seedsOf.values()].flat())].sort();
	const total = Math.max(articles, seeds.length);
	let files = 0;
	for (const folder of folders) {
		mkdirSync(join(dir, folder), { recursive: true });
		for (let article = 0; article < total; article++) {
			const file = seeds[article % seeds.length]!;
			if (!seedsOf.get(folder)!.includes(file)) continue;
			const copy = Math.floor(article / seeds.length) + 1;
			const seed = readFileSync(join(seedDir, folder, file), 'utf8');
			// The seed itself is copy 1: the error reference pages link to it by name.
			if (copy === 1) writeFileSync(join(dir, folder, file), seed);
			else writeFileSync(join(dir, folder, `synthetic-${String(copy).padStart(4, '0')}-${basename(file)}`), syntheticArticle(seed, copy));
			files++;
		}
	}
	return { dir, articles: total, files };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dir, count] = process.argv.slice(2);
	if (!dir || !count) {
		console.error('usage: node test/bench/corpus.ts <out dir> <articles>');
		process.exit(2);
	}
	const corpus = generateCorpus(dir, Number(count));
	console.log(`Wrote ${corpus.files} vendor files (${corpus.articles} articles) to ${corpus.dir}.`);
}
