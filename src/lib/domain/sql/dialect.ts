// Everything that differs between DuckDB and Spark SQL 3.x: quoting, literals, reading the file, parsing
// dates and numbers. The rest of the generator writes only the ANSI subset both engines share.
import type { DateOrder } from '../parse/dates';
import type { SqlDialectName, SqlSource } from './types';

export interface Dialect {
	name: SqlDialectName;
	/** The text type's name. */
	text: string;
	ident(name: string): string;
	str(value: string): string;
	/** A DOUBLE literal that reads back to exactly this number (±Infinity included). */
	num(value: number): string;
	/** Text → epoch milliseconds (DOUBLE) under the column's field order; NULL when no format matches. */
	dateMs(text: string, order: DateOrder | undefined): string;
	/** Text → DOUBLE, NULL when it is not a plain number. */
	toDouble(text: string): string;
	regexReplace(text: string, pattern: string, replacement: string): string;
	/** True when `text` contains a match of `pattern` (RE2 in DuckDB, Java regex in Spark). */
	regexMatch(text: string, pattern: string): string;
	/** Rounds a DOUBLE to the nearest float32 and back, as Float32Array storage does. */
	float32(expr: string): string;
	/**
	 * Σ value in `order`, added one by one left to right as the app's loops do: float addition is not
	 * associative, and a last-digit difference would break a tie the app sees (or make one it does not).
	 */
	orderedSum(value: string, order: string): string;
	/** Keyword after `name AS` that makes a CTE computed once (DuckDB would otherwise inline every reference). */
	cteKeyword: string;
	/** A number per source row that follows the file's line order. */
	lineNumber: string;
	/** A one-column table `col` of the integers 0..n−1. */
	range(n: number, col: string): string;
	/** The values of a group as an array in `order`. */
	orderedList(value: string, order: string): string;
	/** Σ_{i=1..count} exp(list[i] + i · lnZ) over the first `count` elements (0 when count is 0). */
	seriesSum(list: string, count: string, lnZ: string): string;
	/** An expression that stops the query with this message. */
	fail(message: string): string;
	/** Statements before the query: the source view. */
	prelude(source: SqlSource): string[];
}

/** Shortest text that parses back to the same double (JavaScript's own formatting does that). */
function numberLiteral(v: number, inf: (sign: '' | '-') => string): string {
	if (v === Infinity) return inf('');
	if (v === -Infinity) return inf('-');
	if (!Number.isFinite(v)) return 'NULL';
	const s = String(v);
	return /[.eE]/.test(s) ? `CAST(${s} AS DOUBLE)` : `CAST(${s}.0 AS DOUBLE)`;
}

type Piece = 'Y' | 'm' | 'd' | 'H' | 'M' | 'S';
const DATE_LAYOUTS: Record<DateOrder, Piece[][]> = {
	ymd: [['Y', 'm', 'd']],
	mdy: [['m', 'd', 'Y']],
	dmy: [['d', 'm', 'Y']]
};
const SEPARATORS: Record<DateOrder, string[]> = {
	ymd: ['-', '/', '.'],
	mdy: ['/', '-', '.'],
	dmy: ['/', '-', '.']
};
const TIMES: Piece[][] = [[], ['H', 'M'], ['H', 'M', 'S']];

/** Every day layout × separator × time variant the SQL tries, in the engine's own format language. */
function formats(order: DateOrder, piece: (p: Piece) => string, tSep: string[]): string[] {
	const out: string[] = [];
	for (const layout of DATE_LAYOUTS[order])
		for (const sep of SEPARATORS[order]) {
			const day = layout.map(piece).join(sep);
			for (const time of TIMES) {
				if (time.length === 0) out.push(day);
				else for (const t of tSep) out.push(day + t + time.map(piece).join(':'));
			}
		}
	if (order === 'ymd') out.push(['Y', 'm', 'd'].map((p) => piece(p as Piece)).join(''));
	return out;
}

const DUCK_PIECE: Record<Piece, string> = { Y: '%Y', m: '%m', d: '%d', H: '%H', M: '%M', S: '%S' };
const SPARK_PIECE: Record<Piece, string> = { Y: 'yyyy', m: 'M', d: 'd', H: 'H', M: 'mm', S: 'ss' };

export const DUCKDB: Dialect = {
	name: 'duckdb',
	text: 'VARCHAR',
	ident: (n) => `"${n.replace(/"/g, '""')}"`,
	str: (v) => `'${v.replace(/'/g, "''")}'`,
	num: (v) => numberLiteral(v, (sign) => `CAST('${sign}Infinity' AS DOUBLE)`),
	dateMs(text, order) {
		const list = formats(order ?? 'ymd', (p) => DUCK_PIECE[p], [' ', 'T']).map((f) => `'${f}'`);
		return `CAST(epoch_ms(try_strptime(${text}, [${list.join(', ')}])) AS DOUBLE)`;
	},
	toDouble: (t) => `TRY_CAST(${t} AS DOUBLE)`,
	regexReplace: (t, p, r) => `regexp_replace(${t}, ${DUCKDB.str(p)}, '${r}', 'g')`,
	regexMatch: (t, p) => `regexp_matches(${t}, ${DUCKDB.str(p)})`,
	float32: (e) => `CAST(CAST(${e} AS FLOAT) AS DOUBLE)`,
	orderedSum: (v, o) => `list_reduce(list(CAST(${v} AS DOUBLE) ORDER BY ${o}), (x, y) -> x + y)`,
	lineNumber: 'ROW_NUMBER() OVER ()',
	cteKeyword: 'MATERIALIZED ',
	range: (n, col) => `SELECT range AS ${col} FROM range(${n})`,
	fail: (message) => `error(${DUCKDB.str(message)})`,
	orderedList: (v, o) => `list(${v} ORDER BY ${o})`,
	seriesSum: (l, count, lnZ) =>
		`COALESCE(list_sum(list_transform(list_slice(${l}, 1, ${count}), (v, i) -> EXP(v + i * ${lnZ}))), 0)`,
	prelude(source) {
		if (source.kind === 'table')
			return [`CREATE OR REPLACE TEMP VIEW strata_source AS SELECT * FROM ${source.name};`];
		const options = [
			`delim = ${DUCKDB.str(source.delimiter)}`,
			`header = true`,
			`all_varchar = true`,
			`quote = '"'`,
			`escape = '"'`,
			`null_padding = true`,
			`ignore_errors = true`
		];
		if (source.headerRow > 0) options.push(`skip = ${source.headerRow}`);
		return [
			`CREATE OR REPLACE TEMP VIEW strata_source AS`,
			`SELECT * FROM read_csv(getvariable('strata_source'), ${options.join(', ')});`
		];
	}
};

export const SPARK: Dialect = {
	name: 'spark',
	text: 'STRING',
	ident: (n) => `\`${n.replace(/`/g, '``')}\``,
	str: (v) => `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`,
	num: (v) => numberLiteral(v, (sign) => `CAST('${sign}Infinity' AS DOUBLE)`),
	dateMs(text, order) {
		const list = formats(order ?? 'ymd', (p) => SPARK_PIECE[p], [' ', "'T'"]);
		const tries = list.map((f) => `to_timestamp(${text}, ${SPARK.str(f)})`);
		return `CAST(unix_millis(coalesce(${tries.join(', ')})) AS DOUBLE)`;
	},
	toDouble: (t) => `CAST(${t} AS DOUBLE)`,
	regexReplace: (t, p, r) => `regexp_replace(${t}, ${SPARK.str(p)}, '${r}')`,
	regexMatch: (t, p) => `(${t} RLIKE ${SPARK.str(p)})`,
	float32: (e) => `CAST(CAST(${e} AS FLOAT) AS DOUBLE)`,
	orderedSum: (v, o) =>
		`aggregate(array_sort(collect_list(struct(${o} AS o, CAST(${v} AS DOUBLE) AS v))), CAST(0 AS DOUBLE), (acc, s) -> acc + s.v)`,
	lineNumber: 'monotonically_increasing_id()',
	cteKeyword: '',
	range: (n, col) => `SELECT id AS ${col} FROM range(${n})`,
	fail: (message) => `raise_error(${SPARK.str(message)})`,
	orderedList: (v, o) => `transform(array_sort(collect_list(struct(${o} AS o, ${v} AS v))), s -> s.v)`,
	// Spark's slice needs a length ≥ 0 and its transform's index starts at 0.
	seriesSum: (l, count, lnZ) =>
		`aggregate(transform(slice(${l}, 1, ${count}), (v, i) -> EXP(v + (i + 1) * ${lnZ})), CAST(0 AS DOUBLE), (acc, v) -> acc + v)`,
	prelude(source) {
		const settings = [
			// Wall-clock times are read as UTC, as the app does, and unparsable cells become NULL, not errors.
			'SET spark.sql.session.timeZone = UTC;',
			'SET spark.sql.ansi.enabled = false;',
			'SET spark.sql.legacy.timeParserPolicy = CORRECTED;'
		];
		if (source.kind === 'table')
			return [...settings, `CREATE OR REPLACE TEMPORARY VIEW strata_source AS SELECT * FROM ${source.name};`];
		const path = source.path ?? 'orders.csv';
		return [
			...settings,
			`CREATE OR REPLACE TEMPORARY VIEW strata_source`,
			`USING csv`,
			`OPTIONS (path ${SPARK.str(path)}, header 'true', sep ${SPARK.str(source.delimiter)}, encoding ${SPARK.str(sparkEncoding(source.encoding))}, quote '"', escape '"', mode 'DROPMALFORMED');`
		];
	}
};

function sparkEncoding(e: string): string {
	const lower = e.toLowerCase();
	if (lower === 'gbk' || lower === 'gb18030') return 'GB18030';
	if (lower.startsWith('utf-16')) return lower === 'utf-16be' ? 'UTF-16BE' : 'UTF-16LE';
	// Java charset names, which Spark's csv reader takes.
	const JAVA: Record<string, string> = {
		big5: 'Big5',
		shift_jis: 'Shift_JIS',
		'euc-kr': 'EUC-KR',
		'windows-1252': 'windows-1252'
	};
	return JAVA[lower] ?? 'UTF-8';
}

export function dialectOf(name: SqlDialectName): Dialect {
	return name === 'spark' ? SPARK : DUCKDB;
}
