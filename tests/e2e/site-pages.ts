/** Every page of the built site, found by walking the build output (no sitemap needed). */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** URL paths (relative to the base, no leading slash) of every HTML page in `dir`. */
export function builtPages(dir = 'dist'): string[] {
  if (!existsSync(dir)) throw new Error(`${dir}/ is missing: run \`npm run build\` before the browser tests`);
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_astro' && entry.name !== 'pagefind') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const path = relative(dir, full).split(sep).join('/');
        pages.push(path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path);
      }
    }
  };
  walk(dir);
  return pages.sort();
}
