import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix } from '../../validators/fix/apply.ts';
import type { FixOperation } from '../../validators/fix/operations.ts';

const table = {
  RouteTables: [
    {
      RouteTableId: 'rtb-0a1',
      VpcId: 'vpc-0a1',
      Associations: [{ Main: false, RouteTableId: 'rtb-0a1', SubnetId: 'subnet-0a1', AssociationState: { State: 'associated' } }],
      PropagatingVgws: [{ GatewayId: 'vgw-0c1' }],
      Routes: [
        { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
        { DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-0b2', Origin: 'CreateRoute', State: 'active' },
        { DestinationCidrBlock: '192.168.0.0/16', GatewayId: 'vgw-0c1', Origin: 'EnableVgwRoutePropagation', State: 'active' },
      ],
    },
  ],
};
const acl = {
  NetworkAcls: [
    {
      NetworkAclId: 'acl-0c3',
      Entries: [
        { CidrBlock: '10.0.0.0/16', Egress: true, Protocol: '-1', RuleAction: 'allow', RuleNumber: 100 },
        { Ipv6CidrBlock: '::/0', Egress: true, Protocol: '-1', RuleAction: 'allow', RuleNumber: 101 },
        { CidrBlock: '0.0.0.0/0', Egress: true, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32767 },
      ],
    },
  ],
};
const group = {
  SecurityGroups: [
    {
      GroupId: 'sg-0d4',
      IpPermissions: [],
      IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }, { CidrIp: '10.0.0.0/16' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }],
    },
  ],
};
const documents = [
  { name: 'route-tables.json', text: JSON.stringify(table) },
  { name: 'network-acls.json', text: JSON.stringify(acl) },
  { name: 'security-groups.json', text: JSON.stringify(group) },
];
/** The first resource of a collection in a document's text. */
const first = (text: string | undefined, collection: string) => (JSON.parse(text ?? '') as Record<string, Record<string, unknown>[]>)[collection]?.[0] ?? {};

describe('applying fixes to the documents', () => {
  test('deletes a static route, and only a static one', () => {
    const deleted = applyFix(documents, [{ action: 'delete-route', routeTableId: 'rtb-0a1', destination: { kind: 'cidr', family: 4, cidr: '0.0.0.0/0' } }]);
    assert.deepEqual(deleted.errors, []);
    const routes = first(deleted.documents[0]?.text, 'RouteTables').Routes as { DestinationCidrBlock: string }[];
    assert.deepEqual(routes.map((route) => route.DestinationCidrBlock), ['10.0.0.0/16', '192.168.0.0/16']);
    for (const cidr of ['10.0.0.0/16', '192.168.0.0/16', '172.16.0.0/12']) {
      assert.equal(applyFix(documents, [{ action: 'delete-route', routeTableId: 'rtb-0a1', destination: { kind: 'cidr', family: 4, cidr } }]).errors.length, 1, cidr);
    }
  });

  test('re-serialises a changed document with a 2-space indent and leaves the others as they were', () => {
    const { documents: after } = applyFix(documents, [{ action: 'delete-network-acl-entry', networkAclId: 'acl-0c3', egress: true, ruleNumber: 100 }]);
    assert.equal(after[0], documents[0]);
    assert.equal(after[2], documents[2]);
    assert.match(after[1]?.text ?? '', /^\{\n {2}"NetworkAcls": \[/);
  });

  test('refuses a rule number the direction already uses, for IPv4 and IPv6 alike, as AWS does', () => {
    const create = (ruleNumber: number, family: 4 | 6): FixOperation => ({ action: 'create-network-acl-entry', networkAclId: 'acl-0c3', egress: true, ruleNumber, protocol: '-1', ruleAction: 'allow', family, cidr: family === 4 ? '10.1.0.0/16' : '2600::/12' });
    assert.match(applyFix(documents, [create(100, 4)]).errors[0] ?? '', /NetworkAclEntryAlreadyExists/);
    assert.match(applyFix(documents, [create(101, 4)]).errors[0] ?? '', /NetworkAclEntryAlreadyExists/);
    assert.match(applyFix(documents, [create(32767, 4)]).errors[0] ?? '', /1 to 32766/);
    const created = applyFix(documents, [create(90, 4)]);
    assert.deepEqual(created.errors, []);
    const numbers = (first(created.documents[1]?.text, 'NetworkAcls').Entries as { RuleNumber: number }[]).map((entry) => entry.RuleNumber);
    assert.deepEqual(numbers, [90, 100, 101, 32767]);
  });

  test('refuses TCP without ports, as the API does', () => {
    const { errors } = applyFix(documents, [{ action: 'create-network-acl-entry', networkAclId: 'acl-0c3', egress: true, ruleNumber: 90, protocol: '6', ruleAction: 'allow', family: 4, cidr: '10.1.0.0/16' }]);
    assert.match(errors[0] ?? '', /port-range/);
  });

  test('revokes a security-group rule, refuses one that is not there and one that exists already', () => {
    const revoke: FixOperation = { action: 'revoke-security-group-egress', groupId: 'sg-0d4', permissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] };
    const revoked = applyFix(documents, [revoke]);
    assert.deepEqual(revoked.errors, []);
    assert.deepEqual(first(revoked.documents[2]?.text, 'SecurityGroups').IpPermissionsEgress, [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '10.0.0.0/16' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }]);
    assert.match(applyFix(revoked.documents, [revoke]).errors[0] ?? '', /InvalidPermission\.NotFound/);
    assert.match(applyFix(documents, [{ action: 'authorize-security-group-egress', groupId: 'sg-0d4', permissions: [{ IpProtocol: 'all', IpRanges: [{ CidrIp: '10.0.0.0/16' }] }] }]).errors[0] ?? '', /Duplicate/);
    const gone = applyFix(revoked.documents, [{ ...revoke, permissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '10.0.0.0/16' }] }] }]);
    assert.deepEqual(first(gone.documents[2]?.text, 'SecurityGroups').IpPermissionsEgress, [], 'a rule with no peer left is gone');
  });

  test('authorizes a rule next to the rules with the same protocol and ports, or as a new rule', () => {
    const added = applyFix(documents, [
      { action: 'authorize-security-group-egress', groupId: 'sg-0d4', permissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '10.0.10.10/32' }] }, { IpProtocol: '6', FromPort: 443, ToPort: 443, Ipv6Ranges: [{ CidrIpv6: '2600::/12' }] }] },
    ]);
    assert.deepEqual(added.errors, []);
    const egress = first(added.documents[2]?.text, 'SecurityGroups').IpPermissionsEgress as Record<string, unknown>[];
    assert.deepEqual(egress[0]?.['IpRanges'], [{ CidrIp: '0.0.0.0/0' }, { CidrIp: '10.0.0.0/16' }, { CidrIp: '10.0.10.10/32' }]);
    assert.deepEqual(egress[1], { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [], Ipv6Ranges: [{ CidrIpv6: '2600::/12' }], PrefixListIds: [], UserIdGroupPairs: [] });
  });

  test('stops propagation: the gateway and its propagated routes go', () => {
    const { documents: after, errors } = applyFix(documents, [{ action: 'disable-vgw-route-propagation', routeTableId: 'rtb-0a1', gatewayId: 'vgw-0c1' }]);
    assert.deepEqual(errors, []);
    const changed = first(after[0]?.text, 'RouteTables') as Record<string, unknown[]>;
    assert.deepEqual(changed.PropagatingVgws, []);
    assert.equal(changed.Routes?.length, 2);
  });

  test('refuses to associate a subnet that already has an explicit association', () => {
    assert.match(applyFix(documents, [{ action: 'associate-route-table', routeTableId: 'rtb-0a1', subnetId: 'subnet-0a1' }]).errors[0] ?? '', /AlreadyAssociated/);
    assert.deepEqual(applyFix(documents, [{ action: 'associate-route-table', routeTableId: 'rtb-0a1', subnetId: 'subnet-0a2' }]).errors, []);
  });

  test('changes every copy of a document pasted twice, so the copies stay copies', () => {
    const twice = [...documents, { name: 'copy.json', text: documents[0]?.text ?? '' }];
    const { documents: after } = applyFix(twice, [{ action: 'delete-route', routeTableId: 'rtb-0a1', destination: { kind: 'cidr', family: 4, cidr: '0.0.0.0/0' } }]);
    assert.equal(after[3]?.text, after[0]?.text);
    assert.notEqual(after[0]?.text, documents[0]?.text);
  });

  test('a refused command changes nothing, and a resource that is not in the inputs is reported', () => {
    const { documents: after, errors } = applyFix(documents, [
      { action: 'delete-network-acl-entry', networkAclId: 'acl-0c3', egress: false, ruleNumber: 100 },
      { action: 'delete-route', routeTableId: 'rtb-0ff', destination: { kind: 'cidr', family: 4, cidr: '0.0.0.0/0' } },
    ]);
    assert.deepEqual(after, documents);
    assert.equal(errors.length, 2);
    assert.match(errors[1] ?? '', /rtb-0ff is not in the inputs/);
  });
});
