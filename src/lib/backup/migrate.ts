// Older backup formats are read by stepping them up one version at a time to FORMAT_VERSION, so a backup
// made years ago still restores; a step is added here whenever FORMAT_VERSION is bumped.
import { FORMAT_VERSION, type BackupContent } from './format';

/** Step n turns format-n content into format-(n+1) content. Only version 1 exists so far: no steps yet. */
export type BackupStep = (content: BackupContent) => BackupContent;
export const BACKUP_STEPS: Readonly<Record<number, BackupStep>> = {};

export type Migrated = { content: BackupContent } | { error: 'backup.error.newer' | 'backup.error.corrupt' };

/** Content read from a file of format `version`, brought up to `target` (this app's format). */
export function migrateBackup(
	content: BackupContent,
	version: number,
	steps: Readonly<Record<number, BackupStep>> = BACKUP_STEPS,
	target = FORMAT_VERSION
): Migrated {
	if (version > target) return { error: 'backup.error.newer' };
	let out = content;
	for (let v = version; v < target; v++) {
		const step = steps[v];
		// A gap in the chain is a bug in the app, but to the user it is a file this app cannot read.
		if (!step) return { error: 'backup.error.corrupt' };
		out = step(out);
	}
	return { content: { ...out, header: { ...out.header, formatVersion: target } } };
}
