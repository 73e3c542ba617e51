/**
 * Sets of groups on the WorkSpaces, read from their interfaces and the directory, are weighed as
 * separate scenarios: the verdict with the WorkSpaces documents equals the verdicts of each set
 * typed in the context on its own, combined (open if any set opens, closed only if every set
 * closes, else unverified). The single-set verdicts are checked against a brute force elsewhere
 * (path and multi-VPC property tests); this pins how the sets combine, in any document order.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { validate, type Context, type Verdict } from '../../validators/index.ts';
import { genEntry, genRoute, genSgRule, renderEntry, renderPermission, TARGET_FIELDS, uniqueEntries, type GenRoute, type GenSgRule } from '../support/config.ts';

const RUNS = Number(process.env.WS_RUNS) || 2_000;
const SUBNET = 'subnet-0aaa';
const VPC = 'vpc-0abc';
const GROUP_IDS = ['sg-0m', 'sg-0x', 'sg-0y', 'sg-0gone'] as const;

interface WsConfig {
  routes: GenRoute[];
  entries?: ReturnType<typeof uniqueEntries>;
  rules: Record<'sg-0m' | 'sg-0x' | 'sg-0y', GenSgRule[]>;
  /** Each interface: its groups, and whether it is told by its description or by a WorkSpace's address. */
  interfaces: { groups: string[]; byAddress: boolean }[];
  /** The directory: its custom group, if any (its members group is sg-0m). */
  directory?: { custom?: string };
}

const genWsConfig: fc.Arbitrary<WsConfig> = fc.record({
  routes: fc.array(genRoute, { maxLength: 3 }),
  entries: fc.option(fc.array(genEntry, { maxLength: 4 }).map(uniqueEntries), { freq: 3, nil: undefined }),
  rules: fc.record({ 'sg-0m': fc.array(genSgRule, { maxLength: 2 }), 'sg-0x': fc.array(genSgRule, { maxLength: 2 }), 'sg-0y': fc.array(genSgRule, { maxLength: 2 }) }),
  interfaces: fc.array(fc.record({ groups: fc.subarray([...GROUP_IDS], { minLength: 1 }), byAddress: fc.boolean() }), { maxLength: 3 }),
  directory: fc.option(fc.record({ custom: fc.option(fc.constantFrom('sg-0x', 'sg-0y', 'sg-0gone'), { nil: undefined }) }), { nil: undefined }),
});

function baseDocuments(config: WsConfig): { name: string; text: string }[] {
  const routes = [
    { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
    ...config.routes.map((route) => ({
      [route.destination.includes(':') ? 'DestinationIpv6CidrBlock' : 'DestinationCidrBlock']: route.destination,
      [TARGET_FIELDS.find(([prefix]) => route.target.startsWith(prefix))?.[1] ?? 'GatewayId']: route.target,
      Origin: route.propagated ? 'EnableVgwRoutePropagation' : 'CreateRoute',
      State: route.blackhole ? 'blackhole' : 'active',
    })),
  ];
  const group = (id: 'sg-0m' | 'sg-0x' | 'sg-0y') => ({
    GroupId: id,
    GroupName: id === 'sg-0m' ? 'd-1_workspacesMembers' : `group-${id}`,
    VpcId: VPC,
    IpPermissions: config.rules[id].filter((rule) => !rule.egress).map(renderPermission),
    IpPermissionsEgress: config.rules[id].filter((rule) => rule.egress).map(renderPermission),
  });
  return [
    { name: 'subnets.json', text: JSON.stringify({ Subnets: [{ SubnetId: SUBNET, CidrBlock: '10.0.1.0/24', VpcId: VPC, Ipv6CidrBlockAssociationSet: [{ Ipv6CidrBlock: '2600:1f18:aaaa:100::/64' }] }] }) },
    { name: 'route-tables.json', text: JSON.stringify({ RouteTables: [{ RouteTableId: 'rtb-0abc', VpcId: VPC, Associations: [{ Main: false, RouteTableId: 'rtb-0abc', SubnetId: SUBNET }], Routes: routes }] }) },
    ...(config.entries ? [{ name: 'network-acls.json', text: JSON.stringify({ NetworkAcls: [{ NetworkAclId: 'acl-0abc', VpcId: VPC, IsDefault: false, Associations: [{ SubnetId: SUBNET }], Entries: config.entries.map(renderEntry) }] }) }] : []),
    { name: 'security-groups.json', text: JSON.stringify({ SecurityGroups: (['sg-0m', 'sg-0x', 'sg-0y'] as const).map(group) }) },
  ];
}

function workspacesDocuments(config: WsConfig): { name: string; text: string }[] {
  const address = (index: number) => `10.0.1.${20 + index}`;
  const interfaces = config.interfaces.map((eni, index) => ({
    NetworkInterfaceId: `eni-0${index}`,
    Description: eni.byAddress ? '' : 'Created By Amazon WorkSpaces for AWS Account ID 123456789012',
    Groups: eni.groups.map((id) => ({ GroupId: id })),
    InterfaceType: 'interface',
    PrivateIpAddress: address(index),
    PrivateIpAddresses: [{ Primary: true, PrivateIpAddress: address(index) }],
    SubnetId: SUBNET,
    VpcId: VPC,
  }));
  const workspaces = config.interfaces.flatMap((eni, index) => (eni.byAddress ? [{ WorkspaceId: `ws-0${index}`, DirectoryId: 'd-1', IpAddress: address(index), SubnetId: SUBNET, State: 'AVAILABLE' }] : []));
  return [
    ...(interfaces.length > 0 ? [{ name: 'network-interfaces.json', text: JSON.stringify({ NetworkInterfaces: interfaces }) }] : []),
    ...(workspaces.length > 0 ? [{ name: 'workspaces.json', text: JSON.stringify({ Workspaces: workspaces }) }] : []),
    ...(config.directory
      ? [{ name: 'workspace-directories.json', text: JSON.stringify({ Directories: [{ DirectoryId: 'd-1', SubnetIds: [SUBNET], WorkspaceSecurityGroupId: 'sg-0m', WorkspaceCreationProperties: config.directory.custom ? { CustomSecurityGroupId: config.directory.custom } : {} }] }) }]
      : []),
  ];
}

/** The sets of groups the documents put on the WorkSpaces of the subnet. */
function groupSets(config: WsConfig): string[][] {
  const sets = config.interfaces.map((eni) => eni.groups);
  if (config.directory) sets.push(['sg-0m', ...(config.directory.custom ? [config.directory.custom] : [])]);
  return sets;
}

const combine = (verdicts: Verdict[]): Verdict => (verdicts.includes('open') ? 'open' : verdicts.every((verdict) => verdict === 'closed') ? 'closed' : 'unverified');

test('the verdict over the sets of groups read from interfaces and the directory combines the verdicts of each set typed alone', () => {
  fc.assert(
    fc.property(genWsConfig, (config) => {
      const sets = groupSets(config);
      fc.pre(sets.length > 0);
      const base = baseDocuments(config);
      const context: Context = { workspacesSubnetIds: [SUBNET] };
      const expected = combine(sets.map((set) => validate(base, { ...context, workspacesSecurityGroupIds: set }).verdict));
      const report = validate([...base, ...workspacesDocuments(config)], context);
      assert.equal(report.verdict, expected);
    }),
    { numRuns: RUNS },
  );
});

test('read from the documents, the sets give the same verdict and findings whatever the order and names of the documents', () => {
  fc.assert(
    fc.property(genWsConfig, fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 8, maxLength: 8 }), (config, keys) => {
      const documents = [...baseDocuments(config), ...workspacesDocuments(config)];
      const renamed = documents.map((document, index) => ({ name: `${String(keys[index] ?? 0).padStart(2, '0')}-${document.name}`, text: document.text }));
      const a = validate(documents);
      const b = validate([...renamed].reverse());
      assert.equal(b.verdict, a.verdict);
      const rules = (report: typeof a) => report.findings.map((finding) => `${finding.ruleId}/${finding.messageId}/${finding.message.replaceAll(/\d\d-/g, '')}`).sort();
      assert.deepEqual(rules(b), rules(a));
    }),
    { numRuns: RUNS },
  );
});
