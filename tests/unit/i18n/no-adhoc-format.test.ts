// Keeps number formatting in one place: pages, components, state and exports never call toFixed,
// toLocaleString or Intl.NumberFormat themselves; they go through the kind-named helpers of $lib/i18n/format
// (wrapped for the UI in $lib/components/charts/format). A new call fails here with its file and line.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['src/routes', 'src/lib/components', 'src/lib/export', 'src/lib/state'];
const ALLOWED = new Set(['src/lib/components/charts/format.ts', 'src/lib/i18n/format.ts']);
const AD_HOC = /\.toFixed\(|\.toLocaleString\(|Intl\.NumberFormat/;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path);
		return /\.(ts|svelte)$/.test(name) ? [path] : [];
	});
}

function adHocCalls(path: string, text: string): string[] {
	return text
		.split('\n')
		.map((line, i) => ({ line, n: i + 1 }))
		.filter(({ line }) => AD_HOC.test(line))
		.map(({ line, n }) => `${path}:${n}: ${line.trim()}`);
}

describe('one formatter', () => {
	it('the guard catches each form of ad-hoc formatting', () => {
		expect(adHocCalls('x.svelte', 'a\n{v.toFixed(2)}')).toEqual(['x.svelte:2: {v.toFixed(2)}']);
		expect(adHocCalls('x.ts', 'n.toLocaleString("en")')).toHaveLength(1);
		expect(adHocCalls('x.ts', 'new Intl.NumberFormat(l).format(n)')).toHaveLength(1);
		expect(adHocCalls('x.ts', 'fmtInt(n); formatCount(n, l)')).toEqual([]);
	});

	it('no route, component, state class or export formats a number by hand', () => {
		const offenders = ROOTS.flatMap(files)
			.filter((f) => !ALLOWED.has(f))
			.flatMap((f) => adHocCalls(f, readFileSync(f, 'utf8')));
		expect(offenders).toEqual([]);
	});
});
