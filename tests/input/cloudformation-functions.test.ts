/**
 * CloudFormation's intrinsic functions as CloudFormation computes them, checked against the
 * examples of AWS's own reference pages, and what stays unknown until deployment.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cidrBlocks } from '../../validators/input/iac/cloudformation/cidr.ts';
import { Template, type Value } from '../../validators/input/iac/cloudformation/template.ts';
import { ReadContext } from '../../validators/input/read-context.ts';

/** Evaluates `node` as a property value of a template with these sections. */
function evaluate(node: unknown, sections: Record<string, unknown> = {}): { value: Value | undefined; problems: string[] } {
  const ctx = new ReadContext();
  const template = new Template(ctx, 'template.json', { Resources: { Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } } }, ...sections });
  const value = template.evaluate(node, ['Resources', 'X', 'Properties', 'P']);
  return { value, problems: ctx.problems.map((problem) => `${problem.ruleId}:${problem.report.messageId}`) };
}

/** The plain value of an evaluated value (lists of scalars), or the unknown's cause. */
function plain(value: Value | undefined): unknown {
  if (!value) return undefined;
  switch (value.kind) {
    case 'scalar':
      return value.value;
    case 'list':
      return value.items.map(plain);
    case 'resource':
      return { resource: value.id, type: value.type };
    case 'unknown':
      return { unknown: value.cause };
    default:
      return Object.fromEntries([...value.entries].map(([key, item]) => [key, plain(item)]));
  }
}

describe('Fn::Cidr', () => {
  test('splits 192.168.0.0/24 into six /27 blocks, as the Fn::Cidr reference example says', () => {
    assert.deepEqual(cidrBlocks('192.168.0.0/24', '6', '5'), { ok: true, blocks: ['192.168.0.0/27', '192.168.0.32/27', '192.168.0.64/27', '192.168.0.96/27', '192.168.0.128/27', '192.168.0.160/27'] });
  });

  test('takes the first /24 of a VPC block with cidrBits 8, as the IPv6 example of the reference does', () => {
    assert.deepEqual(cidrBlocks('10.0.0.0/16', 1, 8), { ok: true, blocks: ['10.0.0.0/24'] });
  });

  test('carves /64 blocks from an IPv6 /56 with cidrBits 64, in the compressed form AWS prints', () => {
    assert.deepEqual(cidrBlocks('2600:1f18:1234:5600::/56', 3, 64), { ok: true, blocks: ['2600:1f18:1234:5600::/64', '2600:1f18:1234:5601::/64', '2600:1f18:1234:5602::/64'] });
  });

  test('starts from the network address of a block written with host bits', () => {
    assert.deepEqual(cidrBlocks('10.0.7.9/16', 2, 12), { ok: true, blocks: ['10.0.0.0/20', '10.0.16.0/20'] });
  });

  test('refuses a count outside 1–256, cidrBits wider than the block, and more blocks than fit', () => {
    for (const [block, count, bits] of [['10.0.0.0/16', 0, 8], ['10.0.0.0/16', 257, 8], ['10.0.0.0/24', 1, 9], ['10.0.0.0/24', 9, 5], ['10.0.0.0/24', 1, 0], ['not a cidr', 1, 8]] as const) {
      assert.equal(cidrBlocks(block, count, bits).ok, false, `${block} ${count} ${bits}`);
    }
  });

  test('evaluates inside Fn::Select with the VPC block from Fn::GetAtt', () => {
    const { value, problems } = evaluate({ 'Fn::Select': [2, { 'Fn::Cidr': [{ 'Fn::GetAtt': ['Vpc', 'CidrBlock'] }, 4, 8] }] });
    assert.equal(plain(value), '10.0.2.0/24');
    assert.deepEqual(problems, []);
  });

  test('is not known when its ipBlock is the Amazon-provided IPv6 block of the VPC', () => {
    const { value } = evaluate({ 'Fn::Select': [0, { 'Fn::Cidr': [{ 'Fn::Select': [0, { 'Fn::GetAtt': ['Vpc', 'Ipv6CidrBlocks'] }] }, 1, 64] }] });
    assert.deepEqual(plain(value), { unknown: { why: 'attribute', name: 'Vpc.Ipv6CidrBlocks' } });
  });
});

describe('intrinsic functions', () => {
  test('Ref gives a parameter its default, a resource itself, and a pseudo parameter stays unknown', () => {
    const sections = { Parameters: { Cidr: { Type: 'String', Default: '10.9.0.0/16' }, Loose: { Type: 'String' } } };
    assert.equal(plain(evaluate({ Ref: 'Cidr' }, sections).value), '10.9.0.0/16');
    assert.deepEqual(plain(evaluate({ Ref: 'Vpc' }, sections).value), { resource: 'Vpc', type: 'AWS::EC2::VPC' });
    assert.deepEqual(plain(evaluate({ Ref: 'Loose' }, sections).value), { unknown: { why: 'parameter', name: 'Loose' } });
    assert.deepEqual(plain(evaluate({ Ref: 'AWS::Region' }, sections).value), { unknown: { why: 'pseudo', name: 'AWS::Region' } });
    assert.equal(evaluate({ Ref: 'AWS::NoValue' }, sections).value, undefined);
  });

  test('an SSM parameter type is read at deployment even with a default, and a list parameter splits at commas', () => {
    const sections = { Parameters: { Ssm: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/net/cidr' }, Blocks: { Type: 'CommaDelimitedList', Default: '10.0.1.0/24, 10.0.2.0/24' } } };
    assert.deepEqual(plain(evaluate({ Ref: 'Ssm' }, sections).value), { unknown: { why: 'ssm', name: 'Ssm' } });
    assert.deepEqual(plain(evaluate({ Ref: 'Blocks' }, sections).value), ['10.0.1.0/24', '10.0.2.0/24']);
  });

  test('Fn::Sub replaces parameters, attributes and its own variables, and keeps ${!Literal}', () => {
    const sections = { Parameters: { Env: { Type: 'String', Default: 'prod' } } };
    assert.equal(plain(evaluate({ 'Fn::Sub': '${Env}-${Vpc.CidrBlock}-${!Literal}' }, sections).value), 'prod-10.0.0.0/16-${Literal}');
    assert.equal(plain(evaluate({ 'Fn::Sub': ['${A}.${B}', { A: '10', B: { 'Fn::Join': ['.', ['0', '0', '0/8']] } }] }, sections).value), '10.0.0.0/8');
    assert.deepEqual(plain(evaluate({ 'Fn::Sub': 'com.amazonaws.${AWS::Region}.s3' }, sections).value), { unknown: { why: 'pseudo', name: 'AWS::Region' } });
    assert.deepEqual(plain(evaluate({ 'Fn::Sub': '${Vpc}' }, sections).value), { resource: 'Vpc', type: 'AWS::EC2::VPC' });
  });

  test('Fn::Join, Fn::Split and Fn::Select compose', () => {
    assert.equal(plain(evaluate({ 'Fn::Select': ['1', { 'Fn::Split': [',', { 'Fn::Join': [',', ['a', 'b', 'c']] }] }] }).value), 'b');
  });

  test('Fn::FindInMap reads the Mappings section, and its DefaultValue when the keys are missing', () => {
    const sections = { Mappings: { Net: { 'ap-northeast-1': { Cidr: '10.1.0.0/16' } } } };
    assert.equal(plain(evaluate({ 'Fn::FindInMap': ['Net', 'ap-northeast-1', 'Cidr'] }, sections).value), '10.1.0.0/16');
    assert.equal(plain(evaluate({ 'Fn::FindInMap': ['Net', 'us-east-1', 'Cidr', { DefaultValue: '10.2.0.0/16' }] }, sections).value), '10.2.0.0/16');
    assert.deepEqual(evaluate({ 'Fn::FindInMap': ['Net', 'us-east-1', 'Cidr'] }, sections).problems, ['input-template:mapping']);
  });

  test('Fn::If follows a condition known from defaults, and is unknown when the condition is, unless both branches agree', () => {
    const sections = {
      Parameters: { Env: { Type: 'String', Default: 'prod' }, Open: { Type: 'String' } },
      Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }, IsOpen: { 'Fn::And': [{ Condition: 'IsProd' }, { 'Fn::Equals': [{ Ref: 'Open' }, 'yes'] }] }, NotProd: { 'Fn::Not': [{ Condition: 'IsProd' }] } },
    };
    assert.equal(plain(evaluate({ 'Fn::If': ['IsProd', 'a', 'b'] }, sections).value), 'a');
    assert.equal(plain(evaluate({ 'Fn::If': ['NotProd', 'a', 'b'] }, sections).value), 'b');
    assert.deepEqual(plain(evaluate({ 'Fn::If': ['IsOpen', 'a', 'b'] }, sections).value), { unknown: { why: 'condition', name: 'IsOpen', cause: { why: 'parameter', name: 'Open' } } });
    assert.equal(plain(evaluate({ 'Fn::If': ['IsOpen', 'same', 'same'] }, sections).value), 'same');
  });

  test('Fn::Or is true when one condition is, even if another is not known', () => {
    const sections = { Parameters: { Open: { Type: 'String' } }, Conditions: { Always: { 'Fn::Or': [{ 'Fn::Equals': [{ Ref: 'Open' }, 'yes'] }, { 'Fn::Equals': ['1', 1] }] } } };
    assert.equal(plain(evaluate({ 'Fn::If': ['Always', 'a', 'b'] }, sections).value), 'a');
  });

  test('Fn::GetAZs and Fn::ImportValue are known only at deployment', () => {
    assert.deepEqual(plain(evaluate({ 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }).value), { unknown: { why: 'azs' } });
    assert.deepEqual(plain(evaluate({ 'Fn::ImportValue': { 'Fn::Sub': 'Network-${!Vpc}' } }).value), { unknown: { why: 'import', name: 'Network-${Vpc}' } });
  });

  test('a reference to nothing, a circular condition and a misused function are reported, not thrown', () => {
    assert.deepEqual(evaluate({ Ref: 'Nothing' }).problems, ['input-template:reference']);
    assert.deepEqual(evaluate({ 'Fn::If': ['Loop', 'a', 'b'] }, { Conditions: { Loop: { Condition: 'Loop' } } }).problems, ['input-template:cycle']);
    assert.deepEqual(evaluate({ 'Fn::Select': [5, ['a']] }).problems, ['input-template:function']);
    assert.deepEqual(evaluate({ 'Fn::Nope': [] }).problems, ['input-template:function']);
  });
});
