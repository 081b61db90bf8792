// Excel stores dates as day numbers: the 1900 system (with Lotus 1-2-3's phantom 1900-02-29 kept for
// compatibility) and the 1904 system of old Mac workbooks. Both become UTC epoch milliseconds here.

const DAY_MS = 86_400_000;

/**
 * Excel serial day number to epoch ms. 1900 system: serial 1 = 1900-01-01 and serial 60 is Excel's fictitious
 * 1900-02-29 (NaN here), so serials below 60 are counted from 1899-12-31 and the rest from 1899-12-30.
 * 1904 system: serial 0 = 1904-01-01. Fractions are the time of day. NaN outside Excel's range.
 */
export function excelSerialToEpochMs(serial: number, date1904 = false): number {
	if (!Number.isFinite(serial) || serial < 0 || serial >= 2958466) return NaN;
	if (date1904) return Math.round((serial - 24107) * DAY_MS);
	if (serial < 1 || Math.floor(serial) === 60) return NaN;
	const base = serial < 60 ? -25568 : -25569; // 1899-12-31 and 1899-12-30 as days since 1970-01-01
	return Math.round((serial + base) * DAY_MS);
}

const SERIAL = /^\d{1,7}(?:\.\d+)?$/;

/** An Excel serial written as text (`45356`, `45356.5`); only for columns known to hold serials. */
export function parseExcelSerial(raw: string, date1904 = false): number {
	const s = raw.trim();
	return SERIAL.test(s) ? excelSerialToEpochMs(+s, date1904) : NaN;
}
