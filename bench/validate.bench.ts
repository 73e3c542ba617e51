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

function measure(run: () => unknown, iterations: number): number {
  run(); // warm-up
  const times: number[] = [];
  for (let index = 0; index < iterations; index++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const context = { region: 'ap-northeast-1', directoryControllers: ['10.0.10.10', '10.0.10.11'] };
const cases = [
  { name: 'typical paste', documents: typicalPaste(), iterations: 200, target: (ms: number) => ms <= 5 },
  { name: 'large account', documents: largeAccount(), iterations: 9, target: (_ms: number, ratio: number) => ratio <= 10 },
];

console.log('case            bytes      JSON.parse   validate    ratio   target  findings');
let failed = false;
for (const { name, documents, iterations, target } of cases) {
  const bytes = documents.reduce((sum, document) => sum + document.text.length, 0);
  const parse = measure(() => documents.map((document) => JSON.parse(document.text)), iterations);
  const report = validate(documents, context);
  const run = measure(() => validate(documents, context), iterations);
  const ratio = run / parse;
  const ok = target(run, ratio);
  failed ||= !ok;
  console.log(
    `${name.padEnd(15)} ${String(bytes).padStart(9)}  ${parse.toFixed(2).padStart(9)} ms ${run.toFixed(2).padStart(8)} ms ${ratio.toFixed(1).padStart(7)}x   ${ok ? 'met ' : 'MISS'}    ${report.findings.length}`,
  );
}
process.exitCode = failed ? 1 : 0;
