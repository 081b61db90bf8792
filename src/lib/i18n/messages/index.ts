// Merges the per-feature catalogues. Add a feature's catalogue here; keys must be unique across files.
import type { Locale } from '../types';
import { common } from './common';

const catalogues = [common];

export const messages: Record<Locale, Record<string, string>> = {
	en: Object.assign({}, ...catalogues.map((c) => c.en)),
	'zh-CN': Object.assign({}, ...catalogues.map((c) => c['zh-CN']))
};
