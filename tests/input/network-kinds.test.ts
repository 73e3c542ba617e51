/**
 * The network-side kinds read into the model field by field: VPC endpoints, AWS service prefix
 * lists, internet and NAT gateways, VPC Block Public Access (options, exclusions, and the modes
 * describe-vpcs and describe-subnets print), with their input findings at the exact path.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readDocuments } from '../../validators/input/read.ts';
import { validate, type Finding } from '../../validators/index.ts';

const json = (value: unknown) => JSON.stringify(value, null, 2);
const read = (...documents: [name: string, value: unknown][]) => readDocuments(documents.map(([name, value]) => ({ name, text: json(value) })));
const problemsOf = (result: Pick<ReturnType<typeof readDocuments>, 'problems'>) => result.problems.map((problem) => `${problem.ruleId}/${problem.report.messageId} ${problem.report.at.path.join('.')}`);
const findings = (documents: [name: string, value: unknown][], lang: 'en' | 'ja' = 'en'): Finding[] => validate(documents.map(([name, value]) => ({ name, text: json(value) })), undefined, { lang }).findings;

const VPC = 'vpc-0a1b2c3d4e5f60718';

describe('describe-vpc-endpoints', () => {
  const output = {
    VpcEndpoints: [
      {
        VpcEndpointId: 'vpce-0a1b2c3d4e5f60001',
        VpcEndpointType: 'Gateway',
        VpcId: VPC,
        ServiceName: 'com.amazonaws.ap-northeast-1.s3',
        State: 'available',
        PolicyDocument: '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}',
        RouteTableIds: ['rtb-0a1b2c3d4e5f60001', 'rtb-0a1b2c3d4e5f60002'],
        SubnetIds: [],
        Groups: [],
      },
      {
        VpcEndpointId: 'vpce-0a1b2c3d4e5f60002',
        VpcEndpointType: 'Interface',
        VpcId: VPC,
        ServiceName: 'com.amazonaws.ap-northeast-1.ssm',
        State: 'available',
        RouteTableIds: [],
        SubnetIds: ['subnet-0a1b2c3d4e5f60001'],
        Groups: [{ GroupId: 'sg-0a1b2c3d4e5f60009', GroupName: 'endpoints' }],
      },
      { VpcEndpointId: 'vpce-0a1b2c3d4e5f60003', VpcEndpointType: 'GatewayLoadBalancer', VpcId: VPC, ServiceName: 'com.amazonaws.vpce.ap-northeast-1.vpce-svc-0a1b2c3d4e5f60003', State: 'available', SubnetIds: ['subnet-0a1b2c3d4e5f60002'] },
    ],
  };

  test('each endpoint keeps its type, service, state, route tables, subnets, groups, and its policy with where it is written', () => {
    const { resources, problems } = read(['vpc-endpoints.json', output]);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      resources.vpcEndpoints.map(({ at, ...rest }) => ({ ...rest, at: at.path.join('.') })),
      [
        {
          id: 'vpce-0a1b2c3d4e5f60001',
          type: 'Gateway',
          vpcId: VPC,
          serviceName: 'com.amazonaws.ap-northeast-1.s3',
          state: 'available',
          policy: '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}',
          policyAt: { file: 'vpc-endpoints.json', path: ['VpcEndpoints', 0, 'PolicyDocument'] },
          routeTableIds: ['rtb-0a1b2c3d4e5f60001', 'rtb-0a1b2c3d4e5f60002'],
          subnetIds: [],
          groupIds: [],
          at: 'VpcEndpoints.0.VpcEndpointId',
        },
        { id: 'vpce-0a1b2c3d4e5f60002', type: 'Interface', vpcId: VPC, serviceName: 'com.amazonaws.ap-northeast-1.ssm', state: 'available', routeTableIds: [], subnetIds: ['subnet-0a1b2c3d4e5f60001'], groupIds: ['sg-0a1b2c3d4e5f60009'], at: 'VpcEndpoints.1.VpcEndpointId' },
        { id: 'vpce-0a1b2c3d4e5f60003', type: 'GatewayLoadBalancer', vpcId: VPC, serviceName: 'com.amazonaws.vpce.ap-northeast-1.vpce-svc-0a1b2c3d4e5f60003', state: 'available', routeTableIds: [], subnetIds: ['subnet-0a1b2c3d4e5f60002'], groupIds: [], at: 'VpcEndpoints.2.VpcEndpointId' },
      ],
    );
  });

  test('an endpoint without its type is reported at the missing field and left out', () => {
    const { VpcEndpointType: _type, ...untyped } = output.VpcEndpoints[0] as Record<string, unknown>;
    const result = read(['vpc-endpoints.json', { VpcEndpoints: [untyped] }]);
    assert.deepEqual(problemsOf(result), ['input-field/missing VpcEndpoints.0.VpcEndpointType']);
    assert.deepEqual(result.resources.vpcEndpoints, []);
  });

  test('the create-vpc-endpoint output is read like one item of the list', () => {
    const { resources } = read(['create.json', { VpcEndpoint: output.VpcEndpoints[1] }]);
    assert.deepEqual(resources.vpcEndpoints.map((endpoint) => [endpoint.id, endpoint.at.path.join('.')]), [['vpce-0a1b2c3d4e5f60002', 'VpcEndpoint.VpcEndpointId']]);
  });
});

describe('describe-prefix-lists', () => {
  const s3 = { PrefixListName: 'com.amazonaws.ap-northeast-1.s3', Cidrs: ['52.219.136.0/22', '52.219.0.0/20'], PrefixListId: 'pl-61a54008' };

  test('each list keeps its name and CIDRs, each where it is written', () => {
    const { resources, problems } = read(['prefix-lists.json', { PrefixLists: [s3] }]);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      resources.prefixLists.map((list) => ({ id: list.id, name: list.name, cidrs: list.entries.map((entry) => `${entry.cidr.canonical}@${entry.at.path.join('.')}`), incomplete: list.incomplete, at: list.at.path.join('.') })),
      [{ id: 'pl-61a54008', name: 'com.amazonaws.ap-northeast-1.s3', cidrs: ['52.219.136.0/22@PrefixLists.0.Cidrs.0', '52.219.0.0/20@PrefixLists.0.Cidrs.1'], incomplete: false, at: 'PrefixLists.0.PrefixListId' }],
    );
  });

  test('a bad CIDR is reported at its index and leaves the list incomplete', () => {
    const { resources, problems } = read(['prefix-lists.json', { PrefixLists: [{ ...s3, Cidrs: ['52.219.136.0/22', '52.219.0.0/33'] }] }]);
    assert.deepEqual(problems.map((problem) => `${problem.ruleId} ${problem.report.at.path.join('.')}`), ['input-cidr PrefixLists.0.Cidrs.1']);
    assert.equal(resources.prefixLists[0]?.incomplete, true);
  });

  const entries = (cidrs: string[]) => ({ PrefixListId: 'pl-61a54008', Entries: cidrs.map((cidr) => ({ Cidr: cidr, Description: '' })) });

  test('the same list printed by get-managed-prefix-list-entries with the same CIDRs, in another order, is one list, named whichever came first', () => {
    for (const [first, second] of [
      [['a-entries.json', entries(['52.219.0.0/20', '52.219.136.0/22'])], ['b-lists.json', { PrefixLists: [s3] }]],
      [['a-lists.json', { PrefixLists: [s3] }], ['b-entries.json', entries(['52.219.0.0/20', '52.219.136.0/22'])]],
    ] as [string, unknown][][]) {
      const result = read(first as [string, unknown], second as [string, unknown]);
      assert.deepEqual(problemsOf(result), [`input-duplicate/duplicate ${(second as [string, unknown])[0].includes('lists') ? 'PrefixLists.0.PrefixListId' : 'PrefixListId'}`]);
      assert.deepEqual(result.resources.prefixLists.map((list) => [list.id, list.name, list.entries.length]), [['pl-61a54008', 'com.amazonaws.ap-northeast-1.s3', 2]]);
      assert.equal(result.resources.conflicted.size, 0);
    }
  });

  test('the same list id with other CIDRs in the two outputs is a conflict reported at both places, and the list is marked conflicted', () => {
    const result = read(['entries.json', entries(['52.219.0.0/20'])], ['lists.json', { PrefixLists: [s3] }]);
    assert.deepEqual(problemsOf(result), ['input-conflict/definition PrefixLists.0.PrefixListId', 'input-conflict/definition PrefixListId']);
    assert.ok(result.resources.conflicted.has('pl:pl-61a54008'));
  });

  test('describe-managed-prefix-lists, which prints no CIDRs, is named and the command that does is given', () => {
    const managed = { PrefixLists: [{ PrefixListId: 'pl-0a1b2c3d4e5f60718', AddressFamily: 'IPv4', State: 'create-complete', PrefixListArn: 'arn:aws:ec2:ap-northeast-1:123456789012:prefix-list/pl-0a1b2c3d4e5f60718', PrefixListName: 'onprem', MaxEntries: 10, Version: 1, OwnerId: '123456789012' }] };
    for (const lang of ['en', 'ja'] as const) {
      const messages = findings([['managed.json', managed]], lang).filter((finding) => finding.ruleId === 'input-document').map((finding) => finding.message);
      assert.deepEqual(
        messages,
        lang === 'en'
          ? ['pl-0a1b2c3d4e5f60718 is printed by describe-managed-prefix-lists, which gives a list’s size and owner but not its CIDRs; paste the output of aws ec2 get-managed-prefix-list-entries --prefix-list-id pl-0a1b2c3d4e5f60718 instead.']
          : ['pl-0a1b2c3d4e5f60718 は describe-managed-prefix-lists の出力で、リストのサイズや所有者はわかりますが CIDR は含まれません。代わりに aws ec2 get-managed-prefix-list-entries --prefix-list-id pl-0a1b2c3d4e5f60718 の出力を貼り付けてください。'],
      );
    }
  });
});

describe('describe-internet-gateways', () => {
  test('only attachments in state available (or attached, or printed without a state) attach the gateway', () => {
    const { resources, problems } = read([
      'internet-gateways.json',
      {
        InternetGateways: [
          {
            InternetGatewayId: 'igw-0a1b2c3d4e5f60718',
            Attachments: [
              { State: 'available', VpcId: 'vpc-0a1b2c3d4e5f60001' },
              { State: 'detaching', VpcId: 'vpc-0a1b2c3d4e5f60002' },
              { State: 'detached', VpcId: 'vpc-0a1b2c3d4e5f60003' },
              { State: 'attached', VpcId: 'vpc-0a1b2c3d4e5f60004' },
              { VpcId: 'vpc-0a1b2c3d4e5f60005' },
            ],
          },
          { InternetGatewayId: 'igw-0a1b2c3d4e5f60719', Attachments: [] },
        ],
      },
    ]);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      resources.internetGateways.map((gateway) => [gateway.id, gateway.attachments.map((attachment) => `${attachment.vpcId}@${attachment.at.path.join('.')}`)]),
      [
        ['igw-0a1b2c3d4e5f60718', ['vpc-0a1b2c3d4e5f60001@InternetGateways.0.Attachments.0.VpcId', 'vpc-0a1b2c3d4e5f60004@InternetGateways.0.Attachments.3.VpcId', 'vpc-0a1b2c3d4e5f60005@InternetGateways.0.Attachments.4.VpcId']],
        ['igw-0a1b2c3d4e5f60719', []],
      ],
    );
  });
});

describe('describe-nat-gateways', () => {
  const nat = (extra: Record<string, unknown>) => ({
    NatGatewayId: 'nat-0a1b2c3d4e5f60718',
    VpcId: VPC,
    SubnetId: 'subnet-0a1b2c3d4e5f60009',
    State: 'available',
    NatGatewayAddresses: [
      { NetworkInterfaceId: 'eni-0a1b2c3d4e5f60718', PrivateIp: '10.0.9.17', PublicIp: '203.0.113.17', IsPrimary: true, Status: 'succeeded' },
      { NetworkInterfaceId: 'eni-0a1b2c3d4e5f60718', PrivateIp: '10.0.9.18', IsPrimary: false, Status: 'succeeded' },
    ],
    ...extra,
  });

  test('connectivity, subnet, state and the private addresses are read', () => {
    const { resources, problems } = read(['nat-gateways.json', { NatGateways: [nat({ ConnectivityType: 'private' })] }]);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      resources.natGateways.map(({ at, ...rest }) => ({ ...rest, at: at.path.join('.') })),
      [{ id: 'nat-0a1b2c3d4e5f60718', vpcId: VPC, subnetId: 'subnet-0a1b2c3d4e5f60009', state: 'available', connectivity: 'private', privateIps: ['10.0.9.17', '10.0.9.18'], at: 'NatGateways.0.NatGatewayId' }],
    );
  });

  test('an unknown connectivity type is reported and left unset, never taken as private; a bad address is reported at its index', () => {
    const gateway = nat({ ConnectivityType: 'Private ' });
    (gateway.NatGatewayAddresses as Record<string, unknown>[])[1] = { PrivateIp: '10.0.9.300' };
    const result = read(['nat-gateways.json', { NatGateways: [gateway] }]);
    assert.deepEqual(problemsOf(result), ['input-value/natConnectivity NatGateways.0.ConnectivityType', 'input-value/address NatGateways.0.NatGatewayAddresses.1.PrivateIp']);
    assert.equal(result.resources.natGateways[0]?.connectivity, undefined);
    assert.deepEqual(result.resources.natGateways[0]?.privateIps, ['10.0.9.17']);
  });

  test('a pending private NAT gateway, whose address is not assigned yet, has no private address', () => {
    const { resources, problems } = read(['create.json', { NatGateway: { NatGatewayId: 'nat-0a1b2c3d4e5f60718', NatGatewayAddresses: [{}], State: 'pending', SubnetId: 'subnet-0a1b2c3d4e5f60009', VpcId: VPC, ConnectivityType: 'private' } }]);
    assert.deepEqual(problems, []);
    assert.deepEqual(resources.natGateways[0]?.privateIps, []);
  });
});

describe('VPC Block Public Access', () => {
  const options = { AwsAccountId: '123456789012', AwsRegion: 'ap-northeast-1', State: 'update-complete', InternetGatewayBlockMode: 'block-bidirectional', ExclusionsAllowed: 'allowed' };

  test('the options are one object under their key, read with mode, state, Region and whether exclusions are allowed', () => {
    for (const [form, value, path] of [
      ['the whole output', { VpcBlockPublicAccessOptions: options }, 'VpcBlockPublicAccessOptions.InternetGatewayBlockMode'],
      ['the object alone', options, 'InternetGatewayBlockMode'],
    ] as const) {
      const { resources, problems } = read(['bpa.json', value]);
      assert.deepEqual(problems, [], form);
      assert.deepEqual(
        resources.blockPublicAccessOptions.map(({ at, ...rest }) => ({ ...rest, at: at.path.join('.') })),
        [{ mode: 'block-bidirectional', state: 'update-complete', region: 'ap-northeast-1', exclusionsAllowed: true, at: path }],
        form,
      );
    }
  });

  test('a list under the options key is a wrong type, and an unknown mode is reported and blocks nothing', () => {
    assert.deepEqual(problemsOf(read(['bpa.json', { VpcBlockPublicAccessOptions: [options] }])), ['input-field/wrongType VpcBlockPublicAccessOptions']);
    const result = read(['bpa.json', { VpcBlockPublicAccessOptions: { ...options, InternetGatewayBlockMode: 'block-everything' } }]);
    assert.deepEqual(problemsOf(result), ['input-value/bpaMode VpcBlockPublicAccessOptions.InternetGatewayBlockMode']);
    assert.deepEqual(result.resources.blockPublicAccessOptions, []);
  });

  test('options of two Regions are two settings; the same Region twice with another mode is a conflict', () => {
    assert.equal(read(['a.json', { VpcBlockPublicAccessOptions: options }], ['b.json', { VpcBlockPublicAccessOptions: { ...options, AwsRegion: 'us-east-1' } }]).resources.blockPublicAccessOptions.length, 2);
    const conflict = read(['a.json', { VpcBlockPublicAccessOptions: options }], ['b.json', { VpcBlockPublicAccessOptions: { ...options, InternetGatewayBlockMode: 'off' } }]);
    assert.deepEqual(problemsOf(conflict), ['input-conflict/definition VpcBlockPublicAccessOptions.InternetGatewayBlockMode', 'input-conflict/definition VpcBlockPublicAccessOptions.InternetGatewayBlockMode']);
  });

  test('exclusions name their VPC or subnet from the ARN; unreadable ones are reported but kept', () => {
    const exclusion = (id: string, extra: Record<string, unknown>) => ({ ExclusionId: id, InternetGatewayExclusionMode: 'allow-bidirectional', State: 'create-complete', ...extra });
    const { resources, problems } = read([
      'exclusions.json',
      {
        VpcBlockPublicAccessExclusions: [
          exclusion('vpcbpa-exclude-0a1b2c3d4e5f60001', { ResourceArn: 'arn:aws:ec2:ap-northeast-1:123456789012:vpc/vpc-0a1b2c3d4e5f60718' }),
          exclusion('vpcbpa-exclude-0a1b2c3d4e5f60002', { ResourceArn: 'arn:aws-cn:ec2:cn-north-1:123456789012:subnet/subnet-0a1b2c3d4e5f60009', InternetGatewayExclusionMode: 'allow-egress' }),
          exclusion('vpcbpa-exclude-0a1b2c3d4e5f60003', { ResourceArn: 'arn:aws:ec2:ap-northeast-1:123456789012:instance/i-0a1b2c3d4e5f60718', InternetGatewayExclusionMode: 'allow-everything' }),
          exclusion('vpcbpa-exclude-0a1b2c3d4e5f60004', {}),
        ],
      },
    ]);
    assert.deepEqual(
      problems.map((problem) => `${problem.report.messageId} ${problem.report.at.path.join('.')}`),
      ['exclusionMode VpcBlockPublicAccessExclusions.2.InternetGatewayExclusionMode', 'exclusionArn VpcBlockPublicAccessExclusions.2.ResourceArn'],
    );
    assert.deepEqual(
      resources.blockPublicAccessExclusions.map((item) => [item.id, item.mode, item.resourceKind, item.resourceId, item.state]),
      [
        ['vpcbpa-exclude-0a1b2c3d4e5f60001', 'allow-bidirectional', 'vpc', 'vpc-0a1b2c3d4e5f60718', 'create-complete'],
        ['vpcbpa-exclude-0a1b2c3d4e5f60002', 'allow-egress', 'subnet', 'subnet-0a1b2c3d4e5f60009', 'create-complete'],
        ['vpcbpa-exclude-0a1b2c3d4e5f60003', 'allow-everything', undefined, undefined, 'create-complete'],
        ['vpcbpa-exclude-0a1b2c3d4e5f60004', 'allow-bidirectional', undefined, undefined, 'create-complete'],
      ],
    );
  });

  test('describe-vpcs and describe-subnets give the mode in effect per VPC and subnet, with the subnet’s zone and public-IP setting', () => {
    const states = (mode: unknown) => ({ BlockPublicAccessStates: { InternetGatewayBlockMode: mode } });
    const { resources, problems } = read(
      ['vpcs.json', { Vpcs: [{ VpcId: VPC, CidrBlock: '10.0.0.0/16', ...states('block-ingress') }, { VpcId: 'vpc-0a1b2c3d4e5f60719', CidrBlock: '10.1.0.0/16' }] }],
      [
        'subnets.json',
        {
          Subnets: [
            { SubnetId: 'subnet-0a1b2c3d4e5f60001', VpcId: VPC, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'ap-northeast-1a', MapPublicIpOnLaunch: true, ...states('off') },
            { SubnetId: 'subnet-0a1b2c3d4e5f60002', VpcId: VPC, CidrBlock: '10.0.2.0/24', AvailabilityZone: 'ap-northeast-1c', ...states('block-all') },
          ],
        },
      ],
    );
    assert.deepEqual(problemsOf({ problems }), ['input-value/bpaMode Subnets.1.BlockPublicAccessStates.InternetGatewayBlockMode']);
    assert.deepEqual(resources.vpcs.map((vpc) => [vpc.id, vpc.bpaMode?.mode, vpc.bpaMode?.at.path.join('.')]), [
      [VPC, 'block-ingress', 'Vpcs.0.BlockPublicAccessStates.InternetGatewayBlockMode'],
      ['vpc-0a1b2c3d4e5f60719', undefined, undefined],
    ]);
    assert.deepEqual(resources.subnets.map((subnet) => [subnet.id, subnet.availabilityZone, subnet.mapPublicIp, subnet.bpaMode?.mode]), [
      ['subnet-0a1b2c3d4e5f60001', 'ap-northeast-1a', true, 'off'],
      ['subnet-0a1b2c3d4e5f60002', 'ap-northeast-1c', undefined, undefined],
    ]);
  });

  test('the input findings read as written in both languages', () => {
    const documents: [string, unknown][] = [['nat.json', { NatGateways: [{ NatGatewayId: 'nat-0a1b2c3d4e5f60718', SubnetId: 'subnet-0a1b2c3d4e5f60009', ConnectivityType: 'carrier' }] }]];
    const messages = (lang: 'en' | 'ja') => findings(documents, lang).filter((finding) => finding.ruleId === 'input-value').map((finding) => finding.message);
    assert.deepEqual(messages('en'), ['ConnectivityType "carrier" is neither public nor private; the NAT gateway is taken as possibly public.']);
    assert.deepEqual(messages('ja'), ['ConnectivityType の "carrier" は public でも private でもありません。この NAT ゲートウェイはパブリックの可能性があるものとして扱います。']);
  });
});
