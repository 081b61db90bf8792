import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerClient, type WorkerLike } from '$lib/workers/client';
import { ok, type Handlers, type Method } from '$lib/workers/rpc';
import { serve } from '$lib/workers/serve';

type TestApi = {
	echo: Method<{ text: string }, string>;
	count: Method<{ to: number }, number, { done: number }>;
	stubborn: Method<Record<string, never>, string>;
	fails: Method<Record<string, never>, string>;
	throws: Method<Record<string, never>, string>;
};

const tick = () => new Promise((r) => setTimeout(r, 0));

/** Jobs the fake worker runs; `seen` records what each saw of its cancel signal. */
function makeHandlers(seen: { aborted: boolean[] }): Handlers<TestApi> {
	return {
		echo: async ({ text }) => ok(text.toUpperCase()),
		async count({ to }, { signal, emit }) {
			// A chunked job: checks its signal between chunks, as the real jobs do.
			for (let i = 1; i <= to; i++) {
				if (signal.aborted) {
					seen.aborted.push(true);
					return { error: { key: 'stopped' } };
				}
				emit({ done: i });
				await tick();
			}
			seen.aborted.push(false);
			return ok(to);
		},
		// Never looks at its signal and never finishes: only termination stops it.
		stubborn: () => new Promise(() => {}),
		fails: async () => ({ error: { key: 'no.rows' } }),
		throws: async () => {
			throw new Error('bug');
		}
	};
}

/** A worker in the same thread: messages cross asynchronously through serve(), as they would in a browser. */
class FakeWorker implements WorkerLike {
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	terminated = false;
	received: unknown[] = [];
	private port = {
		onmessage: null as ((event: MessageEvent) => void) | null,
		postMessage: (message: unknown) => {
			if (!this.terminated) setTimeout(() => this.onmessage?.({ data: message } as MessageEvent), 0);
		}
	};
	constructor(handlers: Handlers<TestApi>) {
		serve(
			handlers,
			{ onKey: () => {}, fail: (e) => ({ key: 'failed', params: { detail: String(e) } }) },
			this.port
		);
	}
	postMessage(message: unknown): void {
		this.received.push(message);
		if (!this.terminated) setTimeout(() => this.port.onmessage?.({ data: message } as MessageEvent), 0);
	}
	terminate(): void {
		this.terminated = true;
	}
	crash(): void {
		this.onerror?.({ message: 'boom' } as ErrorEvent);
	}
}

function setup(options: { idleMs?: number; cancelGraceMs?: number } = {}) {
	const seen = { aborted: [] as boolean[] };
	const workers: FakeWorker[] = [];
	const started: FakeWorker[] = [];
	const client = new WorkerClient<TestApi>({
		create: () => {
			const w = new FakeWorker(makeHandlers(seen));
			workers.push(w);
			return w;
		},
		onStart: (w) => started.push(w as FakeWorker),
		crashed: { key: 'worker.crashed' },
		cancelled: { key: 'cancelled' },
		...options
	});
	return { client, workers, started, seen };
}

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe('WorkerClient', () => {
	it('starts the worker on the first call, not before, and runs onStart once per worker', async () => {
		const { client, workers, started } = setup();
		expect(workers).toHaveLength(0);
		expect(await client.call('echo', { text: 'vip' })).toEqual({ value: 'VIP' });
		expect(await client.call('echo', { text: 'at risk' })).toEqual({ value: 'AT RISK' });
		expect(workers).toHaveLength(1);
		expect(started).toEqual(workers);
	});

	it('delivers progress events to the call that asked, then its value', async () => {
		const { client } = setup();
		const events: number[] = [];
		const out = await client.call('count', { to: 3 }, { onEvent: (e) => events.push(e.done) });
		expect(events).toEqual([1, 2, 3]);
		expect(out).toEqual({ value: 3 });
	});

	it('cancels through an AbortSignal that reaches the job inside the worker', async () => {
		const { client, workers, seen } = setup();
		const controller = new AbortController();
		const events: number[] = [];
		const pending = client.call(
			'count',
			{ to: 1000 },
			{ signal: controller.signal, onEvent: (e) => events.push(e.done) }
		);
		await vi.waitFor(() => expect(events.length).toBeGreaterThan(2));
		controller.abort();
		expect(await pending).toEqual({ error: { key: 'cancelled' }, aborted: true });
		await vi.waitFor(() => expect(seen.aborted).toEqual([true]));
		// Cooperative: the job stopped itself and the worker lives on for the next call.
		expect(workers[0].terminated).toBe(false);
		expect(await client.call('echo', { text: 'a' })).toEqual({ value: 'A' });
		expect(workers).toHaveLength(1);
		const afterCancel = events.length;
		await tick();
		expect(events.length).toBe(afterCancel);
	});

	it('settles at once, without starting a worker, when the signal is already aborted', async () => {
		const { client, workers } = setup();
		const out = await client.call('echo', { text: 'x' }, { signal: AbortSignal.abort() });
		expect(out).toEqual({ error: { key: 'cancelled' }, aborted: true });
		expect(workers).toHaveLength(0);
	});

	it('lets the newest request of a kind win: the older one is cancelled inside the worker', async () => {
		const { client, seen } = setup();
		const first = client.call('count', { to: 1000 }, { latest: 'analyse' });
		await tick();
		const second = client.call('count', { to: 2 }, { latest: 'analyse' });
		expect(await first).toEqual({ error: { key: 'cancelled' }, aborted: true });
		expect(await second).toEqual({ value: 2 });
		await vi.waitFor(() => expect(seen.aborted.sort()).toEqual([false, true]));
	});

	it('does not let calls of different kinds supersede each other', async () => {
		const { client } = setup();
		const a = client.call('count', { to: 3 }, { latest: 'a' });
		const b = client.call('count', { to: 2 }, { latest: 'b' });
		expect(await Promise.all([a, b])).toEqual([{ value: 3 }, { value: 2 }]);
	});

	it('terminates a job that ignores its cancel once the grace time is over', async () => {
		const { client, workers } = setup({ cancelGraceMs: 50 });
		const controller = new AbortController();
		const pending = client.call('stubborn', {}, { signal: controller.signal });
		await tick();
		await tick();
		controller.abort();
		expect(await pending).toEqual({ error: { key: 'cancelled' }, aborted: true });
		expect(workers[0].received).toContainEqual({ kind: 'cancel', id: 1 });
		expect(workers[0].terminated).toBe(false);
		await vi.waitFor(() => expect(workers[0].terminated).toBe(true));
		// The next call starts a fresh worker.
		expect(await client.call('echo', { text: 'b' })).toEqual({ value: 'B' });
		expect(workers).toHaveLength(2);
	});

	it('terminates at once when the grace time is zero', async () => {
		const { client, workers } = setup({ cancelGraceMs: 0 });
		const controller = new AbortController();
		const pending = client.call('stubborn', {}, { signal: controller.signal });
		controller.abort();
		expect(await pending).toEqual({ error: { key: 'cancelled' }, aborted: true });
		expect(workers[0].terminated).toBe(true);
	});

	it('passes a job’s error through, and maps an exception to the worker’s failure message', async () => {
		const { client } = setup();
		vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(await client.call('fails', {})).toEqual({ error: { key: 'no.rows' } });
		expect(await client.call('throws', {})).toEqual({
			error: { key: 'failed', params: { detail: 'Error: bug' } }
		});
	});

	it('answers every waiting call with one error when the worker dies, and restarts on the next call', async () => {
		const { client, workers } = setup();
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const a = client.call('stubborn', {});
		const b = client.call('count', { to: 1000 });
		await tick();
		workers[0].crash();
		expect(await Promise.all([a, b])).toEqual([
			{ error: { key: 'worker.crashed' } },
			{ error: { key: 'worker.crashed' } }
		]);
		expect(workers[0].terminated).toBe(true);
		expect(await client.call('echo', { text: 'c' })).toEqual({ value: 'C' });
		expect(workers).toHaveLength(2);
	});

	it('stops the worker after the idle time, and not while a call is running', async () => {
		const { client, workers } = setup({ idleMs: 30 });
		const long = client.call('count', { to: 20 });
		await new Promise((r) => setTimeout(r, 10));
		expect(await client.call('echo', { text: 'd' })).toEqual({ value: 'D' });
		// The echo finished, but count still runs: no idle stop yet.
		await new Promise((r) => setTimeout(r, 40));
		expect(workers[0].terminated).toBe(false);
		expect(await long).toEqual({ value: 20 });
		await vi.waitFor(() => expect(workers[0].terminated).toBe(true));
		expect(client.alive).toBe(false);
	});

	it('stop() settles every waiting call as cancelled', async () => {
		const { client, workers } = setup();
		const pending = client.call('stubborn', {});
		await tick();
		client.stop();
		expect(await pending).toEqual({ error: { key: 'cancelled' }, aborted: true });
		expect(workers[0].terminated).toBe(true);
	});

	it('runs the same handlers in the page when local() provides them, signal included', async () => {
		const seen = { aborted: [] as boolean[] };
		const create = vi.fn();
		const client = new WorkerClient<TestApi>({
			create,
			crashed: { key: 'worker.crashed' },
			cancelled: { key: 'cancelled' },
			local: async () => ({ handlers: makeHandlers(seen), options: { fail: () => ({ key: 'failed' }) } })
		});
		expect(await client.call('echo', { text: 'here' })).toEqual({ value: 'HERE' });
		const controller = new AbortController();
		const pending = client.call('count', { to: 1000 }, { signal: controller.signal });
		await tick();
		await tick();
		controller.abort();
		expect(await pending).toEqual({ error: { key: 'cancelled' }, aborted: true });
		await vi.waitFor(() => expect(seen.aborted).toEqual([true]));
		expect(create).not.toHaveBeenCalled();
	});
});
