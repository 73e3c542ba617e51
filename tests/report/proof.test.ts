import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeMarkup, pathDiagram } from '../../validators/report/diagram.ts';
import { verdictHeadline, verdictTone } from '../../validators/report/labels.ts';
import { outlineProof } from '../../validators/report/proof-outline.ts';
import { closedAtRouteTable, droppedByAclDeny, IPV6_NONE, openThroughNat, proofOf, unverifiedNextHop } from '../fixtures/proofs.ts';

test('a closed verdict with errors is not told as plain success', () => {
  assert.equal(verdictTone('closed', 0), 'closed');
  assert.equal(verdictTone('closed', 2), 'closed-errors');
  assert.equal(verdictTone('open', 2), 'open');
  assert.equal(verdictHeadline('closed', 0, 'en'), 'Closed');
  assert.equal(verdictHeadline('closed', 1, 'en'), 'Closed to the internet, but 1 error breaks what the WorkSpaces need');
  assert.equal(verdictHeadline('closed', 1200, 'en'), 'Closed to the internet, but 1,200 errors break what the WorkSpaces need');
  assert.equal(verdictHeadline('closed', 3, 'ja'), 'インターネットには閉じていますが、WorkSpaces に必要な通信を妨げるエラーが 3 件あります');
  assert.equal(verdictHeadline('unverified', 3, 'ja'), '未確認');
});

test('a part closed at the route table reads as one branch dropped by the route table, with its line', () => {
  const [part] = outlineProof(proofOf([closedAtRouteTable]), 'en').parts;
  assert.ok(part);
  assert.equal(part.heading, 'IPv4 egress from subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002');
  assert.equal(part.verdictLabel, 'Closed');
  assert.equal(part.id, 'egress-4-subnet-0a1b2c3d4e5f60001');
  const [branch] = part.branches;
  assert.ok(branch);
  assert.equal(branch.target, 'no route');
  assert.equal(branch.outcomeLabel, 'dropped at the route table');
  assert.equal(branch.moreCidrs, '30 more blocks');
  assert.deepEqual(branch.routeAt, { file: 'route-tables.json', path: ['RouteTables', 0, 'Routes'], line: 12, column: 7 });
  assert.deepEqual(branch.steps.map((step) => [step.layerLabel, step.effectLabel]), [['Route table', 'drops']]);
});

test('an open part lists route, ACL allow entry and group rule in the order a packet meets them', () => {
  const [part] = outlineProof(proofOf([openThroughNat]), 'ja').parts;
  assert.ok(part);
  assert.equal(part.heading, 'subnet-0a1b2c3d4e5f60001 からの IPv4 送信');
  const [branch] = part.branches;
  assert.ok(branch);
  assert.equal(branch.target, 'nat-0e1f2a3b4c5d6e7f8');
  assert.equal(branch.outcomeLabel, '通過する');
  assert.deepEqual(
    branch.steps.map((step) => [step.layerLabel, step.at?.file, step.at?.line]),
    [
      ['ルートテーブル', 'route-tables.json', 79],
      ['ネットワーク ACL', 'network-acls.json', 22],
      ['セキュリティグループ', 'security-groups.json', 31],
    ],
  );
});

test('an unknown next hop is a step without a line, and the branch is unverified', () => {
  const [part] = outlineProof(proofOf([unverifiedNextHop]), 'en').parts;
  const branch = part?.branches[0];
  assert.equal(branch?.outcomeLabel, 'unverified');
  const hop = branch?.steps[1];
  assert.equal(hop?.layerLabel, 'Next hop');
  assert.equal(hop?.effectLabel, 'cannot tell');
  assert.equal(hop?.at, undefined);
});

test('a part dropped by ACL deny entries names the ACL as the dropping layer and lists every deny entry', () => {
  const [part] = outlineProof(proofOf([droppedByAclDeny]), 'en').parts;
  assert.equal(part?.heading, 'IPv4 ingress to subnet-0a1b2c3d4e5f60002');
  const branch = part?.branches[0];
  assert.equal(branch?.outcomeLabel, 'dropped at the network ACL');
  assert.deepEqual(branch?.steps.filter((step) => step.effect === 'deny').map((step) => step.at?.line), [48, 60]);
  assert.equal(branch?.moreCidrs, undefined);
});

test('two parts with the same first subnet, direction and family get distinct ids', () => {
  const ids = outlineProof(proofOf([openThroughNat, unverifiedNextHop]), 'en').parts.map((part) => part.id);
  assert.deepEqual(ids, ['egress-4-subnet-0a1b2c3d4e5f60001', 'egress-4-subnet-0a1b2c3d4e5f60001-2']);
});

test('VPCs and assumptions are outlined in the report language', () => {
  const outline = outlineProof(proofOf([closedAtRouteTable]), 'ja');
  assert.deepEqual(outline.vpcs, ['vpc-0c1a55ed0c1a55ed0 (10.0.0.0/16)、WorkSpaces の VPC: subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002']);
  assert.equal(outline.assumptions[0]?.layerLabel, '前提');
});

test('the diagram draws one lane per part and its text alternative reads the same chain', () => {
  const outline = outlineProof(proofOf([openThroughNat, droppedByAclDeny, unverifiedNextHop, IPV6_NONE]), 'en');
  const diagram = pathDiagram(outline, 'en', 'd1');
  assert.deepEqual(diagram.lines, [
    'IPv4 egress from subnet-0a1b2c3d4e5f60001: every public IPv4 address → nat-0e1f2a3b4c5d6e7f8 → open',
    'IPv4 ingress to subnet-0a1b2c3d4e5f60002: 52.95.0.0/16 → igw-0f1e2d3c4b5a69788 → dropped at the network ACL',
    'IPv4 egress from subnet-0a1b2c3d4e5f60001: every public IPv4 address → tgw-0123456789abcdef0 → unverified',
    'IPv6 egress from subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002: IPv6 egress from subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002: the subnets have no IPv6 CIDR → no IPv6 traffic.',
  ]);
  assert.match(diagram.svg, /^<svg [^>]*role="img" aria-labelledby="d1-title d1-desc"/);
  assert.equal((diagram.svg.match(/class="cw-edge cw-edge-open"/g) ?? []).length, 2);
  assert.equal((diagram.svg.match(/class="cw-edge cw-edge-dropped"/g) ?? []).length, 2);
  assert.equal((diagram.svg.match(/class="cw-edge cw-edge-unverified"/g) ?? []).length, 2);
  assert.match(diagram.svg, /class="cw-box cw-route cw-linked" data-file="route-tables.json" data-line="79" data-column="9" data-path="\[&quot;RouteTables&quot;,0,&quot;Routes&quot;,1\]"/);
  assert.match(diagram.svg, /class="cw-box cw-hop cw-hop-dropped cw-linked" data-file="network-acls.json" data-line="60"/);
  assert.match(diagram.svg, /marker-end="url\(#d1-arrow-open\)"/);
});

test('the diagram escapes every value from the inputs', () => {
  const hostile = { ...openThroughNat, subnetIds: ['subnet-<script>"x"&'] };
  const svg = pathDiagram(outlineProof(proofOf([hostile]), 'en'), 'en').svg;
  assert.ok(!svg.includes('<script>'));
  assert.ok(svg.includes('subnet-&lt;script&gt;&quot;x&quot;&amp;'));
  assert.equal(escapeMarkup(`a<b>&"c'`), 'a&lt;b&gt;&amp;&quot;c&#39;');
});

test('long values are cut to the box with an ellipsis and kept whole in its title', () => {
  const long = { ...openThroughNat, branches: [{ ...openThroughNat.branches[0]!, addresses: '52.0.0.0/8, 54.0.0.0/8, 3.0.0.0/8, 13.0.0.0/8 and 18 more blocks' }] };
  const svg = pathDiagram(outlineProof(proofOf([long]), 'en'), 'en').svg;
  assert.match(svg, /<text [^>]*class="cw-box-text">52\.0\.0\.0\/8, 54\.0\.0\.0\/8, 3\.0\.…<\/text>/);
  assert.match(svg, /<title>52\.0\.0\.0\/8, 54\.0\.0\.0\/8, 3\.0\.0\.0\/8, 13\.0\.0\.0\/8 and 18 more blocks; 0\.0\.0\.0\/0 → nat-/);
});

test('every gallery example gets a diagram in both languages: a lane per proof part, and every hop of its chains drawn and told', async () => {
  const { readFileSync } = await import('node:fs');
  const { validate } = await import('../../validators/index.ts');
  const index = JSON.parse(readFileSync('public/samples/index.json', 'utf8')) as { samples: { id: string; context: Record<string, unknown>; documents: { name: string; path: string }[] }[] };
  assert.ok(index.samples.length >= 30);
  let drawnHops = 0;
  for (const sample of index.samples) {
    const documents = sample.documents.map((document) => ({ name: document.name, text: readFileSync(`public/samples/${document.path}`, 'utf8') }));
    for (const lang of ['en', 'ja'] as const) {
      const report = validate(documents, sample.context, { lang });
      const outline = outlineProof(report.proof, lang);
      const diagram = pathDiagram(outline, lang, `d-${sample.id}`);
      assert.match(diagram.svg, /^<svg[\s\S]*<\/svg>$/, `${sample.id} (${lang}): an SVG`);
      for (const part of outline.parts) assert.ok(diagram.svg.includes(`>${escapeMarkup(`${part.heading} — ${part.verdictLabel}`)}</text>`), `${sample.id} (${lang}): a lane for ${part.heading}`);
      for (const part of report.proof.parts) {
        for (const branch of part.branches) {
          const hops = branch.hops ?? [];
          // A long chain folds its middle hops into one box; its first and last are always drawn.
          for (const hop of [hops[0], hops.at(-1)]) if (hop) assert.ok(diagram.svg.includes(escapeMarkup(hop.id)), `${sample.id} (${lang}): hop ${hop.id} is drawn`);
          for (const hop of hops) assert.ok(diagram.lines.some((line) => line.includes(hop.id)), `${sample.id} (${lang}): hop ${hop.id} is in the text alternative`);
          drawnHops += hops.length;
        }
      }
    }
  }
  assert.ok(drawnHops > 20, 'the transit gateway and NAT gateway examples have chains of hops');
});
