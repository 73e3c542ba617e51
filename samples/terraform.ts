/**
 * Terraform plans for the gallery: the public terraform-aws-modules/vpc module (v6.6.0) building a
 * WorkSpaces VPC with intra subnets, and the same plan with a mistake. Terraform cannot run here,
 * so each plan is written by hand as `terraform show -json` prints it for that configuration: the
 * module's resources with their count indexes, the values the provider plans and the ones it
 * knows only after apply, and the module's expressions with their references (`local.vpc_id`,
 * `element(aws_subnet.intra[*].id, count.index)`…), so the reader meets what a real plan holds.
 *
 * Configuration (root module, region ap-northeast-1):
 *   module "vpc" { source = "terraform-aws-modules/vpc/aws", version = "6.6.0", name = "workspaces",
 *     cidr = "10.0.0.0/16", azs = ["ap-northeast-1a", "ap-northeast-1c"],
 *     intra_subnets = ["10.0.51.0/24", "10.0.52.0/24"], public_subnets = ["10.0.101.0/24"] }
 *   resource "aws_security_group" "workspaces" { vpc_id = module.vpc.vpc_id }
 *   resource "aws_vpc_security_group_egress_rule" "to_vpc" { cidr_ipv4 = module.vpc.vpc_cidr_block, ip_protocol = "-1" }
 * The mistake adds `enable_nat_gateway = true, single_nat_gateway = true,
 * create_private_nat_gateway_route = false` to the module, two aws_route resources sending
 * 0.0.0.0/1 and 128.0.0.0/1 of the intra table (`module.vpc.intra_route_table_ids[0]`) to
 * `module.vpc.natgw_ids[0]`, and an egress rule for HTTPS to 0.0.0.0/0.
 *
 * The same network is also described as a design (tests/support/design.ts), so a test can check
 * that its describe-* rendering gets the same verdict as the plan.
 */
import type { Design } from '../tests/support/design.ts';
import { planDocument, refs, constant, UNKNOWN, type PlanSpec } from '../tests/support/terraform-plan.ts';
import type { Sample } from './build.ts';

type Json = Record<string, unknown>;

const REGION = 'ap-northeast-1';
const NAME = 'workspaces';
const TAGS = { Name: NAME };
const INTRA = [
  { cidr: '10.0.51.0/24', zone: 'ap-northeast-1a' },
  { cidr: '10.0.52.0/24', zone: 'ap-northeast-1c' },
];
const PUBLIC = [{ cidr: '10.0.101.0/24', zone: 'ap-northeast-1a' }];
const MODULE = 'module.vpc';

/** The module's default network ACL rules (variables default_network_acl_ingress / _egress). */
const DEFAULT_ACL_RULES = [
  { action: 'allow', cidr_block: '0.0.0.0/0', from_port: 0, icmp_code: null, icmp_type: null, ipv6_cidr_block: null, protocol: '-1', rule_no: 100, to_port: 0 },
  { action: 'allow', cidr_block: null, from_port: 0, icmp_code: null, icmp_type: null, ipv6_cidr_block: '::/0', protocol: '-1', rule_no: 101, to_port: 0 },
];

const tagsOf = (name: string) => ({ tags: { Name: name }, tags_all: { Name: name } });
const inModule = (spec: Omit<PlanSpec, 'module'>): PlanSpec => ({ module: MODULE, ...spec });
const count = (...references: string[]) => ({ count_expression: { references } });

/** What terraform-aws-modules/vpc 6.6.0 plans for the inputs above. */
function vpcModule(nat: boolean): PlanSpec[] {
  const specs: PlanSpec[] = [
    inModule({
      type: 'aws_vpc',
      name: 'this',
      index: 0,
      values: {
        arn: UNKNOWN, assign_generated_ipv6_cidr_block: null, cidr_block: '10.0.0.0/16', default_network_acl_id: UNKNOWN, default_route_table_id: UNKNOWN, default_security_group_id: UNKNOWN,
        dhcp_options_id: UNKNOWN, enable_dns_hostnames: true, enable_dns_support: true, enable_network_address_usage_metrics: UNKNOWN, id: UNKNOWN, instance_tenancy: 'default', ipv4_ipam_pool_id: null,
        ipv4_netmask_length: null, ipv6_association_id: UNKNOWN, ipv6_cidr_block: UNKNOWN, ipv6_cidr_block_network_border_group: UNKNOWN, ipv6_ipam_pool_id: null, ipv6_netmask_length: null,
        main_route_table_id: UNKNOWN, owner_id: UNKNOWN, region: REGION, ...tagsOf(NAME),
      },
      expressions: {
        cidr_block: { references: ['var.use_ipam_pool', 'var.cidr'] },
        assign_generated_ipv6_cidr_block: { references: ['var.enable_ipv6', 'var.use_ipam_pool'] },
        enable_dns_hostnames: { references: ['var.enable_dns_hostnames'] },
        enable_dns_support: { references: ['var.enable_dns_support'] },
        instance_tenancy: { references: ['var.instance_tenancy'] },
        region: { references: ['var.region'] },
        tags: { references: ['var.name', 'var.tags', 'var.vpc_tags'] },
      },
      config: count('local.create_vpc'),
    }),
    inModule({
      type: 'aws_default_network_acl',
      name: 'this',
      index: 0,
      values: { arn: UNKNOWN, default_network_acl_id: UNKNOWN, egress: DEFAULT_ACL_RULES, id: UNKNOWN, ingress: DEFAULT_ACL_RULES, owner_id: UNKNOWN, region: REGION, subnet_ids: UNKNOWN, vpc_id: UNKNOWN, ...tagsOf(`${NAME}-default`) },
      // ingress and egress are dynamic blocks: the configuration representation leaves them out.
      expressions: { default_network_acl_id: refs('aws_vpc.this[0].default_network_acl_id'), subnet_ids: constant(null), region: { references: ['var.region'] }, tags: { references: ['var.default_network_acl_name', 'var.name', 'var.tags', 'var.default_network_acl_tags'] } },
      config: count('local.create_vpc', 'var.manage_default_network_acl'),
    }),
    inModule({
      type: 'aws_default_route_table',
      name: 'default',
      index: 0,
      values: { arn: UNKNOWN, default_route_table_id: UNKNOWN, id: UNKNOWN, owner_id: UNKNOWN, propagating_vgws: [], region: REGION, route: UNKNOWN, timeouts: { create: '5m', update: '5m' }, vpc_id: UNKNOWN, ...tagsOf(`${NAME}-default`) },
      expressions: { default_route_table_id: refs('aws_vpc.this[0].default_route_table_id'), propagating_vgws: { references: ['var.default_route_table_propagating_vgws'] }, region: { references: ['var.region'] }, timeouts: { create: constant('5m'), update: constant('5m') } },
      config: count('local.create_vpc', 'var.manage_default_route_table'),
    }),
    inModule({
      type: 'aws_default_security_group',
      name: 'this',
      index: 0,
      values: { arn: UNKNOWN, description: UNKNOWN, egress: UNKNOWN, id: UNKNOWN, ingress: UNKNOWN, name: UNKNOWN, name_prefix: UNKNOWN, owner_id: UNKNOWN, region: REGION, revoke_rules_on_delete: false, vpc_id: UNKNOWN, ...tagsOf(`${NAME}-default`) },
      expressions: { vpc_id: refs('aws_vpc.this[0].id'), region: { references: ['var.region'] } },
      config: count('local.create_vpc', 'var.manage_default_security_group'),
    }),
    inModule({
      type: 'aws_internet_gateway',
      name: 'this',
      index: 0,
      values: { arn: UNKNOWN, id: UNKNOWN, owner_id: UNKNOWN, region: REGION, vpc_id: UNKNOWN, ...tagsOf(NAME) },
      expressions: { vpc_id: { references: ['local.vpc_id'] }, region: { references: ['var.region'] } },
      config: count('local.create_public_subnets', 'var.create_igw'),
    }),
  ];
  const subnet = (tier: 'intra' | 'public', index: number, cidr: string, zone: string): PlanSpec =>
    inModule({
      type: 'aws_subnet',
      name: tier,
      index,
      values: {
        arn: UNKNOWN, assign_ipv6_address_on_creation: false, availability_zone: zone, availability_zone_id: UNKNOWN, cidr_block: cidr, customer_owned_ipv4_pool: null, enable_dns64: false,
        enable_lni_at_device_index: null, enable_resource_name_dns_a_record_on_launch: false, enable_resource_name_dns_aaaa_record_on_launch: false, id: UNKNOWN, ipv6_cidr_block: null,
        ipv6_cidr_block_association_id: UNKNOWN, ipv6_native: false, map_customer_owned_ip_on_launch: null, map_public_ip_on_launch: false, outpost_arn: null, owner_id: UNKNOWN,
        private_dns_hostname_type_on_launch: UNKNOWN, region: REGION, vpc_id: UNKNOWN, ...tagsOf(`${NAME}-${tier}-${zone}`),
      },
      expressions: {
        availability_zone: { references: ['var.azs', 'count.index'] },
        cidr_block: { references: [`var.${tier}_subnet_ipv6_native`, `var.${tier}_subnets`, 'count.index'] },
        map_public_ip_on_launch: tier === 'public' ? { references: ['var.map_public_ip_on_launch'] } : constant(null),
        vpc_id: { references: ['local.vpc_id'] },
        region: { references: ['var.region'] },
      },
      config: count(`local.create_${tier}_subnets`, `local.len_${tier}_subnets`),
    });
  INTRA.forEach(({ cidr, zone }, index) => specs.push(subnet('intra', index, cidr, zone)));
  PUBLIC.forEach(({ cidr, zone }, index) => specs.push(subnet('public', index, cidr, zone)));
  for (const tier of ['intra', 'public'] as const) {
    specs.push(
      inModule({
        type: 'aws_route_table',
        name: tier,
        index: 0,
        values: { arn: UNKNOWN, id: UNKNOWN, owner_id: UNKNOWN, propagating_vgws: UNKNOWN, region: REGION, route: UNKNOWN, vpc_id: UNKNOWN, ...tagsOf(`${NAME}-${tier}`) },
        expressions: { vpc_id: { references: ['local.vpc_id'] }, region: { references: ['var.region'] } },
        config: count(`local.create_${tier}_subnets`, `local.num_${tier}_route_tables`),
      }),
    );
    (tier === 'intra' ? INTRA : PUBLIC).forEach((_subnet, index) =>
      specs.push(
        inModule({
          type: 'aws_route_table_association',
          name: tier,
          index,
          values: { gateway_id: null, id: UNKNOWN, region: REGION, route_table_id: UNKNOWN, subnet_id: UNKNOWN, timeouts: null },
          expressions: { subnet_id: { references: [`aws_subnet.${tier}`, 'count.index'] }, route_table_id: { references: [`aws_route_table.${tier}`, `var.create_multiple_${tier}_route_tables`, 'count.index'] }, region: { references: ['var.region'] } },
          config: count(`local.create_${tier}_subnets`, `local.len_${tier}_subnets`),
        }),
      ),
    );
  }
  specs.push(
    inModule({
      type: 'aws_route',
      name: 'public_internet_gateway',
      index: 0,
      values: {
        carrier_gateway_id: null, core_network_arn: null, destination_cidr_block: '0.0.0.0/0', destination_ipv6_cidr_block: null, destination_prefix_list_id: null, egress_only_gateway_id: null, gateway_id: UNKNOWN,
        id: UNKNOWN, instance_id: UNKNOWN, instance_owner_id: UNKNOWN, local_gateway_id: null, nat_gateway_id: null, network_interface_id: UNKNOWN, origin: UNKNOWN, region: REGION, route_table_id: UNKNOWN,
        state: UNKNOWN, timeouts: { create: '5m', delete: null, update: null }, transit_gateway_id: null, vpc_endpoint_id: null, vpc_peering_connection_id: null,
      },
      expressions: { route_table_id: { references: ['aws_route_table.public', 'count.index'] }, destination_cidr_block: constant('0.0.0.0/0'), gateway_id: refs('aws_internet_gateway.this[0].id'), region: { references: ['var.region'] }, timeouts: { create: constant('5m') } },
      config: count('local.create_public_subnets', 'var.create_igw', 'local.num_public_route_tables'),
    }),
  );
  if (nat) {
    specs.push(
      inModule({
        type: 'aws_eip',
        name: 'nat',
        index: 0,
        values: { address: null, allocation_id: UNKNOWN, arn: UNKNOWN, associate_with_private_ip: null, association_id: UNKNOWN, carrier_ip: UNKNOWN, customer_owned_ip: UNKNOWN, domain: 'vpc', id: UNKNOWN, instance: UNKNOWN, network_interface: UNKNOWN, private_dns: UNKNOWN, private_ip: UNKNOWN, ptr_record: UNKNOWN, public_dns: UNKNOWN, public_ip: UNKNOWN, public_ipv4_pool: UNKNOWN, region: REGION, ...tagsOf(`${NAME}-ap-northeast-1a`) },
        expressions: { domain: constant('vpc'), region: { references: ['var.region'] } },
        config: { ...count('local.create_vpc', 'var.enable_nat_gateway', 'var.reuse_nat_ips', 'local.nat_gateway_count'), depends_on: ['aws_internet_gateway.this'] },
      }),
      inModule({
        type: 'aws_nat_gateway',
        name: 'this',
        index: 0,
        values: { allocation_id: UNKNOWN, association_id: UNKNOWN, connectivity_type: 'public', id: UNKNOWN, network_interface_id: UNKNOWN, private_ip: UNKNOWN, public_ip: UNKNOWN, region: REGION, secondary_allocation_ids: null, secondary_private_ip_address_count: UNKNOWN, secondary_private_ip_addresses: UNKNOWN, subnet_id: UNKNOWN, ...tagsOf(`${NAME}-ap-northeast-1a`) },
        expressions: { allocation_id: { references: ['local.nat_gateway_ips', 'var.single_nat_gateway', 'count.index'] }, subnet_id: { references: ['aws_subnet.public', 'var.single_nat_gateway', 'count.index'] }, region: { references: ['var.region'] } },
        config: { ...count('local.create_vpc', 'var.enable_nat_gateway', 'local.nat_gateway_count'), depends_on: ['aws_internet_gateway.this'] },
      }),
    );
  }
  return specs;
}

/** The WorkSpaces' own group, outside the module; the mistake opens HTTPS to anywhere and routes the internet to the NAT gateway. */
function root(mistake: boolean): PlanSpec[] {
  const egress = (name: string, values: Json, expressions: Json): PlanSpec => ({
    type: 'aws_vpc_security_group_egress_rule',
    name,
    values: { arn: UNKNOWN, cidr_ipv6: null, description: null, id: UNKNOWN, prefix_list_id: null, referenced_security_group_id: null, region: REGION, security_group_id: UNKNOWN, security_group_rule_id: UNKNOWN, tags: null, tags_all: UNKNOWN, ...values },
    expressions: { security_group_id: refs('aws_security_group.workspaces.id'), ...expressions },
  });
  const specs: PlanSpec[] = [
    {
      type: 'aws_security_group',
      name: 'workspaces',
      values: { arn: UNKNOWN, description: 'WorkSpaces', egress: UNKNOWN, id: UNKNOWN, ingress: UNKNOWN, name: 'workspaces', name_prefix: UNKNOWN, owner_id: UNKNOWN, region: REGION, revoke_rules_on_delete: false, tags: TAGS, tags_all: TAGS, timeouts: null, vpc_id: UNKNOWN },
      expressions: { name: constant('workspaces'), description: constant('WorkSpaces'), vpc_id: refs('module.vpc.vpc_id'), tags: constant(TAGS) },
    },
    egress('to_vpc', { cidr_ipv4: '10.0.0.0/16', from_port: null, ip_protocol: '-1', to_port: null }, { cidr_ipv4: refs('module.vpc.vpc_cidr_block'), ip_protocol: constant('-1') }),
  ];
  if (mistake) {
    specs.push(egress('https_anywhere', { cidr_ipv4: '0.0.0.0/0', from_port: 443, ip_protocol: 'tcp', to_port: 443 }, { cidr_ipv4: constant('0.0.0.0/0'), from_port: constant(443), ip_protocol: constant('tcp'), to_port: constant(443) }));
    for (const [name, cidr] of [['nat_low', '0.0.0.0/1'], ['nat_high', '128.0.0.0/1']] as const) {
      specs.push({
        type: 'aws_route',
        name,
        values: {
          carrier_gateway_id: null, core_network_arn: null, destination_cidr_block: cidr, destination_ipv6_cidr_block: null, destination_prefix_list_id: null, egress_only_gateway_id: null, gateway_id: null,
          id: UNKNOWN, instance_id: UNKNOWN, instance_owner_id: UNKNOWN, local_gateway_id: null, nat_gateway_id: UNKNOWN, network_interface_id: UNKNOWN, origin: UNKNOWN, region: REGION, route_table_id: UNKNOWN,
          state: UNKNOWN, timeouts: null, transit_gateway_id: null, vpc_endpoint_id: null, vpc_peering_connection_id: null,
        },
        expressions: { route_table_id: refs('module.vpc.intra_route_table_ids[0]'), destination_cidr_block: constant(cidr), nat_gateway_id: refs('module.vpc.natgw_ids[0]') },
      });
    }
  }
  return specs;
}

/** The module call: its arguments, and the outputs the root module reads. */
function moduleCall(nat: boolean) {
  const expressions: Json = {
    name: constant(NAME),
    cidr: constant('10.0.0.0/16'),
    azs: constant(INTRA.map((subnet) => subnet.zone)),
    intra_subnets: constant(INTRA.map((subnet) => subnet.cidr)),
    public_subnets: constant(PUBLIC.map((subnet) => subnet.cidr)),
    ...(nat ? { enable_nat_gateway: constant(true), single_nat_gateway: constant(true), create_private_nat_gateway_route: constant(false) } : {}),
  };
  return {
    [MODULE]: {
      expressions,
      outputs: {
        vpc_id: refs('aws_vpc.this[0].id'),
        vpc_cidr_block: refs('aws_vpc.this[0].cidr_block'),
        intra_subnets: { references: ['aws_subnet.intra'] },
        intra_route_table_ids: { references: ['aws_route_table.intra'] },
        natgw_ids: { references: ['aws_nat_gateway.this'] },
      },
    },
  };
}

/** The plan, as `terraform show -json plan.out` prints it (pretty-printed). */
export function terraformVpcPlan(mistake: boolean): Json {
  const plan = planDocument([...vpcModule(mistake), ...root(mistake)], { modules: moduleCall(mistake) });
  return { ...plan, variables: {}, relevant_attributes: [] };
}

/** The subnets the WorkSpaces are in, as the plan names them. */
export const TERRAFORM_WORKSPACES_SUBNETS = INTRA.map((_subnet, index) => `${MODULE}.aws_subnet.intra[${index}]`);

/** The same network as a design, and the plan's ids for the design's names (for the equivalence test). */
export function terraformVpcDesign(mistake: boolean): { design: Design; ids: Map<string, string> } {
  const subnets = [...INTRA.map((subnet, index) => ({ name: `intra-${index}`, vpc: 'vpc', cidr: subnet.cidr, availabilityZone: subnet.zone })), ...PUBLIC.map((subnet, index) => ({ name: `public-${index}`, vpc: 'vpc', cidr: subnet.cidr, availabilityZone: subnet.zone }))];
  const allowAll = [true, false].flatMap((egress) => [
    { ruleNumber: 100, egress, action: 'allow' as const, protocol: -1, cidr: '0.0.0.0/0' },
    { ruleNumber: 101, egress, action: 'allow' as const, protocol: -1, cidr: '::/0' },
  ]);
  const design: Design = {
    region: REGION,
    vpcs: [{ name: 'vpc', cidrs: ['10.0.0.0/16'] }],
    subnets,
    routeTables: [
      { name: 'default', vpc: 'vpc', main: true, routes: [], subnets: [] },
      { name: 'public', vpc: 'vpc', main: false, routes: [{ destination: '0.0.0.0/0', target: { kind: 'internet-gateway', name: 'igw' } }], subnets: PUBLIC.map((_subnet, index) => `public-${index}`) },
      {
        name: 'intra',
        vpc: 'vpc',
        main: false,
        routes: mistake ? ['0.0.0.0/1', '128.0.0.0/1'].map((destination) => ({ destination, target: { kind: 'nat-gateway' as const, name: 'nat' } })) : [],
        subnets: INTRA.map((_subnet, index) => `intra-${index}`),
      },
    ],
    acls: [{ name: 'default-acl', vpc: 'vpc', default: true, entries: allowAll, subnets: [] }],
    securityGroups: [
      { name: 'default-sg', vpc: 'vpc', rules: [], defaultEgress: false },
      { name: 'workspaces', vpc: 'vpc', rules: [{ egress: true, protocol: -1, peer: { cidr: '10.0.0.0/16' } }, ...(mistake ? [{ egress: true, protocol: 6, ports: [443, 443] as [number, number], peer: { cidr: '0.0.0.0/0' } }] : [])], defaultEgress: false },
    ],
    internetGateways: [{ name: 'igw', vpc: 'vpc' }],
    egressOnlyInternetGateways: [],
    natGateways: mistake ? [{ name: 'nat', subnet: 'public-0', connectivity: 'public' }] : [],
    gatewayEndpoints: [],
    prefixLists: [],
    workspacesSubnets: INTRA.map((_subnet, index) => `intra-${index}`),
  };
  const ids = new Map<string, string>([
    ['vpc', `${MODULE}.aws_vpc.this[0]`],
    ['default', `${MODULE}.aws_default_route_table.default[0]`],
    ['public', `${MODULE}.aws_route_table.public[0]`],
    ['intra', `${MODULE}.aws_route_table.intra[0]`],
    ['default-acl', `${MODULE}.aws_default_network_acl.this[0]`],
    ['default-sg', `${MODULE}.aws_default_security_group.this[0]`],
    ['workspaces', 'aws_security_group.workspaces'],
    ['igw', `${MODULE}.aws_internet_gateway.this[0]`],
    ['nat', `${MODULE}.aws_nat_gateway.this[0]`],
    ...INTRA.map((_subnet, index): [string, string] => [`intra-${index}`, `${MODULE}.aws_subnet.intra[${index}]`]),
    ...PUBLIC.map((_subnet, index): [string, string] => [`public-${index}`, `${MODULE}.aws_subnet.public[${index}]`]),
  ]);
  return { design, ids };
}

const COMMAND = 'terraform show -json plan.out';
const CONTEXT = { region: REGION, workspacesSubnetIds: TERRAFORM_WORKSPACES_SUBNETS };

export const TERRAFORM_SAMPLES: Sample[] = [
  {
    id: 'terraform-vpc-intra',
    title: { en: 'Terraform plan: terraform-aws-modules/vpc with intra subnets', ja: 'Terraform のプラン: terraform-aws-modules/vpc の intra サブネット' },
    description: {
      en: 'The public VPC module (v6.6.0) planned for WorkSpaces in two intra subnets, whose table has only the local route, beside a public subnet with the internet gateway. Read before apply: what only exists afterwards (every id) is followed through the module’s references.',
      ja: '公開されている VPC モジュール (v6.6.0) で、local ルートだけのテーブルを使う 2 つの intra サブネットに WorkSpaces を置き、インターネットゲートウェイのあるパブリックサブネットを隣に作るプランです。apply 前に読み、apply 後にしか存在しない値 (すべての ID) はモジュールの参照をたどって特定します。',
    },
    documents: [{ name: 'plan.json', command: COMMAND, content: terraformVpcPlan(false) }],
    context: CONTEXT,
    // The module's default network ACL allows everything (its rules 100 and 101), and 10.0.0.0/16 lies in a WorkSpaces management range: said, not wrong.
    expected: { verdict: 'closed', ruleIds: ['mgmt-range-conflict', 'nacl-egress-public', 'nacl-ingress-public'], counts: { 'mgmt-range-conflict': 1, 'nacl-egress-public': 2, 'nacl-ingress-public': 2 } },
  },
  {
    id: 'terraform-split-default-to-nat',
    title: { en: 'Terraform plan mistake: a split default route to a NAT gateway', ja: 'Terraform のプランの誤り: NAT ゲートウェイへの分割したデフォルトルート' },
    description: {
      en: 'The same module with a NAT gateway, two aws_route resources sending 0.0.0.0/1 and 128.0.0.0/1 of the intra table to it, and HTTPS to anywhere allowed by the WorkSpaces group. Scanners that look for 0.0.0.0/0 pass it; the plan is open before it is applied.',
      ja: '同じモジュールに NAT ゲートウェイを加え、intra テーブルの 0.0.0.0/1 と 128.0.0.0/1 をそこへ送る aws_route を 2 つ追加し、WorkSpaces のグループで任意の宛先への HTTPS を許可したプランです。0.0.0.0/0 を探すスキャナーは見逃しますが、apply する前に「開いている」とわかります。',
    },
    documents: [{ name: 'plan.json', command: COMMAND, content: terraformVpcPlan(true) }],
    context: CONTEXT,
    expected: {
      verdict: 'open',
      ruleIds: ['path-internet-reachable', 'rt-internet-route', 'sg-egress-public', 'mgmt-range-conflict', 'nacl-egress-public', 'nacl-ingress-public'],
      counts: { 'path-internet-reachable': 1, 'rt-internet-route': 2, 'sg-egress-public': 1, 'mgmt-range-conflict': 1, 'nacl-egress-public': 2, 'nacl-ingress-public': 2 },
    },
  },
];
