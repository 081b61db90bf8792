// Merges the per-feature catalogues. Add a feature's catalogue here; keys must be unique across files.
import type { Locale } from '../types';
import { common } from './common';
import { shell } from './shell';
import { mapping } from './mapping';
import { tiering } from './tiering';
import { importMessages } from './import';
import { views } from './views';
import { ml } from './ml';
import { mlViews } from './ml-views';
import { strategies } from './strategies';
import { privacy } from './privacy';
import { lookup } from './lookup';
import { atRest } from './at-rest';
import { verdicts } from './verdicts';
import { lineRules } from './line-rules';
import { sqlExport } from './sql-export';

const catalogues = [
	common,
	shell,
	mapping,
	tiering,
	importMessages,
	views,
	ml,
	mlViews,
	strategies,
	privacy,
	lookup,
	atRest,
	verdicts,
	lineRules,
	sqlExport
];

export const messages: Record<Locale, Record<string, string>> = {
	en: Object.assign({}, ...catalogues.map((c) => c.en)),
	'zh-CN': Object.assign({}, ...catalogues.map((c) => c['zh-CN']))
};
