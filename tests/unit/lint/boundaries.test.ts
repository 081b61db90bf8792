// Plants a violation of each architecture rule in a temporary file inside src/ and asserts that eslint (through
// its Node API, with the project's own config) reports it, so the rules cannot silently rot.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const root = resolve(import.meta.dirname, '../../..');
const tag = `lint-probe-${process.pid}-${Date.now()}`;
const planted: string[] = [];
// A fresh tsconfig per lint: typescript-eslint caches a program per tsconfig path.
let probes = 0;
const probeTsconfigs: string[] = [];

function plant(path: string, code: string): string {
	const file = join(root, path.replace('PROBE', tag));
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, code);
	planted.push(file);
	return file;
}

/** The project's config, but type information from a tiny program holding only the probes (fast). */
async function lint(file: string): Promise<string[]> {
	const probeTsconfig = join(root, `tsconfig.${tag}-${++probes}.json`);
	probeTsconfigs.push(probeTsconfig);
	writeFileSync(
		probeTsconfig,
		JSON.stringify({ compilerOptions: { strict: true, lib: ['es2022', 'dom'], noEmit: true }, files: [file] })
	);
	const eslint = new ESLint({
		cwd: root,
		overrideConfig: {
			files: ['src/**/*.ts'],
			languageOptions: { parserOptions: { projectService: false, project: [probeTsconfig] } }
		}
	});
	const [result] = await eslint.lintFiles([file]);
	return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

afterAll(() => {
	for (const file of planted) rmSync(file, { force: true });
	for (const file of probeTsconfigs) rmSync(file, { force: true });
});

const cases: { rule: string; path: string; code: string; expect: RegExp }[] = [
	{
		rule: 'Dexie only in storage/',
		path: 'src/lib/jobs/PROBE.ts',
		code: "import Dexie from 'dexie';\nexport const d = Dexie;\n",
		expect: /no-restricted-imports: .*Dexie is imported only in src\/lib\/storage/
	},
	{
		rule: 'TF.js only in ml/ and workers',
		path: 'src/lib/jobs/PROBE.ts',
		code: "import * as tf from '@tensorflow/tfjs';\nexport const t = tf;\n",
		expect: /no-restricted-imports: .*TF\.js is imported only in src\/lib\/ml/
	},
	{
		rule: '?worker imports only in workers/spawn.ts',
		path: 'src/lib/state/PROBE.ts',
		code: "import W from '$lib/workers/ml.worker?worker';\nexport const w = W;\n",
		expect: /no-restricted-imports: .*Workers are created only in src\/lib\/workers\/spawn\.ts/
	},
	{
		rule: 'new Worker only in workers/spawn.ts',
		path: 'src/lib/state/PROBE.ts',
		code: "export const w = new Worker('x.js');\n",
		expect: /no-restricted-syntax: .*Workers are created only/
	},
	{
		rule: 'components never import storage/ (relative path)',
		path: 'src/lib/components/ui/PROBE.ts',
		code: "import type { DatasetRecord } from '../../storage/db';\nexport type D = DatasetRecord;\n",
		expect: /no-restricted-imports: .*Pages and components read stored data through a state class/
	},
	{
		rule: 'routes never import ml/',
		path: 'src/routes/clusters/PROBE.ts',
		code: "import { chooseBackend } from '$lib/ml/backend';\nexport const c = chooseBackend;\n",
		expect: /no-restricted-imports: .*Pages and components reach ML code through state/
	},
	{
		rule: 'routes never import jobs/',
		path: 'src/routes/churn/PROBE.ts',
		code: "import type { ChurnSetup } from '../../lib/jobs/churn-types';\nexport type C = ChurnSetup;\n",
		expect: /no-restricted-imports: .*Worker jobs run in workers/
	},
	{
		rule: "a page never imports another page's folder",
		path: 'src/routes/report/PROBE.ts',
		code: "import Overview from '../overview/OverviewCharts.svelte';\nexport const o = Overview;\n",
		expect: /no-restricted-imports: .*A page never imports another page's folder/
	},
	{
		rule: 'library code never imports a page folder (relative path)',
		path: 'src/lib/components/report/PROBE.ts',
		code: "import { ruleText } from '../../../routes/strategies/labels';\nexport const r = ruleText;\n",
		expect: /no-restricted-imports: .*src\/lib never imports from src\/routes/
	},
	{
		rule: 'domain/ imports nothing outside itself ($lib)',
		path: 'src/lib/domain/PROBE.ts',
		code: "import { openDb } from '$lib/storage/open-db';\nexport const o = openDb;\n",
		expect: /no-restricted-imports: .*domain\/ imports nothing outside itself/
	},
	{
		rule: 'domain/ imports nothing outside itself (relative, from a subfolder)',
		path: 'src/lib/domain/clv/PROBE.ts',
		code: "import { IMPORT_LOCK } from '../../locks';\nexport const l = IMPORT_LOCK;\n",
		expect: /no-restricted-imports: .*domain\/ imports nothing outside itself/
	},
	{
		rule: 'storage/ never imports upward',
		path: 'src/lib/storage/PROBE.ts',
		code: "import type { ChurnSetup } from '$lib/jobs/churn-types';\nexport type C = ChurnSetup;\n",
		expect: /no-restricted-imports: .*storage\/ imports only domain\/ and itself/
	},
	{
		rule: 'storage/ imports from backup/ only its pure codec, bytes and crypto helpers ($lib)',
		path: 'src/lib/storage/PROBE.ts',
		code: "import { makeBackup } from '$lib/backup/service';\nexport const m = makeBackup;\n",
		expect: /no-restricted-imports: .*storage\/ imports only domain\/ and itself/
	},
	{
		rule: 'storage/ imports from backup/ only its pure codec, bytes and crypto helpers (relative)',
		path: 'src/lib/storage/PROBE.ts',
		code: "import { packBackup } from '../backup/pack';\nexport const p = packBackup;\n",
		expect: /no-restricted-imports: .*storage\/ imports only domain\/ and itself/
	},
	{
		rule: 'no floating promises',
		path: 'src/lib/state/PROBE.ts',
		code: 'async function save(): Promise<void> {}\nexport function go(): void {\n\tsave();\n}\n',
		expect: /@typescript-eslint\/no-floating-promises/
	},
	{
		rule: 'no misused promises',
		path: 'src/lib/state/PROBE.ts',
		code: 'export function go(list: number[]): void {\n\tlist.forEach(async (n) => {\n\t\tawait Promise.resolve(n);\n\t});\n}\n',
		expect: /@typescript-eslint\/no-misused-promises/
	}
];

describe('architecture lint rules', () => {
	for (const c of cases)
		it(`reports a planted violation: ${c.rule}`, { timeout: 120_000 }, async () => {
			const file = plant(c.path, c.code);
			const messages = await lint(file);
			rmSync(file, { force: true });
			expect(messages.join('\n')).toMatch(c.expect);
		});

	it('accepts the same kind of import where it belongs', { timeout: 120_000 }, async () => {
		const file = plant(
			'src/lib/storage/PROBE.ts',
			"import Dexie from 'dexie';\nimport type { MessageRef } from '$lib/domain/message-ref';\nexport const d = Dexie;\nexport type M = MessageRef;\n"
		);
		expect(await lint(file)).toEqual([]);
	});

	it(
		'lets storage/ import the backup codec, bytes and crypto helpers (the one exception)',
		{ timeout: 120_000 },
		async () => {
			const file = plant(
				'src/lib/storage/PROBE.ts',
				"import { encodeTable } from '$lib/backup/codec';\nimport { utf8 } from '../backup/bytes';\nimport type { EncryptionParams } from '$lib/backup/crypto';\nexport const e = encodeTable;\nexport const u = utf8;\nexport type P = EncryptionParams;\n"
			);
			expect(await lint(file)).toEqual([]);
		}
	);
});
