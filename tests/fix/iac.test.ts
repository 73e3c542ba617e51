/**
 * Fixes of findings in CloudFormation templates and Terraform plans are written in the language of
 * the input (template edits with logical ids, configuration edits with resource addresses), never
 * as `aws ec2` commands, and each is proven: its edits, applied to the template or plan, remove the
 * finding, add no error and leave the verdict no worse. IAC_FIX_RUNS sets the number of random
 * designs (default 40) written as both a template and a plan.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { validate, type Context, type EditFix, type Finding, type InputDocument } from '../../validators/index.ts';
import { renderCloudFormation, templateDesign } from '../support/design-cloudformation.ts';
import { genDesign } from '../support/design-gen.ts';
import { planExpressible, renderTerraform } from '../support/design-terraform.ts';
import { proveIacFixes } from '../support/iac-fix-proof.ts';
import { templateYaml } from '../support/cloudformation-yaml.ts';

const RUNS = Number(process.env.IAC_FIX_RUNS ?? 40);

interface Sample {
  id: string;
  documents: { name: string; path: string }[];
  context: Context;
}

const SAMPLES = (JSON.parse(readFileSync('public/samples/index.json', 'utf8')) as { samples: Sample[] }).samples;

function sample(id: string): { documents: InputDocument[]; context: Context } {
  const found = SAMPLES.find((candidate) => candidate.id === id);
  assert.ok(found, id);
  return { documents: found.documents.map((document) => ({ name: document.name, text: readFileSync(`public/samples/${document.path}`, 'utf8') })), context: found.context };
}

/** Every text of a fix: description, edit sentences and snippets. */
const fixText = (fix: EditFix) => [fix.description, ...fix.edits.flatMap((edit) => [edit.text, edit.code ?? ''])].join('\n');

function editFix(finding: Finding | undefined): EditFix {
  assert.ok(finding?.fix, `${finding?.ruleId ?? 'no finding'} has a fix`);
  assert.notEqual(finding.fix.language, 'aws-cli');
  return finding.fix as EditFix;
}

/** Proves every template or plan fix of the documents; returns the outcomes. */
function proveAll(documents: readonly InputDocument[], context: Context | undefined) {
  const outcomes = proveIacFixes(documents, context);
  for (const outcome of outcomes) assert.deepEqual(outcome.problems, [], `${outcome.finding.ruleId}: ${outcome.finding.message}\n${outcome.fix.edits.map((edit) => `${edit.text.en}\n${edit.code ?? ''}`).join('\n')}`);
  return outcomes;
}

describe('fixes of the gallery’s open template and plan', () => {
  test('the CloudFormation sample’s fixes delete the route and entries by logical id, with no aws ec2 command, and the route’s fix closes the path', () => {
    const { documents, context } = sample('cloudformation-patching-nat');
    const report = validate(documents, context);
    assert.equal(report.verdict, 'open');
    const fixed = report.findings.filter((finding) => finding.fix);
    assert.ok(fixed.length >= 4);
    for (const finding of fixed) {
      const fix = editFix(finding);
      assert.equal(fix.language, 'cloudformation');
      assert.doesNotMatch(fixText(fix), /aws ec2/);
    }
    const route = editFix(report.findings.find((finding) => finding.ruleId === 'path-internet-reachable'));
    assert.deepEqual(
      route.edits.map((edit) => edit.text),
      ['Delete the resource `PatchingRoute` (AWS::EC2::Route, 0.0.0.0/0 → NAT gateway NatGateway) from the template, and take `PatchingRoute` out of any `DependsOn` that names it.'],
    );
    const entry = editFix(report.findings.find((finding) => finding.ruleId === 'nacl-egress-public'));
    assert.match(entry.edits[0]?.text ?? '', /^Delete the resource `WorkspacesOutboundHttps` \(AWS::EC2::NetworkAclEntry, outbound rule 110\)/);
    const outcomes = proveAll(documents, context);
    const path = outcomes.find((outcome) => outcome.finding.ruleId === 'path-internet-reachable');
    assert.equal(path?.after?.verdict, 'closed');
  });

  test('the Terraform sample’s fixes remove both halves of the split route by address and replace the rule as HCL, and the path closes', () => {
    const { documents, context } = sample('terraform-split-default-to-nat');
    const report = validate(documents, context);
    assert.equal(report.verdict, 'open');
    for (const finding of report.findings.filter((candidate) => candidate.fix)) {
      const fix = editFix(finding);
      assert.equal(fix.language, 'terraform');
      assert.doesNotMatch(fixText(fix), /aws ec2/);
    }
    const path = editFix(report.findings.find((finding) => finding.ruleId === 'path-internet-reachable'));
    assert.deepEqual(
      path.edits.map((edit) => edit.text),
      [
        'Remove `aws_route.nat_low` (0.0.0.0/1 → NAT gateway module.vpc.aws_nat_gateway.this[0]): delete its `resource "aws_route" "nat_low"` block.',
        'Remove `aws_route.nat_high` (128.0.0.0/1 → NAT gateway module.vpc.aws_nat_gateway.this[0]): delete its `resource "aws_route" "nat_high"` block.',
      ],
    );
    const rule = editFix(report.findings.find((finding) => finding.ruleId === 'sg-egress-public'));
    assert.match(rule.edits[0]?.text ?? '', /^Remove `aws_vpc_security_group_egress_rule\.https_anywhere`/);
    assert.equal(
      rule.edits[1]?.code,
      [
        'resource "aws_vpc_security_group_egress_rule" "workspaces_egress_10_0_0_0_16" {',
        '  security_group_id = aws_security_group.workspaces.id',
        '  ip_protocol       = "tcp"',
        '  from_port         = 443',
        '  to_port           = 443',
        '  cidr_ipv4         = "10.0.0.0/16"',
        '}',
      ].join('\n'),
    );
    const outcomes = proveAll(documents, context);
    assert.equal(outcomes.find((outcome) => outcome.finding.ruleId === 'path-internet-reachable')?.after?.verdict, 'closed');
  });

  test('a resource declared inside a module gets no edit, and the description says to change the module instead', () => {
    const { documents, context } = sample('terraform-vpc-intra');
    const acl = validate(documents, context).findings.filter((finding) => finding.ruleId === 'nacl-egress-public');
    assert.ok(acl.length > 0);
    for (const finding of acl) {
      const fix = editFix(finding);
      assert.deepEqual(fix.edits, []);
      assert.match(fix.description, /`module\.vpc\.aws_default_network_acl\.this\[0\]` is declared inside `module\.vpc`: the change cannot be written in this configuration\./);
    }
    const ja = validate(documents, context, { lang: 'ja' }).findings.find((finding) => finding.ruleId === 'nacl-egress-public');
    assert.match(editFix(ja).description, /モジュールの入力/);
  });

  test('Japanese reports write the same edits in Japanese, with the same snippets', () => {
    const { documents, context } = sample('terraform-split-default-to-nat');
    const en = validate(documents, context).findings;
    const ja = validate(documents, context, { lang: 'ja' }).findings;
    en.forEach((finding, index) => {
      if (!finding.fix) return;
      const other = editFix(ja[index]);
      const fix = editFix(finding);
      assert.deepEqual(other.edits.map((edit) => edit.code), fix.edits.map((edit) => edit.code));
      for (const edit of other.edits) assert.match(edit.text, /[\u3040-\u30ff\u4e00-\u9fff]/, edit.text);
    });
  });
});

/** A VPC with one WorkSpaces subnet whose network ACL lets everything out to anywhere. */
const OPEN_ACL_TEMPLATE = {
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: {
    Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
    WorkspacesSubnet: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.0.1.0/24' } },
    WorkspacesAcl: { Type: 'AWS::EC2::NetworkAcl', Properties: { VpcId: { Ref: 'Vpc' } } },
    WorkspacesAclAssociation: { Type: 'AWS::EC2::SubnetNetworkAclAssociation', Properties: { SubnetId: { Ref: 'WorkspacesSubnet' }, NetworkAclId: { Ref: 'WorkspacesAcl' } } },
    EgressAll: { Type: 'AWS::EC2::NetworkAclEntry', Properties: { NetworkAclId: { Ref: 'WorkspacesAcl' }, RuleNumber: 100, Egress: true, Protocol: -1, RuleAction: 'allow', CidrBlock: '0.0.0.0/0' } },
  },
};

describe('template edits', () => {
  const context: Context = { workspacesSubnetIds: ['WorkspacesSubnet'], directoryControllers: ['172.16.0.10'] };

  test('narrowing an entry sets its CidrBlock and adds an entry as a YAML resource with !Ref, in a YAML template', () => {
    const documents = [{ name: 'template.yaml', text: templateYaml(OPEN_ACL_TEMPLATE) }];
    const fix = editFix(validate(documents, context).findings.find((finding) => finding.ruleId === 'nacl-egress-public'));
    assert.equal(fix.edits[0]?.text, 'In `EgressAll` (AWS::EC2::NetworkAclEntry, outbound rule 100 of `WorkspacesAcl`), set `CidrBlock: "10.0.0.0/16"`.');
    assert.equal(
      fix.edits[1]?.code,
      ['WorkspacesAclEgress110:', '  Type: AWS::EC2::NetworkAclEntry', '  Properties:', '    NetworkAclId: !Ref WorkspacesAcl', '    RuleNumber: 110', '    Egress: true', '    Protocol: -1', '    RuleAction: allow', '    CidrBlock: "172.16.0.10/32"'].join('\n'),
    );
    proveAll(documents, context);
  });

  test('in a JSON template the same edits are JSON', () => {
    const documents = [{ name: 'template.json', text: JSON.stringify(OPEN_ACL_TEMPLATE, null, 2) }];
    const fix = editFix(validate(documents, context).findings.find((finding) => finding.ruleId === 'nacl-egress-public'));
    assert.equal(fix.edits[0]?.text, 'In `EgressAll` (AWS::EC2::NetworkAclEntry, outbound rule 100 of `WorkspacesAcl`), set `"CidrBlock": "10.0.0.0/16"`.');
    assert.deepEqual(JSON.parse(fix.edits[1]?.code ?? ''), {
      WorkspacesAclEgress110: { Type: 'AWS::EC2::NetworkAclEntry', Properties: { NetworkAclId: { Ref: 'WorkspacesAcl' }, RuleNumber: 110, Egress: true, Protocol: -1, RuleAction: 'allow', CidrBlock: '172.16.0.10/32' } },
    });
    proveAll(documents, context);
  });

  test('removing a group’s last outbound entry keeps a placeholder entry, since an empty SecurityGroupEgress allows everything', () => {
    const template = {
      ...OPEN_ACL_TEMPLATE,
      Resources: {
        ...OPEN_ACL_TEMPLATE.Resources,
        WorkspacesGroup: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'WorkSpaces', VpcId: { Ref: 'Vpc' }, SecurityGroupEgress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '8.8.8.8/32' }] } },
      },
    };
    const documents = [{ name: 'template.json', text: JSON.stringify(template) }];
    const fix = editFix(validate(documents, { workspacesSubnetIds: ['WorkspacesSubnet'] }).findings.find((finding) => finding.ruleId === 'sg-egress-public'));
    assert.equal(fix.edits[0]?.text, 'In `WorkspacesGroup` (AWS::EC2::SecurityGroup), remove the `SecurityGroupEgress` entry with `"IpProtocol": "tcp"`, `"FromPort": 443`, `"ToPort": 443`, `"CidrIp": "8.8.8.8/32"`.');
    assert.match(fix.edits[1]?.code ?? '', /"CidrIp": "255\.255\.255\.255\/32"/);
    proveAll(documents, { workspacesSubnetIds: ['WorkspacesSubnet'] });
  });
});

test('random designs written as a template and as a plan get fixes in their own language that pass the proof', { timeout: 600_000 }, () => {
  let edits = 0;
  fc.assert(
    fc.property(genDesign, fc.boolean(), fc.boolean(), (raw, asYaml, existing) => {
      const template = renderCloudFormation(templateDesign(raw));
      const plan = renderTerraform(planExpressible(raw, { existing: () => existing }), { existing: () => existing });
      for (const [documents, context, language] of [
        [template.documents(asYaml ? 'yaml' : 'json'), template.context, 'cloudformation'],
        [plan.documents, plan.context, 'terraform'],
      ] as const) {
        for (const outcome of proveAll(documents, context as Context)) {
          assert.equal(outcome.fix.language, language);
          assert.ok(outcome.fix.edits.length > 0 || outcome.fix.refused, 'a fix without edits says why');
          for (const edit of outcome.fix.edits) assert.doesNotMatch(`${edit.text.en}\n${edit.code ?? ''}`, /aws ec2/);
          edits += outcome.fix.edits.length;
        }
      }
    }),
    { numRuns: RUNS },
  );
  assert.ok(RUNS < 10 || edits > 0, 'some fix had edits');
});
