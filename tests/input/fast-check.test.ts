import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compileFastCheck } from '../../validators/input/fast-check.ts';
import { INPUT_KINDS } from '../../validators/input/kinds/index.ts';
import { NetworkAclEntryShape } from '../../validators/input/kinds/network-acls.ts';
import { RouteShape } from '../../validators/input/kinds/route-tables.ts';
import { IpPermissionShape } from '../../validators/input/kinds/security-groups.ts';

// Every kind's item and whole output, and the nested shapes read one by one.
const SCHEMAS = [...INPUT_KINDS.flatMap((kind) => [kind.itemShape, kind.outputShape]), RouteShape, NetworkAclEntryShape, IpPermissionShape];

// Values shaped like AWS output, with wrong types mixed in.
const leaf = fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: -2, max: 70000 }), fc.double(), fc.boolean(), fc.constant(null));
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, leaf, tie('object'), fc.array(tie('any'), { maxLength: 3 })),
  object: fc.dictionary(fc.constantFrom('RouteTableId', 'Routes', 'GatewayId', 'DestinationCidrBlock', 'RuleNumber', 'Egress', 'Protocol', 'RuleAction', 'CidrBlock', 'PortRange', 'From', 'To', 'IpProtocol', 'FromPort', 'IpRanges', 'CidrIp', 'GroupId', 'SubnetId', 'VpcId', 'Cidr', 'Key', 'Value', 'Tags', 'Entries', 'Associations', 'Main', 'extra'), tie('any'), { maxKeys: 8 }),
})).any;

test('the fast path never accepts what zod rejects, and accepts the valid values unchanged', () => {
  const compiled = SCHEMAS.map((schema) => [schema, compileFastCheck(schema)] as const);
  fc.assert(
    fc.property(value, (candidate) => {
      for (const [schema, fast] of compiled) {
        if (!fast(candidate)) continue;
        const result = schema.safeParse(candidate);
        assert.ok(result.success, 'fast path accepted a value zod rejects');
      }
    }),
    { numRuns: 10_000 },
  );
});

test('accepts a route exactly as the CLI prints it', () => {
  assert.ok(compileFastCheck(RouteShape)({ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-1', Origin: 'CreateRoute', State: 'active', NewField: [1] }));
  assert.ok(!compileFastCheck(NetworkAclEntryShape)({ RuleNumber: '100', Egress: true, Protocol: '6', RuleAction: 'allow' }));
});
