/**
 * path-endpoint-policy-open: which policies are called open (exactly the allow-everything ones,
 * never one with a condition or a Deny), and the default a template or plan gets by leaving it out.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allowsEverything, DEFAULT_ENDPOINT_POLICY } from '../../validators/analysis/endpoint-policy.ts';
import { validate } from '../../validators/index.ts';

const policy = (...statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const allowAll = { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' };

describe('which endpoint policies let everything through', () => {
  test('AWS’s default policy, and its spellings with lists, an AWS principal and the service’s own wildcard, are open', () => {
    assert.equal(allowsEverything(DEFAULT_ENDPOINT_POLICY, 's3'), true);
    assert.equal(allowsEverything(policy({ ...allowAll, Principal: { AWS: '*' }, Action: ['s3:*'], Resource: ['arn:aws:s3:::*'] }), 's3'), true);
    assert.equal(allowsEverything(JSON.stringify({ Statement: allowAll }), 'dynamodb'), true);
    assert.equal(allowsEverything(policy({ ...allowAll, Action: 'DynamoDB:*' }), 'dynamodb'), true);
  });

  test('a condition, a Deny, a narrower action or resource, or another service’s wildcard is not called open', () => {
    assert.equal(allowsEverything(policy({ ...allowAll, Condition: { StringEquals: { 'aws:ResourceAccount': '111122223333' } } }), 's3'), false);
    assert.equal(allowsEverything(policy(allowAll, { Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::*/*' }), 's3'), false);
    assert.equal(allowsEverything(policy({ ...allowAll, Action: 's3:GetObject' }), 's3'), false);
    assert.equal(allowsEverything(policy({ ...allowAll, Resource: 'arn:aws:s3:::corp-bucket/*' }), 's3'), false);
    assert.equal(allowsEverything(policy({ ...allowAll, Action: 'dynamodb:*' }), 's3'), false);
    assert.equal(allowsEverything(policy({ ...allowAll, Principal: { AWS: 'arn:aws:iam::111122223333:root' } }), 's3'), false);
    assert.equal(allowsEverything(policy({ ...allowAll, NotResource: 'arn:aws:s3:::x' }), 's3'), false);
  });

  test('text that is not a JSON policy is not called open, and nothing throws', () => {
    for (const text of ['', 'not json', '[]', 'null', '{"Statement": 7}', '{"Statement":[null, 1, "x"]}', '{"__proto__":{"Statement":[]}}']) assert.equal(allowsEverything(text, 's3'), false, text);
  });
});

describe('a template that leaves the policy out', () => {
  const template = (properties: Record<string, unknown> = {}) => ({
    name: 'template.json',
    text: JSON.stringify(
      {
        AWSTemplateFormatVersion: '2010-09-09',
        Resources: {
          Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
          Subnet: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'ap-northeast-1a' } },
          Table: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: { Ref: 'Vpc' } } },
          Association: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: { Ref: 'Subnet' }, RouteTableId: { Ref: 'Table' } } },
          S3: { Type: 'AWS::EC2::VPCEndpoint', Properties: { VpcId: { Ref: 'Vpc' }, ServiceName: 'com.amazonaws.ap-northeast-1.s3', RouteTableIds: [{ Ref: 'Table' }], ...properties } },
        },
      },
      null,
      2,
    ),
  });
  const findings = (document: { name: string; text: string }) => validate([document], { region: 'ap-northeast-1' }).findings.filter((finding) => finding.ruleId === 'path-endpoint-policy-open');

  test('gets AWS’s default policy and the warning, at the endpoint', () => {
    const [finding, ...rest] = findings(template());
    assert.equal(rest.length, 0);
    assert.equal(finding?.severity, 'warning');
    assert.match(finding?.message ?? '', /^The policy of S3 \(com\.amazonaws\.ap-northeast-1\.s3\) allows any principal/);
  });

  test('a policy that keeps S3 to the account is not reported; one written open is, at its PolicyDocument', () => {
    const own = { Statement: [{ ...allowAll, Condition: { StringEquals: { 'aws:ResourceAccount': '111122223333' } } }] };
    assert.deepEqual(findings(template({ PolicyDocument: own })), []);
    const open = findings(template({ PolicyDocument: { Statement: [allowAll] } }));
    assert.equal(open.length, 1);
    assert.deepEqual(open[0]?.path, ['Resources', 'S3', 'Properties', 'PolicyDocument']);
  });
});
