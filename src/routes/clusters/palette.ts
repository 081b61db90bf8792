// Cluster colours: ten distinguishable hues (tier colours mean value order, which clusters do not have).
export const CLUSTER_COLOURS = [
	'#4e79a7',
	'#f28e2b',
	'#59a14f',
	'#e15759',
	'#76b7b2',
	'#edc948',
	'#b07aa1',
	'#ff9da7',
	'#9c755f',
	'#7f7f7f'
];
export const clusterColour = (k: number) => CLUSTER_COLOURS[k % CLUSTER_COLOURS.length];
