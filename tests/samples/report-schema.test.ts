import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import fc from 'fast-check';
import { SAMPLES } from '../../samples/build.ts';
import { validate } from '../../validators/index.ts';
import { reportJsonSchema, ReportSchema } from '../../validators/report-schema.ts';
import { contextOf, genMultiConfig, renderMulti } from '../support/multi-vpc.ts';

test('the published JSON Schema is the one the engine generates (run `npm run samples`)', async () => {
  assert.equal(await readFile('public/schemas/report.schema.json', 'utf8'), `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
});

test('the report of every sample, in both languages, matches the schema exactly (no field the schema does not know)', () => {
  for (const sample of SAMPLES) {
    const documents = sample.documents.map((document) => ({ name: document.name, text: JSON.stringify(document.content, null, 2) }));
    for (const lang of ['en', 'ja'] as const) {
      const report = JSON.parse(JSON.stringify(validate(documents, sample.context, { lang })));
      const result = ReportSchema.safeParse(report);
      assert.ok(result.success, `${sample.id} (${lang}): ${result.success ? '' : result.error.message}`);
    }
  }
});

test('generated multi-VPC reports match the schema', () => {
  fc.assert(
    fc.property(genMultiConfig, (config) => {
      const result = ReportSchema.safeParse(JSON.parse(JSON.stringify(validate(renderMulti(config), contextOf(config)))));
      assert.ok(result.success, result.success ? '' : result.error.message);
    }),
    { numRuns: 200 },
  );
});
