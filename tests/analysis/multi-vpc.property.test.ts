import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { validate } from '../../validators/index.ts';
import { contextOf, genMultiConfigWithDirectory as genMultiConfig, multiOracle, renderMulti } from '../support/multi-vpc.ts';

const RUNS = Number(process.env.MULTI_RUNS) || 10_000;

/** The documents in the order the keys sort them. */
function reorder<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items.map((item, index) => ({ item, key: keys[index % keys.length] ?? 0, index })).sort((a, b) => a.key - b.key || a.index - b.index).map(({ item }) => item);
}

test('on pastes with several VPCs, groups, a WorkSpaces directory, duplicates and conflicting versions, the verdict equals a packet-by-packet brute force', () => {
  fc.assert(
    fc.property(genMultiConfig, (config) => {
      const report = validate(renderMulti(config), contextOf(config));
      assert.equal(report.verdict, multiOracle(config));
    }),
    { numRuns: RUNS },
  );
});

test('the verdict, the set of findings and the proof do not depend on the order of the documents', () => {
  fc.assert(
    fc.property(genMultiConfig, fc.array(fc.integer(), { minLength: 12, maxLength: 12 }), (config, keys) => {
      const documents = renderMulti(config);
      const context = contextOf(config);
      const a = validate(documents, context);
      const b = validate(reorder(documents, keys), context);
      assert.equal(b.verdict, a.verdict);
      const signature = (report: typeof a) => report.findings.map((finding) => `${finding.ruleId}|${finding.file}|${finding.line}|${finding.message}`).sort();
      assert.deepEqual(signature(b), signature(a));
      const parts = (report: typeof a) => report.proof.parts.map((part) => `${part.subnetIds.join(',')}|${part.direction}|${part.family}|${part.verdict}`).sort();
      assert.deepEqual(parts(b), parts(a));
    }),
    { numRuns: RUNS },
  );
});
