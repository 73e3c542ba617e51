/**
 * A design (tests/support/design.ts) as the AWS CLI would print the deployed VPC: one document per
 * describe-* command, AWS ids derived from the symbolic names, the `local` routes and default
 * network ACL entries AWS adds, every subnet's ACL association listed (AWS lists the default ACL's
 * too), gateway-endpoint routes in the tables the endpoint is associated with, and AWS's default
 * allow-all egress printed as a rule where the group keeps it.
 */
import type { Design, DesignAclEntry, DesignRoute, DesignSgRule, DesignTarget } from './design.ts';

type Json = Record<string, unknown>;

const OWNER = '123456789012';

/** A stable AWS-style id for a symbolic name (`vpc-` + 17 hex digits). */
export function awsId(prefix: string, name: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const char of `${prefix}:${name}`) hash = ((hash ^ BigInt(char.codePointAt(0) ?? 0)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return `${prefix}-${hash.toString(16).padStart(17, '0').slice(-17)}`;
}

/** The ids a rendering gives the design's names, for mapping deciding resources back. */
export interface DescribeRendering {
  documents: { name: string; text: string }[];
  context: Json;
  ids: Map<string, string>;
}

const PREFIX: Record<string, string> = {
  vpc: 'vpc',
  subnet: 'subnet',
  table: 'rtb',
  acl: 'acl',
  group: 'sg',
  'internet-gateway': 'igw',
  'egress-only-internet-gateway': 'eigw',
  'nat-gateway': 'nat',
  'transit-gateway': 'tgw',
  'gateway-endpoint': 'vpce',
  'vpc-peering': 'pcx',
  'network-interface': 'eni',
  'prefix-list': 'pl',
};

export function renderDescribe(design: Design): DescribeRendering {
  const ids = new Map<string, string>();
  const id = (kind: string, name: string) => {
    const value = awsId(PREFIX[kind] ?? kind, name);
    ids.set(name, value);
    return value;
  };
  const prefixListId = (name: string) => id('prefix-list', name);
  const vpcOf = (name: string) => design.vpcs.find((vpc) => vpc.name === name);

  const vpcs = design.vpcs.map((vpc) => ({
    VpcId: id('vpc', vpc.name),
    OwnerId: OWNER,
    State: 'available',
    CidrBlock: vpc.cidrs[0],
    CidrBlockAssociationSet: vpc.cidrs.map((cidr, index) => ({ AssociationId: awsId('vpc-cidr-assoc', `${vpc.name}:${index}`), CidrBlock: cidr, CidrBlockState: { State: 'associated' } })),
    ...(vpc.ipv6 ? { Ipv6CidrBlockAssociationSet: [{ AssociationId: awsId('vpc-cidr-assoc', `${vpc.name}:v6`), Ipv6CidrBlock: vpc.ipv6, Ipv6CidrBlockState: { State: 'associated' }, NetworkBorderGroup: design.region, Ipv6Pool: 'Amazon' }] } : {}),
    InstanceTenancy: 'default',
    IsDefault: false,
    ...(design.blockPublicAccess ? { BlockPublicAccessStates: { InternetGatewayBlockMode: design.blockPublicAccess } } : {}),
  }));
  const subnets = design.subnets.map((subnet) => ({
    SubnetId: id('subnet', subnet.name),
    VpcId: id('vpc', subnet.vpc),
    OwnerId: OWNER,
    State: 'available',
    AvailabilityZone: subnet.availabilityZone,
    CidrBlock: subnet.cidr,
    Ipv6CidrBlockAssociationSet: subnet.ipv6 ? [{ AssociationId: awsId('subnet-cidr-assoc', subnet.name), Ipv6CidrBlock: subnet.ipv6, Ipv6CidrBlockState: { State: 'associated' } }] : [],
    MapPublicIpOnLaunch: false,
    DefaultForAz: false,
    ...(design.blockPublicAccess ? { BlockPublicAccessStates: { InternetGatewayBlockMode: design.blockPublicAccess } } : {}),
  }));

  const targetFields = (target: DesignTarget): Json => {
    switch (target.kind) {
      case 'local':
        return { GatewayId: 'local' };
      case 'internet-gateway':
        return { GatewayId: id(target.kind, target.name) };
      case 'gateway-endpoint':
        return { GatewayId: id(target.kind, target.name) };
      case 'egress-only-internet-gateway':
        return { EgressOnlyInternetGatewayId: id(target.kind, target.name) };
      case 'nat-gateway':
        return { NatGatewayId: id(target.kind, target.name) };
      case 'transit-gateway':
        return { TransitGatewayId: id(target.kind, target.name) };
      case 'vpc-peering':
        return { VpcPeeringConnectionId: id(target.kind, target.name) };
      case 'network-interface':
        return { NetworkInterfaceId: id(target.kind, target.name) };
    }
  };
  const destinationFields = (destination: DesignRoute['destination']): Json =>
    typeof destination === 'string' ? { [destination.includes(':') ? 'DestinationIpv6CidrBlock' : 'DestinationCidrBlock']: destination } : { DestinationPrefixListId: prefixListId(destination.prefixList) };
  const routeTables = design.routeTables.map((table) => {
    const vpc = vpcOf(table.vpc);
    const local = [...(vpc?.cidrs ?? []).map((cidr) => ({ DestinationCidrBlock: cidr })), ...(vpc?.ipv6 ? [{ DestinationIpv6CidrBlock: vpc.ipv6 }] : [])].map((destination) => ({ ...destination, GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' }));
    const endpoints = design.gatewayEndpoints
      .filter((endpoint) => endpoint.routeTables.includes(table.name))
      .map((endpoint) => ({ DestinationPrefixListId: prefixListId(endpoint.prefixList), GatewayId: id('gateway-endpoint', endpoint.name), Origin: 'CreateRoute', State: 'active' }));
    const routes = table.routes.map((route) => ({ ...destinationFields(route.destination), ...targetFields(route.target), Origin: 'CreateRoute', State: route.blackhole ? 'blackhole' : 'active' }));
    const tableId = id('table', table.name);
    return {
      Associations: [
        ...(table.main ? [{ Main: true, RouteTableAssociationId: awsId('rtbassoc', `${table.name}:main`), RouteTableId: tableId, AssociationState: { State: 'associated' } }] : []),
        ...table.subnets.map((subnet) => ({ Main: false, RouteTableAssociationId: awsId('rtbassoc', `${table.name}:${subnet}`), RouteTableId: tableId, SubnetId: id('subnet', subnet), AssociationState: { State: 'associated' } })),
      ],
      PropagatingVgws: [],
      RouteTableId: tableId,
      Routes: [...local, ...endpoints, ...routes],
      Tags: [{ Key: 'Name', Value: table.name }],
      VpcId: id('vpc', table.vpc),
      OwnerId: OWNER,
    };
  });

  const entry = (item: DesignAclEntry): Json => ({
    [item.cidr.includes(':') ? 'Ipv6CidrBlock' : 'CidrBlock']: item.cidr,
    Egress: item.egress,
    Protocol: String(item.protocol),
    RuleAction: item.action,
    RuleNumber: item.ruleNumber,
    ...(item.ports ? { PortRange: { From: item.ports[0], To: item.ports[1] } } : {}),
    ...(item.icmp ? { IcmpTypeCode: { Type: item.icmp[0], Code: item.icmp[1] } } : {}),
  });
  const networkAcls = design.acls.map((acl) => {
    const vpc = vpcOf(acl.vpc);
    // The default ACL as AWS creates it allows everything; its entries replace that when the design states some.
    const allowAll: DesignAclEntry[] = acl.default && acl.entries.length === 0 ? [true, false].flatMap((egress) => [{ ruleNumber: 100, egress, action: 'allow' as const, protocol: -1, cidr: '0.0.0.0/0' }, ...(vpc?.ipv6 ? [{ ruleNumber: 101, egress, action: 'allow' as const, protocol: -1, cidr: '::/0' }] : [])]) : acl.entries;
    const star = [true, false].flatMap((egress) => [{ CidrBlock: '0.0.0.0/0', Egress: egress, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32767 }, ...(vpc?.ipv6 ? [{ Ipv6CidrBlock: '::/0', Egress: egress, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32768 }] : [])]);
    // AWS lists every subnet's association, the default ACL's included.
    const explicit = new Set(design.acls.flatMap((other) => other.subnets));
    const members = acl.default ? [...acl.subnets, ...design.subnets.filter((subnet) => subnet.vpc === acl.vpc && !explicit.has(subnet.name)).map((subnet) => subnet.name)] : acl.subnets;
    const aclId = id('acl', acl.name);
    return {
      Associations: members.map((subnet) => ({ NetworkAclAssociationId: awsId('aclassoc', `${acl.name}:${subnet}`), NetworkAclId: aclId, SubnetId: id('subnet', subnet) })),
      Entries: [...allowAll.map(entry), ...star],
      IsDefault: acl.default,
      NetworkAclId: aclId,
      Tags: [{ Key: 'Name', Value: acl.name }],
      VpcId: id('vpc', acl.vpc),
      OwnerId: OWNER,
    };
  });

  const permission = (rule: DesignSgRule): Json => {
    const peer = rule.peer;
    return {
      IpProtocol: rule.protocol === 6 ? 'tcp' : rule.protocol === 17 ? 'udp' : rule.protocol === 1 ? 'icmp' : String(rule.protocol),
      ...(rule.ports ? { FromPort: rule.ports[0], ToPort: rule.ports[1] } : rule.protocol === 1 ? { FromPort: -1, ToPort: -1 } : {}),
      IpRanges: 'cidr' in peer && !peer.cidr.includes(':') ? [{ CidrIp: peer.cidr }] : [],
      Ipv6Ranges: 'cidr' in peer && peer.cidr.includes(':') ? [{ CidrIpv6: peer.cidr }] : [],
      PrefixListIds: 'prefixList' in peer ? [{ PrefixListId: prefixListId(peer.prefixList) }] : [],
      UserIdGroupPairs: 'group' in peer ? [{ GroupId: id('group', peer.group), UserId: OWNER }] : [],
    };
  };
  const directoryName = design.directory?.name;
  const securityGroups = design.securityGroups.map((group) => {
    const egress = [...group.rules.filter((rule) => rule.egress).map(permission), ...(group.defaultEgress ? [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }] : [])];
    return {
      Description: group.name,
      GroupName: group.name === design.directory?.membersGroup && directoryName ? `${directoryName}_workspacesMembers` : group.name === 'members' ? 'd-90670a0001_workspacesMembers' : group.name,
      IpPermissions: group.rules.filter((rule) => !rule.egress).map(permission),
      OwnerId: OWNER,
      GroupId: id('group', group.name),
      IpPermissionsEgress: egress,
      VpcId: id('vpc', group.vpc),
    };
  });

  const documents: { name: string; text: string }[] = [
    { name: 'vpcs.json', text: JSON.stringify({ Vpcs: vpcs }, null, 4) },
    { name: 'subnets.json', text: JSON.stringify({ Subnets: subnets }, null, 4) },
    { name: 'route-tables.json', text: JSON.stringify({ RouteTables: routeTables }, null, 4) },
    { name: 'network-acls.json', text: JSON.stringify({ NetworkAcls: networkAcls }, null, 4) },
    { name: 'security-groups.json', text: JSON.stringify({ SecurityGroups: securityGroups }, null, 4) },
  ];
  for (const list of design.prefixLists) {
    documents.push(
      list.awsName
        ? { name: `prefix-list-${list.name}.json`, text: JSON.stringify({ PrefixLists: [{ PrefixListId: prefixListId(list.name), PrefixListName: list.awsName, Cidrs: list.cidrs }] }, null, 4) }
        : { name: `prefix-list-${list.name}.json`, text: JSON.stringify({ PrefixListId: prefixListId(list.name), Entries: list.cidrs.map((cidr) => ({ Cidr: cidr })) }, null, 4) },
    );
  }
  if (design.internetGateways.length > 0) {
    documents.push({
      name: 'internet-gateways.json',
      text: JSON.stringify({ InternetGateways: design.internetGateways.map((gateway) => ({ Attachments: [{ State: 'available', VpcId: id('vpc', gateway.vpc) }], InternetGatewayId: id('internet-gateway', gateway.name), OwnerId: OWNER, Tags: [] })) }, null, 4),
    });
  }
  if (design.natGateways.length > 0) {
    documents.push({
      name: 'nat-gateways.json',
      text: JSON.stringify({
        NatGateways: design.natGateways.map((nat) => {
          const subnet = design.subnets.find((candidate) => candidate.name === nat.subnet);
          return {
            ConnectivityType: nat.connectivity,
            NatGatewayAddresses: [{ NetworkInterfaceId: awsId('eni', `${nat.name}:if`), PrivateIp: (subnet?.cidr ?? '10.0.0.0/24').replace(/0\/\d+$/, '10'), ...(nat.connectivity === 'public' ? { AllocationId: awsId('eipalloc', nat.name), PublicIp: '203.0.113.10' } : {}), IsPrimary: true, Status: 'succeeded' }],
            NatGatewayId: id('nat-gateway', nat.name),
            State: 'available',
            SubnetId: id('subnet', nat.subnet),
            VpcId: id('vpc', subnet?.vpc ?? ''),
          };
        }),
      }, null, 4),
    });
  }
  if (design.gatewayEndpoints.length > 0) {
    documents.push({
      name: 'vpc-endpoints.json',
      text: JSON.stringify({
        VpcEndpoints: design.gatewayEndpoints.map((endpoint) => ({
          VpcEndpointId: id('gateway-endpoint', endpoint.name),
          VpcEndpointType: 'Gateway',
          VpcId: id('vpc', endpoint.vpc),
          ServiceName: design.prefixLists.find((list) => list.name === endpoint.prefixList)?.awsName ?? endpoint.prefixList,
          State: 'available',
          PolicyDocument: '{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}',
          RouteTableIds: endpoint.routeTables.map((table) => id('table', table)),
          SubnetIds: [],
          Groups: [],
          PrivateDnsEnabled: false,
          NetworkInterfaceIds: [],
          DnsEntries: [],
          OwnerId: OWNER,
        })),
      }, null, 4),
    });
  }
  if (design.blockPublicAccess) {
    documents.push({
      name: 'block-public-access.json',
      text: JSON.stringify({ VpcBlockPublicAccessOptions: { AwsAccountId: OWNER, AwsRegion: design.region, State: design.blockPublicAccess === 'off' ? 'default-state' : 'update-complete', InternetGatewayBlockMode: design.blockPublicAccess, ExclusionsAllowed: 'allowed' } }, null, 4),
    });
  }
  const directory = design.directory;
  if (directory) {
    documents.push({
      name: 'workspace-directories.json',
      text: JSON.stringify({
        Directories: [
          {
            DirectoryId: directory.name,
            DirectoryName: 'corp.example.com',
            DirectoryType: 'AD_CONNECTOR',
            DnsIpAddresses: ['10.0.10.10', '10.0.11.10'],
            State: 'REGISTERED',
            SubnetIds: directory.subnets.map((subnet) => id('subnet', subnet)),
            WorkspaceCreationProperties: { EnableInternetAccess: directory.enableInternetAccess, UserEnabledAsLocalAdministrator: false, EnableMaintenanceMode: true, ...(directory.customGroup ? { CustomSecurityGroupId: id('group', directory.customGroup) } : {}) },
            WorkspaceSecurityGroupId: id('group', directory.membersGroup),
          },
        ],
      }, null, 4),
    });
  }
  const context: Json = directory ? { region: design.region } : { region: design.region, workspacesSubnetIds: design.workspacesSubnets.map((subnet) => id('subnet', subnet)) };
  return { documents, context, ids };
}
