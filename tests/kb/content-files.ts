/** The site's page sources on disk, for tests that read the MDX itself. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DOCS = 'content/docs';

/** Slugs (path under content/docs without extension) of every page, `ja/…` included. */
export function pageSlugs(dir = DOCS): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(entry.name)) out.push(relative(dir, full).split(sep).join('/').replace(/\.mdx?$/, ''));
    }
  };
  walk(dir);
  return out.sort();
}

/** The text of a page by slug (`guides/activation`, `ja/guides/activation`). */
export function pageText(slug: string): string {
  for (const extension of ['.mdx', '.md']) {
    try {
      return readFileSync(join(DOCS, `${slug}${extension}`), 'utf8');
    } catch {
      // try the next extension
    }
  }
  throw new Error(`no page ${slug} under ${DOCS}`);
}

/** A frontmatter value of a page (the raw text after `key:`), if present. */
export function frontmatterValue(text: string, key: string): string | undefined {
  const block = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return new RegExp(`^\\s*${key}:\\s*(.+)$`, 'm').exec(block)?.[1]?.trim().replace(/^['"]|['"]$/g, '');
}
