// `npm test`: every check and test on a fresh clone — installs what is missing, type-checks and lints,
// runs the unit tests, builds the app and runs the browser tests in real headless Chromium.
// Ends with one line "N passed, N failed" totalling unit and browser tests.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureDeps, run } from './ensure-deps.mjs';
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';

ensureDeps();
const resultsDir = 'test-results';
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function vitest(project) {
	const out = `${resultsDir}/${project}.json`;
	const code = run('vitest', [
		'run',
		'--project',
		project,
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${out}`
	]);
	if (!existsSync(out)) {
		problems.push(`${project} tests did not run (vitest exit ${code})`);
		totals.failed += 1;
		return;
	}
	const report = JSON.parse(readFileSync(out, 'utf8'));
	totals.passed += report.numPassedTests;
	totals.failed += report.numFailedTests;
	totals.skipped += report.numPendingTests + report.numTodoTests;
	// A file that fails to load has no tests to count; count it as a failure so it cannot hide.
	const brokenFiles = report.testResults.filter(
		(f) => f.status === 'failed' && f.assertionResults.length === 0
	);
	totals.failed += brokenFiles.length;
	if (code !== 0 && report.numFailedTests === 0 && brokenFiles.length === 0) {
		problems.push(`${project}: vitest exited ${code}`);
		totals.failed += 1;
	}
}

console.log('\n› svelte-check (page code, DOM library) and tsc (worker code, webworker library)');
if (run('npm', ['run', '--silent', 'check']) !== 0) problems.push('the type check reported problems');
console.log('\n› prettier --check');
if (run('prettier', ['--check', '.', '--log-level', 'warn']) !== 0)
	problems.push('prettier found unformatted files');
console.log('\n› eslint');
if (run('eslint', ['.', '--max-warnings', '0']) !== 0) problems.push('eslint reported problems');

console.log('\n› unit tests');
vitest('unit');

const chromium = findChromium();
if (!chromium) {
	console.error(`\n${HOW_TO_GET_CHROMIUM}\n`);
	problems.push('browser tests could not run: no Chromium');
	totals.failed += 1;
} else {
	console.log('\n› building the app for the browser tests');
	if (run('vite', ['build', '--logLevel', 'warn']) !== 0) {
		problems.push('the build failed');
		totals.failed += 1;
	} else {
		console.log(`\n› browser tests (${chromium})`);
		process.env.STRATA_CHROMIUM = chromium;
		vitest('e2e');
	}
}

if (problems.length) console.error(`\nProblems:\n  - ${problems.join('\n  - ')}`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 || problems.length > 0 ? 1 : 0);
