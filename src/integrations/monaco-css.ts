/**
 * Monaco's stylesheets, applied by the editor chunk when it loads instead of linked from every
 * page.
 *
 * Monaco's ESM build imports about a hundred `.css` files. Left to Vite, they become CSS chunks
 * of the dynamically imported editor, and Astro links the CSS of a page script's dynamic imports
 * from every page that shares the route: every guide paid ~170 KB of editor CSS it never used.
 * This plugin resolves each of those imports to a small module that imports the file's CSS as a
 * string (`?inline`, so Vite still rewrites `url()` to the hashed codicon font) and hands it to
 * `adoptMonacoCss`, which appends it to one `<style>` element in import order, the same order a
 * linked stylesheet would have had. The strings travel inside the editor's own chunk.
 */
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const MONACO_CSS = /[\\/]node_modules[\\/]monaco-editor[\\/]esm[\\/].+\.css$/;
const PREFIX = '\0monaco-css:';
// The module's id must not end in `.css`, or Vite's CSS plugin would take its JavaScript for CSS.
const SUFFIX = '.adopt.js';
const RUNTIME = fileURLToPath(new URL('../client/monaco-css.ts', import.meta.url));

export function monacoCssAtRuntime(): Plugin {
  return {
    name: 'closed-workspaces:monaco-css-at-runtime',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.endsWith('.css')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !MONACO_CSS.test(resolved.id)) return null;
      return PREFIX + resolved.id + SUFFIX;
    },
    load(id) {
      if (!id.startsWith(PREFIX) || !id.endsWith(SUFFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      return [
        `import css from ${JSON.stringify(`${file}?inline`)};`,
        `import { adoptMonacoCss } from ${JSON.stringify(RUNTIME)};`,
        'adoptMonacoCss(css);',
      ].join('\n');
    },
  };
}
