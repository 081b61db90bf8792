import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { securityHeaders } from './scripts/security-headers.mjs';

export default defineConfig({
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			// A deliberate prompt-to-update flow: a new version waits until the user chooses to reload.
			registerType: 'prompt',
			// Registered from UpdatePrompt.svelte (no injected inline script: our CSP forbids it).
			injectRegister: false,
			strategies: 'generateSW',
			kit: { adapterFallback: '200.html' },
			manifest: {
				name: 'Strata — customer tiering',
				short_name: 'Strata',
				description:
					'On-device customer tiering: RFM, value tiers, CLV, clusters and churn warning. 本地运行的客户分层分级工具。',
				lang: 'zh-CN',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				background_color: '#f7f7f5',
				theme_color: '#1f3a5f',
				// Shown by Chromium's richer install dialog; the same picture as the README's.
				screenshots: [
					{
						src: '/screenshots/overview-wide.png',
						sizes: '1280x800',
						type: 'image/png',
						form_factor: 'wide',
						label: 'Overview'
					}
				],
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
					{ src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
				]
			},
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,woff,woff2,wasm,json,webmanifest}',
					'prerendered/**/*.html'
				],
				// The TF.js worker chunk is larger than Workbox's 2 MiB default; without this, offline silently breaks.
				maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
				clientsClaim: true,
				// Query strings are read by the page (/lookup?q=…, /customers/view?i=…): serve the precached page for any.
				ignoreURLParametersMatching: [/.*/],
				cleanupOutdatedCaches: true
			},
			devOptions: { enabled: false }
		}),
		// CSP (with frame-ancestors), nosniff, no-referrer, Permissions-Policy as HTTP headers on every response.
		securityHeaders()
	],
	worker: { format: 'es' },
	build: {
		chunkSizeWarningLimit: 4096,
		// The plugin-timing report is noise in CI logs (SvelteKit's prerender dominates it by design).
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	preview: { port: 4173, strictPort: false },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/global-setup.ts'],
					fileParallelism: false,
					testTimeout: 120_000,
					hookTimeout: 180_000
				}
			}
		]
	}
});
