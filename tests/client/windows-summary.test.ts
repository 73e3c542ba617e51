import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { windowsSummaries } from '../../src/client/windows-summary.ts';

const fixture = (name: string) => ({ name, text: readFileSync(`tests/fixtures/windows/${name}`, 'utf8') });

test('a healthy activation paste shows the licence status, the KMS host and the remaining days', () => {
  const [summary] = windowsSummaries([fixture('activation.en.healthy.constructed.txt')]);
  assert.ok(summary);
  const keys = summary.rows.map((row) => row.key);
  for (const key of ['license', 'kmsHost', 'remainingDays'] as const) assert.ok(keys.includes(key), `missing ${key}: ${JSON.stringify(summary.rows)}`);
  assert.match(summary.rows.find((row) => row.key === 'kmsHost')?.value ?? '', /:1688$/);
});

test('a time paste shows the time source, and JSON documents are not read as Windows text', () => {
  const summaries = windowsSummaries([fixture('time.en.broken.constructed.txt'), { name: 'route-tables.json', text: '{"RouteTables": []}' }]);
  assert.deepEqual(summaries.map((summary) => summary.file), ['time.en.broken.constructed.txt']);
  assert.ok(summaries[0]?.rows.some((row) => row.key === 'timeSource'));
});
