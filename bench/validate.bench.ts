/**
 * `npm run bench`: median times of validate(), measured in one run (ratios hold better than absolute
 * times on a shared machine):
 * - a typical paste and a large account, pretty-printed and minified, each with its ratio to
 *   JSON.parse of the same text. Targets: typical ≤ 5 ms; large (pretty) ≤ 10 × JSON.parse.
 * - a hub-and-spoke account (50 VPCs behind a transit gateway with 4 route tables), its WorkSpaces
 *   in two spokes, every path followed through the transit gateway: target ≤ 10 × JSON.parse.
 * - Windows command output (the fixtures pasted together) at 1×, 2× and 4× a base size and 1 MB:
 *   the parse alone and the whole validate, with the growth per doubling (≈ 2.0 when linear).
 * Only the two targets above set the exit status; the other rows are figures to read, not asserts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { validate, type InputDocument } from '../validators/index.ts';
import { readWindowsText } from '../validators/windows/read.ts';
import { largeAccount, transitAccount, transitWorkspacesSubnets, typicalPaste } from './accounts.ts';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Median times of `baseline` and `run`, measured alternately (one of each per round) so that both
 * see the same machine: on a shared machine load comes and goes between rounds.
 */
function measurePair(baseline: () => unknown, run: () => unknown, rounds: number): { baseline: number; run: number } {
  baseline(); // warm-up
  run();
  const baselineTimes: number[] = [];
  const runTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let start = performance.now();
    baseline();
    baselineTimes.push(performance.now() - start);
    start = performance.now();
    run();
    runTimes.push(performance.now() - start);
  }
  return { baseline: median(baselineTimes), run: median(runTimes) };
}

/** Median time of each of `runs`, measured in turn within each round (as measurePair does for two). */
function measureEach(runs: (() => unknown)[], rounds: number): number[] {
  for (const run of runs) run(); // warm-up
  const times: number[][] = runs.map(() => []);
  for (let round = 0; round < rounds; round++) {
    runs.forEach((run, index) => {
      const start = performance.now();
      run();
      times[index]?.push(performance.now() - start);
    });
  }
  return times.map(median);
}

const context = { region: 'ap-northeast-1', directoryControllers: ['10.0.10.10', '10.0.10.11'] };
const minified = (documents: InputDocument[]) => documents.map((document) => ({ name: document.name, text: JSON.stringify(JSON.parse(document.text)) }));
const large = largeAccount();
const hubAndSpoke = { ...context, directoryControllers: ['10.1.2.10', '10.1.3.10'], workspacesSubnetIds: transitWorkspacesSubnets() };
const jsonCases: { name: string; documents: InputDocument[]; iterations: number; target?: (ms: number, ratio: number) => boolean; context?: typeof hubAndSpoke }[] = [
  { name: 'typical paste', documents: typicalPaste(), iterations: 200, target: (ms: number) => ms <= 5 },
  { name: 'large account', documents: large, iterations: 21, target: (_ms: number, ratio: number) => ratio <= 10 },
  { name: 'large, minified', documents: minified(large), iterations: 21 },
  { name: 'hub and spoke', documents: transitAccount(), iterations: 21, target: (_ms: number, ratio: number) => ratio <= 10, context: hubAndSpoke },
];

const bytesOf = (documents: InputDocument[]) => documents.reduce((sum, document) => sum + document.text.length, 0);
const ms = (value: number) => `${value.toFixed(2).padStart(9)} ms`;

console.log('case               bytes      JSON.parse    validate     ratio   target  findings');
let failed = false;
for (const { name, documents, iterations, target, context: own } of jsonCases) {
  const report = validate(documents, own ?? context);
  const { baseline: parse, run } = measurePair(() => documents.map((document) => JSON.parse(document.text)), () => validate(documents, own ?? context), iterations);
  const ratio = run / parse;
  const ok = target ? target(run, ratio) : undefined;
  failed ||= ok === false;
  console.log(`${name.padEnd(16)} ${String(bytesOf(documents)).padStart(9)} ${ms(parse)} ${ms(run)} ${ratio.toFixed(1).padStart(8)}x   ${ok === undefined ? '  – ' : ok ? 'met ' : 'MISS'}    ${report.findings.length}`);
}

// Windows output: every fixture pasted one after another, repeated to the size wanted.
const FIXTURES = 'tests/fixtures/windows';
const windowsBase = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(`${FIXTURES}/${name}`, 'utf8').replace(/\r\n/g, '\n'))
  .join('\n');
const windowsPaste = (bytes: number) => windowsBase.repeat(Math.ceil(bytes / windowsBase.length)).slice(0, bytes);

console.log('\nWindows paste      bytes         parse   growth     validate   growth');
const sizes = [128_000, 256_000, 512_000, 1_000_000];
const pastes = sizes.map((bytes) => windowsPaste(bytes));
const parses = measureEach(pastes.map((text) => () => readWindowsText('paste.txt', text)), 9);
const validations = measureEach(pastes.map((text) => () => validate([{ name: 'paste.txt', text }])), 5);
/** Time at `index` over the one before, for the three doublings only. */
const growth = (times: number[], index: number) => (index > 0 && index < 3 ? `${((times[index] as number) / (times[index - 1] as number)).toFixed(2)}` : '–').padStart(6);
sizes.forEach((bytes, index) => {
  const label = index < 3 ? `${2 ** index}× base` : '1 MB';
  console.log(`${label.padEnd(16)} ${String(bytes).padStart(9)} ${ms(parses[index] as number)}   ${growth(parses, index)} ${ms(validations[index] as number)}   ${growth(validations, index)}`);
});
process.exitCode = failed ? 1 : 0;

// Many accounts at once through the CLI's --each (worker threads).
await import('./each.bench.ts');
