/**
 * The example inputs readers try in the workbench and the CLI: a closed reference design and the
 * same design with one mistake each. Written to public/samples/ by `npm run samples`; a test
 * checks the committed files match this script and that each sample gets its expected verdict
 * and findings.
 */
import type { Context, Verdict } from '../validators/types.ts';
import { TRANSIT_SAMPLES } from './transit.ts';
import { GATEWAY_SAMPLES } from './gateways.ts';
import { CDK_TEMPLATE_TEXT, CDK_WORKSPACES_SUBNETS, WORKSPACES_TEMPLATE, WORKSPACES_TEMPLATE_WITH_NAT } from './cloudformation.ts';
import { TERRAFORM_SAMPLES } from './terraform.ts';

export const OWNER = '123456789012';
export const VPC = 'vpc-0c1a55ed0c1a55ed0';
export const SUBNET_A = 'subnet-0a1b2c3d4e5f60001';
export const SUBNET_B = 'subnet-0a1b2c3d4e5f60002';
export const DIRECTORY_SUBNET = 'subnet-0d1d2d3d4d5d60003';
const TABLE = 'rtb-0f00d5a1e0c1a5ed0';
const MAIN_TABLE = 'rtb-0aa1a2a3a4a5a6a70';
const ACL = 'acl-0ac1c1a5ed0c1a5ed';
const WORKSPACES_SG = 'sg-0c1a5ed0c1a5ed001';
const S3_ENDPOINT = 'vpce-0b5e0d0c1a5ed0001';
const IPV6_BLOCK = '2406:da14:1a2:b300::/56';

type Json = Record<string, unknown>;

export interface SampleDocument {
  name: string;
  command: string;
  /** A JSON value (written out with 4 spaces, as the AWS CLI prints it), or a document's text as it is (a YAML template). */
  content: Json | string;
}

/** The text of a sample document, as it is committed and pasted. */
export function sampleText(document: SampleDocument): string {
  return typeof document.content === 'string' ? document.content : `${JSON.stringify(document.content, null, 4)}\n`;
}

export interface Sample {
  id: string;
  title: { en: string; ja: string };
  description: { en: string; ja: string };
  documents: SampleDocument[];
  context: Context;
  /** The verdict, and how many findings of each rule (ruleIds lists the rules, for readers of index.json). */
  expected: { verdict: Verdict; ruleIds: string[]; counts: Record<string, number> };
}

const route = (destination: string, target: Json, extra: Json = {}): Json => ({
  DestinationCidrBlock: destination,
  ...target,
  Origin: 'CreateRoute',
  State: 'active',
  ...extra,
});

function routeTables(extraRoutes: Json[] = [], options: { propagatingVgws?: string[]; ipv6?: boolean } = {}): Json {
  return {
    RouteTables: [
      {
        Associations: [{ Main: true, RouteTableAssociationId: 'rtbassoc-0aa0aa0aa0aa0aa01', RouteTableId: MAIN_TABLE, AssociationState: { State: 'associated' } }],
        PropagatingVgws: [],
        RouteTableId: MAIN_TABLE,
        Routes: [{ DestinationCidrBlock: '172.20.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' }],
        Tags: [{ Key: 'Name', Value: 'main' }],
        VpcId: VPC,
        OwnerId: OWNER,
      },
      {
        Associations: [SUBNET_A, SUBNET_B, DIRECTORY_SUBNET].map((subnet, index) => ({
          Main: false,
          RouteTableAssociationId: `rtbassoc-0b0b0b0b0b0b0b0b${index + 1}`,
          RouteTableId: TABLE,
          SubnetId: subnet,
          AssociationState: { State: 'associated' },
        })),
        PropagatingVgws: (options.propagatingVgws ?? []).map((id) => ({ GatewayId: id })),
        RouteTableId: TABLE,
        Routes: [
          { DestinationCidrBlock: '172.20.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
          ...(options.ipv6 ? [{ DestinationIpv6CidrBlock: IPV6_BLOCK, GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' }] : []),
          { DestinationPrefixListId: 'pl-61a54008', GatewayId: S3_ENDPOINT, Origin: 'CreateRoute', State: 'active' },
          ...extraRoutes,
        ],
        Tags: [{ Key: 'Name', Value: 'workspaces-closed' }],
        VpcId: VPC,
        OwnerId: OWNER,
      },
    ],
  };
}

const aclEntry = (egress: boolean, number: number, cidr: string, action: 'allow' | 'deny', protocol = '-1', extra: Json = {}): Json => ({
  CidrBlock: cidr,
  Egress: egress,
  Protocol: protocol,
  RuleAction: action,
  RuleNumber: number,
  ...extra,
});

function networkAcls(options: { egress?: Json[]; ingress?: Json[] } = {}): Json {
  return {
    NetworkAcls: [
      {
        Associations: [SUBNET_A, SUBNET_B, DIRECTORY_SUBNET].map((subnet, index) => ({
          NetworkAclAssociationId: `aclassoc-0c0c0c0c0c0c0c0c${index + 1}`,
          NetworkAclId: ACL,
          SubnetId: subnet,
        })),
        Entries: [
          ...(options.egress ?? [aclEntry(true, 100, '172.20.0.0/16', 'allow')]),
          aclEntry(true, 32767, '0.0.0.0/0', 'deny'),
          ...(options.ingress ?? [aclEntry(false, 100, '172.20.0.0/16', 'allow')]),
          aclEntry(false, 32767, '0.0.0.0/0', 'deny'),
        ],
        IsDefault: false,
        NetworkAclId: ACL,
        Tags: [{ Key: 'Name', Value: 'workspaces-closed' }],
        VpcId: VPC,
        OwnerId: OWNER,
      },
    ],
  };
}

const permission = (protocol: string, cidr: string, ports?: [number, number]): Json => ({
  IpProtocol: protocol,
  ...(ports ? { FromPort: ports[0], ToPort: ports[1] } : {}),
  IpRanges: [{ CidrIp: cidr }],
  Ipv6Ranges: [],
  PrefixListIds: [],
  UserIdGroupPairs: [],
});

function securityGroups(options: { egress?: Json[]; ingress?: Json[] } = {}): Json {
  return {
    SecurityGroups: [
      {
        Description: 'Amazon WorkSpaces Security Group',
        GroupName: 'd-95670a1b2c_workspacesMembers',
        IpPermissions: options.ingress ?? [],
        OwnerId: OWNER,
        GroupId: WORKSPACES_SG,
        IpPermissionsEgress: options.egress ?? [permission('-1', '172.20.0.0/16')],
        VpcId: VPC,
      },
    ],
  };
}

/** describe-subnets of the VPC; with `ipv6`, each subnet also has a /64 of the VPC's IPv6 block. */
const subnets = (ipv6 = false): Json => ({
  Subnets: [
    [SUBNET_A, '172.20.1.0/24', 'ap-northeast-1a'],
    [SUBNET_B, '172.20.2.0/24', 'ap-northeast-1c'],
    [DIRECTORY_SUBNET, '172.20.10.0/24', 'ap-northeast-1a'],
  ].map(([id, cidr, zone], index) => ({
    AvailabilityZone: zone,
    CidrBlock: cidr,
    MapPublicIpOnLaunch: false,
    State: 'available',
    SubnetId: id,
    VpcId: VPC,
    OwnerId: OWNER,
    Ipv6CidrBlockAssociationSet: ipv6
      ? [{ AssociationId: `subnet-cidr-assoc-0${index + 1}0a0a0a0a0a0a0a0`, Ipv6CidrBlock: IPV6_BLOCK.replace('00::/56', `0${index + 1}::/64`), Ipv6CidrBlockState: { State: 'associated' } }]
      : [],
  })),
});

const vpcs: Json = {
  Vpcs: [
    {
      CidrBlock: '172.20.0.0/16',
      State: 'available',
      VpcId: VPC,
      OwnerId: OWNER,
      IsDefault: false,
      CidrBlockAssociationSet: [{ AssociationId: 'vpc-cidr-assoc-0d0d0d0d0d0d0d0d1', CidrBlock: '172.20.0.0/16', CidrBlockState: { State: 'associated' } }],
    },
  ],
};

/** describe-vpc-endpoints of the VPC: the S3 gateway endpoint whose route the WorkSpaces table carries. */
const vpcEndpoints: Json = {
  VpcEndpoints: [
    {
      VpcEndpointId: S3_ENDPOINT,
      VpcEndpointType: 'Gateway',
      VpcId: VPC,
      ServiceName: 'com.amazonaws.ap-northeast-1.s3',
      State: 'available',
      // Kept to the account's own buckets, as a closed design does (path-endpoint-policy-open).
      PolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"aws:ResourceAccount":"123456789012"}}}]}',
      RouteTableIds: [TABLE],
      SubnetIds: [],
      Groups: [],
      PrivateDnsEnabled: false,
      RequesterManaged: false,
      NetworkInterfaceIds: [],
      DnsEntries: [],
      CreationTimestamp: '2026-04-01T02:13:44.000Z',
      OwnerId: OWNER,
    },
  ],
};

const COMMANDS = {
  'route-tables.json': `aws ec2 describe-route-tables --filters Name=vpc-id,Values=${VPC}`,
  'network-acls.json': `aws ec2 describe-network-acls --filters Name=vpc-id,Values=${VPC}`,
  'security-groups.json': `aws ec2 describe-security-groups --filters Name=vpc-id,Values=${VPC}`,
  'subnets.json': `aws ec2 describe-subnets --filters Name=vpc-id,Values=${VPC}`,
  'vpcs.json': `aws ec2 describe-vpcs --vpc-ids ${VPC}`,
  'vpc-endpoints.json': `aws ec2 describe-vpc-endpoints --filters Name=vpc-id,Values=${VPC}`,
} as const;

function documents(parts: { routeTables?: Json; networkAcls?: Json; securityGroups?: Json; ipv6?: boolean; prefixLists?: Json }): SampleDocument[] {
  const content: Record<keyof typeof COMMANDS, Json> = {
    'route-tables.json': parts.routeTables ?? routeTables(),
    'network-acls.json': parts.networkAcls ?? networkAcls(),
    'security-groups.json': parts.securityGroups ?? securityGroups(),
    'subnets.json': subnets(parts.ipv6),
    'vpcs.json': vpcs,
    'vpc-endpoints.json': vpcEndpoints,
  };
  const listed = (Object.keys(COMMANDS) as (keyof typeof COMMANDS)[]).map((name) => ({ name, command: COMMANDS[name], content: content[name] }));
  return parts.prefixLists ? [...listed, { name: 'prefix-lists.json', command: 'aws ec2 describe-prefix-lists --prefix-list-ids pl-61a54008', content: parts.prefixLists }] : listed;
}

/** A shortened describe-prefix-lists of the S3 list of ap-northeast-1: three of its CIDRs stand for all of them. */
const S3_CIDRS = ['3.5.152.0/21', '52.219.0.0/20', '52.219.136.0/22'];
const s3PrefixList: Json = { PrefixLists: [{ PrefixListName: 'com.amazonaws.ap-northeast-1.s3', Cidrs: S3_CIDRS, PrefixListId: 'pl-61a54008' }] };

/** Managed AD with its two controllers in the directory subnet; WorkSpaces in subnets A and B. */
const CONTEXT: Context = {
  region: 'ap-northeast-1',
  bundle: 'public',
  workspacesSubnetIds: [SUBNET_A, SUBNET_B],
  directoryControllers: ['172.20.10.10', '172.20.10.11'],
};

const mistake = (
  id: string,
  title: Sample['title'],
  description: Sample['description'],
  parts: Parameters<typeof documents>[0],
  expected: { verdict: Verdict; counts: Record<string, number> },
  context: Context = CONTEXT,
): Sample => ({ id, title, description, documents: documents(parts), context, expected: { ...expected, ruleIds: Object.keys(expected.counts) } });

const VPC_ONLY = '172.20.0.0/16';

const TEMPLATE_CONTEXT: Context = { region: 'ap-northeast-1', workspacesSubnetIds: ['WorkspacesSubnet1', 'WorkspacesSubnet2'] };

/** CloudFormation and CDK templates (samples/cloudformation.ts): checked before they are deployed. */
const TEMPLATE_SAMPLES: Sample[] = [
  {
    id: 'cloudformation-workspaces',
    title: { en: 'CloudFormation: a WorkSpaces VPC template (YAML)', ja: 'CloudFormation: WorkSpaces の VPC テンプレート (YAML)' },
    description: {
      en: 'An AWS-samples-style template with short-form functions and parameter defaults: Managed AD subnets, WorkSpaces subnets carved with Fn::Cidr, one route table with only the local route and an S3 gateway endpoint, a network ACL that keeps the WorkSpaces inside the VPC. The group WorkSpaces creates for the directory still sends anywhere; the route table makes up for it.',
      ja: '短縮形の組み込み関数とパラメーターの既定値を使った、AWS のサンプル風のテンプレートです。Managed AD 用のサブネット、Fn::Cidr で切り出した WorkSpaces 用のサブネット、local ルートと S3 ゲートウェイエンドポイントだけのルートテーブル、WorkSpaces を VPC 内にとどめるネットワーク ACL からなります。WorkSpaces がディレクトリ用に作るグループはどこへでも送信できますが、ルートテーブルがそれを補っています。',
    },
    documents: [{ name: 'workspaces-vpc.yaml', command: 'aws cloudformation get-template --stack-name workspaces-vpc --query TemplateBody --output text', content: WORKSPACES_TEMPLATE }],
    context: TEMPLATE_CONTEXT,
    expected: { verdict: 'closed', ruleIds: ['input-unresolved', 'mgmt-range-conflict', 'sg-egress-public'], counts: { 'input-unresolved': 2, 'mgmt-range-conflict': 1, 'sg-egress-public': 1 } },
  },
  {
    id: 'cloudformation-patching-nat',
    title: { en: 'Mistake (CloudFormation): internet access for patching, on by default', ja: '誤り (CloudFormation): パッチ適用用のインターネット接続が既定で有効' },
    description: {
      en: 'The same template after a NAT gateway, a default route and HTTPS entries in the network ACL were added behind a parameter whose default is "true". Parameters are read at their defaults: the WorkSpaces reach the internet.',
      ja: '同じテンプレートに、既定値が "true" のパラメーターで有効になる NAT ゲートウェイ、デフォルトルート、ネットワーク ACL の HTTPS エントリを追加したものです。パラメーターは既定値で読むため、WorkSpaces はインターネットに届きます。',
    },
    documents: [{ name: 'workspaces-vpc.yaml', command: 'aws cloudformation get-template --stack-name workspaces-vpc --query TemplateBody --output text', content: WORKSPACES_TEMPLATE_WITH_NAT }],
    context: TEMPLATE_CONTEXT,
    expected: {
      verdict: 'open',
      ruleIds: ['input-unresolved', 'mgmt-range-conflict', 'path-internet-reachable', 'rt-internet-route', 'nacl-egress-public', 'nacl-ingress-public', 'sg-egress-public'],
      counts: { 'input-unresolved': 3, 'mgmt-range-conflict': 1, 'path-internet-reachable': 1, 'rt-internet-route': 1, 'nacl-egress-public': 1, 'nacl-ingress-public': 1, 'sg-egress-public': 1 },
    },
  },
  {
    id: 'cdk-private-isolated',
    title: { en: 'CDK: PRIVATE_ISOLATED subnets (cdk synth)', ja: 'CDK: PRIVATE_ISOLATED のサブネット (cdk synth)' },
    description: {
      en: 'What cdk synth --json prints for a VPC with isolated WorkSpaces and directory subnets, an S3 gateway endpoint, a KMS interface endpoint and a WorkSpaces group that sends only to the VPC. No network ACL is written, so the default ACL (allow all) applies; CDK strips the default security group with a custom resource.',
      ja: 'WorkSpaces 用とディレクトリ用の分離サブネット、S3 ゲートウェイエンドポイント、KMS インターフェイスエンドポイント、VPC 内だけに送信できる WorkSpaces 用グループを持つ VPC について cdk synth --json が出力する内容です。ネットワーク ACL は書かれていないので既定の ACL (すべて許可) が適用されます。既定のセキュリティグループは CDK がカスタムリソースでルールを外します。',
    },
    documents: [{ name: 'WorkspacesStack.template.json', command: 'cdk synth WorkspacesStack --json', content: CDK_TEMPLATE_TEXT }],
    context: { region: 'ap-northeast-1', workspacesSubnetIds: CDK_WORKSPACES_SUBNETS },
    expected: { verdict: 'closed', ruleIds: ['nacl-egress-public', 'nacl-ingress-public', 'mgmt-range-conflict'], counts: { 'nacl-egress-public': 1, 'nacl-ingress-public': 1, 'mgmt-range-conflict': 1 } },
  },
];

const DIRECTORY = 'd-95670a1b2c';
const CUSTOM_SG = 'sg-0c1a5ed0c1a5ed0c5';

/** describe-workspace-directories: the directory of the reference design (Simple AD, its DNS servers in the directory subnet). */
const workspaceDirectories = (options: { custom?: string; internet?: boolean } = {}): Json => ({
  Directories: [
    {
      DirectoryId: DIRECTORY,
      Alias: 'corp-example',
      DirectoryName: 'corp.example.jp',
      RegistrationCode: 'SLiad+KX2Q7P',
      SubnetIds: [SUBNET_A, SUBNET_B],
      DnsIpAddresses: ['172.20.10.10', '172.20.10.11'],
      CustomerUserName: 'Administrator',
      IamRoleId: `arn:aws:iam::${OWNER}:role/workspaces_DefaultRole`,
      DirectoryType: 'SIMPLE_AD',
      WorkspaceSecurityGroupId: WORKSPACES_SG,
      State: 'REGISTERED',
      WorkspaceCreationProperties: {
        EnableInternetAccess: options.internet ?? false,
        ...(options.custom ? { CustomSecurityGroupId: options.custom } : {}),
        UserEnabledAsLocalAdministrator: false,
        EnableMaintenanceMode: true,
      },
      WorkspaceAccessProperties: { DeviceTypeWindows: 'ALLOW', DeviceTypeOsx: 'ALLOW', DeviceTypeWeb: 'DENY', DeviceTypeIos: 'DENY', DeviceTypeAndroid: 'DENY', DeviceTypeChromeOs: 'DENY', DeviceTypeZeroClient: 'DENY', DeviceTypeLinux: 'DENY' },
      Tenancy: 'SHARED',
    },
  ],
});

/** Two WorkSpaces, one per WorkSpaces subnet. */
const WORKSPACES: [id: string, subnet: string, address: string, user: string][] = [
  ['ws-0c1a5ed01', SUBNET_A, '172.20.1.25', 'tanaka'],
  ['ws-0c1a5ed02', SUBNET_B, '172.20.2.40', 'suzuki'],
];

const workspaceList: Json = {
  Workspaces: WORKSPACES.map(([id, subnet, address, user], index) => ({
    WorkspaceId: id,
    DirectoryId: DIRECTORY,
    UserName: user,
    IpAddress: address,
    State: 'AVAILABLE',
    BundleId: 'wsb-0c1a5ed0c',
    SubnetId: subnet,
    ComputerName: `WSAMZN-0C1A5ED${index + 1}`,
    WorkspaceProperties: { RunningMode: 'AUTO_STOP', RunningModeAutoStopTimeoutInMinutes: 60, RootVolumeSizeGib: 80, UserVolumeSizeGib: 50, ComputeTypeName: 'STANDARD', Protocols: ['WSP'] },
    ModificationStates: [],
  })),
};

/** describe-network-interfaces of the VPC: the WorkSpaces' interfaces, and the directory's own, which carry other groups. */
const interfaceList: Json = {
  NetworkInterfaces: [
    ...WORKSPACES.map(([, subnet, address], index) => ({
      AvailabilityZone: index === 0 ? 'ap-northeast-1a' : 'ap-northeast-1c',
      Description: `Created By Amazon Workspaces for AWS Account ID ${OWNER}`,
      Groups: [{ GroupName: 'd-95670a1b2c_workspacesMembers', GroupId: WORKSPACES_SG }],
      InterfaceType: 'interface',
      Ipv6Addresses: [],
      MacAddress: `06:3c:1a:5e:d0:0${index + 1}`,
      NetworkInterfaceId: `eni-0c1a5ed0c1a5ed00${index + 1}`,
      OwnerId: OWNER,
      PrivateIpAddress: address,
      PrivateIpAddresses: [{ Primary: true, PrivateIpAddress: address }],
      RequesterManaged: false,
      SourceDestCheck: true,
      Status: 'in-use',
      SubnetId: subnet,
      TagSet: [],
      VpcId: VPC,
    })),
    ...['172.20.10.10', '172.20.10.11'].map((address, index) => ({
      AvailabilityZone: 'ap-northeast-1a',
      Description: `AWS created network interface for directory ${DIRECTORY}`,
      Groups: [{ GroupName: 'd-95670a1b2c_controllers', GroupId: 'sg-0c1a5ed0c1a5ed0d1' }],
      InterfaceType: 'interface',
      Ipv6Addresses: [],
      MacAddress: `06:3c:1a:5e:d1:0${index + 1}`,
      NetworkInterfaceId: `eni-0c1a5ed0c1a5ed01${index + 1}`,
      OwnerId: OWNER,
      PrivateIpAddress: address,
      PrivateIpAddresses: [{ Primary: true, PrivateIpAddress: address }],
      RequesterId: '123456789012',
      RequesterManaged: true,
      SourceDestCheck: true,
      Status: 'in-use',
      SubnetId: DIRECTORY_SUBNET,
      TagSet: [],
      VpcId: VPC,
    })),
  ],
};

/** The reference documents plus the WorkSpaces ones; nothing is typed in the context. */
function withWorkspacesDocuments(base: SampleDocument[], parts: { directories: Json; workspaces?: boolean; interfaces?: boolean }): SampleDocument[] {
  return [
    ...base,
    { name: 'workspace-directories.json', command: 'aws workspaces describe-workspace-directories', content: parts.directories },
    ...(parts.workspaces ? [{ name: 'workspaces.json', command: `aws workspaces describe-workspaces --directory-id ${DIRECTORY}`, content: workspaceList }] : []),
    ...(parts.interfaces ? [{ name: 'network-interfaces.json', command: `aws ec2 describe-network-interfaces --filters Name=vpc-id,Values=${VPC}`, content: interfaceList }] : []),
  ];
}

const workspacesSample = (id: string, title: Sample['title'], description: Sample['description'], documents: SampleDocument[], expected: { verdict: Verdict; counts: Record<string, number> }): Sample => ({
  id,
  title,
  description,
  documents,
  context: {},
  expected: { ...expected, ruleIds: Object.keys(expected.counts) },
});

export const SAMPLES: Sample[] = [
  {
    id: 'closed-design',
    title: { en: 'Closed design (the reference)', ja: '閉域構成 (基準となる例)' },
    description: {
      en: 'WorkSpaces in two subnets whose route table has only the local route and an S3 gateway endpoint; the network ACL allows only the VPC; _workspacesMembers sends only to the VPC. Managed AD controllers sit in a third subnet.',
      ja: 'local ルートと S3 ゲートウェイエンドポイントだけのルートテーブルを使う 2 つのサブネットに WorkSpaces を置き、ネットワーク ACL は VPC 内だけを許可し、_workspacesMembers のアウトバウンドも VPC 内だけに絞った構成です。Managed AD のコントローラーは 3 つ目のサブネットにあります。',
    },
    documents: documents({}),
    context: CONTEXT,
    expected: { verdict: 'closed', ruleIds: [], counts: {} },
  },
  mistake(
    'nat-default-route',
    { en: 'Mistake: a default route to a NAT gateway', ja: '誤り: NAT ゲートウェイへのデフォルトルート' },
    {
      en: 'The reference design after someone added 0.0.0.0/0 → NAT gateway, opened the network ACL to everything and restored the default egress-all rule of the security group.',
      ja: '基準の構成に 0.0.0.0/0 → NAT ゲートウェイが追加され、ネットワーク ACL がすべて許可になり、セキュリティグループも既定のアウトバウンド全許可に戻された状態です。',
    },
    {
      routeTables: routeTables([route('0.0.0.0/0', { NatGatewayId: 'nat-0e0e0e0e0e0e0e0e0' })]),
      networkAcls: networkAcls({
        egress: [aclEntry(true, 100, VPC_ONLY, 'allow'), aclEntry(true, 200, '0.0.0.0/0', 'allow')],
        ingress: [aclEntry(false, 100, VPC_ONLY, 'allow'), aclEntry(false, 200, '0.0.0.0/0', 'allow', '6', { PortRange: { From: 1024, To: 65535 } })],
      }),
      securityGroups: securityGroups({ egress: [permission('-1', '0.0.0.0/0')] }),
    },
    { verdict: 'open', counts: { 'path-internet-reachable': 1, 'rt-internet-route': 1, 'nacl-egress-public': 1, 'nacl-ingress-public': 1, 'nacl-redundant-entry': 1, 'sg-egress-public': 1 } },
  ),
  mistake(
    'split-default-route',
    { en: 'Mistake: a default route split in two, stopped only by the network ACL', ja: '誤り: 2 つに分割したデフォルトルート (ネットワーク ACL だけが止めている)' },
    {
      en: '0.0.0.0/1 and 128.0.0.0/1 to an internet gateway: string-matching scanners look for 0.0.0.0/0 and miss it. The network ACL still drops everything, so the verdict is closed, but the route is an error of its own.',
      ja: 'インターネットゲートウェイへの 0.0.0.0/1 と 128.0.0.0/1。文字列で 0.0.0.0/0 を探すスキャナーは見逃します。ネットワーク ACL がすべて止めているので判定は「閉じている」ですが、ルートそのものがエラーです。',
    },
    { routeTables: routeTables([route('0.0.0.0/1', { GatewayId: 'igw-0f0f0f0f0f0f0f0f0' }), route('128.0.0.0/1', { GatewayId: 'igw-0f0f0f0f0f0f0f0f0' })]) },
    { verdict: 'closed', counts: { 'rt-internet-route': 2 } },
  ),
  mistake(
    'transit-gateway-default-route',
    { en: 'Trap: a default route to a transit gateway', ja: '落とし穴: Transit Gateway へのデフォルトルート' },
    {
      en: '0.0.0.0/0 → transit gateway, with the network ACL and security group open outbound. Whether the WorkSpaces reach the internet depends on the egress VPC or on-premises breakout behind the transit gateway: unverified.',
      ja: '0.0.0.0/0 → Transit Gateway で、ネットワーク ACL とセキュリティグループもアウトバウンドが開いています。インターネットに出られるかは Transit Gateway の先の出口用 VPC やオンプレミスの出口次第なので「未確認」です。',
    },
    {
      routeTables: routeTables([route('0.0.0.0/0', { TransitGatewayId: 'tgw-0d0d0d0d0d0d0d0d0' })]),
      networkAcls: networkAcls({ egress: [aclEntry(true, 100, '0.0.0.0/0', 'allow')] }),
      securityGroups: securityGroups({ egress: [permission('-1', '0.0.0.0/0')] }),
    },
    { verdict: 'unverified', counts: { 'path-unverified': 1, 'rt-unknown-next-hop': 1, 'nacl-egress-public': 1, 'sg-egress-public': 1 } },
  ),
  mistake(
    'route-propagation',
    { en: 'Risk: route propagation from a virtual private gateway', ja: 'リスク: 仮想プライベートゲートウェイからのルート伝播' },
    {
      en: 'The WorkSpaces route table takes routes propagated over the VPN. Today they are internal, but a default route advertised from on premises would appear without any change here.',
      ja: 'WorkSpaces のルートテーブルが VPN 経由で伝播したルートを受け取っています。今は社内のレンジだけですが、オンプレミスがデフォルトルートを広報すれば、ここを変更しなくても追加されます。',
    },
    {
      routeTables: routeTables([route('192.168.0.0/16', { GatewayId: 'vgw-0c0c0c0c0c0c0c0c0' }, { Origin: 'EnableVgwRoutePropagation' })], { propagatingVgws: ['vgw-0c0c0c0c0c0c0c0c0'] }),
    },
    { verdict: 'closed', counts: { 'rt-propagation': 2 } },
  ),
  mistake(
    'dormant-internet-route',
    { en: 'Risk: a dormant default route to a detached internet gateway', ja: 'リスク: デタッチしたインターネットゲートウェイへの休眠デフォルトルート' },
    {
      en: 'The internet gateway was detached, so its default route is a blackhole. Attaching the gateway again brings the route back to life.',
      ja: 'インターネットゲートウェイをデタッチしたので、そのデフォルトルートは blackhole になっています。ゲートウェイを再びアタッチすると、ルートも有効に戻ります。',
    },
    { routeTables: routeTables([route('0.0.0.0/0', { GatewayId: 'igw-0f0f0f0f0f0f0f0f0' }, { State: 'blackhole' })]) },
    { verdict: 'closed', counts: { 'rt-blackhole-internet': 1 } },
  ),
  mistake(
    'management-range-route',
    { en: 'Mistake: a route into the management range (Tokyo)', ja: '誤り: 管理用レンジへのルート (東京リージョン)' },
    {
      en: 'An on-premises network numbered 198.19.0.0/16 is routed through the transit gateway. In Tokyo that is the only management range for public bundles, so WorkSpaces cannot pick one.',
      ja: '198.19.0.0/16 を使うオンプレミスのネットワークを Transit Gateway 経由でルーティングしています。東京リージョンではパブリックバンドルの管理レンジはこれだけなので、WorkSpaces はレンジを選べません。',
    },
    { routeTables: routeTables([route('198.19.0.0/16', { TransitGatewayId: 'tgw-0d0d0d0d0d0d0d0d0' })]) },
    { verdict: 'closed', counts: { 'mgmt-range-conflict': 1 } },
  ),
  mistake(
    'nacl-blocks-directory',
    { en: 'Mistake: a network ACL that only allows HTTPS and DNS', ja: '誤り: HTTPS と DNS だけを許可するネットワーク ACL' },
    {
      en: 'Locked down too far: Kerberos, LDAP, SMB and the rest are denied on the way to the controllers, and their replies are denied on the way back.',
      ja: '絞りすぎた例です。Kerberos、LDAP、SMB などがコントローラーへの行きで拒否され、その応答も帰りで拒否されます。',
    },
    {
      networkAcls: networkAcls({
        egress: [aclEntry(true, 100, VPC_ONLY, 'allow', '6', { PortRange: { From: 443, To: 443 } }), aclEntry(true, 110, VPC_ONLY, 'allow', '17', { PortRange: { From: 53, To: 53 } }), aclEntry(true, 120, VPC_ONLY, 'allow', '6', { PortRange: { From: 53, To: 53 } })],
        ingress: [aclEntry(false, 100, VPC_ONLY, 'allow', '6', { PortRange: { From: 443, To: 443 } }), aclEntry(false, 110, VPC_ONLY, 'allow', '17', { PortRange: { From: 53, To: 53 } }), aclEntry(false, 120, VPC_ONLY, 'allow', '6', { PortRange: { From: 53, To: 53 } })],
      }),
    },
    { verdict: 'closed', counts: { 'nacl-directory-blocked': 4, 'nacl-return-blocked': 4 } },
  ),
  mistake(
    'security-group-blocks-directory',
    { en: 'Mistake: _workspacesMembers egress limited to HTTPS', ja: '誤り: _workspacesMembers のアウトバウンドを HTTPS だけに限定' },
    {
      en: 'Egress restricted without keeping the directory ports: logon and Group Policy fail.',
      ja: 'ディレクトリのポートを残さずにアウトバウンドを絞ったため、ログオンやグループポリシーが失敗します。',
    },
    { securityGroups: securityGroups({ egress: [permission('tcp', VPC_ONLY, [443, 443])] }) },
    { verdict: 'closed', counts: { 'sg-directory-egress': 2 } },
  ),
  mistake(
    'nacl-deny-after-allow',
    { en: 'Mistake: a deny rule placed after the allow it was meant to restrict', ja: '誤り: 制限するはずの許可ルールの後ろに置いた拒否ルール' },
    {
      en: 'Rule 200 denies SMB to a file-server subnet, but rule 100 already allows everything in the VPC, so rule 200 never matches.',
      ja: 'ルール 200 でファイルサーバーのサブネットへの SMB を拒否していますが、ルール 100 がすでに VPC 内をすべて許可しているため、ルール 200 は一致しません。',
    },
    { networkAcls: networkAcls({ egress: [aclEntry(true, 100, VPC_ONLY, 'allow'), aclEntry(true, 200, '172.20.20.0/24', 'deny', '6', { PortRange: { From: 445, To: 445 } })] }) },
    { verdict: 'closed', counts: { 'nacl-shadowed-entry': 1 } },
  ),
  mistake(
    'ipv6-egress-only',
    { en: 'Mistake: IPv6 left open through an egress-only internet gateway', ja: '誤り: Egress-Only インターネットゲートウェイで IPv6 が開いたまま' },
    {
      en: 'IPv4 is closed, but the VPC also has an IPv6 block with ::/0 → egress-only internet gateway, and the network ACL and security group allow ::/0. IPv4 rules never stop IPv6 traffic.',
      ja: 'IPv4 は閉じていますが、VPC に IPv6 ブロックもあり、::/0 → Egress-Only インターネットゲートウェイのルートがあり、ネットワーク ACL とセキュリティグループも ::/0 を許可しています。IPv4 のルールは IPv6 の通信を止めません。',
    },
    {
      routeTables: routeTables([{ DestinationIpv6CidrBlock: '::/0', EgressOnlyInternetGatewayId: 'eigw-0a0a0a0a0a0a0a0a0', Origin: 'CreateRoute', State: 'active' }], { ipv6: true }),
      networkAcls: networkAcls({
        egress: [aclEntry(true, 100, VPC_ONLY, 'allow'), { Ipv6CidrBlock: '::/0', Egress: true, Protocol: '-1', RuleAction: 'allow', RuleNumber: 101 }],
      }),
      securityGroups: securityGroups({ egress: [permission('-1', VPC_ONLY), { IpProtocol: '-1', IpRanges: [], Ipv6Ranges: [{ CidrIpv6: '::/0' }], PrefixListIds: [], UserIdGroupPairs: [] }] }),
      ipv6: true,
    },
    { verdict: 'open', counts: { 'path-internet-reachable': 1, 'rt-internet-route': 1, 'nacl-egress-public': 1, 'sg-egress-public': 1 } },
  ),
  mistake(
    'directory-no-route',
    { en: 'Mistake: on-premises domain controllers with no route to them', ja: '誤り: ルートのないオンプレミスのドメインコントローラー' },
    {
      en: 'An AD Connector points at domain controllers on premises (10.50.1.10 and .11). The network ACL and the security group allow 10.50.0.0/16, but nobody added the route through the transit gateway, so the WorkSpaces cannot reach their directory.',
      ja: 'AD Connector がオンプレミスのドメインコントローラー (10.50.1.10 と .11) を指しています。ネットワーク ACL とセキュリティグループは 10.50.0.0/16 を許可していますが、Transit Gateway 経由のルートを誰も追加していないため、WorkSpaces からディレクトリに届きません。',
    },
    {
      networkAcls: networkAcls({
        egress: [aclEntry(true, 100, VPC_ONLY, 'allow'), aclEntry(true, 110, '10.50.0.0/16', 'allow')],
        ingress: [aclEntry(false, 100, VPC_ONLY, 'allow'), aclEntry(false, 110, '10.50.0.0/16', 'allow')],
      }),
      securityGroups: securityGroups({ egress: [permission('-1', VPC_ONLY), permission('-1', '10.50.0.0/16')] }),
    },
    { verdict: 'closed', counts: { 'dir-no-route': 2 } },
    { ...CONTEXT, directoryControllers: ['10.50.1.10', '10.50.1.11'] },
  ),
  mistake(
    'nacl-ports-ignored',
    { en: 'Mistake: a port range on an all-protocols network ACL entry', ja: '誤り: 全プロトコルのネットワーク ACL エントリに指定したポート範囲' },
    {
      en: 'Rule 100 was meant to allow only HTTPS inside the VPC, but its protocol is -1 (all): AWS ignores the port range and the entry allows every protocol and port.',
      ja: 'ルール 100 は VPC 内の HTTPS だけを許可するつもりでしたが、プロトコルが -1 (すべて) です。AWS はポート範囲を無視し、このエントリはすべてのプロトコルとポートを許可します。',
    },
    { networkAcls: networkAcls({ egress: [aclEntry(true, 100, VPC_ONLY, 'allow', '-1', { PortRange: { From: 443, To: 443 } })] }) },
    { verdict: 'closed', counts: { 'nacl-ignored-ports': 1 } },
  ),
  mistake(
    's3-gateway-endpoint-acl',
    { en: 'Closed, with the S3 gateway endpoint usable', ja: '閉域のまま S3 のゲートウェイエンドポイントを使える構成' },
    {
      en: 'The reference design, with the S3 prefix list pasted: the network ACL allows HTTPS to its CIDRs and the replies back (a network ACL cannot name a prefix list), and _workspacesMembers allows HTTPS to the prefix list. The ACL entries are told apart from openings to the internet: information, not warnings.',
      ja: '基準の構成に S3 のプレフィックスリストを加えた例です。ネットワーク ACL はその CIDR への HTTPS と応答を許可し (ネットワーク ACL にはプレフィックスリストを書けません)、_workspacesMembers はプレフィックスリストへの HTTPS を許可しています。ACL のエントリはインターネットへの穴とは区別され、警告ではなく情報になります。',
    },
    {
      networkAcls: networkAcls({
        egress: [aclEntry(true, 100, VPC_ONLY, 'allow'), ...S3_CIDRS.map((cidr, index) => aclEntry(true, 110 + index, cidr, 'allow', '6', { PortRange: { From: 443, To: 443 } }))],
        ingress: [aclEntry(false, 100, VPC_ONLY, 'allow'), ...S3_CIDRS.map((cidr, index) => aclEntry(false, 110 + index, cidr, 'allow', '6', { PortRange: { From: 49152, To: 65535 } }))],
      }),
      securityGroups: securityGroups({ egress: [permission('-1', VPC_ONLY), { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [], Ipv6Ranges: [], PrefixListIds: [{ PrefixListId: 'pl-61a54008' }], UserIdGroupPairs: [] }] }),
      prefixLists: s3PrefixList,
    },
    { verdict: 'closed', counts: { 'nacl-egress-public': 1, 'nacl-ingress-public': 1 } },
  ),
  mistake(
    'security-group-public-ingress',
    { en: 'Mistake: RDP open to the internet on the WorkSpaces security group', ja: '誤り: WorkSpaces のセキュリティグループで RDP をインターネットに公開' },
    {
      en: 'An inbound rule allows TCP 3389 from 0.0.0.0/0 on _workspacesMembers. The route table and the network ACL still keep the internet out, so the verdict is closed, but the rule opens the WorkSpaces the day another layer changes.',
      ja: '_workspacesMembers のインバウンドルールが 0.0.0.0/0 からの TCP 3389 を許可しています。ルートテーブルとネットワーク ACL がまだインターネットを遮断しているので判定は「閉じている」ですが、ほかの層が変わった日に WorkSpaces が開きます。',
    },
    { securityGroups: securityGroups({ ingress: [permission('tcp', '0.0.0.0/0', [3389, 3389])] }) },
    { verdict: 'closed', counts: { 'sg-ingress-public': 1 } },
  ),
  workspacesSample(
    'directory-and-interfaces',
    { en: 'Closed design, context read from the directory and the interfaces', ja: '閉域構成 (コンテキストをディレクトリとインターフェイスから読み取る)' },
    {
      en: 'The reference design with describe-workspace-directories, describe-workspaces and describe-network-interfaces added and nothing typed in the context: the directory names the WorkSpaces subnets, its DNS servers are the controllers, and each WorkSpace’s interface shows the groups really attached to it.',
      ja: '基準の構成に describe-workspace-directories・describe-workspaces・describe-network-interfaces を加え、コンテキストには何も入力していない例です。WorkSpaces のサブネットはディレクトリから、コントローラーはその DNS サーバーから、実際に付いているグループは各 WorkSpace のインターフェイスから読み取ります。',
    },
    withWorkspacesDocuments(documents({}), { directories: workspaceDirectories(), workspaces: true, interfaces: true }),
    { verdict: 'closed', counts: {} },
  ),
  workspacesSample(
    'directory-custom-group-opens',
    { en: 'Mistake: the directory’s custom security group sends anywhere', ja: '誤り: ディレクトリのカスタムセキュリティグループがどこへでも送信できる' },
    {
      en: 'A NAT gateway default route and an open network ACL; _workspacesMembers sends only to the VPC, but the directory’s custom group allows all egress. AWS attaches both to every new WorkSpace and their rules add up, so the directory makes the verdict open (without it, the custom group could only be suspected: unverified).',
      ja: 'NAT ゲートウェイへのデフォルトルートがあり、ネットワーク ACL も開いています。_workspacesMembers の送信先は VPC 内だけですが、ディレクトリのカスタムグループがすべてのアウトバウンドを許可しています。AWS は新しい WorkSpace に両方を付け、ルールは合算されるので、ディレクトリがあると判定は「開いている」になります (ディレクトリがなければ、カスタムグループは付いている可能性があるとしか言えず「未確認」です)。',
    },
    withWorkspacesDocuments(
      documents({
        routeTables: routeTables([route('0.0.0.0/0', { NatGatewayId: 'nat-0e0e0e0e0e0e0e0e0' })]),
        networkAcls: networkAcls({
          egress: [aclEntry(true, 100, VPC_ONLY, 'allow'), aclEntry(true, 200, '0.0.0.0/0', 'allow')],
          ingress: [aclEntry(false, 100, VPC_ONLY, 'allow'), aclEntry(false, 200, '0.0.0.0/0', 'allow', '6', { PortRange: { From: 1024, To: 65535 } })],
        }),
        securityGroups: {
          SecurityGroups: [
            ...(securityGroups().SecurityGroups as Json[]),
            { Description: 'WorkSpaces custom group', GroupName: 'workspaces-custom', IpPermissions: [], OwnerId: OWNER, GroupId: CUSTOM_SG, IpPermissionsEgress: [permission('-1', '0.0.0.0/0')], VpcId: VPC },
          ],
        },
      }),
      { directories: workspaceDirectories({ custom: CUSTOM_SG }) },
    ),
    { verdict: 'open', counts: { 'path-internet-reachable': 1, 'rt-internet-route': 1, 'nacl-egress-public': 1, 'nacl-ingress-public': 1, 'nacl-redundant-entry': 1, 'sg-egress-public': 1 } },
  ),
  workspacesSample(
    'directory-internet-access',
    { en: 'Mistake: the directory gives new WorkSpaces a public IP address', ja: '誤り: ディレクトリが新しい WorkSpace にパブリック IP アドレスを付ける' },
    {
      en: 'The reference design, whose directory has EnableInternetAccess set: every WorkSpace launched or rebuilt gets a public address. With no route to an internet gateway no packet gets out, so the verdict stays closed, but the setting is an error of its own.',
      ja: '基準の構成ですが、ディレクトリの EnableInternetAccess が有効です。起動・再構築する WorkSpace にはすべてパブリックアドレスが付きます。インターネットゲートウェイへのルートがないのでパケットは外に出られず判定は「閉じている」のままですが、この設定自体がエラーです。',
    },
    withWorkspacesDocuments(documents({}), { directories: workspaceDirectories({ internet: true }) }),
    { verdict: 'closed', counts: { 'ws-internet-access': 1 } },
  ),
  ...TEMPLATE_SAMPLES,
  ...TERRAFORM_SAMPLES,
  ...TRANSIT_SAMPLES,
  ...GATEWAY_SAMPLES,
];

/** The files `npm run samples` writes: path under public/samples/ → content. */
export function sampleFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const index = SAMPLES.map((sample) => ({
    id: sample.id,
    title: sample.title,
    description: sample.description,
    documents: sample.documents.map((document) => ({ name: document.name, path: `${sample.id}/${document.name}`, command: document.command })),
    context: sample.context,
    expected: sample.expected,
  }));
  files.set('index.json', `${JSON.stringify({ schemaVersion: 1, samples: index }, null, 2)}\n`);
  for (const sample of SAMPLES) {
    for (const document of sample.documents) files.set(`${sample.id}/${document.name}`, sampleText(document));
  }
  return files;
}
