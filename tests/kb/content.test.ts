import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { REQUIREMENTS, requirementAnchor } from '../../validators/requirements/checklist.ts';
import { FACTS_CHECKED } from '../../validators/requirements/sources.ts';
import { frontmatterValue, pageSlugs, pageText } from './content-files.ts';

const stable = JSON.parse(readFileSync('tests/kb/stable-anchors.json', 'utf8')) as { pages: string[]; requirements: string[] };
const slugs = pageSlugs();
const english = slugs.filter((slug) => !slug.startsWith('ja/'));
const japanese = slugs.filter((slug) => slug.startsWith('ja/')).map((slug) => slug.slice(3));

describe('English and Japanese pages', () => {
  test('every English page has a Japanese twin with the same slug', () => {
    assert.deepEqual(english.filter((slug) => !japanese.includes(slug)), []);
  });

  test('every Japanese page has an English twin with the same slug', () => {
    assert.deepEqual(japanese.filter((slug) => !english.includes(slug)), []);
  });

  test('the Japanese landing page still says that facts come with their sources (出典)', () => {
    assert.match(pageText('ja/index'), /出典付きで説明します/);
  });
});

describe('permanent URLs and requirement anchors', () => {
  test('every page listed as permanent exists in both languages', () => {
    for (const slug of stable.pages) {
      assert.ok(english.includes(slug), `content/docs/${slug}.mdx is gone`);
      assert.ok(japanese.includes(slug), `content/docs/ja/${slug}.mdx is gone`);
    }
  });

  test('every requirement id listed as permanent is still in the checklist data', () => {
    const ids = new Set(REQUIREMENTS.map((requirement) => requirement.id));
    assert.deepEqual(stable.requirements.filter((id) => !ids.has(id)), []);
  });

  test('every requirement in the data is listed as permanent (add new ids to tests/kb/stable-anchors.json)', () => {
    assert.deepEqual(REQUIREMENTS.map((requirement) => requirement.id).filter((id) => !stable.requirements.includes(id)), []);
  });

  for (const lang of ['en', 'ja'] as const) {
    test(`the ${lang} checklists page renders every requirement, in data order, with its lower-case anchor`, () => {
      const text = pageText(lang === 'ja' ? 'ja/guides/checklists' : 'guides/checklists');
      const anchors = [...text.matchAll(/<Requirement id="([^"]+)"/g)].map((match) => match[1]);
      assert.deepEqual(anchors, REQUIREMENTS.map((requirement) => requirementAnchor(requirement.id)));
    });
  }

  test('requirement ids are unique, well formed and numbered per area without gaps', () => {
    const ids = REQUIREMENTS.map((requirement) => requirement.id);
    assert.equal(new Set(ids).size, ids.length);
    const perArea = new Map<string, number[]>();
    for (const requirement of REQUIREMENTS) {
      const match = /^REQ-([A-Z]+)-(\d{3})$/.exec(requirement.id);
      assert.ok(match, `${requirement.id} is not REQ-<AREA>-<NNN>`);
      assert.equal(match[1], requirement.area, `${requirement.id} is filed under ${requirement.area}`);
      perArea.set(requirement.area, [...(perArea.get(requirement.area) ?? []), Number(match[2])]);
    }
    for (const [area, numbers] of perArea) assert.deepEqual(numbers, numbers.map((_, index) => index + 1), `REQ-${area}-… skips or reorders a number`);
  });

  test('every requirement points to a guide that exists in both languages', () => {
    for (const requirement of REQUIREMENTS) {
      assert.ok(english.includes(requirement.guide) && japanese.includes(requirement.guide), `${requirement.id} → ${requirement.guide}`);
    }
  });
});

describe('guide pages', () => {
  const guides = ['overview', 'network-design', 'management-interface', 'directory', 'activation', 'time-sync', 'defender-updates', 'updates-and-software', 'vpc-endpoints', 'checklists', 'troubleshooting', 'client-access', 'cannot-be-closed', 'vpc-guardrails'];

  for (const lang of ['en', 'ja'] as const) {
    test(`${lang}: the guides are ordered in the sidebar as the issues list them (new guides after troubleshooting)`, () => {
      const orders = guides.map((guide) => Number(frontmatterValue(pageText(`${lang === 'ja' ? 'ja/' : ''}guides/${guide}`), 'order')));
      assert.deepEqual(orders, guides.map((_, index) => index + 1));
    });

    test(`${lang}: every knowledge-base page says when its facts were checked, and no date is later than the registry's`, () => {
      for (const slug of [...guides.map((guide) => `guides/${guide}`), 'reference/sources']) {
        const checked = frontmatterValue(pageText(`${lang === 'ja' ? 'ja/' : ''}${slug}`), 'factsChecked');
        assert.match(checked ?? '', /^\d{4}-\d{2}-\d{2}$/, `${slug} has no factsChecked`);
        assert.ok((checked ?? '') <= FACTS_CHECKED, `${slug} claims ${checked}, after FACTS_CHECKED ${FACTS_CHECKED}`);
      }
    });
  }
});
