// Workers started by another worker, not by the page (so they cannot live in spawn.ts, which the page bundles
// with every worker it starts): the import worker's chunk writer, which stores row chunks while it parses.
import ChunkWriterWorker from './chunk-writer.worker?worker';

export const spawnChunkWriterWorker = (): Worker => new ChunkWriterWorker();
