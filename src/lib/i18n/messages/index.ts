// Merges the per-feature catalogues. Add a feature's catalogue here; keys must be unique across files.
import type { Locale } from '../types';
import { common } from './common';
import { shell } from './shell';
import { mapping } from './mapping';
import { tiering } from './tiering';
import { importMessages } from './import';
import { importDamage } from './import-damage';
import { views } from './views';
import { ml } from './ml';
import { mlViews } from './ml-views';
import { strategies } from './strategies';
import { privacy } from './privacy';
import { lookup } from './lookup';
import { atRest } from './at-rest';
import { lineRules } from './line-rules';
import { verdicts } from './verdicts';
import { dataSafety } from './data-safety';
import { clv } from './clv';
import { sqlExport } from './sql-export';
import { memoryMode } from './memory-mode';
import { glossaryTerms } from './glossary-terms';
import { field } from './field';
import { report } from './report';
import { fieldMore } from './field-more';
import { summaryLayout } from './summary-layout';

const catalogues = [
	common,
	shell,
	mapping,
	tiering,
	importMessages,
	importDamage,
	views,
	ml,
	mlViews,
	strategies,
	privacy,
	lookup,
	atRest,
	lineRules,
	verdicts,
	dataSafety,
	clv,
	sqlExport,
	memoryMode,
	glossaryTerms,
	field,
	report,
	fieldMore,
	summaryLayout
];

export const messages: Record<Locale, Record<string, string>> = {
	en: Object.assign({}, ...catalogues.map((c) => c.en)),
	'zh-CN': Object.assign({}, ...catalogues.map((c) => c['zh-CN']))
};
