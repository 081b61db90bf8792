import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A fully static build. '200.html' is the SPA fallback; 'index.html' would overwrite the prerendered root.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
		// No egress: the page may talk only to its own origin. Emitted as a <meta> tag in prerendered pages.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['none']
			}
		},
		version: { pollInterval: 0 }
	}
};

export default config;
