// Field pack and contact-log files: write one, or read one back fully checked (envelope, then shape).
import { checkFieldPack, PACK_FORMAT, PACK_VERSION, type FieldPackBody } from '$lib/domain/field/field-pack';
import {
	checkContactLog,
	LOG_FORMAT,
	LOG_VERSION,
	type ContactLogBody
} from '$lib/domain/field/contact-log-file';
import { readEnvelope, writeEnvelope, type ReadFailure } from './envelope';

export const PACK_EXTENSION = '.strata-pack';
export const LOG_EXTENSION = '.strata-log';

export function writeFieldPack(body: FieldPackBody, passphrase?: string, iterations?: number) {
	return writeEnvelope(PACK_FORMAT, PACK_VERSION, body, passphrase, Date.now(), iterations);
}

export function writeContactLog(body: ContactLogBody, passphrase?: string, iterations?: number) {
	return writeEnvelope(LOG_FORMAT, LOG_VERSION, body, passphrase, Date.now(), iterations);
}

export async function readFieldPack(
	bytes: Uint8Array<ArrayBuffer>,
	passphrase?: string
): Promise<{ pack: FieldPackBody; encrypted: boolean } | ReadFailure> {
	const read = await readEnvelope(
		bytes,
		{ format: PACK_FORMAT, version: PACK_VERSION, other: { [LOG_FORMAT]: 'log' } },
		passphrase
	);
	if ('error' in read) return read;
	const checked = checkFieldPack(read.body);
	if ('error' in checked) return { error: checked.error, params: { where: checked.where } };
	return { pack: checked.pack, encrypted: read.encrypted };
}

export async function readContactLog(
	bytes: Uint8Array<ArrayBuffer>,
	passphrase?: string
): Promise<{ log: ContactLogBody; encrypted: boolean } | ReadFailure> {
	const read = await readEnvelope(
		bytes,
		{ format: LOG_FORMAT, version: LOG_VERSION, other: { [PACK_FORMAT]: 'pack' } },
		passphrase
	);
	if ('error' in read) return read;
	const checked = checkContactLog(read.body);
	if ('error' in checked) return { error: checked.error, params: { where: checked.where } };
	return { log: checked.log, encrypted: read.encrypted };
}
