import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { splitList } from '../../src/client/context-form.ts';
import { InputCatalogue } from '../../src/client/input-catalogue.ts';
import type { SampleIndex } from '../../src/client/samples.ts';
import { documentSchemas } from '../../src/components/workbench/document-schemas.ts';
import { kindEntries } from '../../src/components/workbench/input-kinds.ts';
import { ALL_KINDS, inputKind, isDocumentKind } from '../../validators/input/kinds/index.ts';
import { validate } from '../../validators/index.ts';

const index = JSON.parse(readFileSync('public/samples/index.json', 'utf8')) as SampleIndex;
const catalogue = new InputCatalogue(kindEntries());

test('the page’s catalogue and the editor’s schemas list exactly the registry’s kinds, in its order', () => {
  const names = ALL_KINDS.map((kind) => kind.kind);
  assert.deepEqual(Object.keys(documentSchemas()), names);
  assert.deepEqual(catalogue.entries.map((entry) => entry.kind), names);
});

test('every kind the engine detects in the examples has a command', () => {
  for (const sample of index.samples) {
    const documents = sample.documents.map((document) => ({ name: document.name, text: readFileSync(`public/samples/${document.path}`, 'utf8') }));
    for (const document of validate(documents, sample.context).analysed.documents) {
      assert.equal(document.kinds.length, 1, `${sample.id}/${document.name}: ${document.kinds.join(', ')}`);
      assert.ok(catalogue.commandFor(document.kinds[0] as string), `${sample.id}/${document.name}: no command for ${document.kinds[0]}`);
    }
  }
});

test('the command an example names is the registry’s command for its kind, with the VPC filled in (a template names how it was printed or fetched)', () => {
  for (const sample of index.samples) {
    for (const document of sample.documents) {
      const kind = validate([{ name: document.name, text: readFileSync(`public/samples/${document.path}`, 'utf8') }]).analysed.documents[0]?.kinds[0];
      const declared = inputKind(kind as string);
      if (declared && isDocumentKind(declared)) {
        assert.ok(document.command.trim() !== '', `${sample.id}/${document.name}: no command`);
        continue;
      }
      const generic = (catalogue.commandFor(kind as string) ?? '').replace(' --output json', '');
      const operation = generic.split(' ').slice(0, 3).join(' ');
      assert.ok(operation !== '' && document.command.startsWith(operation), `${sample.id}/${document.name}: "${document.command}" is not ${operation}`);
    }
  }
});

test('editor schemas never point outside themselves, so the editor fetches nothing', () => {
  const text = JSON.stringify(documentSchemas());
  assert.ok(!text.includes('"$schema"'));
  for (const [, ref = ''] of text.matchAll(/"\$ref":"([^"]*)"/g)) assert.ok(ref.startsWith('#'), ref);
});

test('context lists split on spaces, commas and new lines', () => {
  assert.deepEqual(splitList(' 10.0.10.10, 10.0.11.10\n10.0.12.10  ,,'), ['10.0.10.10', '10.0.11.10', '10.0.12.10']);
  assert.deepEqual(splitList('   '), []);
});
