import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPlaceholderName, nameForKinds } from '../../src/client/document-names.ts';
import { InputCatalogue } from '../../src/client/input-catalogue.ts';
import { kindEntries } from '../../src/components/workbench/input-kinds.ts';

const catalogue = new InputCatalogue(kindEntries());

test('a tab is named after the one kind it holds', () => {
  assert.equal(nameForKinds(['RouteTables'], catalogue), 'route-tables.json');
  assert.equal(nameForKinds(['slmgr'], catalogue), 'slmgr-dli.txt');
  assert.equal(nameForKinds(['w32tm-status'], catalogue), 'w32tm-status.txt');
});

test('a tab with several kinds gets a name that covers them, and nothing recognised keeps the name', () => {
  assert.equal(nameForKinds(['w32tm-status', 'w32tm-configuration', 'w32tm-peers'], catalogue), 'w32tm.txt');
  assert.equal(nameForKinds(['slmgr', 'nslookup', 'ospp', 'ipconfig'], catalogue), 'windows-outputs.txt');
  assert.equal(nameForKinds(['RouteTables', 'NetworkAcls'], catalogue), 'aws-outputs.json');
  assert.equal(nameForKinds([], catalogue), undefined);
  assert.equal(nameForKinds(['constructor'], catalogue), undefined);
});

test('only the made-up names of new tabs are placeholders', () => {
  assert.equal(isPlaceholderName('document-12.json'), true);
  assert.equal(isPlaceholderName('route-tables.json'), false);
  assert.equal(isPlaceholderName('document-1.json.bak'), false);
});
