// The only place that creates workers (lint enforces it): each constructor is handed to a WorkerClient.
import ImportWorker from './import.worker?worker';
import AnalysisWorker from './analysis.worker?worker';
import MlWorker from './ml.worker?worker';
import BackupWorker from './backup.worker?worker';

export const spawnImportWorker = (): Worker => new ImportWorker();
export const spawnAnalysisWorker = (): Worker => new AnalysisWorker();
export const spawnMlWorker = (): Worker => new MlWorker();
export const spawnBackupWorker = (): Worker => new BackupWorker();
