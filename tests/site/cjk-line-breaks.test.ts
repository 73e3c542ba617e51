import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinCjkLines } from '../../src/integrations/cjk-line-breaks.ts';

test('drops a line break between two Japanese characters', () => {
  assert.equal(joinCjkLines('送信に使った\nポート、つまり'), '送信に使ったポート、つまり');
  assert.equal(joinCjkLines('見えるのに\r\n  ログオンを'), '見えるのにログオンを');
});

test('keeps line breaks next to Latin text, where Markdown rightly renders a space', () => {
  assert.equal(joinCjkLines('WorkSpaces の\nsubnet'), 'WorkSpaces の\nsubnet');
  assert.equal(joinCjkLines('an English\nsentence'), 'an English\nsentence');
  assert.equal(joinCjkLines('UDP 123\nから'), 'UDP 123\nから');
});
