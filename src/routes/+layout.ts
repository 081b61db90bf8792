// Strata is a client-only app: every page is a prerendered shell that the browser fills from IndexedDB.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'never';
