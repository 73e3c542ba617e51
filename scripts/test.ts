/**
 * `npm test`: type check (astro check, which covers .astro and .ts) → unit and property tests → build (root and sub-path) → browser tests.
 * Each stage streams its own output; a summary with the count and time of every stage closes
 * the run, so a CI log shows at a glance how much was checked.
 *
 *   node scripts/test.ts [--only typecheck,unit,build,e2e]
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { findChromium, missingChromiumMessage } from './chromium.ts';
import { SUBPATH_BASE } from '../tests/e2e/servers.ts';

interface Stage {
  name: string;
  steps: { label: string; command: string; args: string[]; env?: Record<string, string> }[];
  /** Pulls a count such as "312 tests" out of the stage's output. */
  count: (output: string) => string;
  /** Runs before the steps; returns an error line to stop the stage. */
  precondition?: () => Promise<string | undefined>;
}

const bin = (name: string) => `node_modules/.bin/${name}`;
const sum = (output: string, pattern: RegExp) =>
  [...output.matchAll(pattern)].reduce((total, match) => total + Number(match[1]), 0);

const stages: Stage[] = [
  {
    name: 'typecheck',
    steps: [
      // astro check type-checks every .ts file under tsconfig.json too: validators/, tests/, scripts/.
      { label: 'astro check', command: bin('astro'), args: ['check'] },
    ],
    count: (output) => {
      const files = /Result \((\d+) files?\)/.exec(output)?.[1];
      return files ? `${files} files, 0 errors` : 'no errors';
    },
  },
  {
    name: 'unit',
    steps: [
      {
        label: 'node --test',
        command: process.execPath,
        args: ['--test', '--test-reporter=spec', 'tests/**/*.test.ts'],
      },
    ],
    count: (output) => `${sum(output, /^ℹ tests (\d+)$/gm)} tests (${sum(output, /^ℹ suites (\d+)$/gm)} suites)`,
  },
  {
    name: 'build',
    steps: [
      { label: 'astro build', command: bin('astro'), args: ['build'] },
      {
        label: `astro build (base ${SUBPATH_BASE})`,
        command: bin('astro'),
        args: ['build', '--outDir', 'dist-subpath'],
        env: { BASE: SUBPATH_BASE },
      },
    ],
    count: (output) => `${/(\d+) page\(s\) built/.exec(output)?.[1] ?? '?'} pages, twice`,
  },
  {
    name: 'e2e',
    precondition: async () => ((await findChromium()) ? undefined : missingChromiumMessage()),
    steps: [{ label: 'playwright test', command: bin('playwright'), args: ['test'] }],
    count: (output) => {
      const passed = /(\d+) passed/.exec(output)?.[1] ?? '0';
      const skipped = /(\d+) skipped/.exec(output)?.[1];
      return `${passed} tests${skipped ? `, ${skipped} skipped` : ''}`;
    },
  },
];

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('error', (error) => resolveRun({ code: 127, output: String(error) }));
    child.on('close', (code) => resolveRun({ code: code ?? 1, output }));
  });
}

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const only = values.only?.split(',');
const summary: string[] = [];
let failed = false;

for (const stage of stages) {
  if (only && !only.includes(stage.name)) continue;
  const started = performance.now();
  console.log(`\n━━ ${stage.name} ━━`);
  const blocker = await stage.precondition?.();
  if (blocker) {
    console.error(blocker);
    summary.push(`${stage.name.padEnd(10)} FAIL  ${blocker}`);
    failed = true;
    break;
  }
  let output = '';
  let code = 0;
  for (const step of stage.steps) {
    console.log(`$ ${step.label}`);
    const result = await run(step.command, step.args, step.env);
    output += result.output;
    code = result.code;
    if (code !== 0) break;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  summary.push(`${stage.name.padEnd(10)} ${code === 0 ? 'pass' : 'FAIL'}  ${stage.count(output).padEnd(28)} ${seconds.padStart(6)} s`);
  if (code !== 0) {
    failed = true;
    break;
  }
}

console.log(`\n━━ summary ━━\n${summary.join('\n')}`);
process.exit(failed ? 1 : 0);
