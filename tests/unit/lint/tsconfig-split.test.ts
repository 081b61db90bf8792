// The two type-check configs: worker code (tsconfig.worker.json, webworker library, no DOM) and page code
// (tsconfig.json, DOM). Plants a probe file under each config's options and asserts what each accepts and
// refuses, and that each config holds the files it should, so the split cannot silently rot.
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

function config(name: string): ts.ParsedCommandLine {
	const parsed = ts.getParsedCommandLineOfConfigFile(
		resolve(root, name),
		{},
		{ ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => expect.fail(String(d.messageText)) }
	);
	if (!parsed) throw new Error(`could not read ${name}`);
	return parsed;
}

/** Library files parsed once for every probe (parsing lib.dom.d.ts is most of a probe's cost). */
const parsedLibs = new Map<string, ts.SourceFile | undefined>();

/** Type-checks in-memory files (nothing else from src/, so it is fast); returns each file's error messages. */
function probe(options: ts.CompilerOptions, probes: Record<string, string>): Record<string, string[]> {
	const files = new Map(Object.entries(probes).map(([path, code]) => [resolve(root, path), code]));
	const host = ts.createCompilerHost(options);
	const getSourceFile = host.getSourceFile.bind(host);
	host.getSourceFile = (name, lang, ...rest) => {
		const code = files.get(name);
		if (code !== undefined) return ts.createSourceFile(name, code, lang);
		const key = `${name}|${JSON.stringify(lang)}`;
		if (!parsedLibs.has(key)) parsedLibs.set(key, getSourceFile(name, lang, ...rest));
		return parsedLibs.get(key);
	};
	const fileExists = host.fileExists.bind(host);
	host.fileExists = (name) => files.has(name) || fileExists(name);
	const program = ts.createProgram([...files.keys()], { ...options, types: [] }, host);
	const diagnostics = ts.getPreEmitDiagnostics(program);
	return Object.fromEntries(
		Object.keys(probes).map((path) => [
			path,
			diagnostics
				.filter((d) => d.file?.fileName === resolve(root, path))
				.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
		])
	);
}

const relative = (files: string[]) => files.map((f) => f.slice(root.length + 1));

describe('worker code is type-checked without the DOM', () => {
	const worker = config('tsconfig.worker.json');

	it('refuses document and window in a job, and accepts the worker global scope', () => {
		const errors = probe(worker.options, {
			'src/lib/jobs/probe-dom.ts': 'export const t = document.title;\nexport const w = window.innerWidth;\n',
			'src/lib/jobs/probe-scope.ts':
				'const scope = self as DedicatedWorkerGlobalScope;\nscope.postMessage(1, [new ArrayBuffer(1)]);\n'
		});
		expect(errors['src/lib/jobs/probe-dom.ts']).toHaveLength(2);
		expect(errors['src/lib/jobs/probe-dom.ts'][0]).toMatch(/Cannot find name 'document'/);
		expect(errors['src/lib/jobs/probe-dom.ts'][1]).toMatch(/Cannot find name 'window'/);
		expect(errors['src/lib/jobs/probe-scope.ts']).toEqual([]);
	}, 60_000);

	it('holds every worker entry point, every job and all of domain/', () => {
		const files = relative(worker.fileNames);
		expect(files).toContain('src/lib/workers/analysis.worker.ts');
		expect(files).toContain('src/lib/workers/import.worker.ts');
		expect(files).toContain('src/lib/workers/ml.worker.ts');
		expect(files).toContain('src/lib/jobs/tiering.ts');
		expect(files).toContain('src/lib/domain/rfm.ts');
		expect(files).toContain('src/lib/domain/clv/optimize.ts');
		expect(files.some((f) => f.startsWith('src/routes/') || f.startsWith('src/lib/state/'))).toBe(false);
	});
});

describe('page code is type-checked with the DOM and without the worker library', () => {
	const page = config('tsconfig.json');

	it('accepts the DOM and refuses a worker-only global', () => {
		const errors = probe(page.options, {
			'src/lib/state/probe-dom.ts': 'export const t = document.title;\n',
			'src/lib/state/probe-scope.ts': 'export const s = typeof WorkerGlobalScope;\n'
		});
		expect(errors['src/lib/state/probe-dom.ts']).toEqual([]);
		expect(errors['src/lib/state/probe-scope.ts']).toHaveLength(1);
		expect(errors['src/lib/state/probe-scope.ts'][0]).toMatch(/Cannot find name 'WorkerGlobalScope'/);
	}, 60_000);

	it('leaves worker entry points and jobs to the worker config, and keeps domain/', () => {
		const files = relative(page.fileNames);
		expect(files.some((f) => f.endsWith('.worker.ts'))).toBe(false);
		expect(files.some((f) => f.startsWith('src/lib/jobs/'))).toBe(false);
		expect(files).toContain('src/lib/domain/rfm.ts');
		expect(files).toContain('src/lib/workers/client.ts');
	});
});
