// The architecture's import boundaries (docs/ARCHITECTURE.md), enforced by lint with relative paths covered.
// no-restricted-imports takes one option set per file, so each file group below gets the full list that
// applies to it: the groups are disjoint, and a later config for the same file would replace an earlier one.
import ts from 'typescript-eslint';

const rule = (regex, message) => ({ regex, message });

const DEXIE = rule('^dexie(/|$)', 'Dexie is imported only in src/lib/storage/.');
const TF = rule('^@tensorflow/', 'TF.js is imported only in src/lib/ml/ and the workers.');
const SPAWN = rule(
	'\\?worker$',
	'Workers are created only in src/lib/workers/spawn.ts (through a WorkerClient) and spawn-nested.ts.'
);
const layer = (name, message) => rule(`(^|/)${name}/`, message);
/** Library code never reaches into a page's folder (the report once did, for a chart that belongs to all). */
const ROUTES = rule(
	'(^|/)routes/',
	'src/lib never imports from src/routes/: move shared pieces to components/.'
);
const UI = [
	ROUTES,
	DEXIE,
	TF,
	SPAWN,
	layer('storage', 'Pages and components read stored data through a state class, never storage/.'),
	layer('ml', 'Pages and components reach ML code through state/ml.svelte.ts, never ml/.'),
	layer('jobs', 'Worker jobs run in workers; pages reach them through a state class.')
];
const OUT_OF_DOMAIN = [
	rule(
		'^(svelte|dexie|@tensorflow|layerchart|papaparse)(/|$)',
		'domain/ is plain TypeScript: no frameworks.'
	),
	rule('^\\$(lib|app)/(?!domain/)', 'domain/ imports nothing outside itself.')
];
/** `n` levels up from a file leaves its folder (domain/, or a page's folder under routes/). */
const up = (n, message) => rule(`^(\\.\\./){${n}}(?!\\.\\./)`, message);
const LEAVES_DOMAIN = 'domain/ imports nothing outside itself.';
const OTHER_PAGE = "A page never imports another page's folder: move shared pieces to src/lib/components/.";
const STORAGE_UP = [
	TF,
	SPAWN,
	rule(
		'(^\\$lib/|/)(jobs|ml|state|components|workers|import|routes)/',
		'storage/ imports only domain/ and itself.'
	),
	// Known exception: the byte codec and the key derivation at rest are backup/'s pure helpers (to move to a
	// shared home once the backup work in flight has landed).
	rule('(^\\$lib/|/)backup/(?!(codec|bytes|crypto)$)', 'storage/ imports only domain/ and itself.')
];

const restrict = (files, patterns, ignores = []) => ({
	files,
	ignores,
	rules: { 'no-restricted-imports': ['error', { patterns }] }
});

const sources = (dir) => [`${dir}/**/*.ts`, `${dir}/**/*.svelte`, `${dir}/**/*.js`];

export const boundaries = [
	// domain/: pure. Relative imports may not climb out of it, whatever the file's depth.
	restrict(['src/lib/domain/*.ts'], [...OUT_OF_DOMAIN, up(1, LEAVES_DOMAIN)]),
	restrict(['src/lib/domain/*/*.ts'], [...OUT_OF_DOMAIN, up(2, LEAVES_DOMAIN)]),
	restrict(['src/lib/domain/*/*/*.ts'], [...OUT_OF_DOMAIN, up(3, LEAVES_DOMAIN)]),
	// Pages: the UI rules, and no climbing into a sibling page's folder.
	restrict(['src/routes/*'], UI),
	restrict(['src/routes/*/*'], [...UI, up(1, OTHER_PAGE)]),
	restrict(['src/routes/*/*/*'], [...UI, up(2, OTHER_PAGE)]),
	restrict(['src/routes/*/*/*/*'], [...UI, up(3, OTHER_PAGE)]),
	restrict(sources('src/lib/components'), UI),
	restrict(sources('src/lib/storage'), STORAGE_UP),
	// ML code and workers may use TF.js; only spawn.ts creates workers.
	restrict(
		[...sources('src/lib/ml'), ...sources('src/lib/workers')],
		[DEXIE, SPAWN, ROUTES],
		['src/lib/workers/spawn.ts', 'src/lib/workers/spawn-nested.ts']
	),
	// Everything else in lib: state, jobs, import, backup, export, i18n, lookup and the top-level modules.
	restrict(
		['src/lib/**/*.ts', 'src/lib/**/*.svelte'],
		[DEXIE, TF, SPAWN, ROUTES],
		[
			'src/lib/domain/**',
			'src/lib/components/**',
			'src/lib/storage/**',
			'src/lib/ml/**',
			'src/lib/workers/**'
		]
	),
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/workers/spawn.ts', 'src/lib/workers/spawn-nested.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: 'NewExpression[callee.name=/^(Worker|SharedWorker)$/]',
					message: 'Workers are created only in src/lib/workers/spawn.ts (through a WorkerClient).'
				}
			]
		}
	}
];

/** Promises must be awaited, returned or explicitly voided; none is passed where a void callback is expected. */
export const typeAware = {
	files: ['src/**/*.ts', 'src/**/*.svelte'],
	languageOptions: {
		parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser }
	},
	rules: {
		'@typescript-eslint/no-floating-promises': 'error',
		'@typescript-eslint/no-misused-promises': 'error'
	}
};

/** Worker entry points and jobs live in tsconfig.worker.json (webworker library), not in the page's tsconfig. */
export const workerTypes = {
	files: ['src/lib/workers/*.worker.ts', 'src/lib/jobs/**/*.ts'],
	languageOptions: {
		parserOptions: {
			projectService: false,
			project: ['./tsconfig.worker.json'],
			tsconfigRootDir: import.meta.dirname
		}
	}
};
