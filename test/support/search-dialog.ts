/**
 * The search dialog as the browser tests find it: its parts by role, and how long to wait for results.
 */
import type { Page } from '@playwright/test';

/** Waits for search results: generous, as the first search loads the index (the machine may be busy). */
export const RESULTS = { timeout: 20_000 };

/** The `<dialog>`, its combobox field, its options and its listbox (found even while hidden). */
export const dialog = (page: Page) => page.locator('dialog.site-search');
export const field = (page: Page) => dialog(page).getByRole('combobox');
export const options = (page: Page) => dialog(page).getByRole('option');
export const list = (page: Page) => dialog(page).getByRole('listbox', { includeHidden: true });
