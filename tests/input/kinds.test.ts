/**
 * The input-kind registry is the single list of what the engine reads: every kind is detected,
 * read in every form the CLI prints, and present wherever kinds are listed (commands, schemas,
 * messages, CLI help, reference pages). A kind missing from any of them fails here.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { documentSchemas } from '../../src/components/workbench/document-schemas.ts';
import { ALL_KINDS, DOCUMENT_KINDS, INPUT_KINDS, inputKind, wholeOutput } from '../../validators/input/kinds/index.ts';
import { validate } from '../../validators/index.ts';

/** A name that gives a prefix-list document its list id, and transit gateway routes their table. */
const FILE = 'pl-0a1b2c3d4e5f60708 tgw-rtb-0a1b2c3d4e5f60709.json';

const forms = (kind: (typeof INPUT_KINDS)[number]): [string, unknown][] => [
  ['the whole output', wholeOutput(kind, [kind.example])],
  ['a single object', kind.example],
  ['a bare array', [kind.example]],
  ...(kind.singularKey ? ([['the create-* output', { [kind.singularKey]: kind.example }]] as [string, unknown][]) : []),
];

describe('the input-kind registry', () => {
  test('names, collection keys, create-* keys and tab names are unique', () => {
    for (const key of ['kind', 'collectionKey', 'fileName'] as const) {
      const values = INPUT_KINDS.map((kind) => kind[key]);
      assert.equal(new Set(values).size, values.length, key);
    }
    const singular = INPUT_KINDS.flatMap((kind) => (kind.singularKey ? [kind.singularKey] : []));
    assert.equal(new Set(singular).size, singular.length);
    for (const kind of INPUT_KINDS) assert.equal(inputKind(kind.kind), kind);
    assert.equal(inputKind('constructor'), undefined);
  });

  test('each example is an item of its own shape, and no other kind claims it', () => {
    for (const kind of INPUT_KINDS) {
      assert.ok(kind.itemShape.safeParse(kind.example).success, `${kind.kind}: example does not fit its shape`);
      assert.ok(kind.outputShape.safeParse(wholeOutput(kind, [kind.example])).success, `${kind.kind}: whole output does not fit`);
      const claimants = INPUT_KINDS.filter((other) => other.detect(kind.example)).map((other) => other.kind);
      assert.deepEqual(claimants, [kind.kind], `${kind.kind}: detected as ${claimants.join(', ')}`);
    }
  });

  for (const kind of INPUT_KINDS) {
    test(`${kind.kind} is read as the whole output, a single object, a bare array${kind.singularKey ? ' and the create-* output' : ''}`, () => {
      for (const [form, value] of forms(kind)) {
        const report = validate([{ name: FILE, text: JSON.stringify(value, null, 2) }]);
        assert.deepEqual(report.analysed.documents[0]?.kinds, [kind.kind], form);
        const inputErrors = report.findings.filter((finding) => finding.ruleId.startsWith('input-') && finding.severity === 'error');
        assert.deepEqual(inputErrors.map((finding) => finding.message), [], form);
      }
    });
  }

  test('every kind has an AWS CLI command with JSON output, an editor schema and a page in both languages', () => {
    const schemas = documentSchemas();
    for (const kind of INPUT_KINDS) {
      assert.match(kind.command, /^aws [a-z0-9-]+ [a-z0-9-]+ .*--output json$/, kind.kind);
      assert.ok(Object.hasOwn(schemas, kind.kind), `${kind.kind}: no editor schema`);
      const slug = kind.page.replace(/\/$/, '');
      for (const root of ['content/docs', 'content/docs/ja']) assert.ok(existsSync(`${root}/${slug}.mdx`), `${kind.kind}: no page ${root}/${slug}.mdx`);
    }
  });

  test('the message about an unrecognised document names every kind’s top-level key, in both languages', () => {
    for (const lang of ['en', 'ja'] as const) {
      const report = validate([{ name: 'x.json', text: '{"Unrelated": []}' }], undefined, { lang });
      const message = report.findings.find((finding) => finding.ruleId === 'input-document')?.message ?? '';
      for (const kind of INPUT_KINDS) assert.ok(message.includes(kind.collectionKey), `${lang}: ${message} lacks ${kind.collectionKey}`);
    }
  });

  test('the CLI help lists every kind’s command', () => {
    const help = spawnSync(process.execPath, ['validators/cli.ts', '--help'], { encoding: 'utf8' }).stdout;
    for (const kind of ALL_KINDS) assert.ok(help.includes(kind.command), `--help lacks ${kind.command}`);
  });

  test('the reference pages list the kinds from the registry, not by hand', () => {
    for (const page of ['reference/api.mdx', 'rules/input-document.mdx']) {
      for (const root of ['content/docs', 'content/docs/ja']) {
        const text = readFileSync(`${root}/${page}`, 'utf8');
        assert.ok(text.includes('<InputKindsTable />'), `${root}/${page} does not render the registry's table`);
      }
    }
  });
});

describe('the whole-document kinds', () => {
  test('names and tab names are unique across every kind, and each is found by name', () => {
    for (const key of ['kind', 'fileName'] as const) {
      const values = ALL_KINDS.map((kind) => kind[key]);
      assert.equal(new Set(values).size, values.length, key);
    }
    for (const kind of DOCUMENT_KINDS) assert.equal(inputKind(kind.kind), kind);
  });

  for (const kind of DOCUMENT_KINDS) {
    test(`${kind.kind}: its example is read as its kind, fits its shape, and no AWS CLI output kind claims it`, () => {
      assert.ok(kind.documentShape.safeParse(kind.example).success);
      assert.deepEqual(INPUT_KINDS.filter((other) => other.detect(kind.example)).map((other) => other.kind), []);
      assert.deepEqual(DOCUMENT_KINDS.filter((other) => other.detect(kind.example)).map((other) => other.kind), [kind.kind]);
      const report = validate([{ name: 'document', text: JSON.stringify(kind.example, null, 2) }]);
      assert.deepEqual(report.analysed.documents[0]?.kinds, [kind.kind]);
      assert.deepEqual(report.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.message), []);
    });

    test(`${kind.kind}: no AWS CLI output example is claimed by it`, () => {
      for (const other of INPUT_KINDS) for (const [form, value] of forms(other)) assert.ok(!(typeof value === 'object' && value !== null && !Array.isArray(value) && kind.detect(value as Record<string, unknown>)), `${other.kind} ${form}`);
    });

    test(`${kind.kind}: has an editor schema, a page in both languages, and its marker keys in the unrecognised-document message`, () => {
      assert.ok(Object.hasOwn(documentSchemas(), kind.kind));
      const slug = kind.page.replace(/\/$/, '');
      for (const root of ['content/docs', 'content/docs/ja']) assert.ok(existsSync(`${root}/${slug}.mdx`), `no page ${root}/${slug}.mdx`);
      const message = validate([{ name: 'x.json', text: '{"Unrelated": []}' }]).findings.find((finding) => finding.ruleId === 'input-document')?.message ?? '';
      for (const key of kind.markerKeys) assert.ok(message.includes(key), `${message} lacks ${key}`);
    });
  }
});
