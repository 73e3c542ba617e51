/**
 * The example inputs readers try in the workbench and the CLI: a closed reference design and the
 * same design with one mistake each. Written to public/samples/ by `npm run samples`; a test
 * checks the committed files match this script and that each sample gets its expected verdict
 * and findings.
 */
import type { Context, Verdict } from '../validators/types.ts';

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

type Json = Record<string, unknown>;

export interface SampleDocument {
  name: string;
  command: string;
  content: Json;
}

export interface Sample {
  id: string;
  title: { en: string; ja: string };
  description: { en: string; ja: string };
  documents: SampleDocument[];
  context: Context;
  expected: { verdict: Verdict; ruleIds: string[] };
}

const route = (destination: string, target: Json, extra: Json = {}): Json => ({
  DestinationCidrBlock: destination,
  ...target,
  Origin: 'CreateRoute',
  State: 'active',
  ...extra,
});

function routeTables(extraRoutes: Json[] = [], options: { propagatingVgws?: string[] } = {}): Json {
  return {
    RouteTables: [
      {
        Associations: [{ Main: true, RouteTableAssociationId: 'rtbassoc-0aa0aa0aa0aa0aa01', RouteTableId: MAIN_TABLE, AssociationState: { State: 'associated' } }],
        PropagatingVgws: [],
        RouteTableId: MAIN_TABLE,
        Routes: [{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' }],
        Tags: [{ Key: 'Name', Value: 'main' }],
        VpcId: VPC,
        OwnerId: OWNER,
      },
      {
        Associations: [SUBNET_A, SUBNET_B, DIRECTORY_SUBNET].map((subnet, index) => ({
          Main: false,
          RouteTableAssociationId: `rtbassoc-0b0b0b0b0b0b0b0${index + 1}`,
          RouteTableId: TABLE,
          SubnetId: subnet,
          AssociationState: { State: 'associated' },
        })),
        PropagatingVgws: (options.propagatingVgws ?? []).map((id) => ({ GatewayId: id })),
        RouteTableId: TABLE,
        Routes: [
          { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
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
          NetworkAclAssociationId: `aclassoc-0c0c0c0c0c0c0c0${index + 1}`,
          NetworkAclId: ACL,
          SubnetId: subnet,
        })),
        Entries: [
          ...(options.egress ?? [aclEntry(true, 100, '10.0.0.0/16', 'allow')]),
          aclEntry(true, 32767, '0.0.0.0/0', 'deny'),
          ...(options.ingress ?? [aclEntry(false, 100, '10.0.0.0/16', 'allow')]),
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
        IpPermissionsEgress: options.egress ?? [permission('-1', '10.0.0.0/16')],
        VpcId: VPC,
      },
    ],
  };
}

const subnets: Json = {
  Subnets: [
    [SUBNET_A, '10.0.1.0/24', 'ap-northeast-1a'],
    [SUBNET_B, '10.0.2.0/24', 'ap-northeast-1c'],
    [DIRECTORY_SUBNET, '10.0.10.0/24', 'ap-northeast-1a'],
  ].map(([id, cidr, zone]) => ({
    AvailabilityZone: zone,
    CidrBlock: cidr,
    MapPublicIpOnLaunch: false,
    State: 'available',
    SubnetId: id,
    VpcId: VPC,
    OwnerId: OWNER,
    Ipv6CidrBlockAssociationSet: [],
  })),
};

const vpcs: Json = {
  Vpcs: [
    {
      CidrBlock: '10.0.0.0/16',
      State: 'available',
      VpcId: VPC,
      OwnerId: OWNER,
      IsDefault: false,
      CidrBlockAssociationSet: [{ AssociationId: 'vpc-cidr-assoc-0d0d0d0d0d0d0d0d1', CidrBlock: '10.0.0.0/16', CidrBlockState: { State: 'associated' } }],
    },
  ],
};

const COMMANDS = {
  'route-tables.json': `aws ec2 describe-route-tables --filters Name=vpc-id,Values=${VPC}`,
  'network-acls.json': `aws ec2 describe-network-acls --filters Name=vpc-id,Values=${VPC}`,
  'security-groups.json': `aws ec2 describe-security-groups --filters Name=vpc-id,Values=${VPC}`,
  'subnets.json': `aws ec2 describe-subnets --filters Name=vpc-id,Values=${VPC}`,
  'vpcs.json': `aws ec2 describe-vpcs --vpc-ids ${VPC}`,
} as const;

function documents(parts: { routeTables?: Json; networkAcls?: Json; securityGroups?: Json }): SampleDocument[] {
  const content: Record<keyof typeof COMMANDS, Json> = {
    'route-tables.json': parts.routeTables ?? routeTables(),
    'network-acls.json': parts.networkAcls ?? networkAcls(),
    'security-groups.json': parts.securityGroups ?? securityGroups(),
    'subnets.json': subnets,
    'vpcs.json': vpcs,
  };
  return (Object.keys(COMMANDS) as (keyof typeof COMMANDS)[]).map((name) => ({ name, command: COMMANDS[name], content: content[name] }));
}

/** Managed AD with its two controllers in the directory subnet; WorkSpaces in subnets A and B. */
const CONTEXT: Context = {
  region: 'ap-northeast-1',
  bundle: 'public',
  workspacesSubnetIds: [SUBNET_A, SUBNET_B],
  directoryControllers: ['10.0.10.10', '10.0.10.11'],
};

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
    expected: { verdict: 'closed', ruleIds: [] },
  },
  {
    id: 'nat-default-route',
    title: { en: 'Mistake: a default route to a NAT gateway', ja: '誤り: NAT ゲートウェイへのデフォルトルート' },
    description: {
      en: 'The reference design after someone added 0.0.0.0/0 → NAT gateway, opened the network ACL to everything and restored the default egress-all rule of the security group.',
      ja: '基準の構成に 0.0.0.0/0 → NAT ゲートウェイが追加され、ネットワーク ACL がすべて許可になり、セキュリティグループも既定のアウトバウンド全許可に戻された状態です。',
    },
    documents: documents({
      routeTables: routeTables([route('0.0.0.0/0', { NatGatewayId: 'nat-0e0e0e0e0e0e0e0e0' })]),
      networkAcls: networkAcls({
        egress: [aclEntry(true, 100, '10.0.0.0/16', 'allow'), aclEntry(true, 200, '0.0.0.0/0', 'allow')],
        ingress: [aclEntry(false, 100, '10.0.0.0/16', 'allow'), aclEntry(false, 200, '0.0.0.0/0', 'allow', '6', { PortRange: { From: 1024, To: 65535 } })],
      }),
      securityGroups: securityGroups({ egress: [permission('-1', '0.0.0.0/0')] }),
    }),
    context: CONTEXT,
    expected: { verdict: 'open', ruleIds: ['path-internet-reachable'] },
  },
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
    for (const document of sample.documents) files.set(`${sample.id}/${document.name}`, `${JSON.stringify(document.content, null, 4)}\n`);
  }
  return files;
}
