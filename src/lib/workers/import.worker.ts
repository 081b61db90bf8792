// The import worker: serves the import handlers. The page terminates it to cancel an import.
import { setSessionKey } from '$lib/storage/at-rest';
import { importHandlers, importRunOptions } from './import-handlers';
import { serve } from './serve';

serve(importHandlers, { ...importRunOptions, onKey: setSessionKey });
