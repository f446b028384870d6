// @ts-check
/**
 * ESLint flat config: `npx eslint .` (part of `npm run lint`).
 *
 * typescript-eslint's `recommended` rules, plus one type-aware rule (a promise nobody awaits or
 * handles), type-only imports written as such, and the function-size limit of issue #13 §8 for `src/`.
 * Formatting is Prettier's job (`npm run format`), so no stylistic rules here.
 *
 * `.astro` files get eslint-plugin-astro's recommended rules without type information: their
 * frontmatter is type-checked by `astro check`.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
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
			// tsconfig's verbatimModuleSyntax already requires `type` on type-only imports; the autofix writes it inline
			// (`import { thing, type Shape } from …`), one of the two forms used here.
			'@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
		},
	},
	// `.astro` files: the plugin's recommended rules, without type information (the frontmatter is
	// type-checked by `astro check`).
	astro.configs['flat/recommended'],
	{
		// `_`-prefixed names are deliberately unused (`const { page: _page, ...rest } = strings`, positional parameters).
		rules: {
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
		// Issue #13 §8: no function body in src/ over about 120 lines (blank lines and comments not counted).
		files: ['src/**/*.ts', 'src/**/*.tsx'],
		rules: {
			'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }],
		},
	},
);
