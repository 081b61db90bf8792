// Picks the TF.js backend by a short measured trial instead of a fixed order: on this kind of CPU-only machine
// WASM beats a software WebGL by 10×, while on real GPUs WebGL/WebGPU win. The result is kept per device.
import * as tf from '@tensorflow/tfjs';

export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

export interface BackendTrial {
	name: BackendName;
	ok: boolean;
	/** Median wall time of the fixed workload, ms. */
	medianMs?: number;
	/** Why the backend could not be used (registration failed, no adapter, kernel error…). */
	error?: string;
}

/** What was chosen and why: stored per device and shown on the settings page. */
export interface BackendChoice {
	chosen: BackendName;
	trials: BackendTrial[];
	measuredAt: number;
	workload: string;
}

export interface ChooseBackendOptions {
	candidates?: BackendName[];
	/** Where the app serves tfjs-backend-wasm*.wasm (a directory URL ending in '/', or a file map). */
	wasmPaths?: string | Record<string, string>;
	/** WASM threads need cross-origin isolation and did not help on 2 cores: off unless asked for. */
	wasmThreads?: boolean;
	/** Loaders that register optional backends (e.g. () => import('@tensorflow/tfjs-backend-webgpu')). */
	loaders?: Partial<Record<BackendName, () => Promise<unknown>>>;
	/** Timed runs per backend after one warm-up run. Default 3. */
	repeats?: number;
	/** Side of the square matrices multiplied in the workload. Default 256. */
	size?: number;
}

async function registerWasm(options: ChooseBackendOptions): Promise<void> {
	const wasm = await import('@tensorflow/tfjs-backend-wasm');
	// The flag exists only once the package has registered it.
	if (!options.wasmThreads) tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
	// setWasmPaths must run before the backend initializes; without it, node resolves the package directory.
	if (options.wasmPaths) wasm.setWasmPaths(options.wasmPaths);
}

/** Registers (when needed) and activates a backend; false when it is unavailable here. */
export async function activateBackend(
	name: BackendName,
	options: ChooseBackendOptions = {}
): Promise<boolean> {
	const loader = options.loaders?.[name];
	// wasm always goes through registerWasm: the module is cached, and its .wasm location must be set even
	// when another import registered the backend first.
	if (name === 'wasm' && !loader) await registerWasm(options);
	else if (!tf.findBackendFactory(name)) {
		if (loader) await loader();
		else return false;
	}
	return tf.setBackend(name);
}

function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	return s[s.length >> 1];
}

/** Times `repeats` runs of a fixed chain of matrix products (plus one warm-up for shader/wasm compilation). */
async function timeWorkload(size: number, repeats: number): Promise<number> {
	const run = async () => {
		const start = performance.now();
		const out = tf.tidy(() => {
			const a = tf.fill([size, size], 0.5);
			let m = tf.matMul(a, a);
			for (let i = 0; i < 3; i++) m = tf.matMul(m, a).div(size);
			return m.sum();
		});
		await out.data(); // forces the (possibly asynchronous) GPU work to finish
		out.dispose();
		return performance.now() - start;
	};
	await run();
	const times: number[] = [];
	for (let r = 0; r < repeats; r++) times.push(await run());
	return median(times);
}

/** Tries each candidate, keeps the fastest that worked, and leaves it active. cpu always works as a last resort. */
export async function chooseBackend(options: ChooseBackendOptions = {}): Promise<BackendChoice> {
	const candidates = options.candidates ?? ['webgpu', 'webgl', 'wasm', 'cpu'];
	const size = options.size ?? 256;
	const repeats = options.repeats ?? 3;
	const trials: BackendTrial[] = [];
	for (const name of candidates) {
		try {
			if (!(await activateBackend(name, options))) {
				trials.push({ name, ok: false, error: 'unavailable' });
				continue;
			}
			trials.push({ name, ok: true, medianMs: await timeWorkload(size, repeats) });
		} catch (e) {
			trials.push({ name, ok: false, error: e instanceof Error ? e.message : String(e) });
		}
	}
	const working = trials
		.filter((t) => t.ok)
		.sort((a, b) => (a.medianMs ?? Infinity) - (b.medianMs ?? Infinity));
	let chosen: BackendName = working[0]?.name ?? 'cpu';
	if (!(await activateBackend(chosen, options))) {
		chosen = 'cpu';
		await tf.setBackend('cpu');
	}
	return {
		chosen,
		trials,
		measuredAt: Date.now(),
		workload: `matMul ${size}×${size} ×4, median of ${repeats}`
	};
}

/** Re-applies a remembered choice; falls back to a fresh trial when that backend no longer works. */
export async function applyBackendChoice(
	choice: BackendChoice,
	options: ChooseBackendOptions = {}
): Promise<BackendChoice> {
	try {
		if (await activateBackend(choice.chosen, options)) return choice;
	} catch {
		// The remembered backend broke (driver update, missing .wasm): measure again.
	}
	return chooseBackend(options);
}

/** The TF.js backend in use, so jobs outside ml/ never import TF.js themselves. */
export const currentBackend = (): string => tf.getBackend();
