// Serves the built app (./build via `vite preview`) on a free local port for the browser tests.
// `npm test` builds first; run `npm run build` yourself before `npx vitest run --project e2e`.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

let server: ChildProcess | undefined;

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`The preview server did not answer at ${url} within ${timeoutMs} ms`);
}

export async function setup(project: TestProject) {
	if (!existsSync('build/index.html')) {
		throw new Error('No build found: run `npm run build` first (npm test does this for you).');
	}
	const port = await freePort();
	// Start vite directly: killing an npx wrapper would leave vite running on the port.
	server = spawn(
		'node_modules/.bin/vite',
		['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
		{
			stdio: ['ignore', 'ignore', 'inherit']
		}
	);
	const baseURL = `http://127.0.0.1:${port}`;
	await waitForServer(`${baseURL}/`, 30_000);
	project.provide('baseURL', baseURL);
}

export async function teardown() {
	server?.kill('SIGTERM');
}
