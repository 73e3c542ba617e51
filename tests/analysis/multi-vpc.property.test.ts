import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { validate } from '../../validators/index.ts';
import { contextOf, genMultiConfigWithDirectory as genMultiConfig, genMultiConfigWithSubnetVersion, multiOracle, renderMulti } from '../support/multi-vpc.ts';

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

/**
 * The documents in the order the keys sort them, renamed so that their names sort in that order
 * too (the engine reads documents sorted by name: reordering the array alone would prove nothing
 * about which version of a resource is read first). Returns the documents and the original name
 * of each new one.
 */
function reorderAndRename(documents: readonly { name: string; text: string }[], keys: readonly number[]) {
  const reordered = reorder(documents, keys);
  const original = new Map<string, string>();
  const renamed = reordered.map((document, index) => {
    const name = `${String(index).padStart(3, '0')}-${document.name}`;
    original.set(name, document.name);
    return { name, text: document.text };
  });
  return { renamed, original };
}

test('the verdict, the set of findings and the proof do not depend on the order or the names of the documents, subnets defined in two VPCs included', () => {
  fc.assert(
    fc.property(genMultiConfigWithSubnetVersion, fc.array(fc.integer(), { minLength: 12, maxLength: 12 }), (config, keys) => {
      const documents = renderMulti(config);
      const context = contextOf(config);
      const a = validate(documents, context);
      const { renamed, original } = reorderAndRename(documents, keys);
      const b = validate(renamed, context);
      assert.equal(b.verdict, a.verdict);
      // Where a finding about a resource pasted twice points (its first definition, the copy that
      // is the duplicate) follows the names; which findings there are, and how severe, does not.
      const signature = (report: typeof a) => report.findings.map((finding) => `${finding.ruleId}|${finding.severity}`).sort();
      assert.deepEqual(signature(b), signature(a));
      const fileOf = (file: string) => original.get(file) ?? file;
      const { tables, acls, groups, subnets } = config.versions;
      if (config.duplicates.length === 0 && tables.length + acls.length + groups.length + (subnets?.length ?? 0) === 0) {
        const located = (report: typeof a) => report.findings.map((finding) => `${finding.ruleId}|${fileOf(finding.file)}|${finding.line}`).sort();
        assert.deepEqual(located(b), located(a));
      }
      const parts = (report: typeof a) => report.proof.parts.map((part) => `${part.subnetIds.join(',')}|${part.direction}|${part.family}|${part.verdict}`).sort();
      assert.deepEqual(parts(b), parts(a));
    }),
    { numRuns: RUNS },
  );
});

test('a WorkSpaces subnet defined in two VPCs and associated with no table or ACL explicitly is never closed: its main table and default ACL are not known', () => {
  fc.assert(
    fc.property(genMultiConfigWithSubnetVersion, (config) => {
      const moved = config.versions.subnets?.[0];
      if (!moved) return;
      const judged = config.workspacesSubnetIds ?? (config.directory && config.directory.subnets.length > 0 ? config.directory.subnets : config.subnets.map((subnet) => subnet.id));
      const explicit = [...config.tables, ...config.versions.tables, ...config.acls, ...config.versions.acls].some((item) => item.subnets.includes(moved.id));
      // Groups named in the context or by a directory decide on their own, whatever the VPC.
      if (!judged.includes(moved.id) || explicit || config.workspacesSecurityGroupIds || config.directory) return;
      const report = validate(renderMulti(config), contextOf(config));
      assert.notEqual(report.verdict, 'closed');
      assert.ok(report.proof.parts.some((part) => part.subnetIds.includes(moved.id) && part.verdict !== 'closed'));
    }),
    { numRuns: RUNS },
  );
});
