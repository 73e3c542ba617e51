/**
 * The collect scripts, downloadable from the site at `scripts/collect.sh` and `scripts/collect.ps1`
 * under the base path, from their one source in the repository's scripts/ folder: copied into the
 * build output (before the links validator looks for them) and served by the dev server.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The files, by the name they are served under. */
export const COLLECT_SCRIPTS = ['collect.sh', 'collect.ps1'] as const;

export default function collectScripts(): AstroIntegration {
  let root: URL;
  let base = '/';
  const source = (name: string) => new URL(`scripts/${name}`, root);
  return {
    name: 'closed-workspaces:collect-scripts',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const name = COLLECT_SCRIPTS.find((script) => request.url === `${base}scripts/${script}`);
          if (!name) return next();
          void readFile(source(name)).then(
            (body) => {
              response.setHeader('content-type', 'text/plain; charset=utf-8');
              response.end(body);
            },
            (error: unknown) => next(error),
          );
        });
      },
      'astro:build:done': async ({ dir }) => {
        const target = new URL('scripts/', dir);
        await mkdir(target, { recursive: true });
        for (const name of COLLECT_SCRIPTS) await copyFile(fileURLToPath(source(name)), fileURLToPath(new URL(name, target)));
      },
    },
  };
}
