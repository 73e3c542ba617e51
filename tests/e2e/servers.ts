/** Where the browser tests find the built site: at the root, and built under a sub-path. */
export const SITE_PORT = 4321;
export const SUBPATH_PORT = 4322;
export const SUBPATH_BASE = '/tools/closed-workspaces/';
export const SITE_URL = `http://127.0.0.1:${SITE_PORT}/`;
export const SUBPATH_URL = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_BASE}`;
