// The page side of every worker: one client owns one worker. It starts the worker on first use, matches
// replies to requests by id, lets the newest request of a kind supersede the older, carries an AbortSignal into
// the worker (cooperative cancel, terminate as the fallback), stops the worker when idle, and turns a dead
// worker into one error for every waiting call. State classes keep only what is theirs.
import type { MessageRef } from '$lib/domain/message-ref';
import { runHandler, type Api, type FromWorker, type Handlers, type Outcome, type RunOptions } from './rpc';

/** The part of a Worker the client uses (a fake in tests). */
export interface WorkerLike {
	postMessage(message: unknown, transfer?: Transferable[]): void;
	terminate(): void;
	onmessage: ((event: MessageEvent) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
}

export interface WorkerClientOptions<A extends Api> {
	/** Creates the worker (a `?worker` constructor from workers/spawn.ts). */
	create: () => WorkerLike;
	/** Runs once per started worker, before any call is posted (share the at-rest key, init a backend). */
	onStart?: (worker: WorkerLike) => void;
	/** Shown to every waiting call when the worker dies. */
	crashed: MessageRef;
	/** The outcome of a cancelled or superseded call. */
	cancelled: MessageRef;
	/** Stop the worker after this long with nothing running; undefined = keep it (it holds a cache). */
	idleMs?: number;
	/** After a cancel, how long the job may take to stop cooperatively before the worker is terminated;
	 *  0 = at once; undefined = never (the job checks its signal between chunks). */
	cancelGraceMs?: number;
	/** Handlers to run in the page instead of the worker (storage in memory: a worker cannot share it). */
	local?: () => Promise<{ handlers: Handlers<A>; options: RunOptions } | undefined>;
}

export interface CallOptions<Event> {
	signal?: AbortSignal;
	onEvent?: (event: Event) => void;
	/** Calls with the same key supersede each other: the older is cancelled (inside the worker too). */
	latest?: string;
}

interface Pending {
	settle: (outcome: Outcome<unknown>) => void;
	onEvent?: (event: unknown) => void;
	settled: boolean;
	graceTimer?: ReturnType<typeof setTimeout>;
}

export class WorkerClient<A extends Api> {
	#worker: WorkerLike | undefined;
	#nextId = 1;
	#pending = new Map<number, Pending>();
	#lanes = new Map<string, AbortController>();
	#idleTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(private readonly options: WorkerClientOptions<A>) {}

	/** True while a worker is alive (for tests and diagnostics). */
	get alive(): boolean {
		return this.#worker !== undefined;
	}

	/** Starts the worker now (e.g. so a backend is chosen before the first job). */
	start(): void {
		this.#ensure();
	}

	call<M extends keyof A & string>(
		method: M,
		args: A[M]['args'],
		options: CallOptions<A[M]['event']> = {}
	): Promise<Outcome<A[M]['result']>> {
		const controller = new AbortController();
		const { latest, signal } = options;
		if (latest) {
			this.#lanes.get(latest)?.abort();
			this.#lanes.set(latest, controller);
		}
		if (signal?.aborted) controller.abort();
		else signal?.addEventListener('abort', () => controller.abort(), { once: true });
		const id = this.#nextId++;
		return new Promise((resolve) => {
			const entry: Pending = {
				settled: false,
				onEvent: options.onEvent as ((e: unknown) => void) | undefined,
				settle: (outcome) => {
					if (entry.settled) return;
					entry.settled = true;
					if (latest && this.#lanes.get(latest) === controller) this.#lanes.delete(latest);
					resolve(outcome as Outcome<A[M]['result']>);
				}
			};
			if (controller.signal.aborted) return entry.settle(this.#aborted());
			if (this.options.local) void this.#dispatchMaybeLocal(id, method, args, controller.signal, entry);
			else this.#post(id, method, args, controller.signal, entry);
		});
	}

	/** Terminates the worker; every waiting call settles as cancelled. The next call starts a new one. */
	stop(): void {
		this.#terminate(this.#aborted());
	}

	#aborted(): Outcome<never> {
		return { error: this.options.cancelled, aborted: true };
	}

	async #dispatchMaybeLocal(id: number, method: string, args: unknown, signal: AbortSignal, entry: Pending) {
		const local = await this.options.local?.();
		if (signal.aborted) return entry.settle(this.#aborted());
		if (!local) return this.#post(id, method, args, signal, entry);
		signal.addEventListener('abort', () => entry.settle(this.#aborted()), { once: true });
		const emit = (event: unknown) => {
			if (!entry.settled) entry.onEvent?.(event);
		};
		const out = await runHandler(local.handlers, method, args, { signal, emit }, local.options);
		entry.settle('error' in out ? { error: out.error } : { value: out.value });
	}

	#post(id: number, method: string, args: unknown, signal: AbortSignal, entry: Pending): void {
		const worker = this.#ensure();
		this.#pending.set(id, entry);
		signal.addEventListener('abort', () => this.#cancel(id), { once: true });
		worker.postMessage({ kind: 'call', id, method, args });
	}

	#ensure(): WorkerLike {
		clearTimeout(this.#idleTimer);
		if (this.#worker) return this.#worker;
		const worker = this.options.create();
		worker.onmessage = (event: MessageEvent<FromWorker>) => this.#receive(event.data);
		worker.onerror = (event) => {
			console.error(event);
			this.#terminate({ error: this.options.crashed });
		};
		this.#worker = worker;
		this.options.onStart?.(worker);
		return worker;
	}

	#receive(msg: FromWorker): void {
		const entry = this.#pending.get(msg.id);
		if (!entry) return;
		if (msg.kind === 'event') {
			if (!entry.settled) entry.onEvent?.(msg.event);
			return;
		}
		this.#pending.delete(msg.id);
		clearTimeout(entry.graceTimer);
		entry.settle(msg.kind === 'error' ? { error: msg.error } : { value: msg.value });
		if (this.#pending.size === 0) this.#scheduleIdle();
	}

	/** The caller stops waiting at once; the job is asked to stop, and terminated if it does not in time. */
	#cancel(id: number): void {
		const entry = this.#pending.get(id);
		if (!entry || !this.#worker) return;
		entry.settle(this.#aborted());
		const grace = this.options.cancelGraceMs;
		if (grace === 0) return this.#terminate(this.#aborted());
		this.#worker.postMessage({ kind: 'cancel', id });
		if (grace !== undefined)
			entry.graceTimer = setTimeout(() => {
				if (this.#pending.has(id)) this.#terminate(this.#aborted());
			}, grace);
	}

	#scheduleIdle(): void {
		const idle = this.options.idleMs;
		if (idle === undefined) return;
		clearTimeout(this.#idleTimer);
		this.#idleTimer = setTimeout(() => {
			if (this.#pending.size === 0) this.#terminate(this.#aborted());
		}, idle);
	}

	#terminate(outcome: Outcome<never>): void {
		clearTimeout(this.#idleTimer);
		this.#worker?.terminate();
		this.#worker = undefined;
		const waiting = [...this.#pending.values()];
		this.#pending.clear();
		for (const entry of waiting) {
			clearTimeout(entry.graceTimer);
			entry.settle(outcome);
		}
	}
}
