import { describe, expect, it } from 'vitest';
import { describeUsage, formatBytes, readStorageState, requestPersistence } from '$lib/storage/quota';

describe('describeUsage', () => {
	it('warns only above 80% of the quota', () => {
		expect(describeUsage(80, 100)).toEqual({ usage: 80, quota: 100, ratio: 0.8, nearlyFull: false });
		expect(describeUsage(81, 100).nearlyFull).toBe(true);
	});
	it('does not divide by an unknown (zero) quota', () => {
		expect(describeUsage(5, 0)).toEqual({ usage: 5, quota: 0, ratio: 0, nearlyFull: false });
	});
});

describe('readStorageState', () => {
	it('reports persistence and usage from the StorageManager', async () => {
		const state = await readStorageState({
			persisted: async () => true,
			persist: async () => true,
			estimate: async () => ({ usage: 900, quota: 1000 })
		});
		expect(state).toEqual({
			persisted: true,
			usage: { usage: 900, quota: 1000, ratio: 0.9, nearlyFull: true }
		});
	});
	it('says nothing it does not know when the estimate fails', async () => {
		const state = await readStorageState({
			persisted: async () => false,
			persist: async () => false,
			estimate: () => Promise.reject(new Error('no'))
		});
		expect(state).toEqual({ persisted: false, usage: undefined });
	});
});

describe('requestPersistence', () => {
	it("passes on the browser's answer, and a refusal by exception as no", async () => {
		const ok = { persisted: async () => false, estimate: async () => ({}), persist: async () => true };
		expect(await requestPersistence(ok)).toBe(true);
		expect(await requestPersistence({ ...ok, persist: () => Promise.reject(new Error('denied')) })).toBe(
			false
		);
	});
});

describe('formatBytes', () => {
	it('uses binary units with one decimal under 100', () => {
		expect(formatBytes(512, 'en')).toBe('512 B');
		expect(formatBytes(1536, 'en')).toBe('1.5 KB');
		expect(formatBytes(150 * 1024 * 1024, 'en')).toBe('150 MB');
	});
});
