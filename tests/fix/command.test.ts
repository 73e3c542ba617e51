import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCommand, renderCommand, shellWord, splitShell } from '../../validators/fix/command.ts';
import type { FixOperation } from '../../validators/fix/operations.ts';
import { validate } from '../../validators/index.ts';

/** One operation of every kind the fixes and the pages use. */
const OPERATIONS: FixOperation[] = [
  { action: 'delete-route', routeTableId: 'rtb-0a1', destination: { kind: 'cidr', family: 4, cidr: '0.0.0.0/1' } },
  { action: 'delete-route', routeTableId: 'rtb-0a1', destination: { kind: 'cidr', family: 6, cidr: '::/0' } },
  { action: 'delete-route', routeTableId: 'rtb-0a1', destination: { kind: 'prefix-list', id: 'pl-61a54008' } },
  { action: 'create-route', routeTableId: 'rtb-0a1', destination: { kind: 'cidr', family: 4, cidr: '192.168.0.0/16' }, target: { option: 'gateway-id', id: 'vgw-0c1' } },
  { action: 'replace-route', routeTableId: 'rtb-0a1', destination: { kind: 'cidr', family: 4, cidr: '172.16.0.0/16' }, target: { option: 'transit-gateway-id', id: 'tgw-0e5' } },
  { action: 'disable-vgw-route-propagation', routeTableId: 'rtb-0a1', gatewayId: 'vgw-0c1' },
  { action: 'associate-route-table', routeTableId: 'rtb-0a1', subnetId: 'subnet-0b2' },
  { action: 'create-network-acl-entry', networkAclId: 'acl-0c3', egress: true, ruleNumber: 90, protocol: '-1', ruleAction: 'allow', family: 4, cidr: '10.0.10.10/32' },
  { action: 'replace-network-acl-entry', networkAclId: 'acl-0c3', egress: false, ruleNumber: 100, protocol: '6', ruleAction: 'allow', family: 6, cidr: '2600:1f18::/56', portRange: { from: 49152, to: 65535 } },
  { action: 'replace-network-acl-entry', networkAclId: 'acl-0c3', egress: true, ruleNumber: 110, protocol: '1', ruleAction: 'deny', family: 4, cidr: '0.0.0.0/0', icmpTypeCode: { type: -1, code: -1 } },
  { action: 'delete-network-acl-entry', networkAclId: 'acl-0c3', egress: false, ruleNumber: 200 },
  { action: 'revoke-security-group-egress', groupId: 'sg-0d4', permissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }, { IpProtocol: '-1', Ipv6Ranges: [{ CidrIpv6: '::/0' }] }] },
  { action: 'authorize-security-group-ingress', groupId: 'sg-0d4', permissions: [{ IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, IpRanges: [{ CidrIp: '10.0.0.0/16', Description: 'admin (jump host)' }] }] },
];

describe('fix commands', () => {
  test('every operation renders as one command line that parses back to the same operation', () => {
    for (const operation of OPERATIONS) {
      for (const region of [undefined, 'ap-northeast-1']) {
        const line = renderCommand(operation, region);
        assert.ok(line, `${operation.action} renders`);
        const [command, ...more] = splitShell(line);
        assert.equal(more.length, 0, line);
        const parsed = parseCommand(command?.words ?? []);
        assert.deepEqual(parsed, { ok: true, operation, ...(region ? { region } : {}) }, line);
      }
    }
  });

  test('writes the exact command a reader pastes, the JSON single-quoted', () => {
    assert.equal(
      renderCommand(OPERATIONS[0] as FixOperation, 'ap-northeast-1'),
      'aws ec2 delete-route --route-table-id rtb-0a1 --destination-cidr-block 0.0.0.0/1 --region ap-northeast-1',
    );
    assert.equal(
      renderCommand(OPERATIONS[8] as FixOperation),
      'aws ec2 replace-network-acl-entry --network-acl-id acl-0c3 --ingress --rule-number 100 --protocol 6 --port-range From=49152,To=65535 --ipv6-cidr-block 2600:1f18::/56 --rule-action allow',
    );
    assert.equal(
      renderCommand(OPERATIONS[11] as FixOperation),
      `aws ec2 revoke-security-group-egress --group-id sg-0d4 --ip-permissions '[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}]},{"IpProtocol":"-1","Ipv6Ranges":[{"CidrIpv6":"::/0"}]}]'`,
    );
  });

  test('puts no id, CIDR, protocol, description or region into a command unless it is plain', () => {
    const unsafe: FixOperation[] = [
      { action: 'delete-route', routeTableId: 'rtb-0a1;reboot', destination: { kind: 'cidr', family: 4, cidr: '0.0.0.0/0' } },
      { action: 'delete-route', routeTableId: 'rtb-$(id)', destination: { kind: 'cidr', family: 4, cidr: '0.0.0.0/0' } },
      { action: 'delete-route', routeTableId: 'rtb-0a1', destination: { kind: 'cidr', family: 4, cidr: '10.0.0.1/16' } },
      { action: 'delete-route', routeTableId: 'rtb-0a1', destination: { kind: 'prefix-list', id: 'pl-1 --profile prod' } },
      { action: 'associate-route-table', routeTableId: 'rtb-0a1', subnetId: "subnet-'x" },
      { action: 'delete-network-acl-entry', networkAclId: 'acl-0c3\n', egress: true, ruleNumber: 1 },
      { action: 'create-network-acl-entry', networkAclId: 'acl-0c3', egress: true, ruleNumber: 1, protocol: '6 -x', ruleAction: 'allow', family: 4, cidr: '10.0.0.0/8', portRange: { from: 1, to: 2 } },
      { action: 'revoke-security-group-egress', groupId: 'sg-0d4', permissions: [{ IpProtocol: "-1'", IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] },
      { action: 'authorize-security-group-egress', groupId: 'sg-0d4', permissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '10.0.0.0/8', Description: "it's" }] }] },
    ];
    for (const operation of unsafe) assert.equal(renderCommand(operation), undefined, JSON.stringify(operation));
    assert.equal(renderCommand(OPERATIONS[0] as FixOperation, 'us-east-1 --profile prod'), undefined);
  });

  test('quotes a shell word only when the shell would read it as more than itself', () => {
    assert.equal(shellWord('rtb-0a1'), 'rtb-0a1');
    assert.equal(shellWord('::/0'), '::/0');
    assert.equal(shellWord('a b'), "'a b'");
    assert.equal(shellWord("it's"), "'it'\\''s'");
  });

  test('gives no fix at all when the context names a Region that is not a Region code', () => {
    const documents = [{ name: 'route-tables.json', text: JSON.stringify({ RouteTables: [{ RouteTableId: 'rtb-0a1', Associations: [{ Main: true }], Routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0a1', State: 'active' }] }] }) }];
    assert.ok(validate(documents, { region: 'ap-northeast-1' }).findings.some((finding) => finding.fix));
    assert.ok(validate(documents, { region: 'ap-northeast-1; reboot' }).findings.every((finding) => !finding.fix));
  });
});

describe('reading shell snippets', () => {
  test('joins continued lines, drops comments and removes quotes as a shell does', () => {
    const text = [
      '# a comment line',
      'aws ec2 authorize-security-group-egress --group-id sg-0d4 \\',
      `  --ip-permissions '[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"10.0.0.0/16"}]}]'  # trailing comment`,
      'aws ec2 delete-network-acl-entry --network-acl-id "acl-0c3" --egress --rule-number 1\\00',
    ].join('\n');
    const commands = splitShell(text);
    assert.deepEqual(
      commands.map((command) => command.words),
      [
        ['aws', 'ec2', 'authorize-security-group-egress', '--group-id', 'sg-0d4', '--ip-permissions', '[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"10.0.0.0/16"}]}]'],
        ['aws', 'ec2', 'delete-network-acl-entry', '--network-acl-id', 'acl-0c3', '--egress', '--rule-number', '100'],
      ],
    );
    assert.deepEqual(
      commands.map((command) => command.line),
      [2, 4],
    );
  });

  test('says what is wrong with a command instead of guessing', () => {
    const wrong = [
      ['aws', 'ec2', 'create-route-table', '--vpc-id', 'vpc-0a1'],
      ['aws', 's3', 'rm', 's3://bucket'],
      ['aws', 'ec2', 'delete-route', '--route-table-id', 'rtb-0a1'],
      ['aws', 'ec2', 'delete-route', '--route-table-id', 'rtb-0a1', '--destination-cidr-block', '10.0.0.1/16'],
      ['aws', 'ec2', 'delete-network-acl-entry', '--network-acl-id', 'acl-0c3', '--egress', '--ingress', '--rule-number', '100'],
      ['aws', 'ec2', 'delete-network-acl-entry', '--network-acl-id', 'acl-0c3', '--egress', '--rule-number', '100', '--cidr-block', '0.0.0.0/0'],
      ['aws', 'ec2', 'revoke-security-group-ingress', '--group-id', 'sg-0d4', '--protocol', 'tcp', '--port', '3389', '--cidr', '0.0.0.0/0'],
      ['aws', 'ec2', 'revoke-security-group-ingress', '--group-id', 'sg-0d4', '--ip-permissions', 'IpProtocol=tcp,FromPort=3389'],
      ['aws', 'ec2', 'create-network-acl-entry', '--network-acl-id', 'acl-0c3', '--egress', '--rule-number', '90', '--protocol', '6', '--port-range', 'From=443', '--cidr-block', '10.0.0.0/16', '--rule-action', 'allow'],
    ];
    for (const words of wrong) {
      const parsed = parseCommand(words);
      assert.equal(parsed.ok, false, words.join(' '));
    }
  });
});
