import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { officeKmsAnswer } from '../../src/client/kb/office-kms-answer.ts';
import { lookupView } from '../../src/client/kb/management-lookup-view.ts';
import { format } from '../../src/client/format.ts';

const strings = {
  en: JSON.parse(readFileSync('content/i18n/en.json', 'utf8')) as Record<string, string>,
  ja: JSON.parse(readFileSync('content/i18n/ja.json', 'utf8')) as Record<string, string>,
};

/** The calculator's messages as its component hands them over (`kb.officeKms.notIpv4` → `notIpv4`). */
function messages(lang: 'en' | 'ja', prefix: string, rename: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(strings[lang])) {
    if (!key.startsWith(prefix)) continue;
    const name = key.slice(prefix.length);
    out[rename[name] ?? name] = value;
  }
  return out;
}

const officeMessages = (lang: 'en' | 'ja') => messages(lang, 'kb.officeKms.');
const lookupMessages = (lang: 'en' | 'ja') =>
  messages(lang, 'kb.lookup.', { 'use.candidate': 'useCandidate', 'use.always': 'useAlways', 'use.own': 'useOwn', 'use.unconfirmed': 'useUnconfirmed' });

describe('Office KMS calculator', () => {
  test('198.19.12.34 gives 198.19.64.250 on TCP 1688', () => {
    const answer = officeKmsAnswer('198.19.12.34', officeMessages('en'));
    assert.equal(answer.kind, 'result');
    assert.equal(answer.host, '198.19.64.250');
    assert.equal(answer.text, 'Office KMS host: 198.19.64.250 (TCP 1688)');
  });

  test('AWS’s own example, 192.168.3.5, gives 192.168.64.250', () => {
    assert.equal(officeKmsAnswer(' 192.168.3.5 ', officeMessages('ja')).host, '192.168.64.250');
  });

  for (const lang of ['en', 'ja'] as const) {
    test(`${lang}: an invalid address gets a message that quotes it and shows the expected form`, () => {
      const answer = officeKmsAnswer('198.19.300.1', officeMessages(lang));
      assert.equal(answer.kind, 'error');
      assert.ok(answer.text.includes('198.19.300.1'), answer.text);
      assert.ok(answer.text.includes('198.19.12.34'), answer.text);
    });

    test(`${lang}: an IPv6 address is told apart from a typo`, () => {
      const answer = officeKmsAnswer('fe80::1', officeMessages(lang));
      assert.equal(answer.kind, 'error');
      assert.equal(answer.text, format(strings[lang]['kb.officeKms.notIpv4'] ?? '', { value: 'fe80::1' }));
    });

    test(`${lang}: an address in the BYOL range points to the fixed BYOL host`, () => {
      const answer = officeKmsAnswer('54.239.225.10', officeMessages(lang));
      assert.ok(answer.hint?.includes('54.239.236.220'), answer.hint ?? 'no hint');
    });

    test(`${lang}: an address outside every management range gets a warning about the primary interface`, () => {
      assert.equal(officeKmsAnswer('203.0.113.7', officeMessages(lang)).hint, strings[lang]['kb.officeKms.hintOutside']);
    });
  }

  test('empty input asks for an address instead of reporting an error', () => {
    assert.deepEqual(officeKmsAnswer('   ', officeMessages('en')), { kind: 'empty', text: strings.en['kb.officeKms.empty'] });
  });
});

describe('management-range lookup view', () => {
  const labels = { regionName: 'Asia Pacific (Tokyo) (ap-northeast-1)', profileName: 'Public bundle, PCoIP' };

  for (const lang of ['en', 'ja'] as const) {
    test(`${lang}: every sentence it can show has all its placeholders filled`, () => {
      const forms = [
        { region: 'ap-northeast-1', profile: 'public-pcoip', pasted: '198.19.0.0/16', byolRange: '' },
        { region: 'us-east-1', profile: 'public-pcoip', pasted: '172.31.0.0/16\n10.0.0.300/8\n10.1.2.3', byolRange: '' },
        { region: 'ap-northeast-1', profile: 'public-dcv', pasted: '10.1.0.0/16 0.0.0.0/0 ::/0', byolRange: '' },
        { region: 'us-gov-west-1', profile: 'public-pcoip', pasted: '192.169.0.0/16', byolRange: '' },
        { region: 'us-east-1', profile: 'byol-dcv', pasted: '10.0.0.0/16', byolRange: 'nonsense' },
        { region: 'us-east-1', profile: 'pools', pasted: 'no cidr here 1.2.3', byolRange: '' },
        { region: 'us-east-1', profile: 'pools', pasted: '', byolRange: '' },
      ] as const;
      for (const form of forms) {
        const view = lookupView(form, lookupMessages(lang), labels);
        for (const text of [view.verdict.text, view.ranges, ...view.problems, ...view.rows.map((row) => row.text)]) {
          assert.doesNotMatch(text, /\{\w+\}/, `${JSON.stringify(form)}: ${text}`);
        }
        assert.ok(view.verdict.text.length > 0, JSON.stringify(form));
      }
    });
  }

  test('names the taken and the free candidates when registration still works', () => {
    const view = lookupView({ region: 'us-east-1', profile: 'public-pcoip', pasted: '192.168.0.0/24', byolRange: '' }, lookupMessages('en'), labels);
    assert.equal(view.verdict.kind, 'at-risk');
    assert.ok(view.verdict.text.includes('192.168.0.0/16 is overlapped'), view.verdict.text);
    assert.ok(view.verdict.text.includes('172.31.0.0/16, 198.19.0.0/16 is free'), view.verdict.text);
  });

  test('says which address and which always-used range collide for DCV', () => {
    const view = lookupView({ region: 'ap-northeast-1', profile: 'public-dcv', pasted: '10.1.0.0/16', byolRange: '' }, lookupMessages('ja'), labels);
    assert.equal(view.verdict.kind, 'conflict');
    assert.ok(view.verdict.text.includes('10.1.0.0/16 が 10.0.0.0/8 と重なっています'), view.verdict.text);
  });

  test('Japanese invalid input gets a Japanese message', () => {
    const view = lookupView({ region: 'ap-northeast-1', profile: 'public-pcoip', pasted: 'abc', byolRange: '' }, lookupMessages('ja'), labels);
    assert.equal(view.verdict.kind, 'error');
    assert.equal(view.verdict.text, strings.ja['kb.lookup.noCidr']);
  });
});
