/**
 * The engine without its template and plan readers (engine.ts, as the browser's validation worker
 * imports it): a template or a plan gets an input-document finding that says so, never a
 * misreading; `needsDocumentReaders` asks for the readers for every document the reader would
 * take for a template or a plan, and for no describe-* output. This file never imports index.ts
 * (which registers the readers); its last test registers them itself. node:test runs each file in
 * a process of its own.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { SAMPLES, sampleText } from '../../samples/build.ts';
import { validate } from '../../validators/engine.ts';
import { documentReaders, needsDocumentReaders, registerDocumentReaders, startsTopLevelKey } from '../../validators/input/document-readers.ts';
import { parseJson } from '../../validators/input/json-text.ts';
import { DOCUMENT_KINDS, INPUT_KINDS, wholeOutput } from '../../validators/input/kinds/index.ts';
import { isObject } from '../../validators/input/read-context.ts';

const YAML_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.20.0.0/16
  Subnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: 10.20.1.0/24
`;

const [template, plan] = DOCUMENT_KINDS;

/** True when the reader would take `text` for a whole document: a top-level JSON object some kind detects, or YAML marked as a kind's. */
function readAsWholeDocument(text: string): boolean {
  const parsed = parseJson(text);
  if (parsed.ok) return isObject(parsed.value) && DOCUMENT_KINDS.some((kind) => kind.detect(parsed.value as Record<string, unknown>));
  return DOCUMENT_KINDS.some((kind) => kind.yaml !== undefined && startsTopLevelKey(text, kind.yaml.markerKeys));
}

describe('the engine without the template and plan readers', () => {
  test('has no readers registered', () => {
    assert.equal(documentReaders(), undefined);
  });

  test('a JSON template, a YAML template and a plan each get an error saying their reader is not loaded, in English and Japanese, and nothing of them is read', () => {
    const documents = [
      { name: 'template.json', text: JSON.stringify(template.example, null, 2) },
      { name: 'template.yaml', text: YAML_TEMPLATE },
      { name: 'plan.json', text: JSON.stringify(plan.example, null, 2) },
    ];
    const en = validate(documents);
    const ja = validate(documents, {}, { lang: 'ja' });
    const notLoaded = (report: typeof en) => report.findings.filter((finding) => finding.messageId === 'readerNotLoaded');
    assert.deepEqual(
      notLoaded(en).map((finding) => [finding.ruleId, finding.severity, finding.file, finding.line, finding.message]),
      [
        ['input-document', 'error', 'template.json', 1, 'This looks like a CloudFormation template, but the CloudFormation template reader is not loaded in this build of the validators, so nothing in it was read and the verdict leaves it out. Check it with the closed-workspaces package or command line, which read templates and plans.'],
        ['input-document', 'error', 'template.yaml', 1, 'This looks like a CloudFormation template, but the CloudFormation template reader is not loaded in this build of the validators, so nothing in it was read and the verdict leaves it out. Check it with the closed-workspaces package or command line, which read templates and plans.'],
        ['input-document', 'error', 'plan.json', 1, 'This looks like a Terraform plan, but the Terraform plan reader is not loaded in this build of the validators, so nothing in it was read and the verdict leaves it out. Check it with the closed-workspaces package or command line, which read templates and plans.'],
      ],
    );
    assert.deepEqual(
      notLoaded(ja).map((finding) => finding.message.slice(0, finding.message.indexOf('、'))),
      ['このドキュメントは CloudFormation テンプレートのようですが', 'このドキュメントは CloudFormation テンプレートのようですが', 'このドキュメントは Terraform のプランのようですが'],
    );
    assert.equal(en.findings.length, 3, JSON.stringify(en.findings.map((finding) => finding.messageId)));
    assert.deepEqual(en.analysed.documents.map((document) => document.kinds), [[], [], []]);
    assert.equal(en.verdict, 'unverified');
  });

  test('describe-* outputs pasted next to a template are read as ever, and the template still gets its finding', () => {
    const sample = SAMPLES.find((candidate) => candidate.id === 'nat-default-route');
    assert.ok(sample);
    const report = validate([...sample.documents.map((document) => ({ name: document.name, text: sampleText(document) })), { name: 'template.yaml', text: YAML_TEMPLATE }], sample.context);
    assert.equal(report.verdict, sample.expected.verdict);
    assert.deepEqual(report.findings.filter((finding) => finding.ruleId === 'input-document').map((finding) => [finding.file, finding.messageId]), [['template.yaml', 'readerNotLoaded']]);
  });
});

describe('needsDocumentReaders', () => {
  test('asks for the readers for every whole-document kind’s example, pretty or minified, and for the YAML template', () => {
    for (const kind of DOCUMENT_KINDS) {
      assert.equal(needsDocumentReaders([JSON.stringify(kind.example, null, 2)]), true, kind.kind);
      assert.equal(needsDocumentReaders(['{"RouteTables": []}', JSON.stringify(kind.example)]), true, kind.kind);
    }
    assert.equal(needsDocumentReaders([YAML_TEMPLATE]), true);
  });

  test('asks for them when a key may be spelled with a \\u escape, which JSON reads as the marker key', () => {
    const escaped = JSON.stringify(template.example).replace('"AWSTemplateFormatVersion"', '"AWSTemplate\\u0046ormatVersion"').replace('"Resources"', '"Re\\u0073ources"');
    const parsed = parseJson(escaped);
    assert.ok(parsed.ok && isObject(parsed.value) && template.detect(parsed.value));
    assert.equal(needsDocumentReaders([escaped]), true);
  });

  test('does not ask for them for any AWS CLI output kind’s example, nor for no text or text that is not a string', () => {
    for (const kind of INPUT_KINDS) assert.equal(needsDocumentReaders([JSON.stringify(wholeOutput(kind, [kind.example]), null, 4)]), false, kind.kind);
    assert.equal(needsDocumentReaders([]), false);
    assert.equal(needsDocumentReaders([undefined, 42, null]), false);
  });

  test('asks for them for every gallery document the reader takes for a template or a plan, and for none of the others', () => {
    let whole = 0;
    for (const sample of SAMPLES) {
      for (const document of sample.documents) {
        const text = sampleText(document);
        const expected = readAsWholeDocument(text);
        if (expected) whole++;
        assert.equal(needsDocumentReaders([text]), expected, `${sample.id}/${document.name}`);
      }
    }
    assert.ok(whole >= 4, `only ${whole} templates and plans in the gallery`);
  });

  test('no object a whole-document kind detects lacks all of its marker keys (the predicate looks for them in the text)', () => {
    for (const kind of DOCUMENT_KINDS) {
      const unmarked = Object.fromEntries(Object.entries(kind.example as Record<string, unknown>).filter(([key]) => !kind.markerKeys.includes(key)));
      const others = fc.dictionary(
        fc.string().filter((key) => !kind.markerKeys.includes(key)),
        fc.jsonValue(),
      );
      fc.assert(
        fc.property(others, fc.subarray(Object.keys(unmarked)), (extra, kept) => {
          const value = { ...Object.fromEntries(kept.map((key) => [key, unmarked[key]])), ...extra };
          for (const key of kind.markerKeys) delete (value as Record<string, unknown>)[key];
          return !kind.detect(value);
        }),
        { numRuns: 300 },
      );
    }
  });
});

describe('the engine once the readers are registered', () => {
  test('reads the same template and plan as the package does', async () => {
    const { DOCUMENT_READERS } = await import('../../validators/input/iac/readers.ts');
    registerDocumentReaders(DOCUMENT_READERS);
    const report = validate([
      { name: 'template.yaml', text: YAML_TEMPLATE },
      { name: 'plan.json', text: JSON.stringify(plan.example, null, 2) },
    ]);
    assert.deepEqual(report.findings.filter((finding) => finding.messageId === 'readerNotLoaded'), []);
    assert.deepEqual(report.analysed.documents.map((document) => [document.name, document.kinds]), [
      ['plan.json', ['TerraformPlan']],
      ['template.yaml', ['CloudFormationTemplate']],
    ]);
  });
});
