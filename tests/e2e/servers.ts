/**
 * Where the browser tests find the built site: at the root, and built under a sub-path.
 * `E2E_PORT` moves both servers (two consecutive ports), so several checkouts can test at once.
 */
const base = Number(process.env.E2E_PORT) || 4321;
export const SITE_PORT = base;
export const SUBPATH_PORT = base + 1;
export const SUBPATH_BASE = '/tools/closed-workspaces/';
export const SITE_URL = `http://127.0.0.1:${SITE_PORT}/`;
export const SUBPATH_URL = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_BASE}`;
