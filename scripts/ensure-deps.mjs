// Installs dependencies when they are missing or older than package.json / package-lock.json, so `npm start` and
// `npm test` work as the first commands on a fresh clone.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export function ensureDeps() {
	const marker = 'node_modules/.package-lock.json';
	const newerThanInstall = (file) =>
		existsSync(file) && statSync(file).mtimeMs > statSync(marker).mtimeMs + 1000;
	const stale =
		!existsSync(marker) || newerThanInstall('package-lock.json') || newerThanInstall('package.json');
	if (!stale) return;
	// `npm ci` reproduces the committed lock exactly (the lock carries every platform's optional binaries);
	// `npm install` only where there is no lock yet.
	const args = existsSync('package-lock.json')
		? ['ci', '--no-audit', '--no-fund']
		: ['install', '--no-audit', '--no-fund'];
	console.log(`› npm ${args[0]} (dependencies missing or out of date)`);
	const result = spawnSync('npm', args, { stdio: 'inherit' });
	if (result.status !== 0) {
		console.error('Installing dependencies failed; see the npm output above.');
		process.exit(result.status ?? 1);
	}
}

/** Runs a command from node_modules/.bin (or PATH), inheriting output; returns its exit code. */
export function run(command, args, options = {}) {
	const bin = existsSync(`node_modules/.bin/${command}`) ? `node_modules/.bin/${command}` : command;
	const result = spawnSync(bin, args, { stdio: 'inherit', ...options });
	if (result.error) console.error(result.error.message);
	return result.status ?? 1;
}
