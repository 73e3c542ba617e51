import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Analysis } from '../../validators/analysis/analysis.ts';
import { readDocuments } from '../../validators/input/read.ts';
import { validate } from '../../validators/index.ts';
import { genTransitConfig, renderTransit, subnetOracle, transitContext, transitOracle, type TransitConfig } from '../support/transit.ts';

const RUNS = Number(process.env.TRANSIT_RUNS) || 10_000;

/** The analysis of a generated network, read the way validate() reads documents (sorted by name). */
function analyse(config: TransitConfig, documents = renderTransit(config)): Analysis {
  const { resources, problems } = readDocuments([...documents].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
  return new Analysis(resources, problems, transitContext(config));
}

test('through a transit gateway, NAT gateways, internet gateways and Block Public Access, the verdict equals a hop-by-hop brute force', () => {
  fc.assert(
    fc.property(genTransitConfig, (config) => {
      const path = analyse(config).path();
      assert.equal(path.verdict, transitOracle(config));
      // Each WorkSpaces subnet on its own: subnets judged together must share their fate.
      for (const id of config.workspacesSubnets) {
        const verdicts = path.parts.filter((part) => part.subnets.some((subnet) => subnet.id === id)).map((part) => part.verdict);
        const fate = verdicts.includes('open') ? 'open' : verdicts.includes('unverified') ? 'unverified' : 'closed';
        assert.equal(fate, subnetOracle(config, id), id);
      }
    }),
    { numRuns: RUNS },
  );
});

test('with the WorkSpaces allowed out to one host address per family, a static host route in a transit gateway table keeps it from routes a VPN, Direct Connect or Connect attachment may propagate, as the brute force says', () => {
  fc.assert(
    fc.property(genTransitConfig, (generated) => {
      // Only 8.8.8.8 and 2600::1 leave the WorkSpaces, both to the transit gateway: whether a full-length static route holds them decides the verdict.
      const workspacesTable = generated.tables.find((table) => table.subnets.includes('subnet-000')) ?? generated.tables.find((table) => table.vpc === 'vpc-00a' && table.main);
      const toTransit = [{ destination: '0.0.0.0/0', target: 'tgw-0e5', blackhole: false }, { destination: '::/0', target: 'tgw-0e5', blackhole: false }];
      const config: TransitConfig = {
        ...generated,
        tables: generated.tables.map((table) => (table === workspacesTable ? { ...table, routes: toTransit } : table)),
        sgRules: [{ egress: true, protocol: '-1', cidr: '8.8.8.8/32' }, { egress: true, protocol: '-1', cidr: '2600::1/128' }],
      };
      assert.equal(analyse(config).path().verdict, transitOracle(config));
    }),
    { numRuns: Math.ceil(RUNS / 5) },
  );
});

/** The documents in the order the keys sort them. */
function reorder<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items.map((item, index) => ({ item, key: keys[index % keys.length] ?? 0, index })).sort((a, b) => a.key - b.key || a.index - b.index).map(({ item }) => item);
}

/** Every array inside a document, reordered by the keys (routes, attachments, entries, associations…). */
function shuffleInside(text: string, keys: readonly number[]): string {
  let turn = 0;
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      turn++;
      return reorder(value.map(visit), keys.map((key) => key ^ turn));
    }
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, visit(item)]));
    return value;
  };
  return JSON.stringify(visit(JSON.parse(text)));
}

test('with transit gateway documents, duplicates and conflicting route sets, the verdict, findings and proof do not depend on the order or the names of the documents', () => {
  fc.assert(
    fc.property(genTransitConfig, fc.array(fc.integer(), { minLength: 16, maxLength: 16 }), (config, keys) => {
      const documents = renderTransit(config);
      const context = transitContext(config);
      const a = validate(documents, context);
      const b = validate(reorder(documents, keys), context);
      assert.equal(b.verdict, a.verdict);
      const signature = (report: typeof a) => report.findings.map((finding) => `${finding.ruleId}|${finding.file}|${finding.line}|${finding.message}`).sort();
      assert.deepEqual(signature(b), signature(a));
      const parts = (report: typeof a) => report.proof.parts.map((part) => `${part.subnetIds.join(',')}|${part.direction}|${part.family}|${part.verdict}|${part.text}`).sort();
      assert.deepEqual(parts(b), parts(a));
      // The engine reads documents sorted by name: renamed so that their names sort in the keys'
      // order, the first version of a conflicting route set is another one, and nothing that
      // decides changes (where a finding about a pasted copy points follows the names).
      const renamed = validate(
        reorder(documents, keys).map((document, index) => ({ name: `${String(index).padStart(3, '0')}-${document.name}`, text: document.text })),
        context,
      );
      assert.equal(renamed.verdict, a.verdict);
      const kinds = (report: typeof a) => report.findings.map((finding) => `${finding.ruleId}|${finding.severity}`).sort();
      assert.deepEqual(kinds(renamed), kinds(a));
      const ends = (report: typeof a) => report.proof.parts.map((part) => `${part.subnetIds.join(',')}|${part.direction}|${part.family}|${part.verdict}`).sort();
      assert.deepEqual(ends(renamed), ends(a));
    }),
    { numRuns: Math.ceil(RUNS / 5) },
  );
});

test('the verdict and how each part ends do not depend on the order of the items inside each document', () => {
  fc.assert(
    fc.property(genTransitConfig, fc.array(fc.integer(), { minLength: 8, maxLength: 8 }), (config, keys) => {
      const documents = renderTransit(config);
      const shuffled = documents.map((document) => ({ name: document.name, text: shuffleInside(document.text, keys) }));
      const a = analyse(config, documents).path();
      const b = analyse(config, shuffled).path();
      assert.equal(b.verdict, a.verdict);
      const ends = (path: typeof a) => path.parts.map((part) => `${part.direction}|${part.family}|${part.verdict}|${part.branches.map((branch) => `${branch.outcome}:${branch.droppedBy ?? ''}`).sort().join(',')}`).sort();
      assert.deepEqual(ends(b), ends(a));
    }),
    { numRuns: Math.ceil(RUNS / 5) },
  );
});
