/**
 * `npm run bench`: the median time of validate() on a typical paste and on a large account,
 * and its ratio to JSON.parse of the same text, measured in one run (ratios hold better than
 * absolute times on a shared machine). Targets: typical ≤ 5 ms; large ≤ 10 × JSON.parse.
 */
import { validate } from '../validators/index.ts';
import { largeAccount, typicalPaste } from './accounts.ts';

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

const context = { region: 'ap-northeast-1', directoryControllers: ['10.0.10.10', '10.0.10.11'] };
const cases = [
  { name: 'typical paste', documents: typicalPaste(), iterations: 200, target: (ms: number) => ms <= 5 },
  { name: 'large account', documents: largeAccount(), iterations: 21, target: (_ms: number, ratio: number) => ratio <= 10 },
];

console.log('case            bytes      JSON.parse   validate    ratio   target  findings');
let failed = false;
for (const { name, documents, iterations, target } of cases) {
  const bytes = documents.reduce((sum, document) => sum + document.text.length, 0);
  const report = validate(documents, context);
  const { baseline: parse, run } = measurePair(() => documents.map((document) => JSON.parse(document.text)), () => validate(documents, context), iterations);
  const ratio = run / parse;
  const ok = target(run, ratio);
  failed ||= !ok;
  console.log(
    `${name.padEnd(15)} ${String(bytes).padStart(9)}  ${parse.toFixed(2).padStart(9)} ms ${run.toFixed(2).padStart(8)} ms ${ratio.toFixed(1).padStart(7)}x   ${ok ? 'met ' : 'MISS'}    ${report.findings.length}`,
  );
}
process.exitCode = failed ? 1 : 0;

// Many accounts at once through the CLI's --each (worker threads).
await import('./each.bench.ts');
