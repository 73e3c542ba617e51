import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RULES } from '../../validators/index.ts';
import { REQUIREMENTS } from '../../validators/requirements/checklist.ts';
import { SOURCE_USES } from '../../validators/requirements/source-uses.ts';
import { FACTS_CHECKED, SOURCES } from '../../validators/requirements/sources.ts';
import { COMPONENT_SOURCES, isSourceId, sourcesCitedIn } from '../../src/components/kb/citations.ts';
import { pageSlugs, pageText } from './content-files.ts';

const registered = new Set(RULES.map((rule) => rule.id));
const pages = pageSlugs();
/** Knowledge-base pages: the guides and the Sources page, both languages. */
const kbPages = pages.filter((slug) => /^(ja\/)?(guides\/|reference\/sources$)/.test(slug));

/** Rule ids written in `<RuleLinks ids={[...]} />` on a page. */
function ruleLinksIn(text: string): string[] {
  return [...text.matchAll(/<RuleLinks ids=\{\[([^\]]*)\]\}/g)].flatMap((match) => [...(match[1] ?? '').matchAll(/'([^']+)'/g)].map((id) => id[1] ?? ''));
}

describe('links to rules', () => {
  test('every rule a checklist requirement names is registered (a failure names the rule still to land)', () => {
    const missing = REQUIREMENTS.flatMap((requirement) => requirement.ruleIds.filter((id) => !registered.has(id)).map((id) => `${requirement.id} → ${id}`));
    assert.deepEqual(missing, []);
  });

  test('every rule a guide links to is registered', () => {
    const missing = kbPages.flatMap((slug) => ruleLinksIn(pageText(slug)).filter((id) => !registered.has(id)).map((id) => `${slug} → ${id}`));
    assert.deepEqual(missing, []);
  });

  test('the guides and checklists link to every route, NACL, security-group, management, directory, path and Windows rule', () => {
    const linked = new Set([...REQUIREMENTS.flatMap((requirement) => requirement.ruleIds), ...kbPages.flatMap((slug) => ruleLinksIn(pageText(slug)))]);
    const unlinked = RULES.filter((rule) => ['rt', 'nacl', 'sg', 'mgmt', 'dir', 'path', 'win'].includes(rule.category) && !linked.has(rule.id)).map((rule) => rule.id);
    assert.deepEqual(unlinked, []);
  });
});

describe('citations', () => {
  test('reads inline, list and data-component citations from MDX', () => {
    const mdx = [
      'Text <Cite id="ws-ports" /> and <Cite id={[\'vpc-nacls\', "ec2-ntp"]} />.',
      '<Sources ids={[\'ms-slmgr\']} />',
      '<PortTable list="ad-connector-minimum" />',
      '<Requirement id="req-time-001" />',
      '<Unrelated id="not-a-source" />',
    ].join('\n');
    assert.deepEqual(sourcesCitedIn(mdx), ['ws-ports', 'vpc-nacls', 'ec2-ntp', 'ms-slmgr', 'ds-ad-connector-prereq-archived', 'ms-w32time-tools']);
  });

  test('returns an unknown id as written, so a typo cannot pass silently', () => {
    assert.deepEqual(sourcesCitedIn('<Cite id="ws-port" />'), ['ws-port']);
    assert.equal(isSourceId('ws-port'), false);
  });

  test('every source a page cites is in the registry', () => {
    const unknown = pages.flatMap((slug) => sourcesCitedIn(pageText(slug)).filter((id) => !isSourceId(id)).map((id) => `${slug} → ${id}`));
    assert.deepEqual(unknown, []);
  });

  test('every source a knowledge-base page cites says what the site takes from it, in both languages', () => {
    const missing = [...new Set(kbPages.flatMap((slug) => sourcesCitedIn(pageText(slug))))].filter((id) => {
      const use = isSourceId(id) ? SOURCE_USES[id] : undefined;
      return !use?.takes.en || !use.takes.ja;
    });
    assert.deepEqual(missing, []);
  });

  test('every note on the Sources page belongs to a registered source', () => {
    assert.deepEqual(Object.keys(SOURCE_USES).filter((id) => !isSourceId(id)), []);
  });

  test('every data component used on a page has its sources declared', () => {
    const used = new Set(kbPages.flatMap((slug) => [...pageText(slug).matchAll(/^import (\w+) from '@components\/kb\/\w+\.astro';$/gm)].map((match) => match[1] ?? '')));
    const presentational = new Set(['Cite', 'Sources', 'Status', 'RuleLinks', 'InterfacesDiagram', 'StatelessReturnDiagram', 'ClientPathDiagram', 'ReferenceDesignDiagram', 'TimeHierarchyDiagram', 'DefenderUpdateFlowDiagram', 'SampleWalkthrough', 'SourceIndex', 'TimeUnconfirmedList', 'ManagementRangeLookup']);
    const undeclared = [...used].filter((name) => !presentational.has(name) && !(name in COMPONENT_SOURCES));
    assert.deepEqual(undeclared, []);
  });

  test('every source with a URL uses https', () => {
    const plain = Object.entries(SOURCES).filter(([, source]) => 'url' in source && !/^https:\/\//.test(source.url)).map(([id]) => id);
    assert.deepEqual(plain, []);
  });
});

describe('source dates and archived copies', () => {
  test('every source says on which day it was last read, none later than FACTS_CHECKED, and the latest is FACTS_CHECKED', () => {
    const dates = Object.entries(SOURCES).map(([id, source]): [string, string] => [id, source.checked]);
    assert.deepEqual(dates.filter(([, day]) => !/^\d{4}-\d{2}-\d{2}$/.test(day) || day > FACTS_CHECKED), []);
    assert.equal(dates.map(([, day]) => day).sort().at(-1), FACTS_CHECKED);
  });

  test('the sources do not all share one date: each keeps its own', () => {
    assert.ok(new Set(Object.values(SOURCES).map((source) => source.checked)).size > 1);
  });

  test('archived AWS guides are cited at their last public copy, except the copies kept to show a change', () => {
    const newest: Record<string, string> = {
      'amazon-workspaces-administration-guide': '75afab3fbc45c9d59723b66e5e79316cff854ce1',
      'aws-directory-service-admin-guide': '645284c76e0ee76501b2adbca1badfff4f490d30',
      'amazon-vpc-user-guide': 'a16ab76ed2f6b230672e98a0b2bfdab6d165ac4a',
    };
    const history = new Set(['ws-ports-archived', 'ws-ports-archived-early']);
    const older = Object.entries(SOURCES).flatMap(([id, source]) => {
      const match = 'url' in source ? /github\.com\/awsdocs\/([^/]+)\/blob\/([0-9a-f]{40})\//.exec(source.url) : null;
      return match && newest[match[1] ?? ''] !== match[2] && !history.has(id) ? [id] : [];
    });
    assert.deepEqual(older, []);
  });

  test('no source points at a retired Microsoft address (TechNet, MSDN blogs)', () => {
    const retired = Object.entries(SOURCES).filter(([, source]) => 'url' in source && /technet\.microsoft\.com|blogs\.msdn\.microsoft\.com/.test(source.url)).map(([id]) => id);
    assert.deepEqual(retired, []);
  });

  test('the hands-on report is cited by its address', () => {
    assert.equal(SOURCES['serverworks-closed-workspaces'].url, 'https://blog.serverworks.co.jp/Closed_WorkSpaces');
  });
});
