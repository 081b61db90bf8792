// Today's day on this device, 'YYYY-MM-DD' in local time: a rep's "today" is where they stand, not UTC.
export function localDay(d = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
