/**
 * What a small account prints, recorded for the fake `aws` (tests/collect/fake-aws.mjs): a
 * WorkSpaces directory in two subnets of the sample VPC (public/samples/transit-gateway-default-route:
 * an S3 gateway endpoint route to a prefix list and a default route to a transit gateway), the
 * transit gateway with one route table, and the egress VPC behind it. Each response is keyed by the
 * exact command line the collect scripts run (less --region and --profile): the list of recordings
 * is also the list of commands the scripts must run, with their filters.
 */
import { readFileSync } from 'node:fs';

export const REGION = 'ap-northeast-1';
export const PROFILE = 'audit';
export const DIRECTORY = 'd-95671a2b3c';
export const VPC = 'vpc-0c1a55ed0c1a55ed0';
export const SUBNET_A = 'subnet-0a1b2c3d4e5f60001';
export const SUBNET_B = 'subnet-0a1b2c3d4e5f60002';
export const EGRESS_VPC = 'vpc-0e9e8e7e6e5e4e3e2';
export const TGW = 'tgw-0d0d0d0d0d0d0d0d0';
export const TGW_TABLE = 'tgw-rtb-0e1e2e3e4e5e6e7e8';
export const PREFIX_LIST = 'pl-61a54008';
const OWNER = '123456789012';
const EGRESS_SUBNET = 'subnet-0e1e2e3e4e5e60001';
const EGRESS_TGW_SUBNET = 'subnet-0e1e2e3e4e5e60002';
const SAMPLE = 'public/samples/transit-gateway-default-route';

/** One recorded command: the arguments it is matched on, what it prints and how it exits. */
export interface Response {
  args: string[];
  stdout?: string;
  stderr?: string;
  status?: number;
}

/** A recorded command whose JSON output becomes a bundle document of this name. */
export interface Collected {
  name: string;
  response: Response;
}

/** The CLI's JSON: four spaces, non-ASCII characters as they are. */
const printed = (value: unknown) => `${JSON.stringify(value, null, 4)}\n`;
const sample = (file: string) => readFileSync(`${SAMPLE}/${file}`, 'utf8');

/** A command whose JSON output is collected as a document. */
const json = (name: string, args: string[], stdout: string): Collected => ({ name, response: { args: [...args, '--output', 'json'], stdout } });
/** A command that fails as the CLI does: a blank line, then the error, on standard error. */
const failing = (name: string, args: string[], error: string, status = 254): Collected => ({ name, response: { args: [...args, '--output', 'json'], stderr: `\n${error}\n`, status } });
/** A lookup of ids with --output text: tab-separated values on a line. */
const text = (args: string[], ...lines: string[][]): Response => ({ args: [...args, '--output', 'text'], stdout: lines.map((line) => `${line.join('\t')}\n`).join('') });

const filter = (name: string, values: string[]) => `Name=${name},Values=${values.join(',')}`;

const DIRECTORIES = {
  Directories: [
    {
      DirectoryId: DIRECTORY,
      Alias: 'corp-closed',
      DirectoryName: 'corp.example.jp',
      RegistrationCode: 'SLiad+ABCDEF',
      SubnetIds: [SUBNET_A, SUBNET_B],
      DnsIpAddresses: ['172.20.10.10', '172.20.10.11'],
      CustomerUserName: 'Administrator',
      IamRoleId: `arn:aws:iam::${OWNER}:role/workspaces_DefaultRole`,
      DirectoryType: 'SIMPLE_AD',
      WorkspaceSecurityGroupId: 'sg-0c1a5ed0c1a5ed001',
      State: 'REGISTERED',
      WorkspaceCreationProperties: { EnableInternetAccess: false, DefaultOu: 'OU=WorkSpaces,DC=corp,DC=example,DC=jp', UserEnabledAsLocalAdministrator: false, EnableMaintenanceMode: true },
      ipGroupIds: [],
      WorkspaceAccessProperties: { DeviceTypeWindows: 'ALLOW', DeviceTypeOsx: 'DENY', DeviceTypeWeb: 'DENY', DeviceTypeIos: 'DENY', DeviceTypeAndroid: 'DENY', DeviceTypeChromeOs: 'DENY', DeviceTypeZeroClient: 'DENY', DeviceTypeLinux: 'DENY' },
      Tenancy: 'SHARED',
      SelfservicePermissions: { RestartWorkspace: 'ENABLED', IncreaseVolumeSize: 'DISABLED', ChangeComputeType: 'DISABLED', SwitchRunningMode: 'DISABLED', RebuildWorkspace: 'DISABLED' },
    },
  ],
};

const WORKSPACES = {
  Workspaces: [
    { WorkspaceId: 'ws-0a1b2c3d4', DirectoryId: DIRECTORY, UserName: 'tanaka', IpAddress: '10.20.1.25', State: 'AVAILABLE', BundleId: 'wsb-0a1b2c3d4', SubnetId: SUBNET_A, ComputerName: 'WSAMZN-0A1B2C3D', WorkspaceProperties: { RunningMode: 'AUTO_STOP', RunningModeAutoStopTimeoutInMinutes: 60, RootVolumeSizeGib: 80, UserVolumeSizeGib: 50, ComputeTypeName: 'STANDARD', Protocols: ['WSP'] } },
  ],
};

const NETWORK_INTERFACES = {
  NetworkInterfaces: [
    {
      AvailabilityZone: 'ap-northeast-1a',
      Description: `Created By Amazon Workspaces for AWS Account ID ${OWNER}`,
      Groups: [{ GroupName: `${DIRECTORY}_workspacesMembers`, GroupId: 'sg-0c1a5ed0c1a5ed001' }],
      InterfaceType: 'interface',
      Ipv6Addresses: [],
      MacAddress: '06:1a:2b:3c:4d:5e',
      NetworkInterfaceId: 'eni-0a1b2c3d4e5f60001',
      OwnerId: OWNER,
      PrivateIpAddress: '10.20.1.25',
      PrivateIpAddresses: [{ Primary: true, PrivateIpAddress: '10.20.1.25' }],
      RequesterId: 'AROAEXAMPLE:workspaces',
      RequesterManaged: true,
      SourceDestCheck: true,
      Status: 'in-use',
      SubnetId: SUBNET_A,
      TagSet: [],
      VpcId: VPC,
    },
  ],
};

const BPA_OPTIONS = {
  VpcBlockPublicAccessOptions: { AwsAccountId: OWNER, AwsRegion: REGION, State: 'default-state', InternetGatewayBlockMode: 'off', Reason: 'VPC Block Public Access is not enabled', ExclusionsAllowed: 'allowed', ManagedBy: 'account' },
};

const ATTACHMENT = 'tgw-attach-0a0a0a0a0a0a0a0a1';
const EGRESS_ATTACHMENT = 'tgw-attach-0e0e0e0e0e0e0e0e1';

const TGW_ATTACHMENTS = {
  TransitGatewayAttachments: [
    { TransitGatewayAttachmentId: ATTACHMENT, TransitGatewayId: TGW, TransitGatewayOwnerId: OWNER, ResourceOwnerId: OWNER, ResourceType: 'vpc', ResourceId: VPC, State: 'available', Association: { TransitGatewayRouteTableId: TGW_TABLE, State: 'associated' }, CreationTime: '2026-04-01T00:00:00+00:00', Tags: [] },
    { TransitGatewayAttachmentId: EGRESS_ATTACHMENT, TransitGatewayId: TGW, TransitGatewayOwnerId: OWNER, ResourceOwnerId: OWNER, ResourceType: 'vpc', ResourceId: EGRESS_VPC, State: 'available', Association: { TransitGatewayRouteTableId: TGW_TABLE, State: 'associated' }, CreationTime: '2026-04-01T00:00:00+00:00', Tags: [] },
  ],
};

const TGW_VPC_ATTACHMENTS = {
  TransitGatewayVpcAttachments: [
    { TransitGatewayAttachmentId: ATTACHMENT, TransitGatewayId: TGW, VpcId: VPC, VpcOwnerId: OWNER, State: 'available', SubnetIds: [SUBNET_A, SUBNET_B], CreationTime: '2026-04-01T00:00:00+00:00', Options: { DnsSupport: 'enable', SecurityGroupReferencingSupport: 'disable', Ipv6Support: 'disable', ApplianceModeSupport: 'disable' }, Tags: [] },
    { TransitGatewayAttachmentId: EGRESS_ATTACHMENT, TransitGatewayId: TGW, VpcId: EGRESS_VPC, VpcOwnerId: OWNER, State: 'available', SubnetIds: [EGRESS_TGW_SUBNET], CreationTime: '2026-04-01T00:00:00+00:00', Options: { DnsSupport: 'enable', SecurityGroupReferencingSupport: 'disable', Ipv6Support: 'disable', ApplianceModeSupport: 'disable' }, Tags: [] },
  ],
};

const TGW_ROUTE_TABLES = {
  TransitGatewayRouteTables: [{ TransitGatewayRouteTableId: TGW_TABLE, TransitGatewayId: TGW, State: 'available', DefaultAssociationRouteTable: true, DefaultPropagationRouteTable: true, CreationTime: '2026-04-01T00:00:00+00:00', Tags: [] }],
};

/** search-transit-gateway-routes with the collect scripts' --query: the table's id added. */
const TGW_ROUTES = {
  TransitGatewayRouteTableId: TGW_TABLE,
  Routes: [
    { DestinationCidrBlock: '0.0.0.0/0', TransitGatewayAttachments: [{ ResourceId: EGRESS_VPC, TransitGatewayAttachmentId: EGRESS_ATTACHMENT, ResourceType: 'vpc' }], Type: 'static', State: 'active' },
    { DestinationCidrBlock: '10.20.0.0/16', TransitGatewayAttachments: [{ ResourceId: VPC, TransitGatewayAttachmentId: ATTACHMENT, ResourceType: 'vpc' }], Type: 'propagated', State: 'active' },
  ],
  AdditionalRoutesAvailable: false,
};

const EGRESS_VPCS = { Vpcs: [{ CidrBlock: '10.99.0.0/16', DhcpOptionsId: 'dopt-0a1b2c3d', State: 'available', VpcId: EGRESS_VPC, OwnerId: OWNER, InstanceTenancy: 'default', CidrBlockAssociationSet: [{ AssociationId: 'vpc-cidr-assoc-0e1e2e3e', CidrBlock: '10.99.0.0/16', CidrBlockState: { State: 'associated' } }], IsDefault: false, Tags: [{ Key: 'Name', Value: '集約出口 VPC' }] }] };
const EGRESS_SUBNETS = {
  Subnets: [
    { AvailabilityZone: 'ap-northeast-1a', AvailabilityZoneId: 'apne1-az4', AvailableIpAddressCount: 250, CidrBlock: '10.99.0.0/24', DefaultForAz: false, MapPublicIpOnLaunch: false, State: 'available', SubnetId: EGRESS_SUBNET, VpcId: EGRESS_VPC, OwnerId: OWNER, AssignIpv6AddressOnCreation: false, Ipv6CidrBlockAssociationSet: [], Tags: [{ Key: 'Name', Value: 'egress-public' }] },
    { AvailabilityZone: 'ap-northeast-1a', AvailabilityZoneId: 'apne1-az4', AvailableIpAddressCount: 250, CidrBlock: '10.99.1.0/24', DefaultForAz: false, MapPublicIpOnLaunch: false, State: 'available', SubnetId: EGRESS_TGW_SUBNET, VpcId: EGRESS_VPC, OwnerId: OWNER, AssignIpv6AddressOnCreation: false, Ipv6CidrBlockAssociationSet: [], Tags: [{ Key: 'Name', Value: 'egress-tgw' }] },
  ],
};
const EGRESS_ROUTE_TABLES = {
  RouteTables: [
    {
      Associations: [{ Main: false, RouteTableAssociationId: 'rtbassoc-0e1e2e3e4e5e60001', RouteTableId: 'rtb-0e1e2e3e4e5e60001', SubnetId: EGRESS_SUBNET, AssociationState: { State: 'associated' } }],
      PropagatingVgws: [],
      RouteTableId: 'rtb-0e1e2e3e4e5e60001',
      Routes: [
        { DestinationCidrBlock: '10.99.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
        { DestinationCidrBlock: '10.20.0.0/16', TransitGatewayId: TGW, Origin: 'CreateRoute', State: 'active' },
        { DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0e1e2e3e4e5e60001', Origin: 'CreateRoute', State: 'active' },
      ],
      Tags: [],
      VpcId: EGRESS_VPC,
      OwnerId: OWNER,
    },
    {
      Associations: [{ Main: false, RouteTableAssociationId: 'rtbassoc-0e1e2e3e4e5e60002', RouteTableId: 'rtb-0e1e2e3e4e5e60002', SubnetId: EGRESS_TGW_SUBNET, AssociationState: { State: 'associated' } }],
      PropagatingVgws: [],
      RouteTableId: 'rtb-0e1e2e3e4e5e60002',
      Routes: [
        { DestinationCidrBlock: '10.99.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
        { DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-0e1e2e3e4e5e60001', Origin: 'CreateRoute', State: 'active' },
      ],
      Tags: [],
      VpcId: EGRESS_VPC,
      OwnerId: OWNER,
    },
  ],
};
const EGRESS_ACLS = {
  NetworkAcls: [
    {
      Associations: [
        { NetworkAclAssociationId: 'aclassoc-0e1e2e3e4e5e60001', NetworkAclId: 'acl-0e1e2e3e4e5e60001', SubnetId: EGRESS_SUBNET },
        { NetworkAclAssociationId: 'aclassoc-0e1e2e3e4e5e60002', NetworkAclId: 'acl-0e1e2e3e4e5e60001', SubnetId: EGRESS_TGW_SUBNET },
      ],
      Entries: [
        { CidrBlock: '0.0.0.0/0', Egress: true, Protocol: '-1', RuleAction: 'allow', RuleNumber: 100 },
        { CidrBlock: '0.0.0.0/0', Egress: true, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32767 },
        { CidrBlock: '0.0.0.0/0', Egress: false, Protocol: '-1', RuleAction: 'allow', RuleNumber: 100 },
        { CidrBlock: '0.0.0.0/0', Egress: false, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32767 },
      ],
      IsDefault: true,
      NetworkAclId: 'acl-0e1e2e3e4e5e60001',
      Tags: [],
      VpcId: EGRESS_VPC,
      OwnerId: OWNER,
    },
  ],
};
const EGRESS_IGWS = { InternetGateways: [{ Attachments: [{ State: 'available', VpcId: EGRESS_VPC }], InternetGatewayId: 'igw-0e1e2e3e4e5e60001', OwnerId: OWNER, Tags: [] }] };
const EGRESS_NATS = {
  NatGateways: [
    {
      CreateTime: '2026-04-01T00:00:00+00:00',
      NatGatewayAddresses: [{ AllocationId: 'eipalloc-0e1e2e3e4e5e60001', NetworkInterfaceId: 'eni-0e1e2e3e4e5e60001', PrivateIp: '10.99.0.10', PublicIp: '198.51.100.10', AssociationId: 'eipassoc-0e1e2e3e4e5e60001', IsPrimary: true, Status: 'succeeded' }],
      NatGatewayId: 'nat-0e1e2e3e4e5e60001',
      State: 'available',
      SubnetId: EGRESS_SUBNET,
      VpcId: EGRESS_VPC,
      Tags: [],
      ConnectivityType: 'public',
    },
  ],
};

const PREFIX_LISTS = { PrefixLists: [{ Cidrs: ['52.219.136.0/22', '52.219.0.0/20', '3.5.152.0/21'], PrefixListId: PREFIX_LIST, PrefixListName: 'com.amazonaws.ap-northeast-1.s3' }] };
const PREFIX_LIST_ENTRIES = { PrefixListId: PREFIX_LIST, Entries: [{ Cidr: '3.5.152.0/21' }, { Cidr: '52.219.0.0/20' }, { Cidr: '52.219.136.0/22' }] };

const vpcFilter = filter('vpc-id', [VPC]);
const bothVpcs = filter('vpc-id', [VPC, EGRESS_VPC]);
const egress = filter('vpc-id', [EGRESS_VPC]);
const tgwFilter = filter('transit-gateway-id', [TGW]);

/** What the WorkSpaces VPC's describe-* print, in the order the scripts collect them. */
function vpcOutputs(options: { enis: string }): Collected[] {
  return [
    json('vpcs.json', ['ec2', 'describe-vpcs', '--vpc-ids', VPC], sample('vpcs.json')),
    json('subnets.json', ['ec2', 'describe-subnets', '--filters', vpcFilter], sample('subnets.json')),
    json('route-tables.json', ['ec2', 'describe-route-tables', '--filters', vpcFilter], sample('route-tables.json')),
    json('network-acls.json', ['ec2', 'describe-network-acls', '--filters', vpcFilter], sample('network-acls.json')),
    json('security-groups.json', ['ec2', 'describe-security-groups', '--filters', vpcFilter], sample('security-groups.json')),
    json('network-interfaces.json', ['ec2', 'describe-network-interfaces', '--filters', options.enis], printed(NETWORK_INTERFACES)),
    failing('vpc-endpoints.json', ['ec2', 'describe-vpc-endpoints', '--filters', vpcFilter], 'An error occurred (UnauthorizedOperation) when calling the DescribeVpcEndpoints operation: You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/Audit/tanaka is not authorized to perform: ec2:DescribeVpcEndpoints because no identity-based policy allows the "ec2:DescribeVpcEndpoints" action'),
    json('internet-gateways.json', ['ec2', 'describe-internet-gateways', '--filters', filter('attachment.vpc-id', [VPC])], printed({ InternetGateways: [] })),
    json('nat-gateways.json', ['ec2', 'describe-nat-gateways', '--filter', vpcFilter], printed({ NatGateways: [] })),
    json('vpc-block-public-access-options.json', ['ec2', 'describe-vpc-block-public-access-options'], printed(BPA_OPTIONS)),
    failing('vpc-block-public-access-exclusions.json', ['ec2', 'describe-vpc-block-public-access-exclusions'], 'aws: error: argument operation: Invalid choice, valid choices are:', 252),
  ];
}

/** Everything the scripts run for `--directory-id` with `--follow-transit-gateway`: lookups and collected outputs, in order. */
export function directoryAccount(): { responses: Response[]; collected: Collected[] } {
  const directories: Collected[] = [
    json('workspace-directories.json', ['workspaces', 'describe-workspace-directories', '--directory-ids', DIRECTORY], printed(DIRECTORIES)),
    json('workspaces.json', ['workspaces', 'describe-workspaces', '--directory-id', DIRECTORY], printed(WORKSPACES)),
  ];
  const vpc = vpcOutputs({ enis: filter('subnet-id', [SUBNET_A, SUBNET_B]) });
  const transit: Collected[] = [
    json('transit-gateway-attachments.json', ['ec2', 'describe-transit-gateway-attachments', '--filters', tgwFilter], printed(TGW_ATTACHMENTS)),
    json('transit-gateway-vpc-attachments.json', ['ec2', 'describe-transit-gateway-vpc-attachments', '--filters', tgwFilter], printed(TGW_VPC_ATTACHMENTS)),
    json('transit-gateway-route-tables.json', ['ec2', 'describe-transit-gateway-route-tables', '--filters', tgwFilter], printed(TGW_ROUTE_TABLES)),
    json(
      `transit-gateway-routes-${TGW_TABLE}.json`,
      ['ec2', 'search-transit-gateway-routes', '--transit-gateway-route-table-id', TGW_TABLE, '--filters', 'Name=state,Values=active,blackhole', '--query', `{TransitGatewayRouteTableId: '${TGW_TABLE}', Routes: Routes, AdditionalRoutesAvailable: AdditionalRoutesAvailable}`],
      printed(TGW_ROUTES),
    ),
  ];
  const attached: Collected[] = [
    json('attached-vpcs.json', ['ec2', 'describe-vpcs', '--vpc-ids', EGRESS_VPC], printed(EGRESS_VPCS)),
    json('attached-subnets.json', ['ec2', 'describe-subnets', '--filters', egress], printed(EGRESS_SUBNETS)),
    json('attached-route-tables.json', ['ec2', 'describe-route-tables', '--filters', egress], printed(EGRESS_ROUTE_TABLES)),
    json('attached-network-acls.json', ['ec2', 'describe-network-acls', '--filters', egress], printed(EGRESS_ACLS)),
    json('attached-vpc-endpoints.json', ['ec2', 'describe-vpc-endpoints', '--filters', egress], printed({ VpcEndpoints: [] })),
    json('attached-internet-gateways.json', ['ec2', 'describe-internet-gateways', '--filters', filter('attachment.vpc-id', [EGRESS_VPC])], printed(EGRESS_IGWS)),
    json('attached-nat-gateways.json', ['ec2', 'describe-nat-gateways', '--filter', egress], printed(EGRESS_NATS)),
  ];
  const prefixLists: Collected[] = [
    json('prefix-lists.json', ['ec2', 'describe-prefix-lists', '--filters', filter('prefix-list-id', [PREFIX_LIST])], printed(PREFIX_LISTS)),
    json(`prefix-list-entries-${PREFIX_LIST}.json`, ['ec2', 'get-managed-prefix-list-entries', '--prefix-list-id', PREFIX_LIST, '--query', `{PrefixListId: '${PREFIX_LIST}', Entries: Entries}`], printed(PREFIX_LIST_ENTRIES)),
  ];
  const lookups = {
    subnets: text(['workspaces', 'describe-workspace-directories', '--directory-ids', DIRECTORY, '--query', 'Directories[].SubnetIds[]'], [SUBNET_A, SUBNET_B]),
    vpc: text(['ec2', 'describe-subnets', '--subnet-ids', SUBNET_A, SUBNET_B, '--query', 'Subnets[].VpcId'], [VPC, VPC]),
    gateways: text(['ec2', 'describe-route-tables', '--filters', vpcFilter, '--query', 'RouteTables[].Routes[].TransitGatewayId'], [TGW]),
    tables: text(['ec2', 'describe-transit-gateway-route-tables', '--filters', tgwFilter, '--query', 'TransitGatewayRouteTables[].TransitGatewayRouteTableId'], [TGW_TABLE]),
    attached: text(['ec2', 'describe-transit-gateway-vpc-attachments', '--filters', tgwFilter, '--query', 'TransitGatewayVpcAttachments[].VpcId'], [VPC, EGRESS_VPC]),
    routeLists: text(['ec2', 'describe-route-tables', '--filters', bothVpcs, '--query', 'RouteTables[].Routes[].DestinationPrefixListId'], [PREFIX_LIST]),
    groupLists: text(['ec2', 'describe-security-groups', '--filters', vpcFilter, '--query', 'SecurityGroups[].[IpPermissions[].PrefixListIds[].PrefixListId, IpPermissionsEgress[].PrefixListIds[].PrefixListId]'], [], []),
  };
  const responses: Response[] = [
    lookups.subnets,
    lookups.vpc,
    ...directories.map((entry) => entry.response),
    ...vpc.map((entry) => entry.response),
    lookups.gateways,
    ...transit.slice(0, 3).map((entry) => entry.response),
    lookups.tables,
    ...transit.slice(3).map((entry) => entry.response),
    lookups.attached,
    ...attached.map((entry) => entry.response),
    lookups.routeLists,
    lookups.groupLists,
    ...prefixLists.map((entry) => entry.response),
  ];
  return { responses, collected: [...directories, ...vpc, ...transit, ...attached, ...prefixLists] };
}

/**
 * Everything the scripts run for `--vpc-id` alone, in an account whose route tables name no
 * transit gateway and no prefix list (the sample closed design without its S3 route): the
 * directory is found by its subnets.
 */
export function vpcAccount(): { responses: Response[]; collected: Collected[] } {
  const tables = JSON.parse(sample('route-tables.json')) as { RouteTables: { Routes: Record<string, unknown>[] }[] };
  for (const table of tables.RouteTables) table.Routes = table.Routes.filter((route) => route.TransitGatewayId === undefined && route.DestinationPrefixListId === undefined);
  const vpc = vpcOutputs({ enis: filter('subnet-id', [SUBNET_A, SUBNET_B]) });
  const routeTables = vpc.find((entry) => entry.name === 'route-tables.json') as Collected;
  routeTables.response.stdout = printed(tables);
  const collected: Collected[] = [
    json('workspace-directories.json', ['workspaces', 'describe-workspace-directories', '--directory-ids', DIRECTORY], printed(DIRECTORIES)),
    json('workspaces.json', ['workspaces', 'describe-workspaces', '--directory-id', DIRECTORY], printed(WORKSPACES)),
    ...vpc,
  ];
  const responses: Response[] = [
    text(['ec2', 'describe-subnets', '--filters', vpcFilter, '--query', 'Subnets[].SubnetId'], [SUBNET_A, SUBNET_B, 'subnet-0d1d2d3d4d5d60003']),
    // Two directories in the Region: only the one in this VPC's subnets is collected.
    text(['workspaces', 'describe-workspace-directories', '--query', "Directories[?SubnetIds].[DirectoryId, join(',', SubnetIds)]"], [DIRECTORY, `${SUBNET_A},${SUBNET_B}`], ['d-9a8b7c6d5e', 'subnet-0f0f0f0f0f0f0f0f1,subnet-0f0f0f0f0f0f0f0f2']),
    ...collected.map((entry) => entry.response),
    text(['ec2', 'describe-route-tables', '--filters', vpcFilter, '--query', 'RouteTables[].Routes[].TransitGatewayId']),
    text(['ec2', 'describe-route-tables', '--filters', vpcFilter, '--query', 'RouteTables[].Routes[].DestinationPrefixListId']),
    text(['ec2', 'describe-security-groups', '--filters', vpcFilter, '--query', 'SecurityGroups[].[IpPermissions[].PrefixListIds[].PrefixListId, IpPermissionsEgress[].PrefixListIds[].PrefixListId]'], ['None', 'None']),
  ];
  return { responses, collected };
}
