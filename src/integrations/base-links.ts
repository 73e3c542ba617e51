/**
 * Markdown (Sätteri hast) plugin: prefixes the site's base path to root-relative links in pages,
 * so `/rules/…/` links work when the site is built under a sub-path
 * (`BASE=/tools/closed-workspaces/`); Astro does not rewrite Markdown links itself. Listed first,
 * it runs before the links validator, which then checks the links readers will follow.
 */
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/** Joins `base` and a root-relative `url` ("/rules/x/" → "/tools/cw/rules/x/"); leaves others alone. */
export function withBase(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const prefix = base.replace(/\/+$/, '');
  if (prefix === '' || url === prefix || url.startsWith(`${prefix}/`)) return url;
  return `${prefix}${url}`;
}

/** Attributes of MDX components that hold a page link (`<LinkCard href>`, hero-style `link`). */
const LINK_ATTRIBUTES = new Set(['href', 'link']);

interface JsxNode {
  attributes: { type: string; name?: string; value?: unknown }[];
}

function rewriteJsx<N extends JsxNode>(node: Readonly<N>, base: string): N | undefined {
  let changed = false;
  const attributes = node.attributes.map((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute' || !LINK_ATTRIBUTES.has(attribute.name ?? '') || typeof attribute.value !== 'string') return attribute;
    const value = withBase(attribute.value, base);
    if (value === attribute.value) return attribute;
    changed = true;
    return { ...attribute, value };
  });
  return changed ? ({ ...node, attributes } as N) : undefined;
}

/** The plugin entry for `satteri({ hastPlugins })`; a no-op at the root base. */
export function baseLinksPlugin(base: string): HastPluginEntry {
  return () =>
    defineHastPlugin({
      name: 'closed-workspaces:base-links',
      element: {
        filter: ['a'],
        visit(node, ctx) {
          const href = node.properties?.['href'];
          if (typeof href !== 'string') return;
          const next = withBase(href, base);
          if (next !== href) ctx.setProperty(node, 'href', next);
        },
      },
      mdxJsxFlowElement: { filter: [], visit: (node) => rewriteJsx(node, base) },
      mdxJsxTextElement: { filter: [], visit: (node) => rewriteJsx(node, base) },
    });
}
