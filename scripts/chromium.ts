/**
 * Finds the Chromium the browser tests drive. Playwright's own browser download is not
 * reachable on closed machines, so a system browser is preferred; `CHROMIUM_PATH` overrides.
 * Run directly, it prints the path, or one line saying how to install a browser and exits 1.
 */
import { accessSync, constants } from 'node:fs';

/** Environment variable that names a custom Chromium or Chrome executable. */
export const CHROMIUM_ENV = 'CHROMIUM_PATH';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first usable browser: the env override, a system Chromium, then Playwright's download. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const override = env[CHROMIUM_ENV];
  if (override) return isExecutable(override) ? override : undefined;
  const system = SYSTEM_CANDIDATES.find(isExecutable);
  if (system) return system;
  try {
    const { chromium } = await import('@playwright/test');
    const bundled = chromium.executablePath();
    return isExecutable(bundled) ? bundled : undefined;
  } catch {
    return undefined;
  }
}

/** The one line printed when no browser is found. */
export function missingChromiumMessage(env: NodeJS.ProcessEnv = process.env): string {
  const override = env[CHROMIUM_ENV];
  if (override) return `No executable browser at ${CHROMIUM_ENV}=${override}; point it at a Chromium or Chrome binary.`;
  return `No Chromium found for the browser tests: on Debian/Ubuntu run \`sudo apt-get install chromium\`, elsewhere \`npx playwright install chromium\`, or set ${CHROMIUM_ENV}=/path/to/chromium.`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = await findChromium();
  if (path) {
    console.log(path);
  } else {
    console.error(missingChromiumMessage());
    process.exit(1);
  }
}
