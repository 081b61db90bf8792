// Steps of the Import page used by several browser tests, and a look inside IndexedDB that does not
// depend on the app's own code (so a bug there cannot hide a half-written dataset).
import type { Page } from 'playwright-core';
import { valueOf } from './browser';

export async function pickFile(page: Page, baseURL: string, path: string): Promise<void> {
	await page.goto(`${baseURL}/import`);
	await page.getByTestId('file-input').setInputFiles(path);
}

export async function importFile(page: Page, baseURL: string, path: string) {
	await pickFile(page, baseURL, path);
	await page.getByTestId('start-import').click();
	await page.getByTestId('quality-report').waitFor({ timeout: 60_000 });
	return {
		read: await valueOf(page, 'rows-read'),
		imported: await valueOf(page, 'rows-imported'),
		rejected: await valueOf(page, 'rows-rejected'),
		customers: await valueOf(page, 'customer-count')
	};
}

/** Counts of records in Strata's database, read with the raw IndexedDB API. */
export async function storeCounts(
	page: Page
): Promise<{ datasets: number; importing: number; chunks: number }> {
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('strata');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('datasets')) {
						db.close();
						resolve({ datasets: 0, importing: 0, chunks: 0 });
						return;
					}
					const tx = db.transaction(['datasets', 'chunks'], 'readonly');
					const all = tx.objectStore('datasets').getAll();
					const chunks = tx.objectStore('chunks').count();
					tx.oncomplete = () => {
						const rows = all.result as { status: string }[];
						resolve({
							datasets: rows.length,
							importing: rows.filter((d) => d.status !== 'committed').length,
							chunks: chunks.result
						});
						db.close();
					};
				};
			})
	);
}
