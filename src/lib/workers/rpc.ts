// The wire between a page and any of its workers, shared by both sides. Each worker declares one request map
// (method → args, result, event) in its *-protocol.ts; the page calls methods through WorkerClient and the
// worker answers through serve(). Requests carry an id that every event and reply repeats.
import type { MessageRef } from '$lib/domain/message-ref';

/** One method of a worker: what the page sends, what comes back, and what streams while it runs. */
export interface Method<Args, Result, Event = never> {
	args: Args;
	result: Result;
	event: Event;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a map of methods whose shapes differ
export type Api = Record<string, Method<any, any, any>>;

/** What a call settles to: a value, or an error to show (aborted = the caller cancelled or was superseded). */
export type Outcome<T> = { value: T } | { error: MessageRef; aborted?: true };

/** What a handler returns: the value (with buffers to transfer), or an error to show. */
export type HandlerResult<T> = { value: T; transfer?: Transferable[] } | { error: MessageRef };

export interface JobContext<Event> {
	/** Aborted when the page cancels this request (or a newer one supersedes it): stop between chunks. */
	signal: AbortSignal;
	emit: (event: Event) => void;
}

export type Handlers<A extends Api> = {
	[M in keyof A]: (
		args: A[M]['args'],
		ctx: JobContext<A[M]['event']>
	) => Promise<HandlerResult<A[M]['result']>>;
};

/** The page's at-rest key, sent by storage/at-rest's shareKeyWith after starting a worker and on unlock. */
export interface KeyMessage {
	type: 'key';
	key: CryptoKey | undefined;
}

export type ToWorker =
	{ kind: 'call'; id: number; method: string; args: unknown } | { kind: 'cancel'; id: number } | KeyMessage;

export type FromWorker =
	| { kind: 'event'; id: number; event: unknown }
	| { kind: 'result'; id: number; value: unknown }
	| { kind: 'error'; id: number; error: MessageRef };

/** The reply to a cancelled request (the page has usually stopped listening by then). */
export const CANCELLED: MessageRef = { key: 'ml.error.cancelled' };

/** Thrown by a job's checkpoint when its request was cancelled; serve() turns it into a cancelled reply. */
export class AbortedError extends Error {
	constructor() {
		super('aborted');
		this.name = 'AbortError';
	}
}

export const isAborted = (e: unknown): boolean => e instanceof Error && e.name === 'AbortError';

export const ok = <T>(value: T, transfer?: Transferable[]): HandlerResult<T> => ({ value, transfer });

/** A job's `{ error } | value` outcome as a handler result. */
export function fromJob<T extends object>(out: T | { error: MessageRef }): HandlerResult<T> {
	return 'error' in out ? { error: out.error as MessageRef } : { value: out };
}

export interface RunOptions {
	/** Maps an unexpected exception to the message shown (the worker's own words for "failed"). */
	fail: (e: unknown) => MessageRef;
	/** Wraps every job (the workspace write lock); `method` lets a worker exempt some. */
	around?: (method: string, job: () => Promise<void>) => Promise<void>;
}

/** Runs one request against a handler map: the same code in a worker and in the page (in-memory storage). */
export async function runHandler<A extends Api>(
	handlers: Handlers<A>,
	method: string,
	args: unknown,
	ctx: JobContext<unknown>,
	options: RunOptions
): Promise<HandlerResult<unknown>> {
	let result: HandlerResult<unknown> = { error: options.fail(new Error(`no result for ${method}`)) };
	const job = async () => {
		const handler = handlers[method as keyof A];
		if (!handler) throw new Error(`unknown method ${method}`);
		result = await handler(args as never, ctx as never);
	};
	try {
		await (options.around ? options.around(method, job) : job());
	} catch (e) {
		if (isAborted(e) || ctx.signal.aborted) return { error: CANCELLED };
		console.error(e);
		return { error: options.fail(e) };
	}
	return result;
}
