/**
 * A design (tests/support/design.ts) as `terraform show -json` would print the plan that builds it:
 * resources with their planned values, `after_unknown` for what is known only after apply (the ids
 * of everything the plan creates), the configuration with each expression's references, and a
 * prior state for what exists already.
 *
 * A VPC is either created by the plan (its resources' ids are unknown, links come from references)
 * or exists already (every id known, the plan changes nothing): `existing` chooses, and a VPC with a
 * blackhole route always exists (only a deployed route can lose its target). Within that, the
 * renderer writes the same design several ways, chosen by a hash of each name so every way is
 * exercised: inline routes or `aws_route`, a main table as `aws_default_route_table` or as
 * `aws_route_table` + `aws_main_route_table_association`, inline ACL rules or `aws_network_acl_rule`,
 * `subnet_ids` or `aws_network_acl_association`, inline group rules, `aws_security_group_rule` or
 * `aws_vpc_security_group_*_rule`. With `module`, everything sits in one child module. A directory
 * the plan registers has the members group AWS creates for it (not a resource of the plan): its rules
 * are standalone rules on the directory's `workspace_security_group_id` (see planExpressible).
 */
import { awsId } from './design-describe.ts';
import type { Design, DesignAclEntry, DesignRoute, DesignSgRule, DesignTarget } from './design.ts';
import { planDocument, UNKNOWN } from './terraform-plan.ts';

type Json = Record<string, unknown>;

/** How an attribute is written in the configuration. */
type Expression = { constant: unknown } | { references: string[] };

interface PlanResource {
  type: string;
  name: string;
  mode?: 'managed' | 'data';
  /** Planned values; UNKNOWN marks what is known only after apply. */
  values: Json;
  expressions: Record<string, Expression | Record<string, Expression>[]>;
  existing: boolean;
}

export interface TerraformRendering {
  documents: { name: string; text: string }[];
  context: Json;
  /** Symbolic name → the id the engine gives it (an AWS id when known, else the resource address). */
  ids: Map<string, string>;
}

export interface TerraformOptions {
  /** VPCs that exist before the plan (default: none). */
  existing?: (vpc: string) => boolean;
  /** Put every resource in this child module. */
  module?: string;
}

/** A stable choice between `ways` ways of writing something, by its name. */
function way(name: string, ways: number): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % ways;
}

/** Terraform resource names: letters, digits, underscores, hyphens, not starting with a digit. */
const tfName = (name: string) => (/^[A-Za-z_]/.test(name) ? name : `n_${name}`).replace(/[^A-Za-z0-9_-]/g, '_');

function expressionJson(expression: Expression | Record<string, Expression>[]): unknown {
  if (Array.isArray(expression)) return expression.map((block) => Object.fromEntries(Object.entries(block).map(([key, item]) => [key, expressionJson(item)])));
  return 'constant' in expression ? { constant_value: expression.constant } : { references: expression.references };
}

/** Whether each VPC exists before the plan: as `existing` says, and always when it has a blackhole route. */
function existingVpcs(design: Design, options: TerraformOptions): (vpc: string) => boolean {
  const blackholes = new Set(design.routeTables.filter((table) => table.routes.some((route) => route.blackhole)).map((table) => table.vpc));
  return (vpc) => blackholes.has(vpc) || (options.existing?.(vpc) ?? false);
}

/**
 * The design as a plan can build it: a directory the plan registers (its VPC is new) gets a members
 * group from AWS with AWS's default egress, which the plan can add rules to but not remove.
 */
export function planExpressible(design: Design, options: TerraformOptions = {}): Design {
  const directory = design.directory;
  if (!directory || existingVpcs(design, options)(design.vpcs[0]?.name ?? '')) return design;
  return { ...design, securityGroups: design.securityGroups.map((group) => (group.name === directory.membersGroup ? { ...group, defaultEgress: true } : group)) };
}

export function renderTerraform(design: Design, options: TerraformOptions = {}): TerraformRendering {
  const ids = new Map<string, string>();
  const resources: PlanResource[] = [];
  const prefix = options.module ? `module.${options.module}.` : '';
  const address = (resource: Pick<PlanResource, 'type' | 'name' | 'mode'>) => `${prefix}${resource.mode === 'data' ? 'data.' : ''}${resource.type}.${resource.name}`;
  const vpcOfSubnet = (subnet: string) => design.subnets.find((candidate) => candidate.name === subnet)?.vpc ?? '';
  const existingVpc = existingVpcs(design, options);
  const firstVpc = design.vpcs[0]?.name ?? '';

  /** Adds a resource; its id is known (an AWS id) when it exists, else unknown. */
  const add = (resource: Omit<PlanResource, 'values'> & { values: Json }, symbol?: string, idPrefix?: string): PlanResource => {
    const known = resource.existing && idPrefix ? awsId(idPrefix, symbol ?? resource.name) : undefined;
    const full: PlanResource = { ...resource, values: { ...resource.values, ...(idPrefix ? { id: known ?? UNKNOWN } : {}) } };
    resources.push(full);
    if (symbol !== undefined) ids.set(symbol, known ?? address(full));
    return full;
  };
  /** A reference to another resource's attribute: its value now (known or not) and the expression that names it. */
  const ref = (target: PlanResource, attribute = 'id'): { value: unknown; expression: Expression } => {
    const local = `${target.mode === 'data' ? 'data.' : ''}${target.type}.${target.name}`;
    return { value: target.values[attribute] ?? UNKNOWN, expression: { references: [`${local}.${attribute}`, local] } };
  };
  const constant = (value: unknown): { value: unknown; expression: Expression } => ({ value, expression: { constant: value } });

  // VPCs.
  const vpcs = new Map<string, PlanResource>();
  for (const vpc of design.vpcs) {
    const existing = existingVpc(vpc.name);
    const values: Json = { cidr_block: vpc.cidrs[0], enable_dns_support: true, instance_tenancy: 'default', tags: { Name: vpc.name } };
    if (vpc.ipv6) Object.assign(values, { ipv6_cidr_block: vpc.ipv6, ipv6_ipam_pool_id: 'ipam-pool-0a1b2c3d4e5f60001' });
    for (const attribute of ['default_route_table_id', 'main_route_table_id', 'default_network_acl_id', 'default_security_group_id']) {
      values[attribute] = existing ? awsId(attribute.startsWith('default_network') ? 'acl' : attribute.startsWith('default_security') ? 'sg' : 'rtb', `${vpc.name}:${attribute.startsWith('main') ? 'default_route_table_id' : attribute}`) : UNKNOWN;
    }
    const expressions: PlanResource['expressions'] = { cidr_block: { constant: vpc.cidrs[0] }, ...(vpc.ipv6 ? { ipv6_cidr_block: { constant: vpc.ipv6 }, ipv6_ipam_pool_id: { constant: 'ipam-pool-0a1b2c3d4e5f60001' } } : {}) };
    const resource = add({ type: 'aws_vpc', name: tfName(vpc.name), values, expressions, existing }, vpc.name, 'vpc');
    vpcs.set(vpc.name, resource);
    vpc.cidrs.slice(1).forEach((cidr, index) => {
      const link = ref(resource);
      add({ type: 'aws_vpc_ipv4_cidr_block_association', name: tfName(`${vpc.name}_cidr${index + 1}`), values: { vpc_id: link.value, cidr_block: cidr }, expressions: { vpc_id: link.expression, cidr_block: { constant: cidr } }, existing }, undefined, 'vpc-cidr-assoc');
    });
  }
  const vpcResource = (name: string) => vpcs.get(name) as PlanResource;

  // Subnets.
  const subnets = new Map<string, PlanResource>();
  for (const subnet of design.subnets) {
    const link = ref(vpcResource(subnet.vpc));
    const values: Json = { vpc_id: link.value, cidr_block: subnet.cidr, availability_zone: subnet.availabilityZone, map_public_ip_on_launch: false, ...(subnet.ipv6 ? { ipv6_cidr_block: subnet.ipv6 } : {}) };
    const expressions: PlanResource['expressions'] = { vpc_id: link.expression, cidr_block: { constant: subnet.cidr }, availability_zone: { constant: subnet.availabilityZone }, ...(subnet.ipv6 ? { ipv6_cidr_block: { constant: subnet.ipv6 } } : {}) };
    subnets.set(subnet.name, add({ type: 'aws_subnet', name: tfName(subnet.name), values, expressions, existing: existingVpc(subnet.vpc) }, subnet.name, 'subnet'));
  }

  // Prefix lists: AWS-managed ones are looked up by name, customer ones created with the first VPC.
  const prefixLists = new Map<string, PlanResource>();
  for (const list of design.prefixLists) {
    if (list.awsName) {
      prefixLists.set(list.name, add({ type: 'aws_prefix_list', mode: 'data', name: tfName(list.name), values: { id: awsId('pl', list.name), name: list.awsName, cidr_blocks: list.cidrs }, expressions: { name: { constant: list.awsName } }, existing: true }, list.name));
      ids.set(list.name, awsId('pl', list.name));
    } else {
      const entries = list.cidrs.map((cidr) => ({ cidr, description: '' }));
      prefixLists.set(list.name, add({ type: 'aws_ec2_managed_prefix_list', name: tfName(list.name), values: { name: list.name, address_family: 'IPv4', max_entries: 10, entry: entries }, expressions: { name: { constant: list.name }, address_family: { constant: 'IPv4' }, entry: entries.map((entry) => ({ cidr: { constant: entry.cidr } })) }, existing: existingVpc(firstVpc) }, list.name, 'pl'));
    }
  }

  // Gateways: internet, egress-only and NAT gateways of the design; the transit gateway, peering connections and network interfaces exist outside the plan.
  const gateways = new Map<string, PlanResource>();
  for (const gateway of design.internetGateways) {
    const link = ref(vpcResource(gateway.vpc));
    gateways.set(gateway.name, add({ type: 'aws_internet_gateway', name: tfName(gateway.name), values: { vpc_id: link.value }, expressions: { vpc_id: link.expression }, existing: existingVpc(gateway.vpc) }, gateway.name, 'igw'));
  }
  for (const gateway of design.egressOnlyInternetGateways) {
    const link = ref(vpcResource(gateway.vpc));
    gateways.set(gateway.name, add({ type: 'aws_egress_only_internet_gateway', name: tfName(gateway.name), values: { vpc_id: link.value }, expressions: { vpc_id: link.expression }, existing: existingVpc(gateway.vpc) }, gateway.name, 'eigw'));
  }
  for (const nat of design.natGateways) {
    const link = ref(subnets.get(nat.subnet) as PlanResource);
    gateways.set(nat.name, add({ type: 'aws_nat_gateway', name: tfName(nat.name), values: { subnet_id: link.value, connectivity_type: nat.connectivity }, expressions: { subnet_id: link.expression, connectivity_type: { constant: nat.connectivity } }, existing: existingVpc(vpcOfSubnet(nat.subnet)) }, nat.name, 'nat'));
  }
  const EXTERNAL: Partial<Record<DesignTarget['kind'], string>> = { 'transit-gateway': 'tgw', 'vpc-peering': 'pcx', 'network-interface': 'eni' };
  const TARGET_ATTRIBUTE: Record<DesignTarget['kind'], string> = {
    local: 'gateway_id',
    'internet-gateway': 'gateway_id',
    'gateway-endpoint': 'gateway_id',
    'egress-only-internet-gateway': 'egress_only_gateway_id',
    'nat-gateway': 'nat_gateway_id',
    'transit-gateway': 'transit_gateway_id',
    'vpc-peering': 'vpc_peering_connection_id',
    'network-interface': 'network_interface_id',
  };
  const targetOf = (target: DesignTarget): { attribute: string; value: unknown; expression: Expression } => {
    const attribute = TARGET_ATTRIBUTE[target.kind];
    if (target.kind === 'local') return { attribute, ...constant('local') };
    const external = EXTERNAL[target.kind];
    if (external) {
      ids.set(target.name, awsId(external, target.name));
      return { attribute, ...constant(awsId(external, target.name)) };
    }
    const gateway = gateways.get(target.name) ?? endpoints.get(target.name);
    return { attribute, ...(gateway ? ref(gateway) : constant(awsId('vpce', target.name))) };
  };
  const destinationOf = (destination: DesignRoute['destination'], inline: boolean): { attribute: string; value: unknown; expression: Expression } => {
    if (typeof destination !== 'string') return { attribute: 'destination_prefix_list_id', ...ref(prefixLists.get(destination.prefixList) as PlanResource) };
    const v6 = destination.includes(':');
    return { attribute: inline ? (v6 ? 'ipv6_cidr_block' : 'cidr_block') : v6 ? 'destination_ipv6_cidr_block' : 'destination_cidr_block', ...constant(destination) };
  };
  const INLINE_ROUTE_KEYS = ['carrier_gateway_id', 'cidr_block', 'core_network_arn', 'destination_prefix_list_id', 'egress_only_gateway_id', 'gateway_id', 'ipv6_cidr_block', 'local_gateway_id', 'nat_gateway_id', 'network_interface_id', 'transit_gateway_id', 'vpc_endpoint_id', 'vpc_peering_connection_id'];

  // Route tables: a main table is the VPC's default table or a table made main by association.
  const tables = new Map<string, PlanResource>();
  const endpoints = new Map<string, PlanResource>();
  const routeWrites: (() => void)[] = [];
  for (const table of design.routeTables) {
    const existing = existingVpc(table.vpc);
    const vpc = vpcResource(table.vpc);
    const asDefault = table.main && way(table.name, 2) === 0;
    const inline = !table.routes.some((route) => route.blackhole) && way(`${table.name}:routes`, 2) === 0;
    let resource: PlanResource;
    if (asDefault) {
      const link = ref(vpc, 'default_route_table_id');
      resource = add({ type: 'aws_default_route_table', name: tfName(table.name), values: { default_route_table_id: link.value, vpc_id: vpc.values.id, propagating_vgws: [], id: vpc.values.default_route_table_id }, expressions: { default_route_table_id: link.expression }, existing }, table.name);
      ids.set(table.name, typeof vpc.values.default_route_table_id === 'string' ? vpc.values.default_route_table_id : address(resource));
    } else {
      const link = ref(vpc);
      resource = add({ type: 'aws_route_table', name: tfName(table.name), values: { vpc_id: link.value, propagating_vgws: existing ? [] : UNKNOWN }, expressions: { vpc_id: link.expression }, existing }, table.name, 'rtb');
      if (table.main) {
        const tableLink = ref(resource);
        const vpcLink = ref(vpc);
        add({ type: 'aws_main_route_table_association', name: tfName(`${table.name}_main`), values: { vpc_id: vpcLink.value, route_table_id: tableLink.value, original_route_table_id: vpc.values.default_route_table_id }, expressions: { vpc_id: vpcLink.expression, route_table_id: tableLink.expression }, existing }, undefined, 'rtbassoc');
      }
    }
    tables.set(table.name, resource);
    // Routes are written once gateways and endpoints exist (a route may name the endpoint).
    routeWrites.push(() => {
      if (inline) {
        const blocks = table.routes.map((route) => {
          const destination = destinationOf(route.destination, true);
          const target = targetOf(route.target);
          const value: Json = Object.fromEntries(INLINE_ROUTE_KEYS.map((key) => [key, '']));
          value[destination.attribute] = destination.value;
          value[target.attribute] = target.value;
          return { value, expression: { [destination.attribute]: destination.expression, [target.attribute]: target.expression } };
        });
        resource.values.route = blocks.map((block) => block.value);
        resource.expressions.route = blocks.map((block) => block.expression);
      } else {
        if (!existing) resource.values.route = UNKNOWN;
        else resource.values.route = [];
        table.routes.forEach((route, index) => {
          const destination = destinationOf(route.destination, false);
          const target = targetOf(route.target);
          const tableLink = ref(resource);
          add({
            type: 'aws_route',
            name: tfName(`${table.name}_r${index + 1}`),
            values: { route_table_id: tableLink.value, [destination.attribute]: destination.value, [target.attribute]: target.value, state: existing ? (route.blackhole ? 'blackhole' : 'active') : UNKNOWN, origin: existing ? 'CreateRoute' : UNKNOWN },
            expressions: { route_table_id: tableLink.expression, [destination.attribute]: destination.expression, [target.attribute]: target.expression },
            existing,
          }, undefined, 'r');
        });
      }
    });
    for (const subnet of table.subnets) {
      const subnetLink = ref(subnets.get(subnet) as PlanResource);
      const tableLink = ref(resource);
      add({ type: 'aws_route_table_association', name: tfName(`${table.name}_${subnet}`), values: { subnet_id: subnetLink.value, route_table_id: tableLink.value, gateway_id: existing ? '' : null }, expressions: { subnet_id: subnetLink.expression, route_table_id: tableLink.expression }, existing }, undefined, 'rtbassoc');
    }
  }
  for (const endpoint of design.gatewayEndpoints) {
    const vpcLink = ref(vpcResource(endpoint.vpc));
    const links = endpoint.routeTables.map((table) => ref(tables.get(table) as PlanResource));
    const service = design.prefixLists.find((list) => list.name === endpoint.prefixList)?.awsName ?? endpoint.prefixList;
    const existing = existingVpc(endpoint.vpc);
    endpoints.set(endpoint.name, add({
      type: 'aws_vpc_endpoint',
      name: tfName(endpoint.name),
      values: { vpc_id: vpcLink.value, service_name: service, vpc_endpoint_type: 'Gateway', route_table_ids: links.map((link) => link.value), prefix_list_id: existing ? awsId('pl', endpoint.prefixList) : UNKNOWN },
      expressions: { vpc_id: vpcLink.expression, service_name: { constant: service }, vpc_endpoint_type: { constant: 'Gateway' }, route_table_ids: { references: links.flatMap((link) => ('references' in link.expression ? link.expression.references : [])) } },
      existing,
    }, endpoint.name, 'vpce'));
  }
  for (const write of routeWrites) write();

  // Network ACLs: a default ACL is written only where the design changes AWS's, or the VPC exists (then its rules must be in the plan).
  const aclEntryBlock = (entry: DesignAclEntry, inline: boolean): Json => ({
    [inline ? 'rule_no' : 'rule_number']: entry.ruleNumber,
    [inline ? 'action' : 'rule_action']: entry.action,
    protocol: String(entry.protocol),
    cidr_block: entry.cidr.includes(':') ? '' : entry.cidr,
    ipv6_cidr_block: entry.cidr.includes(':') ? entry.cidr : '',
    from_port: entry.ports?.[0] ?? 0,
    to_port: entry.ports?.[1] ?? 0,
    icmp_type: entry.icmp?.[0] ?? 0,
    icmp_code: entry.icmp?.[1] ?? 0,
  });
  const constants = (value: Json): Record<string, Expression> => Object.fromEntries(Object.entries(value).map(([key, item]) => [key, { constant: item }]));
  for (const acl of design.acls) {
    const existing = existingVpc(acl.vpc);
    const vpc = vpcResource(acl.vpc);
    const hasV6 = design.vpcs.find((candidate) => candidate.name === acl.vpc)?.ipv6 !== undefined;
    const entries: DesignAclEntry[] = acl.default && acl.entries.length === 0 ? [true, false].flatMap((egress) => [{ ruleNumber: 100, egress, action: 'allow' as const, protocol: -1, cidr: '0.0.0.0/0' }, ...(hasV6 ? [{ ruleNumber: 101, egress, action: 'allow' as const, protocol: -1, cidr: '::/0' }] : [])]) : acl.entries;
    const subnetLinks = acl.subnets.map((subnet) => ref(subnets.get(subnet) as PlanResource));
    if (acl.default) {
      if (acl.entries.length === 0 && !existing) {
        ids.set(acl.name, address(vpc).concat('.default_network_acl_id'));
        if (acl.subnets.length === 0) continue;
      }
      const link = ref(vpc, 'default_network_acl_id');
      const values: Json = {
        default_network_acl_id: link.value,
        vpc_id: vpc.values.id,
        id: vpc.values.default_network_acl_id,
        ingress: entries.filter((entry) => !entry.egress).map((entry) => aclEntryBlock(entry, true)),
        egress: entries.filter((entry) => entry.egress).map((entry) => aclEntryBlock(entry, true)),
        subnet_ids: acl.subnets.length > 0 ? subnetLinks.map((subnetLink) => subnetLink.value) : existing ? [] : UNKNOWN,
      };
      const resource = add({
        type: 'aws_default_network_acl',
        name: tfName(acl.name),
        values,
        expressions: {
          default_network_acl_id: link.expression,
          ingress: entries.filter((entry) => !entry.egress).map((entry) => constants(aclEntryBlock(entry, true))),
          egress: entries.filter((entry) => entry.egress).map((entry) => constants(aclEntryBlock(entry, true))),
          ...(acl.subnets.length > 0 ? { subnet_ids: { references: subnetLinks.flatMap((subnetLink) => ('references' in subnetLink.expression ? subnetLink.expression.references : [])) } } : {}),
        },
        existing,
      });
      ids.set(acl.name, typeof vpc.values.default_network_acl_id === 'string' ? vpc.values.default_network_acl_id : address(resource));
      continue;
    }
    const vpcLink = ref(vpc);
    const inlineRules = way(`${acl.name}:rules`, 2) === 0;
    const bySubnetIds = way(`${acl.name}:subnets`, 2) === 0;
    const resource = add({
      type: 'aws_network_acl',
      name: tfName(acl.name),
      values: {
        vpc_id: vpcLink.value,
        ingress: inlineRules ? entries.filter((entry) => !entry.egress).map((entry) => aclEntryBlock(entry, true)) : existing ? [] : UNKNOWN,
        egress: inlineRules ? entries.filter((entry) => entry.egress).map((entry) => aclEntryBlock(entry, true)) : existing ? [] : UNKNOWN,
        subnet_ids: bySubnetIds ? subnetLinks.map((subnetLink) => subnetLink.value) : existing ? [] : UNKNOWN,
      },
      expressions: {
        vpc_id: vpcLink.expression,
        ...(inlineRules ? { ingress: entries.filter((entry) => !entry.egress).map((entry) => constants(aclEntryBlock(entry, true))), egress: entries.filter((entry) => entry.egress).map((entry) => constants(aclEntryBlock(entry, true))) } : {}),
        ...(bySubnetIds && acl.subnets.length > 0 ? { subnet_ids: { references: subnetLinks.flatMap((subnetLink) => ('references' in subnetLink.expression ? subnetLink.expression.references : [])) } } : {}),
      },
      existing,
    }, acl.name, 'acl');
    if (!inlineRules) {
      entries.forEach((entry) => {
        const aclLink = ref(resource);
        const block = aclEntryBlock(entry, false);
        add({ type: 'aws_network_acl_rule', name: tfName(`${acl.name}_${entry.egress ? 'out' : 'in'}${entry.ruleNumber}`), values: { network_acl_id: aclLink.value, egress: entry.egress, ...block }, expressions: { network_acl_id: aclLink.expression, egress: { constant: entry.egress }, ...constants(block) }, existing }, undefined, 'nacl');
      });
    }
    if (!bySubnetIds) {
      acl.subnets.forEach((subnet, index) => {
        const aclLink = ref(resource);
        const subnetLink = subnetLinks[index] as { value: unknown; expression: Expression };
        add({ type: 'aws_network_acl_association', name: tfName(`${acl.name}_${subnet}`), values: { network_acl_id: aclLink.value, subnet_id: subnetLink.value }, expressions: { network_acl_id: aclLink.expression, subnet_id: subnetLink.expression }, existing }, undefined, 'aclassoc');
      });
    }
  }

  // Security groups: Terraform removes AWS's default egress, so a group that keeps it says so.
  // A directory the plan registers gets its members group from AWS: not a resource of the plan, it is
  // reached through the directory's workspace_security_group_id and keeps AWS's default egress.
  const directory = design.directory;
  const directoryExists = existingVpc(firstVpc);
  const registered = directory && !directoryExists ? directory.membersGroup : undefined;
  const groups = new Map<string, PlanResource>();
  const directoryName = design.directory?.name;
  const groupName = (name: string) => (name === design.directory?.membersGroup && directoryName ? `${directoryName}_workspacesMembers` : name === 'members' ? 'd-90670a0001_workspacesMembers' : name);
  for (const group of design.securityGroups) {
    if (group.name === registered) {
      if (!group.defaultEgress) throw new Error(`${group.name}: a group AWS creates for a directory the plan registers keeps its default egress (see planExpressible)`);
      continue;
    }
    const vpcLink = ref(vpcResource(group.vpc));
    groups.set(group.name, add({ type: 'aws_security_group', name: tfName(group.name), values: { vpc_id: vpcLink.value, name: groupName(group.name), description: group.name }, expressions: { vpc_id: vpcLink.expression, name: { constant: groupName(group.name) }, description: { constant: group.name } }, existing: existingVpc(group.vpc) }, group.name, 'sg'));
  }
  let directoryResource: PlanResource | undefined;
  if (directory) {
    const subnetLinks = directory.subnets.map((subnet) => ref(subnets.get(subnet) as PlanResource));
    const custom = directory.customGroup ? ref(groups.get(directory.customGroup) as PlanResource) : undefined;
    const members = groups.get(directory.membersGroup);
    directoryResource = add({
      type: 'aws_workspaces_directory',
      name: 'directory',
      values: {
        directory_id: directory.name,
        dns_ip_addresses: ['10.0.10.10', '10.0.11.10'],
        subnet_ids: subnetLinks.map((link) => link.value),
        workspace_security_group_id: directoryExists && members ? members.values.id : UNKNOWN,
        workspace_creation_properties: [{ custom_security_group_id: custom ? custom.value : null, enable_internet_access: directory.enableInternetAccess, enable_maintenance_mode: true, user_enabled_as_local_administrator: false, default_ou: null }],
      },
      expressions: {
        directory_id: { constant: directory.name },
        subnet_ids: { references: subnetLinks.flatMap((link) => ('references' in link.expression ? link.expression.references : [])) },
        workspace_creation_properties: [{ enable_internet_access: { constant: directory.enableInternetAccess }, ...(custom ? { custom_security_group_id: custom.expression } : {}) }],
      },
      existing: directoryExists,
    });
    ids.set(directory.name, directory.name);
    if (registered) ids.set(registered, `${address(directoryResource)}.workspace_security_group_id`);
  }
  /** A reference to a group's id (the registered directory's members group: the directory's attribute). */
  const groupRef = (name: string) => (name === registered && directoryResource ? ref(directoryResource, 'workspace_security_group_id') : ref(groups.get(name) as PlanResource));
  const protocolText = (protocol: number) => (protocol === 6 ? 'tcp' : protocol === 17 ? 'udp' : protocol === 1 ? 'icmp' : String(protocol));
  for (const group of design.securityGroups) {
    const resource = groups.get(group.name);
    const existing = existingVpc(group.vpc);
    // AWS's default egress of the registered directory's group is its own, not written in the plan.
    const rules: DesignSgRule[] = [...group.rules, ...(group.defaultEgress && group.name !== registered ? [{ egress: true, protocol: -1, peer: { cidr: '0.0.0.0/0' } }] : [])];
    const style = resource ? way(`${group.name}:rules`, 3) : 1 + way(`${group.name}:rules`, 2);
    const peerLink = (rule: DesignSgRule) => ('group' in rule.peer ? groupRef(rule.peer.group) : 'prefixList' in rule.peer ? ref(prefixLists.get(rule.peer.prefixList) as PlanResource) : undefined);
    const ports = (rule: DesignSgRule) => rule.ports ?? (rule.protocol === 1 ? [-1, -1] : [0, 0]);
    if (style === 0 && resource) {
      for (const direction of ['ingress', 'egress'] as const) {
        const own = rules.filter((rule) => rule.egress === (direction === 'egress'));
        const blocks = own.map((rule) => {
          const link = peerLink(rule);
          const cidr = 'cidr' in rule.peer ? rule.peer.cidr : undefined;
          const value: Json = {
            protocol: protocolText(rule.protocol),
            from_port: ports(rule)[0],
            to_port: ports(rule)[1],
            cidr_blocks: cidr && !cidr.includes(':') ? [cidr] : [],
            ipv6_cidr_blocks: cidr && cidr.includes(':') ? [cidr] : [],
            prefix_list_ids: 'prefixList' in rule.peer && link ? [link.value] : [],
            security_groups: 'group' in rule.peer && link ? [link.value] : [],
            self: false,
            description: '',
          };
          const expression: Record<string, Expression> = { ...constants({ protocol: value.protocol, from_port: value.from_port, to_port: value.to_port, cidr_blocks: value.cidr_blocks, ipv6_cidr_blocks: value.ipv6_cidr_blocks }) };
          if (link && 'prefixList' in rule.peer) expression.prefix_list_ids = link.expression;
          if (link && 'group' in rule.peer) expression.security_groups = link.expression;
          return { value, expression };
        });
        resource.values[direction] = blocks.map((block) => block.value);
        resource.expressions[direction] = blocks.map((block) => block.expression);
      }
      continue;
    }
    if (resource) {
      resource.values.ingress = existing ? [] : UNKNOWN;
      resource.values.egress = existing ? [] : UNKNOWN;
    }
    rules.forEach((rule, index) => {
      const groupLink = groupRef(group.name);
      const link = peerLink(rule);
      const cidr = 'cidr' in rule.peer ? rule.peer.cidr : undefined;
      const name = tfName(`${group.name}_${rule.egress ? 'out' : 'in'}${index + 1}`);
      if (style === 1) {
        const values: Json = {
          type: rule.egress ? 'egress' : 'ingress',
          security_group_id: groupLink.value,
          protocol: protocolText(rule.protocol),
          from_port: ports(rule)[0],
          to_port: ports(rule)[1],
          cidr_blocks: cidr && !cidr.includes(':') ? [cidr] : null,
          ipv6_cidr_blocks: cidr && cidr.includes(':') ? [cidr] : null,
          prefix_list_ids: link && 'prefixList' in rule.peer ? [link.value] : null,
          source_security_group_id: link && 'group' in rule.peer ? link.value : existing ? '' : UNKNOWN,
          self: false,
        };
        const expressions: PlanResource['expressions'] = {
          ...constants({ type: values.type, protocol: values.protocol, from_port: values.from_port, to_port: values.to_port }),
          security_group_id: groupLink.expression,
          ...(values.cidr_blocks ? { cidr_blocks: { constant: values.cidr_blocks } } : {}),
          ...(values.ipv6_cidr_blocks ? { ipv6_cidr_blocks: { constant: values.ipv6_cidr_blocks } } : {}),
          ...(link && 'prefixList' in rule.peer ? { prefix_list_ids: link.expression } : {}),
          ...(link && 'group' in rule.peer ? { source_security_group_id: link.expression } : {}),
        };
        add({ type: 'aws_security_group_rule', name, values, expressions, existing }, undefined, 'sgrule');
        return;
      }
      const all = rule.protocol === -1;
      const values: Json = {
        security_group_id: groupLink.value,
        ip_protocol: protocolText(rule.protocol),
        from_port: all ? null : ports(rule)[0],
        to_port: all ? null : ports(rule)[1],
        cidr_ipv4: cidr && !cidr.includes(':') ? cidr : null,
        cidr_ipv6: cidr && cidr.includes(':') ? cidr : null,
        prefix_list_id: link && 'prefixList' in rule.peer ? link.value : null,
        referenced_security_group_id: link && 'group' in rule.peer ? link.value : null,
      };
      const expressions: PlanResource['expressions'] = {
        security_group_id: groupLink.expression,
        ip_protocol: { constant: values.ip_protocol },
        ...(all ? {} : constants({ from_port: values.from_port, to_port: values.to_port })),
        ...(values.cidr_ipv4 ? { cidr_ipv4: { constant: values.cidr_ipv4 } } : {}),
        ...(values.cidr_ipv6 ? { cidr_ipv6: { constant: values.cidr_ipv6 } } : {}),
        ...(link && 'prefixList' in rule.peer ? { prefix_list_id: link.expression } : {}),
        ...(link && 'group' in rule.peer ? { referenced_security_group_id: link.expression } : {}),
      };
      add({ type: rule.egress ? 'aws_vpc_security_group_egress_rule' : 'aws_vpc_security_group_ingress_rule', name, values, expressions, existing }, undefined, 'sgr');
    });
  }

  if (design.blockPublicAccess) {
    add({ type: 'aws_vpc_block_public_access_options', name: 'this', values: { internet_gateway_block_mode: design.blockPublicAccess, region: design.region }, expressions: { internet_gateway_block_mode: { constant: design.blockPublicAccess } }, existing: false }, undefined, 'bpa');
  }
  const module = options.module ? `module.${options.module}` : undefined;
  const plan = planDocument(
    resources.map((resource) => ({
      ...(module ? { module } : {}),
      ...(resource.mode === 'data' ? { mode: 'data' as const } : { actions: resource.existing ? ['no-op'] : ['create'] }),
      type: resource.type,
      name: resource.name,
      values: resource.values,
      expressions: Object.fromEntries(Object.entries(resource.expressions).map(([key, expression]) => [key, expressionJson(expression)])),
    })),
    module ? { modules: { [module]: {} } } : {},
  );
  return { documents: [{ name: 'plan.json', text: JSON.stringify(plan, null, 2) }], context: directory ? { region: design.region } : { region: design.region, workspacesSubnetIds: design.workspacesSubnets.map((subnet) => ids.get(subnet) as string) }, ids };
}
