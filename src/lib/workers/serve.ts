// The worker side of the wire: turns calls into handler runs, with one AbortController per request so a
// cancel from the page reaches the running job (it stops at its next chunk). Key messages go to `onKey`.
import { runHandler, type Api, type FromWorker, type Handlers, type RunOptions, type ToWorker } from './rpc';

export interface ServeOptions extends RunOptions {
	onKey: (key: CryptoKey | undefined) => void;
}

interface Port {
	postMessage(message: unknown, transfer?: Transferable[]): void;
	onmessage: ((event: MessageEvent) => void) | null;
}

export function serve<A extends Api>(
	handlers: Handlers<A>,
	options: ServeOptions,
	port: Port = self as Port
) {
	const running = new Map<number, AbortController>();
	const post = (message: FromWorker, transfer: Transferable[] = []) => port.postMessage(message, transfer);
	port.onmessage = (event: MessageEvent<ToWorker>) => {
		const msg = event.data;
		if ('type' in msg) return options.onKey(msg.key);
		if (msg.kind === 'cancel') return running.get(msg.id)?.abort();
		const { id } = msg;
		const controller = new AbortController();
		running.set(id, controller);
		const ctx = { signal: controller.signal, emit: (e: unknown) => post({ kind: 'event', id, event: e }) };
		void runHandler(handlers, msg.method, msg.args, ctx, options).then((out) => {
			running.delete(id);
			if ('error' in out) post({ kind: 'error', id, error: out.error });
			else post({ kind: 'result', id, value: out.value }, out.transfer);
		});
	};
}
