// The backup worker: a thin switch over the backup handlers. It opens the store itself (after its page's word,
// see storage/memory-peers); the page sends only a passphrase, or the bytes of the file to restore.
/// <reference lib="webworker" />
import { setSessionKey } from '$lib/storage/at-rest';
import { backupHandlers, backupRunOptions } from './backup-handlers';
import { serve } from './serve';

serve(backupHandlers, { ...backupRunOptions, onKey: setSessionKey });
