/** The command table of the "Verify from inside the WorkSpace" guide stays in step with the rules and the reader. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RULES } from '../../validators/index.ts';
import { COMMAND_GUIDE } from '../../validators/windows/commands.ts';
import { commandKind } from '../../validators/windows/read.ts';

test('every win-* rule about a command output is listed under a command of the guide', () => {
  const listed = new Set(COMMAND_GUIDE.flatMap((entry) => entry.rules));
  const missing = RULES.filter((rule) => rule.category === 'win' && rule.id !== 'win-output-recognised' && !listed.has(rule.id)).map((rule) => rule.id);
  assert.deepEqual(missing, []);
  for (const id of listed) assert.ok(RULES.some((rule) => rule.id === id), `${id} is not a registered rule`);
});

test('the reader recognises every command the guide tells people to run', () => {
  for (const entry of COMMAND_GUIDE) assert.ok(entry.kinds.includes(commandKind(entry.command) as never), `${entry.command} is read as ${String(commandKind(entry.command))}`);
});
