/**
 * The SARIF of every sample against the SARIF 2.1.0 JSON schema (vendored from the OASIS
 * sarif-spec repository, sarif-2.1/schema/sarif-schema-2.1.0.json), and its fingerprints the
 * same in English and Japanese.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Ajv from 'ajv-draft-04';
import { SAMPLES } from '../../samples/build.ts';
import { main } from '../../validators/cli.ts';

const schema = JSON.parse(readFileSync('tests/cli/sarif-schema-2.1.0.json', 'utf8'));
const validateSarif = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);

async function sarif(...argv: string[]): Promise<{ runs: { results: { partialFingerprints: Record<string, string>; ruleId: string }[] }[] }> {
  let stdout = '';
  await main(['check', '--format', 'sarif', ...argv], (text) => (stdout += text), () => {});
  return JSON.parse(stdout);
}

describe('SARIF output', () => {
  for (const sample of SAMPLES) {
    test(`${sample.id}: valid SARIF 2.1.0 in both languages, with the same fingerprints`, async () => {
      const inputs = sample.documents.map((document) => `public/samples/${sample.id}/${document.name}`);
      const [en, ja] = [await sarif('--lang', 'en', '--doc-base', 'https://docs.example.internal/', ...inputs), await sarif('--lang', 'ja', ...inputs)];
      for (const log of [en, ja]) assert.ok(validateSarif(log), JSON.stringify(validateSarif.errors, null, 1));
      const prints = (log: typeof en) => log.runs[0]?.results.map((result) => `${result.ruleId} ${result.partialFingerprints['closedWorkspaces/v2']}`);
      assert.deepEqual(prints(en), prints(ja));
      assert.equal(new Set(prints(en)).size, prints(en)?.length, 'fingerprints are unique within a run');
    });
  }

  test('a finding’s fix is in properties.fix and the markdown message, not in SARIF fixes (they edit files)', async () => {
    const log = (await sarif('--lang', 'en', 'public/samples/nat-default-route/route-tables.json', 'public/samples/nat-default-route/vpc-endpoints.json')) as unknown as { runs: { results: { ruleId: string; fixes?: unknown; message: { text: string; markdown?: string }; properties: { fix?: { commands: string[]; description: string } } }[] }[] };
    const result = log.runs[0]?.results.find((candidate) => candidate.ruleId === 'rt-internet-route');
    assert.ok(result?.properties.fix);
    assert.match(result.properties.fix.commands[0] ?? '', /^aws ec2 delete-route --route-table-id rtb-\S+ --destination-cidr-block 0\.0\.0\.0\/0$/);
    assert.equal(result.fixes, undefined);
    assert.ok(result.message.markdown?.endsWith(`\`\`\`sh\n${result.properties.fix.commands.join('\n')}\n\`\`\``), result.message.markdown ?? 'no markdown');
    assert.ok(validateSarif(log));
  });

  test('a run per account (--each) and suppressions validate too', async () => {
    const log = await sarif('--each', 'public/samples');
    assert.ok(log.runs.length > 10);
    assert.ok(validateSarif(log), JSON.stringify(validateSarif.errors, null, 1));
  });

  test('accepted findings (suppressions) validate too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-sarif-'));
    try {
      const inputs = ['route-tables.json', 'network-acls.json', 'security-groups.json'].map((name) => `public/samples/nat-default-route/${name}`);
      const baseline = join(dir, 'baseline.json');
      await main(['check', '--write-baseline', baseline, '--reason', 'known', '--accepted-by', 'ci', ...inputs], () => {}, () => {});
      const log = await sarif('--baseline', baseline, ...inputs);
      assert.ok(log.runs[0]?.results.some((result) => 'suppressions' in result));
      assert.ok(validateSarif(log), JSON.stringify(validateSarif.errors, null, 1));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the schema rejects what it should (the validator is not a no-op)', () => {
    assert.equal(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
    assert.equal(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] }), false);
  });
});
