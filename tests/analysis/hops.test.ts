/**
 * The hop semantics one case at a time: NAT gateways public and private, internet gateways that
 * are not attached, Block Public Access and its exclusions, transit gateway route tables, loops and
 * what the inputs lack. Kinds whose readers are not on this branch yet (describe-nat-gateways,
 * describe-internet-gateways, Block Public Access) are put into the model the way they fill it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Analysis } from '../../validators/analysis/analysis.ts';
import { readDocuments } from '../../validators/input/read.ts';
import type { Resources } from '../../validators/model.ts';
import { RULES, validate } from '../../validators/index.ts';
import { pathDiagram } from '../../validators/report/diagram.ts';
import { outlineProof } from '../../validators/report/proof-outline.ts';
import type { Context } from '../../validators/types.ts';
import { SAMPLES } from '../../samples/build.ts';
import { formatProof } from '../../validators/cli.ts';

const VPC = 'vpc-0a1b2c3d4e5f60000';
const WS = 'subnet-0a1b2c3d4e5f60001';
const PUBLIC = 'subnet-0a1b2c3d4e5f60002';
const NAT = 'nat-0a1b2c3d4e5f60009';
const IGW = 'igw-0a1b2c3d4e5f60008';
const at = (file: string) => ({ file, path: [] });

const table = (id: string, subnets: string[], routes: Record<string, unknown>[]) => ({
  RouteTableId: id,
  VpcId: VPC,
  Associations: subnets.map((subnet) => ({ Main: false, RouteTableId: id, SubnetId: subnet })),
  Routes: [{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active' }, ...routes],
});

/** A WorkSpaces subnet with a default route to a NAT gateway in a public subnet, whose default route goes to an internet gateway; ACLs and groups open. */
function natDesign(): { name: string; text: string }[] {
  return [
    { name: 'vpcs.json', text: JSON.stringify({ Vpcs: [{ VpcId: VPC, CidrBlock: '10.0.0.0/16' }] }) },
    { name: 'subnets.json', text: JSON.stringify({ Subnets: [{ SubnetId: WS, VpcId: VPC, CidrBlock: '10.0.1.0/24' }, { SubnetId: PUBLIC, VpcId: VPC, CidrBlock: '10.0.2.0/24' }] }) },
    {
      name: 'route-tables.json',
      text: JSON.stringify({
        RouteTables: [table('rtb-0a1b2c3d4e5f60003', [WS], [{ DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: NAT, State: 'active' }]), table('rtb-0a1b2c3d4e5f60004', [PUBLIC], [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: IGW, State: 'active' }])],
      }),
    },
    {
      name: 'security-groups.json',
      text: JSON.stringify({ SecurityGroups: [{ GroupId: 'sg-0a1b2c3d4e5f60005', GroupName: 'd-1_workspacesMembers', VpcId: VPC, IpPermissions: [], IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }] }),
    },
  ];
}

function analyse(documents: { name: string; text: string }[], fill: (resources: Resources) => void, context: Context = { workspacesSubnetIds: [WS] }) {
  const { resources, problems } = readDocuments(documents);
  fill(resources);
  return new Analysis(resources, problems, context).path();
}

const nat = (connectivity?: 'public' | 'private', subnetId = PUBLIC) => (resources: Resources) =>
  resources.natGateways.push({ id: NAT, vpcId: VPC, subnetId, privateIps: ['10.0.2.10'], at: at('nat-gateways.json'), ...(connectivity ? { connectivity } : {}) });
const egress4 = (path: ReturnType<typeof analyse>) => path.parts.find((part) => part.direction === 'egress' && part.family === 4);

describe('NAT gateways', () => {
  test('a public NAT gateway whose subnet routes to an internet gateway is open, the chain shown hop by hop', () => {
    const path = analyse(natDesign(), nat('public'));
    assert.equal(path.verdict, 'open');
    const branch = egress4(path)?.branches.find((candidate) => candidate.outcome === 'open');
    assert.deepEqual(branch?.hops?.map((hop) => hop.kind), ['nat-gateway', 'subnet', 'internet-gateway']);
  });

  test('a private NAT gateway’s default route to an internet gateway is dropped there: closed', () => {
    const path = analyse(natDesign(), nat('private'));
    assert.equal(path.verdict, 'closed');
    const branch = egress4(path)?.branches[0];
    assert.equal(branch?.droppedBy, 'next-hop');
    assert.match(branch?.steps.at(-1)?.text.en ?? '', /drops traffic routed to it from the private NAT gateway nat-0a1b2c3d4e5f60009/);
  });

  test('a NAT gateway the inputs do not describe is taken as public, and the proof says so', () => {
    const path = analyse(natDesign(), () => {});
    assert.equal(path.verdict, 'open');
    assert.ok(path.assumptions.some((assumption) => assumption.key === `nat-undescribed:${NAT}`));
  });

  test('a route to a NAT gateway described as private is no internet exit for rt-internet-route', () => {
    const exits = (connectivity: 'public' | 'private') => {
      const { resources, problems } = readDocuments(natDesign());
      nat(connectivity)(resources);
      const analysis = new Analysis(resources, problems, { workspacesSubnetIds: [WS] });
      return (RULES.find((rule) => rule.id === 'rt-internet-route')?.check(analysis) ?? []).map((report) => report.data?.table);
    };
    assert.deepEqual(exits('public'), ['rtb-0a1b2c3d4e5f60003']);
    assert.deepEqual(exits('private'), []);
  });

  test('a private NAT gateway whose subnet’s route table is not given is unverified, naming that subnet', () => {
    const documents = natDesign().map((document) => (document.name === 'route-tables.json' ? { ...document, text: JSON.stringify({ RouteTables: [table('rtb-0a1b2c3d4e5f60003', [WS], [{ DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: NAT, State: 'active' }])] }) } : document));
    const path = analyse(documents, nat('private'));
    assert.equal(path.verdict, 'unverified');
    assert.match(path.unverified[0]?.missing?.en ?? '', /the route table of subnet-0a1b2c3d4e5f60002/);
  });
});

describe('internet gateways and Block Public Access', () => {
  const igw = (attachedTo: string[]) => (resources: Resources) => resources.internetGateways.push({ id: IGW, attachments: attachedTo.map((vpcId) => ({ vpcId, at: at('internet-gateways.json') })), at: at('internet-gateways.json') });
  const bpa = (mode: 'block-bidirectional' | 'block-ingress', exclusions: { resourceId: string; mode: string }[] = [], given = true) => (resources: Resources) => {
    resources.blockPublicAccessOptions.push({ mode, state: 'update-complete', at: at('bpa.json') });
    exclusions.forEach((exclusion, index) => resources.blockPublicAccessExclusions.push({ id: `vpcbpa-exclude-0${index}`, ...exclusion, resourceKind: exclusion.resourceId.startsWith('vpc-') ? 'vpc' : 'subnet', state: 'create-complete', at: at('bpa-exclusions.json') }));
    if (given) resources.documents.push({ name: 'bpa-exclusions.json', kinds: ['VpcBlockPublicAccessExclusions'] });
  };
  const both = (...fills: ((resources: Resources) => void)[]) => (resources: Resources) => fills.forEach((fill) => fill(resources));

  test('an internet gateway that is not attached to the VPC forwards nothing: closed', () => {
    const path = analyse(natDesign(), both(nat('public'), igw(['vpc-0ffffffffffffffff'])));
    assert.equal(path.verdict, 'closed');
    assert.equal(egress4(path)?.branches[0]?.droppedBy, 'next-hop');
  });

  test('block-bidirectional drops a NAT gateway’s traffic through the internet gateway, Block Public Access named as the deciding layer', () => {
    const path = analyse(natDesign(), both(nat('public'), bpa('block-bidirectional')));
    assert.equal(path.verdict, 'closed');
    assert.equal(egress4(path)?.branches[0]?.droppedBy, 'block-public-access');
  });

  test('block-ingress lets a NAT gateway’s outbound traffic through', () => {
    assert.equal(analyse(natDesign(), both(nat('public'), bpa('block-ingress'))).verdict, 'open');
  });

  test('an exclusion of the NAT gateway’s subnet lets it through again', () => {
    assert.equal(analyse(natDesign(), both(nat('public'), bpa('block-bidirectional', [{ resourceId: PUBLIC, mode: 'allow-egress' }]))).verdict, 'open');
  });

  test('block-bidirectional without the exclusions document is unverified, not closed: an exclusion may exist', () => {
    const path = analyse(natDesign(), both(nat('public'), bpa('block-bidirectional', [], false)));
    assert.equal(path.verdict, 'unverified');
    assert.match(path.unverified[0]?.missing?.en ?? '', /describe-vpc-block-public-access-exclusions/);
  });

  test('a mode still being updated proves nothing', () => {
    const path = analyse(natDesign(), both(nat('public'), (resources) => resources.blockPublicAccessOptions.push({ mode: 'block-bidirectional', state: 'update-in-progress', at: at('bpa.json') }), (resources) => resources.documents.push({ name: 'x.json', kinds: ['VpcBlockPublicAccessExclusions'] })));
    assert.equal(path.verdict, 'open');
  });

  test('block-ingress drops unsolicited inbound packets through an internet gateway; allow-egress exclusions do not exempt them', () => {
    const documents = [
      { name: 'subnets.json', text: JSON.stringify({ Subnets: [{ SubnetId: WS, VpcId: VPC, CidrBlock: '10.0.1.0/24' }] }) },
      { name: 'route-tables.json', text: JSON.stringify({ RouteTables: [table('rtb-0a1b2c3d4e5f60003', [WS], [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: IGW, State: 'active' }])] }) },
      { name: 'security-groups.json', text: JSON.stringify({ SecurityGroups: [{ GroupId: 'sg-0a1b2c3d4e5f60005', GroupName: 'd-1_workspacesMembers', VpcId: VPC, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }], IpPermissionsEgress: [] }] }) },
    ];
    assert.equal(analyse(documents, () => {}).verdict, 'open');
    const blocked = analyse(documents, bpa('block-ingress', [{ resourceId: WS, mode: 'allow-egress' }]));
    assert.equal(blocked.verdict, 'closed');
    assert.equal(blocked.parts.find((part) => part.direction === 'ingress' && part.family === 4)?.branches[0]?.droppedBy, 'block-public-access');
    assert.equal(analyse(documents, bpa('block-ingress', [{ resourceId: WS, mode: 'allow-bidirectional' }])).verdict, 'open');
  });
});

describe('transit gateways', () => {
  const sample = (id: string) => {
    const found = SAMPLES.find((candidate) => candidate.id === id);
    assert.ok(found);
    return { documents: found.documents.map((document) => ({ name: document.name, text: JSON.stringify(document.content, null, 4) })), context: found.context };
  };

  test('centralized egress: the proof shows the chain from the WorkSpaces route through the transit gateway route table into the egress VPC, each hop at its line', () => {
    const { documents, context } = sample('tgw-centralized-egress');
    const report = validate(documents, context);
    const branch = report.proof.parts.find((part) => part.direction === 'egress' && part.family === 4)?.branches.find((candidate) => candidate.outcome === 'open');
    assert.deepEqual(branch?.hops?.map((hop) => hop.kind), ['transit-gateway', 'transit-gateway-attachment', 'subnet', 'transit-gateway-route-table', 'transit-gateway-attachment', 'subnet', 'nat-gateway', 'subnet', 'internet-gateway']);
    const nat = branch?.hops?.[6];
    assert.equal(nat?.file, 'nat-gateways.json');
    assert.ok((nat?.line ?? 0) > 1);
    const igw = branch?.hops?.[8];
    assert.equal(igw?.file, 'internet-gateways.json');
    const rtb = branch?.hops?.[3];
    assert.equal(rtb?.id, 'tgw-rtb-0c1a55ed0c1a55ed2');
    assert.equal(rtb?.file, 'transit-gateway-route-tables.json');
    const tgwRoute = branch?.steps.find((step) => step.layer === 'transit-gateway');
    assert.equal(tgwRoute?.hop, 3);
    assert.equal(tgwRoute?.file, 'tgw-rtb-0c1a55ed0c1a55ed2.json');
    assert.ok((tgwRoute?.line ?? 0) > 1);
    const finding = report.findings.find((candidate) => candidate.ruleId === 'path-internet-reachable');
    assert.equal(finding?.messageId, 'egressChain');
    assert.match(finding?.message ?? '', /tgw-rtb-0c1a55ed0c1a55ed2 → tgw-attach-0e9e55e9e55e9e554 \(vpc-0e9e55e9e55e9e550\)/);
  });

  test('the egress VPC’s transit gateway subnet ACL that denies: closed at the network ACL, the deciding entry at its line', () => {
    const { documents, context } = sample('tgw-egress-acl-denies');
    const report = validate(documents, context);
    assert.equal(report.verdict, 'closed');
    const branch = report.proof.parts.find((part) => part.direction === 'egress' && part.family === 4)?.branches.find((candidate) => (candidate.hops ?? []).some((hop) => hop.kind === 'subnet' && hop.vpcId === 'vpc-0e9e55e9e55e9e550'));
    assert.equal(branch?.droppedBy, 'nacl');
    assert.ok(branch?.steps.some((step) => step.layer === 'nacl' && step.effect === 'deny' && step.file === 'network-acls.json'));
  });

  test('a blackhole default route in the transit gateway route table: closed there', () => {
    const { documents, context } = sample('tgw-blackhole-default');
    const report = validate(documents, context);
    assert.equal(report.verdict, 'closed');
    assert.ok(report.proof.parts.some((part) => part.branches.some((branch) => branch.droppedBy === 'transit-gateway')));
  });

  test('a default route to a VPN attachment names the VPN; closedTargets settles it', () => {
    const { documents, context } = sample('tgw-vpn-default');
    const report = validate(documents, context);
    const finding = report.findings.find((candidate) => candidate.ruleId === 'path-unverified');
    assert.equal(finding?.messageId, 'downstream-next-hop');
    assert.match(finding?.message ?? '', /vpn-0b0b0b0b0b0b0b0b6/);
    assert.equal(validate(documents, { ...context, closedTargets: ['tgw-attach-0b0b0b0b0b0b0b0b5'] }).verdict, 'closed');
    assert.equal(validate(documents, { ...context, closedTargets: ['vpn-0b0b0b0b0b0b0b0b6'] }).verdict, 'closed');
  });

  test('a blackhole default route beside routes a VPN propagates is unverified, naming the VPN attachment at the propagated route', () => {
    const { documents, context } = sample('tgw-vpn-propagated');
    const report = validate(documents, context);
    assert.equal(report.verdict, 'unverified');
    const finding = report.findings.find((candidate) => candidate.ruleId === 'path-unverified');
    assert.equal(finding?.messageId, 'downstream-propagation');
    assert.match(finding?.message ?? '', /tgw-rtb-0c1a55ed0c1a55ed2 takes the routes that attachment tgw-attach-0b0b0b0b0b0b0b0b5 \(VPN vpn-0b0b0b0b0b0b0b0b6\) propagates \(192\.168\.0\.0\/16 today\)/);
    assert.match(finding?.message ?? '', /List tgw-attach-0b0b0b0b0b0b0b0b5 in closedTargets/);
    assert.equal(finding?.file, 'tgw-rtb-0c1a55ed0c1a55ed2.json');
    assert.deepEqual(finding?.path, ['Routes', 2]);
    // The blackhole still drops what is routed today; the propagation is a second way, ending at the VPN.
    const branches = report.proof.parts.find((part) => part.direction === 'egress' && part.family === 4)?.branches ?? [];
    assert.ok(branches.some((branch) => branch.droppedBy === 'transit-gateway'));
    const captured = branches.find((branch) => branch.outcome === 'unverified');
    assert.equal(captured?.hops?.at(-1)?.id, 'tgw-attach-0b0b0b0b0b0b0b0b5');
    assert.ok(captured?.steps.some((step) => step.layer === 'transit-gateway' && step.effect === 'unknown' && step.file === 'tgw-rtb-0c1a55ed0c1a55ed2.json'));
  });

  test('a VPN attached to the transit gateway that propagates no route into the table today is weighed too: its propagation may be enabled', () => {
    const { documents, context } = sample('tgw-blackhole-default');
    const withVpn = (state: string) =>
      documents.map((document) => {
        if (document.name !== 'transit-gateway-attachments.json') return document;
        const output = JSON.parse(document.text) as { TransitGatewayAttachments: { TransitGatewayId: string }[] };
        const tgw = output.TransitGatewayAttachments[0]?.TransitGatewayId as string;
        const vpn = { TransitGatewayAttachmentId: 'tgw-attach-0d0d0d0d0d0d0d0d9', TransitGatewayId: tgw, TransitGatewayOwnerId: '123456789012', ResourceOwnerId: '123456789012', ResourceType: 'vpn', ResourceId: 'vpn-0d0d0d0d0d0d0d0da', State: state };
        return { ...document, text: JSON.stringify({ TransitGatewayAttachments: [...output.TransitGatewayAttachments, vpn] }, null, 4) };
      });
    const report = validate(withVpn('available'), context);
    assert.equal(report.verdict, 'unverified');
    const finding = report.findings.find((candidate) => candidate.ruleId === 'path-unverified');
    assert.equal(finding?.messageId, 'downstream-attached');
    assert.match(finding?.message ?? '', /attachment tgw-attach-0d0d0d0d0d0d0d0d9 \(VPN vpn-0d0d0d0d0d0d0d0da\) is attached to the same transit gateway/);
    assert.equal(finding?.file, 'transit-gateway-attachments.json');
    assert.equal(validate(withVpn('available'), { ...context, closedTargets: ['vpn-0d0d0d0d0d0d0d0da'] }).verdict, 'closed');
    assert.equal(validate(withVpn('deleted'), context).verdict, 'closed', 'a deleted attachment propagates nothing');
  });

  test('the VPN attachment or the VPN itself in closedTargets closes it, and the proof says the assertion was used', () => {
    const { documents, context } = sample('tgw-vpn-propagated');
    for (const closed of ['tgw-attach-0b0b0b0b0b0b0b0b5', 'vpn-0b0b0b0b0b0b0b0b6']) {
      const report = validate(documents, { ...context, closedTargets: [closed] });
      assert.equal(report.verdict, 'closed', closed);
      assert.ok(report.proof.assumptions.some((assumption) => assumption.text.includes(`${closed} is listed in closedTargets`)), closed);
      const branches = report.proof.parts.find((part) => part.direction === 'egress' && part.family === 4)?.branches ?? [];
      assert.ok(branches.some((branch) => branch.droppedBy === 'assumption' && branch.hops?.at(-1)?.id === 'tgw-attach-0b0b0b0b0b0b0b0b5'), closed);
    }
  });

  /** The propagated sample with the WorkSpaces routing only `destination` to the transit gateway and `extra` routes added to its table. */
  const narrowed = (destination: string, extra: Record<string, unknown>[]) => {
    const { documents, context } = sample('tgw-vpn-propagated');
    let moved = 0;
    const changed = documents.map((document) => {
      if (document.name === 'route-tables.json') {
        const tables = JSON.parse(document.text) as { RouteTables: { RouteTableId: string; Routes: Record<string, unknown>[] }[] };
        for (const route of tables.RouteTables.find((candidate) => candidate.RouteTableId === 'rtb-0f00d5a1e0c1a5ed0')?.Routes ?? []) {
          if (route.TransitGatewayId === undefined) continue;
          route.DestinationCidrBlock = destination;
          moved++;
        }
        return { ...document, text: JSON.stringify(tables, null, 4) };
      }
      if (document.name !== 'tgw-rtb-0c1a55ed0c1a55ed2.json') return document;
      const routes = JSON.parse(document.text) as { Routes: unknown[] };
      return { ...document, text: JSON.stringify({ ...routes, Routes: [...routes.Routes, ...extra] }, null, 4) };
    });
    assert.equal(moved, 1);
    return validate(changed, context);
  };

  test('only a static route of the full-length prefix keeps an address from a propagated one: a static blackhole /32 closes it', () => {
    assert.equal(narrowed('8.8.8.8/32', []).verdict, 'unverified');
    assert.equal(narrowed('8.8.8.8/32', [{ DestinationCidrBlock: '8.8.8.8/32', Type: 'static', State: 'blackhole' }]).verdict, 'closed');
  });

  test('a static route shorter than the full length does not: the VPN may advertise a longer prefix, so 8.8.8.0/24 and 8.8.8.8/31 blackholes stay unverified', () => {
    assert.equal(narrowed('8.8.8.8/32', [{ DestinationCidrBlock: '8.8.8.0/24', Type: 'static', State: 'blackhole' }, { DestinationCidrBlock: '8.8.8.8/31', Type: 'static', State: 'blackhole' }]).verdict, 'unverified');
  });

  test('a propagated host route does not hold its address from the VPN: only a static or prefix-list route of the full-length prefix does', () => {
    const propagated = { DestinationCidrBlock: '8.8.8.8/32', TransitGatewayAttachments: [{ ResourceId: 'vpc-0e9e55e9e55e9e550', TransitGatewayAttachmentId: 'tgw-attach-0e9e55e9e55e9e554', ResourceType: 'vpc' }], Type: 'propagated', State: 'active' };
    const finding = narrowed('8.8.8.8/32', [propagated]).findings.find((candidate) => candidate.ruleId === 'path-unverified' && candidate.messageId === 'downstream-propagation');
    assert.ok(finding);
  });

  test('routes a VPC attachment propagates are bounded by its VPC: beside a blackhole default they leave it closed', () => {
    const { documents, context } = sample('tgw-blackhole-default');
    assert.ok(documents.find((document) => document.name === 'tgw-rtb-0c1a55ed0c1a55ed2.json')?.text.includes('"propagated"'));
    assert.equal(validate(documents, context).verdict, 'closed');
  });

  test('an inspection VPC names the firewall endpoint', () => {
    const { documents, context } = sample('tgw-inspection-firewall');
    const finding = validate(documents, context).findings.find((candidate) => candidate.ruleId === 'path-unverified');
    assert.match(finding?.message ?? '', /Gateway Load Balancer endpoint vpce-0f1e2d3c4b5a69788/);
  });

  test('without the routes of the associated table the path is unverified, naming search-transit-gateway-routes', () => {
    const { documents, context } = sample('tgw-centralized-egress');
    const report = validate(documents.filter((document) => document.name !== 'tgw-rtb-0c1a55ed0c1a55ed2.json'), context);
    assert.equal(report.verdict, 'unverified');
    const finding = report.findings.find((candidate) => candidate.ruleId === 'path-unverified');
    assert.equal(finding?.messageId, 'downstream-input');
    assert.match(finding?.message ?? '', /routes of tgw-rtb-0c1a55ed0c1a55ed2 are not in the inputs \(search-transit-gateway-routes\)/);
  });

  test('AdditionalRoutesAvailable makes the table incomplete: unverified where it matters', () => {
    const { documents, context } = sample('tgw-blackhole-default');
    const cut = documents.map((document) => (document.name === 'tgw-rtb-0c1a55ed0c1a55ed2.json' ? { ...document, text: document.text.replace('"AdditionalRoutesAvailable": false', '"AdditionalRoutesAvailable": true') } : document));
    assert.equal(validate(cut, context).verdict, 'unverified');
  });

  test('without transit gateway documents a default route to a transit gateway stays unverified, naming it, as before', () => {
    const { documents, context } = sample('tgw-centralized-egress');
    const report = validate(documents.filter((document) => !document.name.startsWith('transit-gateway') && !document.name.startsWith('tgw-rtb')), context);
    assert.equal(report.verdict, 'unverified');
    const finding = report.findings.find((candidate) => candidate.ruleId === 'path-unverified');
    assert.equal(finding?.messageId, 'next-hop');
    assert.ok(report.findings.some((candidate) => candidate.ruleId === 'rt-unknown-next-hop'));
  });

  test('a route back to the table a packet came through ends as dropped with a path-routing-loop finding', () => {
    const { documents, context } = sample('tgw-centralized-egress');
    // The spoke's table sends the default route back to the spoke, whose transit gateway subnets send it to the transit gateway again.
    const looped = documents.map((document) => {
      if (document.name === 'tgw-rtb-0c1a55ed0c1a55ed2.json') return { ...document, text: document.text.replaceAll('tgw-attach-0e9e55e9e55e9e554', 'tgw-attach-0c1a55ed0c1a55ed1').replaceAll('vpc-0e9e55e9e55e9e550', 'vpc-0c1a55ed0c1a55ed0') };
      if (document.name !== 'route-tables.json') return document;
      const content = JSON.parse(document.text) as { RouteTables: { RouteTableId: string; Routes: unknown[] }[] };
      content.RouteTables.find((candidate) => candidate.RouteTableId === 'rtb-0e1e2e3e4e5e60010')?.Routes.push({ DestinationCidrBlock: '0.0.0.0/0', TransitGatewayId: 'tgw-0a7a6a5a4a3a2a1a0', State: 'active' });
      return { ...document, text: JSON.stringify(content, null, 4) };
    });
    const report = validate(looped, context);
    assert.equal(report.verdict, 'closed');
    assert.ok(report.findings.some((candidate) => candidate.ruleId === 'path-routing-loop'));
  });

  test('the CLI prints a followed chain after the route’s next hop', () => {
    const { documents, context } = sample('tgw-centralized-egress');
    const lines = formatProof(validate(documents, context).proof, 'en', true);
    assert.ok(lines.some((line) => line.includes('transit-gateway tgw-0a7a6a5a4a3a2a1a0 → tgw-attach-0c1a55ed0c1a55ed1 → subnet-0e1e2e3e4e5e60011 → tgw-rtb-0c1a55ed0c1a55ed2')), lines.join('\n'));
  });

  test('the diagram draws each hop as a box linked to its line, in the chain’s order', () => {
    const { documents, context } = sample('tgw-centralized-egress');
    const outline = outlineProof(validate(documents, context).proof, 'en');
    const diagram = pathDiagram(outline, 'en', 'tgw');
    const line = diagram.lines.find((candidate) => candidate.includes('tgw-rtb-0c1a55ed0c1a55ed2') && candidate.endsWith('open'));
    assert.ok(line?.includes('tgw-0a7a6a5a4a3a2a1a0 → tgw-attach-0c1a55ed0c1a55ed1 → subnet-0e1e2e3e4e5e60011 → tgw-rtb-0c1a55ed0c1a55ed2'), line ?? 'no such line');
    assert.match(diagram.svg, /class="cw-box cw-hop-mid cw-linked" data-file="transit-gateway-route-tables.json"/);
    assert.ok(diagram.width > 1200);
  });
});

describe('gateway examples of the gallery', () => {
  const run = (id: string) => {
    const found = SAMPLES.find((candidate) => candidate.id === id);
    assert.ok(found);
    return validate(
      found.documents.map((document) => ({ name: document.name, text: JSON.stringify(document.content, null, 4) })),
      found.context,
    );
  };
  const egressBranches = (report: ReturnType<typeof validate>) => report.proof.parts.filter((part) => part.direction === 'egress' && part.family === 4).flatMap((part) => part.branches.map((branch) => ({ subnets: part.subnetIds, branch })));

  test('a private NAT gateway whose subnet routes to the internet gateway: closed where the internet gateway drops it, the chain shown', () => {
    const report = run('private-nat-default-route');
    assert.equal(report.verdict, 'closed');
    const branches = egressBranches(report);
    assert.ok(branches.length > 0);
    for (const { branch } of branches) {
      assert.equal(branch.droppedBy, 'next-hop');
      assert.deepEqual(branch.hops?.map((hop) => hop.kind), ['nat-gateway', 'subnet', 'internet-gateway']);
      assert.equal(branch.hops?.[0]?.file, 'nat-gateways.json');
      assert.match(branch.steps.at(-1)?.text ?? '', /private NAT gateway nat-0b9a0b9a0b9a00005/);
    }
  });

  test('block-bidirectional with no exclusion: closed, Block Public Access the deciding layer, at its line', () => {
    const report = run('bpa-bidirectional');
    assert.equal(report.verdict, 'closed');
    for (const { branch } of egressBranches(report)) {
      assert.equal(branch.droppedBy, 'block-public-access');
      const step = branch.steps.find((candidate) => candidate.layer === 'block-public-access');
      assert.equal(step?.effect, 'deny');
      assert.equal(step?.file, 'vpc-block-public-access-options.json');
    }
  });

  test('the same with one WorkSpaces subnet excluded: open for that subnet only, the exclusion at its line', () => {
    const report = run('bpa-subnet-excluded');
    assert.equal(report.verdict, 'open');
    const branches = egressBranches(report);
    const open = branches.filter(({ branch }) => branch.outcome === 'open');
    assert.deepEqual(open.map(({ subnets }) => subnets), [['subnet-0b9a0b9a0b9a00001']]);
    assert.equal(open[0]?.branch.steps.find((step) => step.layer === 'block-public-access')?.file, 'vpc-block-public-access-exclusions.json');
    assert.ok(branches.some(({ subnets, branch }) => subnets.includes('subnet-0b9a0b9a0b9a00002') && branch.droppedBy === 'block-public-access'));
    const finding = report.findings.find((candidate) => candidate.ruleId === 'path-internet-reachable');
    assert.ok(finding && !finding.message.includes('subnet-0b9a0b9a0b9a00002'));
  });
});
