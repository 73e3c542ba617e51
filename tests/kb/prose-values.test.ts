import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as requirements from '../../validators/requirements/index.ts';
import { REQUIREMENTS } from '../../validators/requirements/checklist.ts';
import { SOURCE_USES } from '../../validators/requirements/source-uses.ts';
import { officeKmsHost, OFFICE_KMS_EXAMPLE } from '../../validators/requirements/activation.ts';
import { SECURITY_INTELLIGENCE_SHA2_ONLY_SINCE, SHARED_SECURITY_INTELLIGENCE } from '../../validators/requirements/defender.ts';
import { WSUS_PORTS } from '../../validators/requirements/ports.ts';
import { pageSlugs, pageText } from './content-files.ts';

const ADDRESS = /(?<![\w.:])(?:\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?|[0-9a-f]{0,4}(?::[0-9a-f]{0,4})*::[0-9a-f:]*(?:\/\d{1,3})?)(?!\w|\.\d)/gi;

/** Addresses and CIDRs written anywhere in a value of validators/requirements (deeply). */
function addressesIn(value: unknown, out = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (typeof value === 'string') for (const match of value.matchAll(ADDRESS)) out.add(match[0]);
  else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const child of Object.values(value)) addressesIn(child, out, seen);
  }
  return out;
}

/** Prose kept as data (checklist and Sources-page text) is checked like the pages, not trusted as data. */
const { REQUIREMENTS: _checklist, SOURCE_USES: _uses, ...facts } = requirements;
const DATA = addressesIn(facts);
const DATA_PROSE: [string, string][] = [
  ...REQUIREMENTS.flatMap((requirement): [string, string][] => [
    [requirement.id, requirement.title.en],
    [requirement.id, requirement.title.ja],
    [requirement.id, requirement.check?.en ?? ''],
    [requirement.id, requirement.check?.ja ?? ''],
  ]),
  ...Object.entries(SOURCE_USES).flatMap(([id, use]): [string, string][] => [
    [id, use?.takes.en ?? ''],
    [id, use?.takes.ja ?? ''],
    [id, use?.reread?.en ?? ''],
    [id, use?.reread?.ja ?? ''],
  ]),
];

/**
 * Values the guides may write without them being requirement data: route shapes that illustrate
 * a point, and the calculator's example with its answer.
 */
const EXAMPLES = new Map<string, string>([
  ['0.0.0.0/0', 'the IPv4 default route'],
  ['0.0.0.0/1', 'half of a split default route'],
  ['128.0.0.0/1', 'half of a split default route'],
  ['52.0.0.0/8', 'a partial default route'],
  ['::/0', 'the IPv6 default route'],
  ['198.19.12.34', 'the Office KMS calculator example'],
  [officeKmsHost('198.19.12.34').ok ? '198.19.64.250' : '', 'its answer, also the host the hands-on report observed'],
]);

/** Guide and Sources pages in both languages, without their frontmatter. */
const pages = pageSlugs().filter((slug) => /^(ja\/)?(guides\/|reference\/sources$)/.test(slug));

describe('addresses written in the guides', () => {
  test('every address or CIDR a guide, a checklist item or a source note writes is in validators/requirements or a named example', () => {
    const stray: string[] = [];
    for (const slug of pages) {
      const body = pageText(slug).replace(/^---[\s\S]*?---/, '');
      for (const match of body.matchAll(ADDRESS)) {
        if (!DATA.has(match[0]) && !EXAMPLES.has(match[0])) stray.push(`${slug}: ${match[0]}`);
      }
    }
    for (const [where, text] of DATA_PROSE) {
      for (const match of text.matchAll(ADDRESS)) {
        if (!DATA.has(match[0]) && !EXAMPLES.has(match[0])) stray.push(`${where}: ${match[0]}`);
      }
    }
    assert.deepEqual(stray, []);
  });

  test('the examples are really not requirement data (or they should be cited from it)', () => {
    assert.deepEqual([...EXAMPLES.keys()].filter((value) => DATA.has(value)), []);
  });

  test('the rule for Office KMS hosts reproduces the example on the WorkSpaces page', () => {
    assert.deepEqual(officeKmsHost(OFFICE_KMS_EXAMPLE.managementIp), { ok: true, host: OFFICE_KMS_EXAMPLE.host });
  });

  test('the scan sees the addresses it must see', () => {
    const found = [...'KMS 169.254.169.250/.251, 10.0.0.0/8, fd00:ec2::123 and ::/0; not v1.2.3.4.5'.matchAll(ADDRESS)].map((match) => match[0]);
    assert.deepEqual(found, ['169.254.169.250', '10.0.0.0/8', 'fd00:ec2::123', '::/0']);
  });
});

describe('values the guides write in prose, checked against the data', () => {
  const [year, month, day] = SECURITY_INTELLIGENCE_SHA2_ONLY_SINCE.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

  test('both Defender guides date SHA-2-only security intelligence as the data does', () => {
    assert.ok(pageText('guides/defender-updates').includes(`${day} ${months[(month ?? 1) - 1]} ${year}`));
    assert.ok(pageText('ja/guides/defender-updates').includes(`${year} 年 ${month} 月 ${day} 日`));
  });

  test('both Defender guides name the VDI preference and the example folder of the data', () => {
    for (const slug of ['guides/defender-updates', 'ja/guides/defender-updates']) {
      assert.ok(pageText(slug).includes(`-${SHARED_SECURITY_INTELLIGENCE.preference} `), slug);
      assert.ok(pageText(slug).includes(`\\${SHARED_SECURITY_INTELLIGENCE.exampleFolder}"`), slug);
    }
  });

  test('both update guides give the WSUS ports of the data', () => {
    for (const slug of ['guides/updates-and-software', 'ja/guides/updates-and-software']) {
      assert.match(pageText(slug), new RegExp(`TCP ${WSUS_PORTS.http}.*${WSUS_PORTS.https}`, 's'), slug);
    }
  });
});
