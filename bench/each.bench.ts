/**
 * `npm run bench`, part 2: 200 generated account dumps through `closed-workspaces check --each`
 * (worker threads, one per core), with the throughput in MB/s and accounts/s, next to the same
 * accounts validated one after another on the main thread.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../validators/cli.ts';
import { validate } from '../validators/index.ts';

const ACCOUNTS = 200;
const hex = (n: number, width = 17) => n.toString(16).padStart(width, '0');

/**
 * One account's describe-* outputs: 40 subnets, each with its own route table (10 routes), 20
 * network ACLs, 40 security groups. One account in ten has a NAT default route (OPEN), one in ten
 * a transit-gateway default route (UNVERIFIED); the rest are closed.
 */
function accountDump(account: number): Record<string, unknown> {
  const vpc = `vpc-${hex(account)}`;
  const id = (kind: string, n: number) => `${kind}-${hex(account * 1000 + n)}`;
  const exit = account % 10 === 0 ? { NatGatewayId: id('nat', 0) } : account % 10 === 1 ? { TransitGatewayId: id('tgw', 0) } : undefined;
  const subnets = Array.from({ length: 40 }, (_, s) => ({ AvailabilityZone: s % 2 ? 'ap-northeast-1a' : 'ap-northeast-1c', CidrBlock: `10.${account % 200}.${s}.0/24`, State: 'available', SubnetId: id('subnet', s), VpcId: vpc }));
  const routeTables = subnets.map((subnet, t) => ({
    Associations: [{ Main: t === 0, RouteTableAssociationId: id('rtbassoc', t), RouteTableId: id('rtb', t), SubnetId: subnet.SubnetId, AssociationState: { State: 'associated' } }],
    PropagatingVgws: [],
    RouteTableId: id('rtb', t),
    Routes: [
      { DestinationCidrBlock: `10.${account % 200}.0.0/16`, GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
      { DestinationPrefixListId: 'pl-61a54008', GatewayId: id('vpce', 0), Origin: 'CreateRoute', State: 'active' },
      ...Array.from({ length: 8 }, (_, r) => ({ DestinationCidrBlock: `172.${16 + r}.${t}.0/24`, TransitGatewayId: id('tgw', 1), Origin: 'CreateRoute', State: 'active' })),
      ...(exit ? [{ DestinationCidrBlock: '0.0.0.0/0', ...exit, Origin: 'CreateRoute', State: 'active' }] : []),
    ],
    VpcId: vpc,
  }));
  const networkAcls = Array.from({ length: 20 }, (_, a) => ({
    Associations: [0, 1].map((k) => ({ NetworkAclAssociationId: id('aclassoc', a * 2 + k), NetworkAclId: id('acl', a), SubnetId: id('subnet', a * 2 + k) })),
    Entries: [true, false].flatMap((egress) => [
      ...[53, 88, 123, 389, 443, 445, 464, 636].map((port, p) => ({ CidrBlock: '10.0.0.0/8', Egress: egress, Protocol: p % 3 === 0 ? '17' : '6', PortRange: { From: port, To: port }, RuleAction: 'allow', RuleNumber: 100 + p * 10 })),
      { CidrBlock: '10.0.0.0/8', Egress: egress, Protocol: '6', PortRange: { From: 49152, To: 65535 }, RuleAction: 'allow', RuleNumber: 300 },
      ...(exit ? [{ CidrBlock: '0.0.0.0/0', Egress: egress, Protocol: '6', PortRange: egress ? { From: 443, To: 443 } : { From: 1024, To: 65535 }, RuleAction: 'allow', RuleNumber: 400 }] : []),
      { CidrBlock: '0.0.0.0/0', Egress: egress, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32767 },
    ]),
    IsDefault: a === 0,
    NetworkAclId: id('acl', a),
    VpcId: vpc,
  }));
  const securityGroups = Array.from({ length: 40 }, (_, g) => ({
    GroupId: id('sg', g),
    GroupName: g === 0 ? `d-${hex(account, 10)}_workspacesMembers` : `app-${g}`,
    IpPermissions: [{ IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, IpRanges: [{ CidrIp: '10.0.0.0/8' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }],
    IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '10.0.0.0/8' }, ...(exit ? [{ CidrIp: '0.0.0.0/0' }] : [])], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }],
    VpcId: vpc,
  }));
  return {
    'route-tables.json': { RouteTables: routeTables },
    'network-acls.json': { NetworkAcls: networkAcls },
    'security-groups.json': { SecurityGroups: securityGroups },
    'subnets.json': { Subnets: subnets },
  };
}

const dir = mkdtempSync(join(tmpdir(), 'cw-bench-each-'));
try {
  let bytes = 0;
  const accounts: { name: string; text: string }[][] = [];
  for (let account = 0; account < ACCOUNTS; account++) {
    const folder = join(dir, `account-${String(account).padStart(3, '0')}`);
    mkdirSync(folder);
    const documents = Object.entries(accountDump(account)).map(([name, content]) => ({ name: join(folder, name), text: JSON.stringify(content, null, 4) }));
    for (const document of documents) {
      writeFileSync(document.name, document.text);
      bytes += Buffer.byteLength(document.text);
    }
    accounts.push(documents);
  }

  let start = performance.now();
  let output = '';
  const status = await main(['check', '--each', dir, '--format', 'json'], (text) => (output += text), () => {});
  const each = (performance.now() - start) / 1000;
  const verdicts: Record<string, number> = {};
  for (const account of JSON.parse(output).accounts as { verdict: string }[]) verdicts[account.verdict] = (verdicts[account.verdict] ?? 0) + 1;

  start = performance.now();
  for (const documents of accounts) validate(documents);
  const sequential = (performance.now() - start) / 1000;

  const mb = bytes / 1e6;
  console.log(`\n--each: ${ACCOUNTS} accounts, ${mb.toFixed(1)} MB, ${availableParallelism()} cores (exit status ${status}; ${Object.entries(verdicts).map(([verdict, count]) => `${verdict} ${count}`).join(', ')})`);
  console.log('run                           time      MB/s   accounts/s');
  console.log(`check --each (workers)    ${each.toFixed(2).padStart(7)} s ${(mb / each).toFixed(1).padStart(8)} ${(ACCOUNTS / each).toFixed(1).padStart(10)}`);
  console.log(`validate one by one       ${sequential.toFixed(2).padStart(7)} s ${(mb / sequential).toFixed(1).padStart(8)} ${(ACCOUNTS / sequential).toFixed(1).padStart(10)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
