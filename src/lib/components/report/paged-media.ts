// Page numbers and the footer in print: CSS paged media margin boxes (@bottom-left / @bottom-right with
// counter(page) and counter(pages)), which Chromium draws in print and print-to-PDF since version 131. The footer
// text comes from the data (dataset name, date), so the rule is built here and injected as a <style> element.

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
	return `"${text
		.replace(/\\/g, '\\\\')
		.replace(/"/g, '\\"')
		.replace(/[\r\n]+/g, ' ')}"`;
}

/** "Page {page} of {pages}" → "Page " counter(page) " of " counter(pages). */
export function pageCounterContent(template: string): string {
	const parts = template.split(/(\{page\}|\{pages\})/).filter((p) => p !== '');
	return parts
		.map((p) => (p === '{page}' ? 'counter(page)' : p === '{pages}' ? 'counter(pages)' : cssString(p)))
		.join(' ');
}

export function pageRules(paper: 'A4' | 'Letter', footer: string, pageTemplate: string): string {
	const box = 'font-size: 8pt; color: #57606a; font-family: system-ui, sans-serif;';
	return `@page { size: ${paper}; margin: 16mm 14mm 18mm 14mm;
	@bottom-left { content: ${cssString(footer)}; ${box} }
	@bottom-right { content: ${pageCounterContent(pageTemplate)}; ${box} } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }`;
}
