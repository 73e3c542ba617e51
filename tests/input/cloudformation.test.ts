/**
 * CloudFormation templates read onto the model: the semantics CloudFormation and AWS give them
 * (default egress, main route table, default network ACL, conditions, CDK's placeholder rule),
 * values known only at deployment leaving exactly what they decide unverified, and findings on the
 * template's own lines, the same for its JSON and YAML forms.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { validate, type Finding, type Report } from '../../validators/index.ts';
import { templateYaml } from '../support/cloudformation-yaml.ts';
import { validateInWorker } from '../support/validate-in-worker.ts';

type Json = Record<string, unknown>;

const ref = (id: string) => ({ Ref: id });
const VPC = { Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.20.0.0/16' } } };
const SUBNET = { Ws: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: ref('Vpc'), CidrBlock: '10.20.1.0/24', AvailabilityZone: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] } } } };
const TABLE = {
  Rtb: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: ref('Vpc') } },
  RtbAssoc: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: ref('Ws'), RouteTableId: ref('Rtb') } },
};
const IGW = {
  Igw: { Type: 'AWS::EC2::InternetGateway' },
  IgwAttach: { Type: 'AWS::EC2::VPCGatewayAttachment', Properties: { VpcId: ref('Vpc'), InternetGatewayId: ref('Igw') } },
};
const igwRoute = (extra: Json = {}) => ({ Default: { Type: 'AWS::EC2::Route', ...extra, Properties: { RouteTableId: ref('Rtb'), DestinationCidrBlock: '0.0.0.0/0', GatewayId: ref('Igw') } } });
/** A group that lets the WorkSpaces send only to the VPC (CDK writes it like this). */
const closedGroup = (egress: unknown[] = [{ IpProtocol: '-1', CidrIp: '10.20.0.0/16' }]) => ({ Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'WorkSpaces', VpcId: ref('Vpc'), SecurityGroupEgress: egress } } });

function template(resources: Json, extra: Json = {}): Json {
  return { AWSTemplateFormatVersion: '2010-09-09', ...extra, Resources: resources };
}

function check(value: Json, form: 'json' | 'yaml' = 'json', name = form === 'json' ? 'template.json' : 'template.yaml'): Report {
  return validate([{ name, text: form === 'json' ? JSON.stringify(value, null, 2) : templateYaml(value) }]);
}

const of = (report: Report, ruleId: string): Finding[] => report.findings.filter((finding) => finding.ruleId === ruleId);
const messages = (report: Report, ruleId: string) => of(report, ruleId).map((finding) => finding.message);

/** The line of `needle` (its first occurrence after `after`) in the text a template is written as. */
function lineOf(text: string, needle: string, after = ''): number {
  const start = after === '' ? 0 : text.indexOf(after);
  const index = text.indexOf(needle, start);
  assert.ok(index >= 0, `${needle} not in the text`);
  return text.slice(0, index).split('\n').length;
}

describe('reading a template', () => {
  test('a template is detected in JSON and in YAML, and its resources counted in the inventory', () => {
    const value = template({ ...VPC, ...SUBNET, ...TABLE });
    for (const form of ['json', 'yaml'] as const) {
      const report = check(value, form);
      assert.deepEqual(report.analysed.documents[0]?.kinds, ['CloudFormationTemplate'], form);
      assert.equal(report.analysed.vpcs, 1);
      assert.equal(report.analysed.subnets, 1);
      // The table of the template and the VPC's main table.
      assert.equal(report.analysed.routeTables, 2);
      assert.equal(report.analysed.networkAcls, 1);
    }
  });

  test('a subnet with only its VPC’s local route and a group that sends only inside the VPC is closed', () => {
    const report = check(template({ ...VPC, ...SUBNET, ...TABLE, ...closedGroup() }));
    assert.equal(report.verdict, 'closed');
    assert.deepEqual(report.analysed.workspacesSubnetIds, ['Ws']);
  });

  test('JSON and YAML forms give the same findings, each on its own line', () => {
    const value = template({ ...VPC, ...SUBNET, ...TABLE, ...IGW, ...igwRoute() });
    const json = check(value, 'json', 'template');
    const yaml = check(value, 'yaml', 'template');
    const strip = (report: Report) => JSON.parse(JSON.stringify(report.findings, (key, item) => (['line', 'column', 'endLine', 'endColumn'].includes(key) ? undefined : item)));
    assert.equal(json.verdict, 'open');
    assert.deepEqual(strip(yaml), strip(json));
    const jsonText = JSON.stringify(value, null, 2);
    const yamlText = templateYaml(value);
    const route = (report: Report) => of(report, 'rt-internet-route')[0] as Finding;
    assert.equal(route(json).line, lineOf(jsonText, '"DestinationCidrBlock"'));
    assert.equal(route(yaml).line, lineOf(yamlText, 'DestinationCidrBlock'));
    assert.deepEqual(route(json).path, ['Resources', 'Default', 'Properties', 'DestinationCidrBlock']);
  });

  test('the proof names the logical ids and points at the route’s line', () => {
    const value = template({ ...VPC, ...SUBNET, ...TABLE, ...IGW, ...igwRoute() });
    const text = templateYaml(value);
    const report = validate([{ name: 't.yaml', text }]);
    const steps = report.proof.parts.flatMap((part) => part.branches.flatMap((branch) => branch.steps));
    const route = steps.find((step) => step.layer === 'route' && step.text.includes('Igw'));
    assert.ok(route, JSON.stringify(steps.map((step) => step.text)));
    assert.match(route.text, /0\.0\.0\.0\/0/);
    assert.equal(route.line, lineOf(text, 'Properties:', 'Default:'));
  });
});

describe('what AWS and CloudFormation add', () => {
  test('a subnet with no association uses the VPC’s main table, which has only the local route', () => {
    const report = check(template({ ...VPC, ...SUBNET, ...closedGroup(), ...IGW }));
    assert.equal(report.verdict, 'closed');
    assert.ok(report.proof.parts.some((part) => part.branches.some((branch) => branch.steps.some((step) => step.text.includes('Vpc.MainRouteTable')))));
  });

  test('a subnet with no network ACL association uses the default ACL, which allows everything', () => {
    const report = check(template({ ...VPC, ...SUBNET, ...TABLE, ...IGW, ...igwRoute(), ...closedGroup([{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }]) }));
    assert.equal(report.verdict, 'open');
    const open = of(report, 'path-internet-reachable')[0];
    assert.ok(open?.evidence?.chain.some((step) => step.text.includes('Vpc.DefaultNetworkAcl')), JSON.stringify(open?.evidence));
  });

  test('a group without SecurityGroupEgress keeps AWS’s allow-all egress', () => {
    const group = { Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x', VpcId: ref('Vpc') } } };
    const report = check(template({ ...VPC, ...SUBNET, ...TABLE, ...IGW, ...igwRoute(), ...group }));
    assert.equal(report.verdict, 'open');
    assert.ok(of(report, 'sg-egress-public').length > 0);
  });

  test('CDK’s placeholder egress rule means the group has no egress at all', () => {
    const placeholder = { CidrIp: '255.255.255.255/32', Description: 'Disallow all traffic', FromPort: 252, IpProtocol: 'icmp', ToPort: 86 };
    const report = check(template({ ...VPC, ...SUBNET, ...TABLE, ...IGW, ...igwRoute(), ...closedGroup([placeholder]) }));
    // Egress is dropped by the group; unsolicited inbound is not allowed by it either.
    assert.equal(report.verdict, 'closed');
    assert.equal(of(report, 'sg-egress-public').length, 0);
  });

  test('a standalone SecurityGroupEgress adds to a group, and does not remove AWS’s default egress', () => {
    const group = { Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x', VpcId: ref('Vpc') } } };
    const egress = { SgOut: { Type: 'AWS::EC2::SecurityGroupEgress', Properties: { GroupId: { 'Fn::GetAtt': ['Sg', 'GroupId'] }, IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.20.0.0/16' } } };
    const report = check(template({ ...VPC, ...SUBNET, ...TABLE, ...IGW, ...igwRoute(), ...group, ...egress }));
    assert.equal(report.verdict, 'open');
  });

  test('a resource whose condition is false is not created', () => {
    const extra = { Parameters: { Env: { Type: 'String', Default: 'dev' } }, Conditions: { IsProd: { 'Fn::Equals': [ref('Env'), 'prod'] } } };
    const report = check(template({ ...VPC, ...SUBNET, ...TABLE, ...IGW, ...igwRoute({ Condition: 'IsProd' }), ...closedGroup([{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }]) }, extra));
    assert.equal(report.verdict, 'closed');
    assert.deepEqual(messages(report, 'input-unresolved'), ['Parameter Env is read at its default, "dev"; a stack deployed with another value is not what was checked.']);
  });

  test('a gateway endpoint’s route keeps traffic to the service private', () => {
    const endpoint = { S3: { Type: 'AWS::EC2::VPCEndpoint', Properties: { VpcId: ref('Vpc'), ServiceName: 'com.amazonaws.ap-northeast-1.s3', RouteTableIds: [ref('Rtb')] } } };
    const report = check(template({ ...VPC, ...SUBNET, ...TABLE, ...endpoint, ...closedGroup() }));
    assert.equal(report.verdict, 'closed');
    assert.equal(report.analysed.vpcEndpoints, 1);
  });

  test('a WorkSpaces directory brings its members group: no inbound rule, all outbound IPv4 allowed', () => {
    const directory = { Directory: { Type: 'AWS::WorkSpaces::Directory', Properties: { SubnetIds: [ref('Ws')], WorkspaceCreationProperties: { EnableInternetAccess: false } } } };
    const report = check(template({ ...VPC, ...SUBNET, ...TABLE, ...IGW, ...igwRoute(), ...closedGroup(), ...directory }));
    assert.equal(report.verdict, 'open');
    assert.ok(report.analysed.workspacesSecurityGroupIds.includes('Directory.WorkspaceSecurityGroupId'), JSON.stringify(report.analysed));
    assert.equal(report.analysed.workspaceDirectories, 1);
  });

  test('a WorkSpace of a directory registered elsewhere still carries that directory’s members group', () => {
    const workspace = { Desk: { Type: 'AWS::WorkSpaces::Workspace', Properties: { BundleId: 'wsb-0a1b2c3d4', DirectoryId: 'd-90670a0001', UserName: 'alice' } } };
    const report = check(template({ ...VPC, ...SUBNET, ...TABLE, ...IGW, ...igwRoute(), ...closedGroup(), ...workspace }));
    assert.equal(report.verdict, 'open');
    assert.deepEqual(report.analysed.workspacesSecurityGroupIds, ['d-90670a0001.WorkspaceSecurityGroupId']);
  });
});

describe('values known only at deployment', () => {
  const withEgress = (cidr: unknown, extra: Json = {}) => check(template({ ...VPC, ...SUBNET, ...TABLE, ...IGW, ...igwRoute(), ...closedGroup([{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: cidr }]) }, extra));

  test('a parameter without default in a rule’s CIDR makes the group not fully known, with a finding on that line naming the property and the resource', () => {
    const report = withEgress(ref('ProxyCidr'), { Parameters: { ProxyCidr: { Type: 'String' } } });
    assert.equal(report.verdict, 'unverified');
    const [finding] = of(report, 'input-unresolved');
    assert.equal(finding?.message, 'SecurityGroupEgress[0].CidrIp of Sg depends on parameter ProxyCidr, which has no default: security group Sg is taken as not fully known.');
    assert.deepEqual(finding?.path, ['Resources', 'Sg', 'Properties', 'SecurityGroupEgress', 0, 'CidrIp', 'Ref']);
  });

  test('an imported value, an SSM parameter and a pseudo parameter each leave it unverified, and say which', () => {
    const cases: [unknown, Json, RegExp][] = [
      [{ 'Fn::ImportValue': 'Network-ProxyCidr' }, {}, /Fn::ImportValue Network-ProxyCidr/],
      [ref('ProxyCidr'), { Parameters: { ProxyCidr: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/network/proxy-cidr' } } }, /Systems Manager Parameter Store/],
      [{ 'Fn::Sub': '${AWS::Region}' }, {}, /pseudo parameter AWS::Region/],
    ];
    for (const [cidr, extra, cause] of cases) {
      const report = withEgress(cidr, extra);
      assert.equal(report.verdict, 'unverified', JSON.stringify(cidr));
      assert.match(messages(report, 'input-unresolved').join('\n'), cause);
    }
  });

  test('a parameter with a default is read at it, and said once at the default’s line', () => {
    const extra = { Parameters: { ProxyCidr: { Type: 'String', Default: '10.20.0.0/16' } } };
    const value = template({ ...VPC, ...SUBNET, ...TABLE, ...IGW, ...igwRoute(), ...closedGroup([{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: ref('ProxyCidr') }]) }, extra);
    const report = check(value, 'yaml');
    assert.equal(report.verdict, 'closed');
    const [finding] = of(report, 'input-unresolved');
    assert.equal(finding?.severity, 'info');
    assert.equal(finding?.line, lineOf(templateYaml(value), 'Default:'));
  });

  test('a route whose next hop is a parameter has an unknown next hop; a route whose destination is one makes its table not fully known', () => {
    const parameters = { Parameters: { Hop: { Type: 'String' }, Dest: { Type: 'String' } } };
    const hop = check(template({ ...VPC, ...SUBNET, ...TABLE, Default: { Type: 'AWS::EC2::Route', Properties: { RouteTableId: ref('Rtb'), DestinationCidrBlock: '0.0.0.0/0', GatewayId: ref('Hop') } }, ...closedGroup([{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }]) }, parameters));
    assert.equal(hop.verdict, 'unverified');
    assert.match(messages(hop, 'input-unresolved').join('\n'), /GatewayId of Default depends on parameter Hop, which has no default: what kind of next hop the route sends to is not known/);
    const destination = check(template({ ...VPC, ...SUBNET, ...TABLE, ...IGW, Default: { Type: 'AWS::EC2::Route', Properties: { RouteTableId: ref('Rtb'), DestinationCidrBlock: ref('Dest'), GatewayId: ref('Igw') } }, ...closedGroup([{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }]) }, parameters));
    assert.equal(destination.verdict, 'unverified');
    assert.match(messages(destination, 'input-unresolved').join('\n'), /DestinationCidrBlock of Default depends on parameter Dest, which has no default: route table Rtb is taken as not fully known/);
  });

  test('a route under a condition that depends on a parameter without default leaves its table unverified', () => {
    const extra = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [ref('Env'), 'prod'] } } };
    const report = check(template({ ...VPC, ...SUBNET, ...TABLE, ...IGW, ...igwRoute({ Condition: 'IsProd' }), ...closedGroup([{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }]) }, extra));
    assert.equal(report.verdict, 'unverified');
    assert.match(messages(report, 'input-unresolved').join('\n'), /Default is created only when condition IsProd holds, and that depends on parameter Env, which has no default: route table Rtb is taken as not fully known/);
  });

  test('a subnet’s IPv6 block carved from the Amazon-provided VPC block is unknown, so both families are analysed', () => {
    const ipv6 = { V6: { Type: 'AWS::EC2::VPCCidrBlock', Properties: { VpcId: ref('Vpc'), AmazonProvidedIpv6CidrBlock: true } } };
    const subnet = { Ws: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: ref('Vpc'), CidrBlock: '10.20.1.0/24', Ipv6CidrBlock: { 'Fn::Select': [0, { 'Fn::Cidr': [{ 'Fn::Select': [0, { 'Fn::GetAtt': ['Vpc', 'Ipv6CidrBlocks'] }] }, 1, 64] }] } } } };
    const report = check(template({ ...VPC, ...ipv6, ...subnet, ...TABLE, ...closedGroup() }));
    assert.ok(report.proof.parts.some((part) => part.family === 6 && part.branches.length > 0));
    assert.match(messages(report, 'input-unresolved').join('\n'), /Ipv6CidrBlock of Ws depends on Vpc\.Ipv6CidrBlocks, known only after deployment/);
  });

  test('a subnet associated with a table from a parameter has unknown routes', () => {
    const extra = { Parameters: { SharedTable: { Type: 'String' } } };
    const report = check(template({ ...VPC, ...SUBNET, Assoc: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: ref('Ws'), RouteTableId: ref('SharedTable') } }, ...closedGroup([{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }]) }, extra));
    assert.equal(report.verdict, 'unverified');
    assert.match(messages(report, 'input-unresolved').join('\n'), /RouteTableId of Assoc depends on parameter SharedTable, which has no default: the routes of Ws are not known/);
  });

  test('a custom resource handed a route table makes it not fully known', () => {
    const custom = { Mutator: { Type: 'Custom::RouteFixer', Properties: { ServiceToken: 'arn:aws:lambda:ap-northeast-1:123456789012:function:fixer', Table: ref('Rtb') } } };
    const report = check(template({ ...VPC, ...SUBNET, ...TABLE, ...closedGroup([{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }]), ...custom }));
    assert.equal(report.verdict, 'unverified');
    assert.deepEqual(messages(report, 'input-unresolved'), ['Mutator (Custom::RouteFixer) is handed Rtb, which it may change at deployment in ways the template does not show: what it is handed is taken as not fully known.']);
  });

  test('a macro transform leaves every part unverified; the serverless transform does not', () => {
    const resources = { ...VPC, ...SUBNET, ...TABLE, ...closedGroup([{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }]) };
    assert.equal(check(template(resources, { Transform: 'MyMacro' })).verdict, 'unverified');
    assert.equal(check(template(resources, { Transform: 'AWS::Serverless-2016-10-31' })).verdict, 'closed');
  });
});

describe('documents that are not quite templates', () => {
  test('invalid YAML is reported where it breaks', () => {
    const text = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n   Properties: {\n';
    const report = validate([{ name: 't.yaml', text }]);
    const [finding] = of(report, 'input-json');
    assert.equal(finding?.messageId, 'invalidYaml');
    assert.ok((finding?.line ?? 0) >= 4, JSON.stringify(finding));
  });

  test('a YAML alias is refused, as CloudFormation refuses it', () => {
    const text = 'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties: &props\n      CidrBlock: 10.0.0.0/16\n  Other:\n    Type: AWS::EC2::VPC\n    Properties: *props\n';
    const report = validate([{ name: 't.yaml', text }]);
    assert.match(messages(report, 'input-json')[0] ?? '', /alias/);
    assert.equal(of(report, 'input-json')[0]?.line, 8);
  });

  test('Windows command output that mentions Resources is still read as Windows output', () => {
    const report = validate([{ name: 'x.txt', text: 'C:\\>ipconfig /all\r\n\r\nWindows IP Configuration\r\n\r\n   Host Name . . . . . . . . . . . . : WSAMZN-1\r\n' }]);
    assert.deepEqual(report.analysed.documents[0]?.kinds, ['ipconfig']);
  });

  test('the same template pasted twice is read once', () => {
    const text = JSON.stringify(template({ ...VPC, ...SUBNET, ...TABLE, ...closedGroup() }));
    const report = validate([{ name: 'a.json', text }, { name: 'b.json', text }]);
    assert.equal(report.verdict, 'closed');
    assert.equal(report.analysed.vpcs, 1);
    assert.ok(of(report, 'input-duplicate').length > 0);
    assert.equal(of(report, 'input-conflict').length, 0);
  });

  test('a Ref to nothing and a resource without a Type are template errors', () => {
    const report = check(template({ ...VPC, Broken: { Properties: {} }, Ws: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: ref('Nope'), CidrBlock: '10.20.1.0/24' } } }));
    assert.deepEqual(of(report, 'input-template').map((finding) => finding.messageId).sort(), ['reference', 'resource']);
  });

  test('arbitrary YAML under Resources never throws, and every finding has a place', () => {
    const line = fc.stringMatching(/^[ A-Za-z0-9:!\[\]{}\-,'"&*#|>.\/]{0,40}$/);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const report = validate([{ name: 't.yaml', text: `Resources:\n${lines.join('\n')}\n` }]);
        assert.ok(['closed', 'open', 'unverified'].includes(report.verdict));
        for (const finding of report.findings) assert.ok(finding.line >= 1 && finding.column >= 1);
      }),
      { numRuns: 2000 },
    );
  });

  test('a YAML template nested 20,000 levels deep is reported, not thrown', () => {
    const text = `Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    const report = validate([{ name: 't.yaml', text }]);
    assert.ok(report.findings.some((finding) => finding.ruleId === 'input-json' || finding.ruleId === 'input-template' || finding.ruleId === 'input-field'), JSON.stringify(report.findings.map((finding) => finding.message)));
  });

  test('__proto__ and constructor keys in a YAML template pollute no prototype', () => {
    const text = 'Resources:\n  __proto__:\n    polluted: true\n  constructor:\n    prototype:\n      polluted: true\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n      __proto__: {polluted: true}\n';
    const report = validate([{ name: 't.yaml', text }]);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(report.analysed.vpcs, 1);
  });
});

describe('adversarial templates finish', () => {
  // Validated in a worker, so the guard can fire; generous on purpose: a linear reader takes well under it.
  const GUARD = { timeout: 30_000 };
  const read = (name: string, text: string, signal: AbortSignal) => validateInWorker([{ name, text }], signal);

  test('a 300 KB YAML template of 1,000 subnets and routes', GUARD, ({ signal }) => {
    const block = (index: number) => `  Subnet${index}:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n      CidrBlock: !Select [${index % 256}, !Cidr [!GetAtt Vpc.CidrBlock, 256, 4]]\n  Route${index}:\n    Type: AWS::EC2::Route\n    Properties:\n      RouteTableId: !Ref Rtb\n      DestinationCidrBlock: 10.${index % 200}.${index % 250}.0/24\n      TransitGatewayId: tgw-0a1b2c3d4e5f60718\n`;
    const text = `Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n  Rtb:\n    Type: AWS::EC2::RouteTable\n    Properties:\n      VpcId: !Ref Vpc\n${Array.from({ length: 1000 }, (_, index) => block(index)).join('')}`;
    return read('big.yaml', text, signal);
  });

  test('64 KB of spaces between a top-level key and its colon, in text that is not YAML', GUARD, ({ signal }) => read('x.txt', `Resources${' '.repeat(65536)}x\n`.repeat(4), signal));

  test('an Fn::Sub of 64 KB of unclosed ${ and of 16,000 variables', GUARD, ({ signal }) => {
    const template = { Resources: { Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: { 'Fn::Sub': `${'${'.repeat(32768)}` } } }, Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x', VpcId: { Ref: 'Vpc' }, SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: { 'Fn::Sub': '${AWS::Region}'.repeat(16000) } }] } } } };
    return read('sub.json', JSON.stringify(template), signal);
  });
});
