// The two UI languages and the shape of a message catalogue. Each feature owns one catalogue file in
// messages/, so parallel work never edits the same file; index.ts merges them.
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** A catalogue: the same keys in both languages. `{name}` placeholders are filled by t(). */
export type Catalogue<K extends string = string> = Record<Locale, Record<K, string>>;
