/** README.md and README.ja.md: each links to the other at the top, and they give the same commands. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const english = readFileSync('README.md', 'utf8');
const japanese = readFileSync('README.ja.md', 'utf8');

/** The commands of every ```sh block, without their trailing comments. */
function shellCommands(markdown: string): string[][] {
  const blocks = markdown.split('```sh\n').slice(1).map((rest) => rest.slice(0, rest.indexOf('```')));
  return blocks.map((block) =>
    block
      .split('\n')
      .map((line) => line.split(' # ')[0]?.trim() ?? '')
      .filter(Boolean),
  );
}

test('each README links to the other in its first lines', () => {
  assert.match(english.split('\n').slice(0, 4).join('\n'), /\[日本語\]\(README\.ja\.md\)/);
  assert.match(japanese.split('\n').slice(0, 4).join('\n'), /\[English\]\(README\.md\)/);
});

test('the Japanese README gives the same two commands as the English one, first', () => {
  const [firstJapanese] = shellCommands(japanese);
  assert.deepEqual(firstJapanese, ['npm install && npm start', 'npm test']);
  assert.deepEqual(shellCommands(english)[0], firstJapanese);
});

test('every command in the Japanese README is one the English README gives', () => {
  const englishCommands = new Set(shellCommands(english).flat());
  for (const command of shellCommands(japanese).flat()) assert.ok(englishCommands.has(command), command);
});
