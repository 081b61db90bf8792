// The HTTP security headers of every response, from one template (static/_headers): the page's <meta> CSP only
// binds documents, while workers take their policy from their own response headers, and frame-ancestors works
// only as a header. `vite build` writes build/_headers; `vite preview` (npm start) sends the same on every file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PLACEHOLDER = '__STRATA_CSP__';

/** The build's own policy (the <meta> SvelteKit wrote, with this build's script hashes) plus framing: none. */
/** @param {string} buildDir */
export function buildPolicy(buildDir) {
	const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
	const meta = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i);
	if (!meta) throw new Error('security headers: build/index.html has no CSP <meta>');
	return `${meta[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"')}; frame-ancestors 'none'`;
}

/** Writes build/_headers from the template copied there (or from static/_headers), with the real policy in. */
/**
 * @param {string} buildDir
 * @param {string} [template]
 */
export function writeHeadersFile(buildDir, template = join('static', '_headers')) {
	const source = existsSync(join(buildDir, '_headers')) ? join(buildDir, '_headers') : template;
	const text = readFileSync(source, 'utf8').replace(
		`Content-Security-Policy: ${PLACEHOLDER}`,
		`Content-Security-Policy: ${buildPolicy(buildDir)}`
	);
	writeFileSync(join(buildDir, '_headers'), text);
	return text;
}

/** Name → value of the `/*` block of a _headers file. */
/** @param {string} text */
export function parseHeadersFile(text) {
	/** @type {Record<string, string>} */
	const headers = {};
	for (const line of text.split('\n')) {
		const m = line.match(/^\s+([A-Za-z-]+):\s*(.+)$/);
		if (m) headers[m[1]] = m[2].trim();
	}
	return headers;
}

/** A Vite plugin: writes build/_headers after the adapter, and serves those headers from `vite preview`. */
/**
 * @param {string} [buildDir]
 * @returns {import('vite').Plugin}
 */
export function securityHeaders(buildDir = 'build') {
	/** @type {Record<string, string> | undefined} */
	let cached;
	const headers = () => (cached ??= parseHeadersFile(readFileSync(join(buildDir, '_headers'), 'utf8')));
	return {
		name: 'strata-security-headers',
		closeBundle: {
			sequential: true,
			order: 'post',
			handler() {
				// The SSR pass runs the adapter (which writes build/); the client pass has nothing to add.
				if (existsSync(join(buildDir, 'index.html'))) writeHeadersFile(buildDir);
			}
		},
		configurePreviewServer(server) {
			server.middlewares.use((_req, res, next) => {
				for (const [name, value] of Object.entries(headers())) res.setHeader(name, value);
				next();
			});
		}
	};
}
