/**
 * A design (tests/support/design.ts) as a CloudFormation template, in JSON and in YAML with short
 * tags, written the ways templates are written: logical ids, `Ref` and `Fn::GetAtt` between
 * resources, subnet blocks from `Fn::Cidr`, parameters with defaults, a condition that holds and one
 * that does not, rules inline or as their own resources, CDK's placeholder rule for a group with no
 * egress. What AWS creates without being written (a VPC's main route table, its default network ACL,
 * a WorkSpaces directory's members group) is left to the reader where the design allows it.
 *
 * A few things a describe-* output can show cannot be written in a template; `templateDesign` turns
 * a design into the nearest one that can (see there), and the tests render that one both ways.
 */
import type { Design, DesignAclEntry, DesignRoute, DesignSgRule, DesignTarget } from './design.ts';
import { awsId } from './design-describe.ts';
import { templateYaml } from './cloudformation-yaml.ts';

type Json = Record<string, unknown>;

export interface CloudFormationRendering {
  /** The template (its JSON form). */
  template: Json;
  /** Documents to check: the template (JSON or YAML), with what a template cannot hold (AWS-managed prefix lists' entries). */
  documents: (form: 'json' | 'yaml') => { name: string; text: string }[];
  context: Json;
  /** Design name → the id the reader gives it (a logical id, `Vpc1.MainRouteTable`, or an AWS id written as a literal). */
  ids: Map<string, string>;
}

/**
 * The nearest design a template can write: blackhole routes (a route to a target that no longer
 * exists) are left out, and a WorkSpaces directory's members group keeps AWS's allow-all egress
 * (a template can add rules to the group WorkSpaces creates, not remove that one).
 */
export function templateDesign(design: Design): Design {
  const members = design.directory?.membersGroup;
  return {
    ...design,
    routeTables: design.routeTables.map((table) => ({ ...table, routes: table.routes.filter((route) => !route.blackhole) })),
    securityGroups: design.securityGroups.map((group) => (group.name === members ? { ...group, defaultEgress: true } : group)),
  };
}

/** A logical id from a design name: `vpc1-s1` → `Vpc1S1`. */
export function logicalId(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('');
}

/** A stable choice among `count` ways of writing something, from its name. */
function styleOf(name: string, count: number): number {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619) >>> 0;
  return hash % count;
}

const ref = (id: string) => ({ Ref: id });
const getAtt = (id: string, attribute: string) => ({ 'Fn::GetAtt': [id, attribute] });

export function renderCloudFormation(design: Design): CloudFormationRendering {
  const ids = new Map<string, string>();
  const resources: Json = {};
  const parameters: Json = {
    Env: { Type: 'String', Default: 'prod', AllowedValues: ['prod', 'lab'] },
  };
  const conditions: Json = {
    IsProd: { 'Fn::Equals': [ref('Env'), 'prod'] },
    IsLab: { 'Fn::Equals': [ref('Env'), 'lab'] },
  };
  const add = (name: string, id: string, resource: Json) => {
    ids.set(name, id);
    resources[id] = resource;
  };
  const vpcOf = (name: string) => design.vpcs.find((vpc) => vpc.name === name);
  const vpcRef = (name: string) => (styleOf(name, 2) === 0 ? ref(logicalId(name)) : getAtt(logicalId(name), 'VpcId'));

  for (const vpc of design.vpcs) {
    const id = logicalId(vpc.name);
    const [primary, ...secondary] = vpc.cidrs;
    // Some VPCs take their block from a parameter with a default.
    let cidr: unknown = primary;
    if (styleOf(vpc.name, 2) === 1) {
      parameters[`${id}Cidr`] = { Type: 'String', Default: primary, Description: `IPv4 block of ${vpc.name}` };
      cidr = ref(`${id}Cidr`);
    }
    add(vpc.name, id, { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: cidr, EnableDnsHostnames: true, EnableDnsSupport: true, Tags: [{ Key: 'Name', Value: vpc.name }] } });
    secondary.forEach((block, index) => {
      resources[`${id}Cidr${index + 2}`] = { Type: 'AWS::EC2::VPCCidrBlock', Properties: { VpcId: ref(id), CidrBlock: block } };
    });
    if (vpc.ipv6) resources[`${id}Ipv6`] = { Type: 'AWS::EC2::VPCCidrBlock', Properties: { VpcId: ref(id), Ipv6CidrBlock: vpc.ipv6, Ipv6Pool: awsId('ipv6pool-ec2', vpc.name) } };
  }

  for (const subnet of design.subnets) {
    const vpc = vpcOf(subnet.vpc);
    const id = logicalId(subnet.name);
    const [a, b, c] = subnet.cidr.split('.');
    const primary = vpc?.cidrs[0] ?? '';
    // A /24 of the VPC's primary /16 is written as Fn::Cidr on the VPC's block, as CDK and many templates do.
    const inPrimary = primary.endsWith('/16') && primary.startsWith(`${a}.${b}.`) && subnet.cidr.endsWith('/24');
    const index = Number(c);
    const cidr = inPrimary && styleOf(subnet.name, 2) === 0 ? { 'Fn::Select': [index, { 'Fn::Cidr': [getAtt(logicalId(subnet.vpc), 'CidrBlock'), index + 1, 8] }] } : subnet.cidr;
    const zone = styleOf(subnet.name, 3) === 0 ? { 'Fn::Select': [subnet.availabilityZone.endsWith('a') ? 0 : 1, { 'Fn::GetAZs': '' }] } : subnet.availabilityZone;
    add(subnet.name, id, {
      Type: 'AWS::EC2::Subnet',
      ...(vpc?.ipv6 ? { DependsOn: `${logicalId(subnet.vpc)}Ipv6` } : {}),
      Properties: { VpcId: vpcRef(subnet.vpc), CidrBlock: cidr, AvailabilityZone: zone, MapPublicIpOnLaunch: false, ...(subnet.ipv6 ? { Ipv6CidrBlock: subnet.ipv6 } : {}) },
    });
  }

  for (const gateway of design.internetGateways) {
    const id = logicalId(gateway.name);
    add(gateway.name, id, { Type: 'AWS::EC2::InternetGateway', Properties: { Tags: [{ Key: 'Name', Value: gateway.name }] } });
    resources[`${id}Attachment`] = { Type: 'AWS::EC2::VPCGatewayAttachment', Properties: { VpcId: vpcRef(gateway.vpc), InternetGatewayId: ref(id) } };
  }
  for (const gateway of design.egressOnlyInternetGateways) add(gateway.name, logicalId(gateway.name), { Type: 'AWS::EC2::EgressOnlyInternetGateway', Properties: { VpcId: vpcRef(gateway.vpc) } });
  for (const nat of design.natGateways) {
    const id = logicalId(nat.name);
    if (nat.connectivity === 'public') resources[`${id}Eip`] = { Type: 'AWS::EC2::EIP', Properties: { Domain: 'vpc' } };
    add(nat.name, id, {
      Type: 'AWS::EC2::NatGateway',
      Properties: { SubnetId: ref(logicalId(nat.subnet)), ...(nat.connectivity === 'public' ? { AllocationId: getAtt(`${id}Eip`, 'AllocationId') } : { ConnectivityType: 'private' }) },
    });
  }
  for (const list of design.prefixLists) {
    if (list.awsName) {
      ids.set(list.name, awsId('pl', list.name));
      continue;
    }
    add(list.name, logicalId(list.name), { Type: 'AWS::EC2::PrefixList', Properties: { PrefixListName: list.name, AddressFamily: 'IPv4', MaxEntries: list.cidrs.length + 2, Entries: list.cidrs.map((cidr) => ({ Cidr: cidr })) } });
  }
  const prefixListRef = (name: string) => {
    const list = design.prefixLists.find((candidate) => candidate.name === name);
    return list?.awsName ? awsId('pl', name) : styleOf(name, 2) === 0 ? ref(logicalId(name)) : getAtt(logicalId(name), 'PrefixListId');
  };

  // Route tables: a main table with no route that nothing names stays implicit (the VPC's own); any other is written and associated explicitly.
  const endpointTables = new Set(design.gatewayEndpoints.flatMap((endpoint) => endpoint.routeTables));
  const explicitTables = new Set(design.routeTables.flatMap((table) => table.subnets));
  for (const table of design.routeTables) {
    if (table.main && table.routes.length === 0 && !endpointTables.has(table.name)) {
      ids.set(table.name, `${logicalId(table.vpc)}.MainRouteTable`);
      continue;
    }
    const id = logicalId(table.name);
    add(table.name, id, { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: vpcRef(table.vpc), Tags: [{ Key: 'Name', Value: table.name }] } });
    const members = table.main ? [...table.subnets, ...design.subnets.filter((subnet) => subnet.vpc === table.vpc && !explicitTables.has(subnet.name)).map((subnet) => subnet.name)] : table.subnets;
    for (const subnet of members) resources[`${id}${logicalId(subnet)}Association`] = { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: ref(logicalId(subnet)), RouteTableId: ref(id) } };
    table.routes.forEach((route, index) => {
      resources[`${id}Route${index + 1}`] = { Type: 'AWS::EC2::Route', ...(styleOf(`${table.name}${index}`, 3) === 0 ? { Condition: 'IsProd' } : {}), Properties: { RouteTableId: ref(id), ...destinationOf(route.destination, prefixListRef), ...targetOf(route.target) } };
    });
    // A route that only a lab deployment would add: its condition is false, so it does not exist.
    const igw = design.internetGateways.find((gateway) => gateway.vpc === table.vpc);
    if (igw && styleOf(table.name, 2) === 0) resources[`${id}LabRoute`] = { Type: 'AWS::EC2::Route', Condition: 'IsLab', Properties: { RouteTableId: ref(id), DestinationCidrBlock: '0.0.0.0/0', GatewayId: ref(logicalId(igw.name)) } };
  }
  for (const endpoint of design.gatewayEndpoints) {
    const list = design.prefixLists.find((candidate) => candidate.name === endpoint.prefixList);
    add(endpoint.name, logicalId(endpoint.name), {
      Type: 'AWS::EC2::VPCEndpoint',
      Properties: { VpcId: vpcRef(endpoint.vpc), ServiceName: list?.awsName ?? endpoint.prefixList, VpcEndpointType: 'Gateway', RouteTableIds: endpoint.routeTables.map((table) => ref(ids.get(table) ?? logicalId(table))) },
    });
  }

  // Network ACLs: the default one stays implicit (it allows everything) unless the design gives it entries; then it is written as an ACL of its own with the same subnets.
  const explicitAcls = new Set(design.acls.flatMap((acl) => acl.subnets));
  for (const acl of design.acls) {
    const vpcId = logicalId(acl.vpc);
    if (acl.default && acl.entries.length === 0) {
      const implied = `${vpcId}.DefaultNetworkAcl`;
      ids.set(acl.name, implied);
      // Some templates associate subnets with the default ACL by name; most leave them to it.
      for (const subnet of acl.subnets) if (styleOf(subnet, 2) === 0) resources[`${vpcId}Default${logicalId(subnet)}AclAssociation`] = { Type: 'AWS::EC2::SubnetNetworkAclAssociation', Properties: { SubnetId: ref(logicalId(subnet)), NetworkAclId: getAtt(vpcId, 'DefaultNetworkAcl') } };
      continue;
    }
    const id = logicalId(acl.name);
    add(acl.name, id, { Type: 'AWS::EC2::NetworkAcl', Properties: { VpcId: vpcRef(acl.vpc), Tags: [{ Key: 'Name', Value: acl.name }] } });
    const members = acl.default ? [...acl.subnets, ...design.subnets.filter((subnet) => subnet.vpc === acl.vpc && !explicitAcls.has(subnet.name)).map((subnet) => subnet.name)] : acl.subnets;
    for (const subnet of members) resources[`${id}${logicalId(subnet)}Association`] = { Type: 'AWS::EC2::SubnetNetworkAclAssociation', Properties: { SubnetId: ref(logicalId(subnet)), NetworkAclId: ref(id) } };
    for (const entry of acl.entries) resources[`${id}${entry.egress ? 'Out' : 'In'}${entry.ruleNumber}`] = { Type: 'AWS::EC2::NetworkAclEntry', Properties: aclEntryOf(id, entry) };
  }

  // Security groups: the directory's members group is the one WorkSpaces creates; the others are the template's.
  const members = design.directory?.membersGroup;
  const groupRef = (name: string) => (name === members ? getAtt('Directory', 'WorkspaceSecurityGroupId') : styleOf(name, 2) === 0 ? ref(logicalId(name)) : getAtt(logicalId(name), 'GroupId'));
  for (const group of design.securityGroups) {
    const vpc = vpcOf(group.vpc);
    const ingress = group.rules.filter((rule) => !rule.egress);
    const egress = group.rules.filter((rule) => rule.egress);
    if (group.name === members) {
      ids.set(group.name, 'Directory.WorkspaceSecurityGroupId');
      group.rules.forEach((rule, index) => {
        resources[`Members${rule.egress ? 'Egress' : 'Ingress'}${index + 1}`] = { Type: rule.egress ? 'AWS::EC2::SecurityGroupEgress' : 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: groupRef(group.name), ...ruleOf(rule, groupRef, prefixListRef) } };
      });
      continue;
    }
    const id = logicalId(group.name);
    const everywhere = { IpProtocol: '-1', CidrIp: '0.0.0.0/0', Description: 'Allow all outbound traffic by default' };
    const placeholder = { CidrIp: '255.255.255.255/32', Description: 'Disallow all traffic', FromPort: 252, IpProtocol: 'icmp', ToPort: 86 };
    const standalone = styleOf(`${group.name}:rules`, 3) === 0;
    const properties: Json = { GroupDescription: group.name, GroupName: group.name === 'members' ? 'd-90670a0001_workspacesMembers' : group.name, VpcId: vpcRef(group.vpc) };
    const egressRules = [...egress.map((rule) => ruleOf(rule, groupRef, prefixListRef)), ...(group.defaultEgress ? [everywhere] : [])];
    if (group.defaultEgress && egress.length === 0 && !vpc?.ipv6) {
      // No SecurityGroupEgress at all: CloudFormation keeps AWS's allow-all egress (IPv4 and IPv6; the VPC has no IPv6 here).
    } else if (egressRules.length === 0 || standalone) {
      properties.SecurityGroupEgress = [placeholder];
    } else {
      properties.SecurityGroupEgress = egressRules;
    }
    if (!standalone && ingress.length > 0) properties.SecurityGroupIngress = ingress.map((rule) => ruleOf(rule, groupRef, prefixListRef));
    add(group.name, id, { Type: 'AWS::EC2::SecurityGroup', Properties: properties });
    if (standalone) {
      ingress.forEach((rule, index) => {
        resources[`${id}Ingress${index + 1}`] = { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: groupRef(group.name), ...ruleOf(rule, groupRef, prefixListRef) } };
      });
      if (properties.SecurityGroupEgress !== undefined && egressRules.length > 0) {
        egressRules.forEach((rule, index) => {
          resources[`${id}Egress${index + 1}`] = { Type: 'AWS::EC2::SecurityGroupEgress', Properties: { GroupId: groupRef(group.name), ...rule } };
        });
      }
    }
  }

  if (design.blockPublicAccess) resources.BlockPublicAccess = { Type: 'AWS::EC2::VPCBlockPublicAccessOptions', Properties: { InternetGatewayBlockMode: design.blockPublicAccess } };
  const directory = design.directory;
  if (directory) {
    ids.set(directory.name, 'Directory');
    resources.Directory = {
      Type: 'AWS::WorkSpaces::Directory',
      Properties: {
        SubnetIds: directory.subnets.map((subnet) => ref(logicalId(subnet))),
        WorkspaceCreationProperties: { EnableInternetAccess: directory.enableInternetAccess, ...(directory.customGroup ? { CustomSecurityGroupId: groupRef(directory.customGroup) } : {}) },
      },
    };
  }
  // Literal ids of what the template does not create: the transit gateway, peering connections, network interfaces.
  for (const table of design.routeTables) {
    for (const route of table.routes) {
      if (route.target.kind === 'transit-gateway' || route.target.kind === 'vpc-peering' || route.target.kind === 'network-interface') ids.set(route.target.name, literalTarget(route.target));
    }
  }

  const template: Json = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'WorkSpaces network (rendered from a test design)',
    Parameters: parameters,
    Conditions: conditions,
    Resources: resources,
  };
  const lists = design.prefixLists.filter((list) => list.awsName);
  return {
    template,
    documents: (form) => [
      { name: form === 'json' ? 'template.json' : 'template.yaml', text: form === 'json' ? JSON.stringify(template, null, 1) : templateYaml(template) },
      // An AWS-managed list's entries are not in any template: they are pasted as describe-prefix-lists prints them.
      ...lists.map((list) => ({ name: `prefix-list-${list.name}.json`, text: JSON.stringify({ PrefixLists: [{ PrefixListId: awsId('pl', list.name), PrefixListName: list.awsName, Cidrs: list.cidrs }] }, null, 4) })),
    ],
    context: directory ? { region: design.region } : { region: design.region, workspacesSubnetIds: design.workspacesSubnets.map(logicalId) },
    ids,
  };
}

function literalTarget(target: DesignTarget): string {
  const prefix = target.kind === 'transit-gateway' ? 'tgw' : target.kind === 'vpc-peering' ? 'pcx' : 'eni';
  return awsId(prefix, 'name' in target ? target.name : '');
}

function destinationOf(destination: DesignRoute['destination'], prefixListRef: (name: string) => unknown): Json {
  if (typeof destination !== 'string') return { DestinationPrefixListId: prefixListRef(destination.prefixList) };
  return { [destination.includes(':') ? 'DestinationIpv6CidrBlock' : 'DestinationCidrBlock']: destination };
}

function targetOf(target: DesignTarget): Json {
  switch (target.kind) {
    case 'internet-gateway':
      return { GatewayId: ref(logicalId(target.name)) };
    case 'egress-only-internet-gateway':
      return { EgressOnlyInternetGatewayId: ref(logicalId(target.name)) };
    case 'nat-gateway':
      return { NatGatewayId: ref(logicalId(target.name)) };
    case 'transit-gateway':
      return { TransitGatewayId: literalTarget(target) };
    case 'vpc-peering':
      return { VpcPeeringConnectionId: literalTarget(target) };
    case 'network-interface':
      return { NetworkInterfaceId: literalTarget(target) };
    case 'gateway-endpoint':
    case 'local':
      throw new Error(`a template does not write a route to ${target.kind}`);
  }
}

function aclEntryOf(aclId: string, entry: DesignAclEntry): Json {
  return {
    NetworkAclId: ref(aclId),
    RuleNumber: entry.ruleNumber,
    Protocol: entry.protocol,
    RuleAction: entry.action,
    Egress: entry.egress,
    [entry.cidr.includes(':') ? 'Ipv6CidrBlock' : 'CidrBlock']: entry.cidr,
    ...(entry.ports ? { PortRange: { From: entry.ports[0], To: entry.ports[1] } } : {}),
    ...(entry.icmp ? { Icmp: { Type: entry.icmp[0], Code: entry.icmp[1] } } : {}),
  };
}

function ruleOf(rule: DesignSgRule, groupRef: (name: string) => unknown, prefixListRef: (name: string) => unknown): Json {
  const peer = rule.peer;
  const protocol = rule.protocol === 6 ? 'tcp' : rule.protocol === 17 ? 'udp' : rule.protocol === 1 ? 'icmp' : String(rule.protocol);
  const ports = rule.ports ? { FromPort: rule.ports[0], ToPort: rule.ports[1] } : rule.protocol === 1 ? { FromPort: -1, ToPort: -1 } : {};
  let target: Json;
  if ('cidr' in peer) target = { [peer.cidr.includes(':') ? 'CidrIpv6' : 'CidrIp']: peer.cidr };
  else if ('prefixList' in peer) target = { [rule.egress ? 'DestinationPrefixListId' : 'SourcePrefixListId']: prefixListRef(peer.prefixList) };
  else target = { [rule.egress ? 'DestinationSecurityGroupId' : 'SourceSecurityGroupId']: groupRef(peer.group) };
  return { IpProtocol: protocol, ...ports, ...target };
}
