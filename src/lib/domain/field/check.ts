// A small declarative shape check for files that come from another device (field packs, contact logs):
// every field typed, strings and arrays capped, no extra trust in what arrives. Returns the path of the
// first field that is wrong, so the error message can say where.

export type Check =
	| { type: 'string'; max: number; nullable?: boolean; optional?: boolean }
	| { type: 'number'; nullable?: boolean; optional?: boolean }
	| { type: 'integer'; min?: number; max?: number; nullable?: boolean; optional?: boolean }
	| { type: 'boolean'; nullable?: boolean; optional?: boolean }
	| { type: 'enum'; values: readonly string[]; nullable?: boolean; optional?: boolean }
	| { type: 'array'; max: number; items: Check; nullable?: boolean; optional?: boolean }
	| { type: 'object'; fields: Record<string, Check>; nullable?: boolean; optional?: boolean };

/** undefined when `value` fits `check`, else the path of the first misfit ("customers[3].phone"). */
export function checkShape(value: unknown, check: Check, path: string): string | undefined {
	if (value === undefined) return check.optional ? undefined : path;
	if (value === null) return check.nullable ? undefined : path;
	switch (check.type) {
		case 'string':
			return typeof value === 'string' && value.length <= check.max ? undefined : path;
		case 'number':
			return typeof value === 'number' && Number.isFinite(value) ? undefined : path;
		case 'integer':
			return Number.isInteger(value) &&
				(check.min === undefined || (value as number) >= check.min) &&
				(check.max === undefined || (value as number) <= check.max)
				? undefined
				: path;
		case 'boolean':
			return typeof value === 'boolean' ? undefined : path;
		case 'enum':
			return typeof value === 'string' && check.values.includes(value) ? undefined : path;
		case 'array': {
			if (!Array.isArray(value) || value.length > check.max) return path;
			for (let i = 0; i < value.length; i++) {
				const bad = checkShape(value[i], check.items, `${path}[${i}]`);
				if (bad) return bad;
			}
			return undefined;
		}
		case 'object': {
			if (typeof value !== 'object' || Array.isArray(value)) return path;
			const record = value as Record<string, unknown>;
			for (const [key, sub] of Object.entries(check.fields)) {
				const bad = checkShape(record[key], sub, `${path}.${key}`);
				if (bad) return bad;
			}
			return undefined;
		}
	}
}
