// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import collectScripts from './src/integrations/collect-scripts.ts';
import contentSecurityPolicy from './src/integrations/csp.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/integrations/base-links.ts';
import { cjkLineBreaksPlugin } from './src/integrations/cjk-line-breaks.ts';
import { monacoCssAtRuntime } from './src/integrations/monaco-css.ts';

/** Sub-path the site is served under, e.g. `BASE=/tools/closed-workspaces/ npm run build`. */
const base = process.env.BASE || '/';
/** The public URL, when the deployer knows it: it enables the sitemap and canonical links. */
const site = process.env.SITE || undefined;

/**
 * Without a public URL there is no sitemap to write. Starlight adds @astrojs/sitemap unless an
 * integration of that name is present, and the real one then only warns and skips: this stands in.
 * @type {import('astro').AstroIntegration}
 */
const noSitemapWithoutSite = { name: '@astrojs/sitemap', hooks: {} };

/**
 * The 404 page without a `404` docs entry (Starlight's own route warns on every build that there
 * is none); its route is off below.
 * @type {import('astro').AstroIntegration}
 */
const notFoundPage = {
  name: 'closed-workspaces:404',
  hooks: {
    'astro:config:setup': ({ injectRoute }) => {
      injectRoute({ pattern: '404', entrypoint: './src/routes/not-found.astro', prerender: true });
    },
  },
};

export default defineConfig({
  // Starlight reads docs from `${srcDir}/content/docs`: with srcDir at the root, that is the
  // top-level `content/docs/` folder (design.md §2). Nothing else relies on Astro's src/ magic.
  srcDir: './',
  base,
  site,
  trailingSlash: 'always',
  markdown: {
    processor: satteri({
      hastPlugins: [
        // Root-relative links in pages (/rules/…/) get the base path when built under a sub-path.
        ...(base === '/' ? [] : [baseLinksPlugin(base)]),
        cjkLineBreaksPlugin(),
      ],
    }),
  },
  vite: {
    // Monaco's CSS rides in the editor chunk instead of being linked from every page.
    plugins: [monacoCssAtRuntime()],
    // Module workers, so a worker can load a chunk on demand: the validation worker imports the
    // template and plan readers only for a paste that needs them (Vite inlines every import()
    // into an iife worker). Every worker is started with `type: 'module'`.
    worker: { format: 'es' },
    build: {
      // Monaco's editor chunk (about 3.5 MB minified) is the largest by design: it is loaded by
      // import() only on pages with a workbench. The limit sits just above it, so growth still warns.
      chunkSizeWarningLimit: 4000,
      rollupOptions: {
        // Astro's MDX output carries a "use astro:head-inject" directive that Rolldown warns about
        // once per page; it is Astro's own marker and harmless, and the noise hides real warnings.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  integrations: [
    ...(site ? [] : [noSitemapWithoutSite]),
    // Before Starlight: its links validator checks at build end that the scripts linked from pages exist.
    collectScripts(),
    starlight({
      title: { en: 'Closed WorkSpaces', ja: '閉域 WorkSpaces' },
      description: 'What an Amazon WorkSpace with no internet access still needs, and validators that prove a VPC is closed.',
      logo: { src: './src/assets/logo.svg', alt: '' },
      favicon: '/favicon.svg',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        ja: { label: '日本語', lang: 'ja' },
      },
      sidebar: [
        { label: 'Guides', translations: { ja: 'ガイド' }, items: [{ autogenerate: { directory: 'guides' } }] },
        { label: 'Validators', translations: { ja: '検証ツール' }, items: [{ slug: 'validate' }, { autogenerate: { directory: 'validators' } }] },
        { label: 'Rules', translations: { ja: 'ルール' }, collapsed: true, items: [{ autogenerate: { directory: 'rules' } }] },
        { label: 'Reference', translations: { ja: 'リファレンス' }, items: [{ autogenerate: { directory: 'reference' } }] },
      ],
      customCss: ['./src/styles/site.css', './src/styles/kb.css'],
      components: {
        // The footer shows when a page's facts were last checked (frontmatter `factsChecked`).
        LastUpdated: './src/components/kb/FactsChecked.astro',
      },
      // Long lines wrap instead of making code blocks horizontally scrollable regions, which
      // keyboard users could not reach (axe: scrollable-region-focusable).
      expressiveCode: { defaultProps: { wrap: true } },
      lastUpdated: false,
      credits: false,
      disable404Route: true,
      plugins: [starlightLinksValidator({ errorOnRelativeLinks: false })],
    }),
    notFoundPage,
    // Last, so it sees the final HTML (Pagefind indexes before this and ignores <meta>).
    contentSecurityPolicy(),
  ],
});
