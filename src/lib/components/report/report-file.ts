// The report as one self-contained HTML file: the printed article with every stylesheet of the page inlined and
// the light theme set, so it opens offline in any browser, prints like /report and holds no script.
const escapeHtml = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

function pageCss(): string {
	const parts: string[] = [];
	for (const sheet of Array.from(document.styleSheets)) {
		try {
			for (const rule of Array.from(sheet.cssRules)) parts.push(rule.cssText);
		} catch {
			// A sheet from another origin cannot be read; ours are all same-origin.
		}
	}
	return parts.join('\n').replace(/<\/style/gi, '<\\/style');
}

export function reportFileHtml(article: HTMLElement, title: string, lang: string): string {
	const clone = article.cloneNode(true) as HTMLElement;
	clone.querySelectorAll('.no-print, script, button, input, select').forEach((e) => e.remove());
	clone.querySelectorAll<HTMLElement>('.print-only').forEach((e) => (e.style.display = 'block'));
	return `<!doctype html>
<html lang="${escapeHtml(lang)}" data-theme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${pageCss()}
body { background: #fff; margin: 0; padding: 24px; }
.report { margin: 0 auto; }
</style>
</head>
<body>${clone.outerHTML}</body>
</html>`;
}
