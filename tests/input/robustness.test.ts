import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { validate } from '../../validators/index.ts';

const findingsOf = (text: string, name = 'doc.json') => validate([{ name, text }]).findings;

describe('validate never throws and points at the problem', () => {
  test('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const report = validate([{ name: 'x', text }]);
        assert.ok(['closed', 'open', 'unverified'].includes(report.verdict));
        for (const finding of report.findings) assert.ok(finding.line >= 1 && finding.column >= 1);
      }),
      { numRuns: 10_000 },
    );
  });

  test('on arbitrary JSON values, including AWS keys with wrong types', () => {
    const keys = fc.constantFrom('RouteTables', 'NetworkAcls', 'SecurityGroups', 'Subnets', 'Vpcs', 'Entries', 'Routes', 'RouteTableId', 'NetworkAclId', 'GroupId', 'SubnetId', 'CidrBlock', 'RuleNumber', 'Protocol', 'Egress', 'RuleAction', 'PortRange', 'IpPermissions', 'IpProtocol', 'Associations', 'Main', '__proto__', 'constructor');
    const json = fc.letrec((tie) => ({
      // Strings without braces, so that a leftover {placeholder} in a message can only be ours.
      value: fc.oneof({ depthSize: 'small' }, fc.stringMatching(/^[\w .:/-]{0,12}$/), fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), tie('object')),
      object: fc.dictionary(keys, tie('value'), { maxKeys: 6 }),
    })).value;
    fc.assert(
      fc.property(json, fc.constantFrom<'en' | 'ja'>('en', 'ja'), (value, lang) => {
        const text = JSON.stringify(value, null, 2) ?? '';
        const report = validate([{ name: 'x.json', text }], undefined, { lang });
        for (const finding of report.findings) assert.doesNotMatch(finding.message, /\{\w+\}/);
      }),
      { numRuns: 10_000 },
    );
  });

  test('on invalid JSON: one input-json finding at the line and column of the mistake', () => {
    const findings = findingsOf('{\n  "RouteTables": [\n    { "RouteTableId": "rtb-1" ,, }\n  ]\n}');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.ruleId, 'input-json');
    assert.equal(findings[0]?.line, 3);
    assert.equal(findings[0]?.column, 32, 'the second comma, where a property name should be');
  });

  test('on JSON nested 200,000 levels deep, valid or cut off', () => {
    const open = '['.repeat(200_000);
    assert.doesNotThrow(() => validate([{ name: 'deep.json', text: `${open}1${']'.repeat(200_000)}` }]));
    const findings = findingsOf(`${open}1`);
    assert.equal(findings[0]?.ruleId, 'input-json');
    assert.match(findings[0]?.message ?? '', /deeper than 256/);
  });

  test('on __proto__ and constructor keys, without polluting any prototype', () => {
    const text = '{"RouteTables":[{"RouteTableId":"rtb-1","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"Routes":[{"__proto__":{"x":1},"DestinationCidrBlock":"0.0.0.0/0","GatewayId":"igw-1"}]}]}';
    const report = validate([{ name: 'hostile.json', text }]);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    assert.ok(report.findings.some((finding) => finding.ruleId === 'rt-internet-route'));
  });

  test('on a 20 MB paste', () => {
    const routes = Array.from({ length: 120_000 }, (_, index) => ({ DestinationCidrBlock: `10.${(index >> 8) & 255}.${index & 255}.0/24`, TransitGatewayId: 'tgw-0a1', Origin: 'CreateRoute', State: 'active' }));
    const text = JSON.stringify({ RouteTables: [{ RouteTableId: 'rtb-1', Associations: [{ Main: true }], Routes: routes }] }, null, 4);
    assert.ok(text.length > 20_000_000);
    const report = validate([{ name: 'big.json', text }]);
    assert.equal(report.analysed.routeTables, 1);
  });

  test('on an empty list of documents, an empty document and a non-string text', () => {
    assert.equal(validate([]).verdict, 'unverified');
    assert.equal(findingsOf('   \n')[0]?.ruleId, 'input-json');
    const report = validate([{ name: 'n', text: 42 as unknown as string }]);
    assert.equal(report.findings[0]?.ruleId, 'input-json');
  });

  test('on CRLF line endings, with lines counted the same way', () => {
    const text = '{\r\n  "RouteTables": [\r\n    {\r\n      "RouteTableId": "rtb-1",\r\n      "Associations": [{ "Main": true }],\r\n      "Routes": [{ "DestinationCidrBlock": "0.0.0.0/0", "GatewayId": "igw-1" }]\r\n    }\r\n  ]\r\n}\r\n';
    const finding = findingsOf(text).find((candidate) => candidate.ruleId === 'rt-internet-route');
    assert.equal(finding?.line, 6);
  });
});
