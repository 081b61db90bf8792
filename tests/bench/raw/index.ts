// Everything the benchmark injects into a page, as one script (window.StrataBench).
export { parseOnly, naiveBulkAdd } from './raw-baselines';
export { runTieringBench } from './tiering-bench';
export { runStrategiesBench } from './strategies-bench';
export {
	seedResultsDataset,
	dropStoredTiering,
	rereadStoredTiering,
	receiveFromWorker
} from './results-bench';
