// Shared plumbing for the benchmark: build, serve the build with vite preview, launch Chromium.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../../scripts/find-chromium.mjs';

export const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--enable-precise-memory-info'
];

// A free port, so two bench sections run by different people on one machine do not clash.
async function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => resolve(port));
		});
	});
}

export async function serve(port) {
	port ??= await freePort();
	const server = spawn(
		'node_modules/.bin/vite',
		['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
		{
			stdio: ['ignore', 'ignore', 'inherit']
		}
	);
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 150; i++) {
		try {
			if ((await fetch(url)).ok) return { url, stop: () => server.kill('SIGTERM') };
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	server.kill('SIGTERM');
	throw new Error('vite preview did not start');
}

export async function launch() {
	const executablePath = findChromium();
	if (!executablePath) {
		console.error(HOW_TO_GET_CHROMIUM);
		process.exit(1);
	}
	const profile = mkdtempSync(join(tmpdir(), 'strata-bench-'));
	return chromium.launchPersistentContext(profile, {
		executablePath,
		headless: true,
		args: ARGS,
		viewport: { width: 1280, height: 800 },
		bypassCSP: true
	});
}

export const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Resident memory (MB) of the Chromium process tree: the closest outside measure of a tab's peak. */
export async function chromiumRssMb() {
	const { execSync } = await import('node:child_process');
	try {
		const out = execSync("ps -eo rss,comm | grep -i chrom | awk '{s+=$1} END {print s}'", {
			encoding: 'utf8'
		});
		return Number(out.trim()) / 1024;
	} catch {
		return NaN;
	}
}
