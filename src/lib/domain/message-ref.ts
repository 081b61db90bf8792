// A message key plus its parameters, translated where it is shown: every layer (import, analysis, ML, storage)
// returns these instead of text, so each error reads in the UI language. The one definition of the type.
export interface MessageRef {
	key: string;
	params?: Record<string, string | number>;
}
