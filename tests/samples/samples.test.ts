import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { SAMPLES, sampleFiles, sampleText } from '../../samples/build.ts';
import { validate } from '../../validators/index.ts';

describe('public/samples', () => {
  test('the committed files are what samples/build.ts writes (run `npm run samples`)', async () => {
    for (const [path, content] of sampleFiles()) {
      assert.equal(await readFile(`public/samples/${path}`, 'utf8'), content, `public/samples/${path} is stale`);
    }
  });

  for (const sample of SAMPLES) {
    test(`${sample.id} gets verdict ${sample.expected.verdict} and exactly its expected findings`, () => {
      const documents = sample.documents.map((document) => ({ name: document.name, text: sampleText(document) }));
      const report = validate(documents, sample.context);
      assert.equal(report.verdict, sample.expected.verdict, report.summary);
      const counts: Record<string, number> = {};
      for (const finding of report.findings) counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
      assert.deepEqual(counts, sample.expected.counts, JSON.stringify(report.findings.map((f) => `${f.ruleId}: ${f.message}`), null, 1));
      assert.deepEqual(Object.keys(counts).sort(), [...sample.expected.ruleIds].sort());
    });
  }
});
