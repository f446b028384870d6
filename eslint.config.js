// @ts-check
/**
 * ESLint flat config: `npx eslint .` (part of `npm run lint`).
 *
 * typescript-eslint's `recommended` rules, plus two type-aware rules (a promise nobody awaits or
 * catches; type-only imports written as such), and the function-size limit of issue #13 §8 for `src/`.
 * Formatting is Prettier's job (`npm run format`), so no stylistic rules here.
 *
 * `.astro` files are not linted: Prettier formats them and `astro check` type-checks them.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		// Build output, caches, reports, and vendor content (never code).
		ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/', 'content/'],
	},
	{
		linterOptions: { reportUnusedDisableDirectives: 'error' },
	},
	js.configs.recommended,
	tseslint.configs.recommended,
	{
		files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
		languageOptions: {
			parserOptions: {
				// One TypeScript program from tsconfig.json (it includes every file of the project).
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
			},
		},
		rules: {
			// A promise that is neither awaited nor handled loses its error (and, in Playwright, its assertion).
			'@typescript-eslint/no-floating-promises': 'error',
			// tsconfig's verbatimModuleSyntax already requires `type` on type-only imports; this keeps the fix inline,
			// like most imports here (`import { thing, type Shape } from …`).
			'@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
			// `_`-prefixed names are deliberately unused (rest siblings, positional parameters).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
			],
		},
	},
	{
		// Playwright reads a fixture's first parameter as a destructuring pattern: `async ({}, use) => …` is its idiom.
		files: ['test/**/*.ts'],
		rules: {
			'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
		},
	},
	{
		// Issue #13 §8: no function body in src/ over about 120 lines (Starlight's largest is about that size).
		files: ['src/**/*.ts', 'src/**/*.tsx'],
		rules: {
			'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }],
		},
	},
);
