/**
 * Content-Security-Policy for the built site: only its own origin may be contacted.
 *
 * Astro's own CSP support hashes the scripts it bundles but not Starlight's `is:inline`
 * scripts, and a meta policy only covers what follows it. So after the build, every HTML page
 * gets one policy at the top of its <head>, listing the hash of each inline script
 * actually on that page.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Directives besides script-src; none of them names another origin. */
const BASE_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Monaco writes inline styles; they cannot fetch anything while img-src and font-src stay 'self'.
  "style-src 'self' 'unsafe-inline'",
];

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The policy for one page: its inline scripts are allowed by hash, WebAssembly for Pagefind. */
export function policyFor(html: string): string {
  const hashes = new Set<string>();
  for (const [, body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (body.trim() === '') continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  const scriptSrc = ["script-src 'self' 'wasm-unsafe-eval'", ...[...hashes].sort()].join(' ');
  return [...BASE_DIRECTIVES, scriptSrc].join('; ');
}

/** The page with its policy at the top of <head>, right after the charset (replacing any earlier one). */
export function withPolicy(html: string): string {
  const cleaned = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(cleaned)}">`;
  const charset = /<meta charset=[^>]*>/i.exec(cleaned);
  if (charset) return cleaned.replace(charset[0], `${charset[0]}${meta}`);
  return cleaned.replace(/<head([^>]*)>/i, `<head$1>${meta}`);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/** Astro integration that writes the policy into every built page. */
export default function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'closed-workspaces:csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        await Promise.all(files.map(async (file) => writeFile(file, withPolicy(await readFile(file, 'utf8')))));
        logger.info(`Content-Security-Policy written into ${files.length} pages`);
      },
    },
  };
}
