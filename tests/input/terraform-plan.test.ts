/**
 * Reading a Terraform plan: what is settled from the plan is judged exactly; what is known only
 * after apply and not settled by the configuration makes the part it decides unverified, with a
 * finding that names the attribute and the resource address; Terraform's own defaults (no egress
 * on a new group, what aws_default_* replaces, the main table of a new VPC) are applied.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { validate, type Finding, type Report } from '../../validators/index.ts';
import { readDocuments } from '../../validators/input/read.ts';
import { constant, planDocument, refs, UNKNOWN, type ModuleSpec, type PlanSpec } from '../support/terraform-plan.ts';

type Json = Record<string, unknown>;

/** The text of the last plan judged, to check the lines findings point at. */
let lastText = '';

function judge(resources: PlanSpec[], options: { modules?: Record<string, ModuleSpec>; deleted?: PlanSpec[]; extra?: Json; context?: Json } = {}): Report {
  lastText = JSON.stringify(planDocument(resources, options), null, 2);
  return validate([{ name: 'plan.json', text: lastText }], (options.context ?? {}) as never);
}

const iac = (report: Report): Finding[] => report.findings.filter((finding) => finding.ruleId === 'input-unresolved');
const errors = (report: Report) => report.findings.filter((finding) => finding.ruleId.startsWith('input-') && finding.severity === 'error').map((finding) => finding.message);

/** A VPC the plan creates, with one subnet associated with one table. */
function network(table: { routes?: Json[]; routeExpressions?: Json[] } = {}): PlanSpec[] {
  return [
    { type: 'aws_vpc', name: 'main', values: { cidr_block: '10.0.0.0/16', id: UNKNOWN, default_route_table_id: UNKNOWN, default_network_acl_id: UNKNOWN, main_route_table_id: UNKNOWN }, expressions: { cidr_block: constant('10.0.0.0/16') } },
    { type: 'aws_subnet', name: 'ws', values: { vpc_id: UNKNOWN, cidr_block: '10.0.1.0/24', id: UNKNOWN }, expressions: { vpc_id: refs('aws_vpc.main.id'), cidr_block: constant('10.0.1.0/24') } },
    {
      type: 'aws_route_table',
      name: 'ws',
      values: { vpc_id: UNKNOWN, id: UNKNOWN, route: table.routes ?? UNKNOWN },
      expressions: { vpc_id: refs('aws_vpc.main.id'), ...(table.routeExpressions ? { route: table.routeExpressions } : {}) },
    },
    { type: 'aws_route_table_association', name: 'ws', values: { subnet_id: UNKNOWN, route_table_id: UNKNOWN, id: UNKNOWN }, expressions: { subnet_id: refs('aws_subnet.ws.id'), route_table_id: refs('aws_route_table.ws.id') } },
  ];
}

const ROUTE_KEYS = ['carrier_gateway_id', 'cidr_block', 'core_network_arn', 'destination_prefix_list_id', 'egress_only_gateway_id', 'gateway_id', 'ipv6_cidr_block', 'local_gateway_id', 'nat_gateway_id', 'network_interface_id', 'transit_gateway_id', 'vpc_endpoint_id', 'vpc_peering_connection_id'];
const inlineRoute = (values: Json): Json => ({ ...Object.fromEntries(ROUTE_KEYS.map((key) => [key, ''])), ...values });

const igw: PlanSpec = { type: 'aws_internet_gateway', name: 'main', values: { vpc_id: UNKNOWN, id: UNKNOWN }, expressions: { vpc_id: refs('aws_vpc.main.id') } };

describe('a Terraform plan', () => {
  test('is detected as a plan and read without input errors: a new VPC’s main table has only the local route, its default ACL allows all', () => {
    const report = judge(network({ routes: [] }));
    assert.deepEqual(report.analysed.documents, [{ name: 'plan.json', kinds: ['TerraformPlan'] }]);
    assert.deepEqual(errors(report), []);
    assert.deepEqual(iac(report), []);
    assert.equal(report.verdict, 'closed');
    assert.equal(report.analysed.routeTables, 2);
    assert.equal(report.analysed.networkAcls, 1);
  });

  test('a split default route to an internet gateway is open, and the finding is on the route’s line of the plan with the resource address', () => {
    const report = judge([
      ...network(),
      igw,
      ...['0.0.0.0/1', '128.0.0.0/1'].map((cidr, index): PlanSpec => ({
        type: 'aws_route',
        name: `split${index}`,
        values: { route_table_id: UNKNOWN, destination_cidr_block: cidr, gateway_id: UNKNOWN, id: UNKNOWN, state: UNKNOWN },
        expressions: { route_table_id: refs('aws_route_table.ws.id'), destination_cidr_block: constant(cidr), gateway_id: refs('aws_internet_gateway.main.id') },
      })),
    ]);
    assert.equal(report.verdict, 'open');
    assert.deepEqual(iac(report), []);
    const routes = report.findings.filter((finding) => finding.ruleId === 'rt-internet-route');
    assert.equal(routes.length, 2);
    const lines = lastText.split('\n');
    assert.deepEqual(routes.map((finding) => lines[finding.line - 1]?.trim().replace(/,$/, '')), ['"destination_cidr_block": "0.0.0.0/1"', '"destination_cidr_block": "128.0.0.0/1"']);
    assert.ok(routes.every((finding) => finding.path[0] === 'planned_values'));
    assert.match(routes[0]?.message ?? '', /aws_internet_gateway\.main/);
  });

  test('a route whose target goes through a local value is unverified, naming the attribute and the address', () => {
    const report = judge([
      ...network(),
      igw,
      { type: 'aws_route', name: 'out', values: { route_table_id: UNKNOWN, destination_cidr_block: '0.0.0.0/0', gateway_id: UNKNOWN, id: UNKNOWN }, expressions: { route_table_id: refs('aws_route_table.ws.id'), destination_cidr_block: constant('0.0.0.0/0'), gateway_id: { references: ['local.exit'] } } },
      { type: 'aws_vpn_gateway', name: 'onprem', values: { vpc_id: UNKNOWN, id: UNKNOWN }, expressions: { vpc_id: refs('aws_vpc.main.id') } },
    ]);
    assert.equal(report.verdict, 'unverified');
    const [finding] = iac(report).filter((candidate) => candidate.message.includes('gateway_id'));
    assert.ok(finding, JSON.stringify(iac(report).map((candidate) => candidate.message)));
    assert.match(finding.message, /gateway_id of aws_route\.out is known only after apply/);
    assert.equal(finding.messageId, 'afterApplyAmong');
    assert.match(finding.message, /aws_internet_gateway\.main, aws_vpn_gateway\.onprem/);
  });

  test('a hidden target is still settled when only one resource of the kind is being created', () => {
    const report = judge([
      ...network(),
      igw,
      { type: 'aws_route', name: 'out', values: { route_table_id: UNKNOWN, destination_cidr_block: '0.0.0.0/0', gateway_id: UNKNOWN, id: UNKNOWN }, expressions: { route_table_id: refs('aws_route_table.ws.id'), destination_cidr_block: constant('0.0.0.0/0'), gateway_id: { references: ['local.exit'] } } },
    ]);
    assert.equal(report.verdict, 'open');
    assert.deepEqual(iac(report), []);
  });

  test('a hidden target is not settled when a CloudFormation stack in the plan could hand out the id', () => {
    const report = judge([
      ...network(),
      igw,
      { type: 'aws_cloudformation_stack', name: 'legacy', values: { name: 'legacy', outputs: UNKNOWN, id: UNKNOWN }, expressions: { name: constant('legacy') } },
      { type: 'aws_route', name: 'out', values: { route_table_id: UNKNOWN, destination_cidr_block: '0.0.0.0/0', gateway_id: UNKNOWN, id: UNKNOWN }, expressions: { route_table_id: refs('aws_route_table.ws.id'), destination_cidr_block: constant('0.0.0.0/0'), gateway_id: { references: ['local.exit'] } } },
    ]);
    assert.equal(report.verdict, 'unverified');
    assert.ok(iac(report).some((finding) => finding.messageId === 'afterApplyHidden' && finding.message.includes('gateway_id of aws_route.out')));
  });

  test('a destination known only after apply leaves the table incomplete: unverified, naming destination_cidr_block', () => {
    const report = judge([
      ...network(),
      igw,
      { type: 'aws_route', name: 'out', values: { route_table_id: UNKNOWN, destination_cidr_block: UNKNOWN, gateway_id: UNKNOWN, id: UNKNOWN }, expressions: { route_table_id: refs('aws_route_table.ws.id'), destination_cidr_block: refs('aws_vpc.peer.cidr_block'), gateway_id: refs('aws_internet_gateway.main.id') } },
    ]);
    assert.equal(report.verdict, 'unverified');
    const finding = iac(report).find((candidate) => candidate.message.includes('destination_cidr_block'));
    assert.ok(finding);
    assert.match(finding.message, /destination_cidr_block of aws_route\.out is known only after apply; the routes of aws_route_table\.ws are not all known/);
  });

  test('associations written with count.index settle when they share one table, and stay unverified when they could take any of several', () => {
    const subnets = [0, 1, 2].map((index): PlanSpec => ({ module: 'module.vpc', type: 'aws_subnet', name: 'intra', index, values: { vpc_id: UNKNOWN, cidr_block: `10.0.${51 + index}.0/24`, id: UNKNOWN }, expressions: { vpc_id: { references: ['local.vpc_id'] }, cidr_block: { references: ['var.intra_subnets', 'count.index'] } } }));
    const vpc: PlanSpec = { module: 'module.vpc', type: 'aws_vpc', name: 'this', index: 0, values: { cidr_block: '10.0.0.0/16', id: UNKNOWN, default_route_table_id: UNKNOWN, default_network_acl_id: UNKNOWN }, expressions: { cidr_block: { references: ['var.cidr'] } } };
    const tables = (count: number) => Array.from({ length: count }, (_, index): PlanSpec => ({ module: 'module.vpc', type: 'aws_route_table', name: 'intra', index, values: { vpc_id: UNKNOWN, id: UNKNOWN, route: UNKNOWN }, expressions: { vpc_id: { references: ['local.vpc_id'] } } }));
    const associations = [0, 1, 2].map((index): PlanSpec => ({ module: 'module.vpc', type: 'aws_route_table_association', name: 'intra', index, values: { subnet_id: UNKNOWN, route_table_id: UNKNOWN, id: UNKNOWN }, expressions: { subnet_id: { references: ['aws_subnet.intra', 'count.index'] }, route_table_id: { references: ['aws_route_table.intra', 'var.create_multiple_intra_route_tables', 'count.index'] } } }));
    const one = judge([vpc, ...subnets, ...tables(1), ...associations], { modules: { 'module.vpc': {} } });
    assert.equal(one.verdict, 'closed');
    assert.deepEqual(iac(one), []);
    const three = judge([vpc, ...subnets, ...tables(3), ...associations], { modules: { 'module.vpc': {} } });
    assert.equal(three.verdict, 'unverified');
    const ambiguous = iac(three).filter((finding) => finding.messageId === 'afterApplyAmong');
    assert.ok(ambiguous.length > 0);
    assert.match(ambiguous[0]?.message ?? '', /module\.vpc\.aws_route_table_association\.intra\[\d\]/);
  });

  test('references are followed through module outputs and input variables', () => {
    const report = judge(
      [
        { module: 'module.vpc', type: 'aws_vpc', name: 'this', index: 0, values: { cidr_block: '10.0.0.0/16', id: UNKNOWN, default_route_table_id: UNKNOWN, default_network_acl_id: UNKNOWN }, expressions: {} },
        { module: 'module.vpc', type: 'aws_subnet', name: 'ws', values: { vpc_id: UNKNOWN, cidr_block: '10.0.1.0/24', id: UNKNOWN }, expressions: { vpc_id: refs('aws_vpc.this[0].id') } },
        { module: 'module.vpc', type: 'aws_route_table', name: 'ws', values: { vpc_id: UNKNOWN, id: UNKNOWN, route: UNKNOWN }, expressions: { vpc_id: refs('aws_vpc.this[0].id') } },
        { module: 'module.vpc', type: 'aws_route_table_association', name: 'ws', values: { subnet_id: UNKNOWN, route_table_id: UNKNOWN }, expressions: { subnet_id: refs('aws_subnet.ws.id'), route_table_id: refs('aws_route_table.ws.id') } },
        { module: 'module.vpc', type: 'aws_internet_gateway', name: 'this', values: { vpc_id: UNKNOWN, id: UNKNOWN }, expressions: { vpc_id: refs('aws_vpc.this[0].id') } },
        { module: 'module.routes', type: 'aws_route', name: 'out', values: { route_table_id: UNKNOWN, destination_cidr_block: '0.0.0.0/0', gateway_id: UNKNOWN }, expressions: { route_table_id: refs('var.table_id'), destination_cidr_block: constant('0.0.0.0/0'), gateway_id: refs('var.gateway_id') } },
      ],
      {
        modules: {
          'module.vpc': { outputs: { ws_table: refs('aws_route_table.ws.id'), igw_id: refs('aws_internet_gateway.this.id') } },
          'module.routes': { expressions: { table_id: refs('module.vpc.ws_table'), gateway_id: refs('module.vpc.igw_id') } },
        },
      },
    );
    assert.deepEqual(iac(report), []);
    assert.equal(report.verdict, 'open');
    const route = report.findings.find((finding) => finding.ruleId === 'rt-internet-route');
    assert.match(route?.message ?? '', /module\.vpc\.aws_route_table\.ws/);
  });

  test('a security group the plan creates without egress blocks has no egress: Terraform removes AWS’s allow-all rule', () => {
    const group = (expressions: Json, egress: unknown): PlanSpec => ({ type: 'aws_security_group', name: 'ws', values: { vpc_id: UNKNOWN, name: 'ws', id: UNKNOWN, ingress: [], egress }, expressions: { vpc_id: refs('aws_vpc.main.id'), ...expressions } });
    const route: PlanSpec = { type: 'aws_route', name: 'out', values: { route_table_id: UNKNOWN, destination_cidr_block: '0.0.0.0/0', gateway_id: UNKNOWN }, expressions: { route_table_id: refs('aws_route_table.ws.id'), destination_cidr_block: constant('0.0.0.0/0'), gateway_id: refs('aws_internet_gateway.main.id') } };
    const none = judge([...network(), igw, route, group({ ingress: [] }, UNKNOWN)]);
    assert.equal(none.verdict, 'closed');
    assert.deepEqual(iac(none), []);
    // Egress blocks whose CIDR is known only after apply: the group is not fully known.
    const blocks = judge([...network(), igw, route, group({ ingress: [], egress: [{ protocol: constant('-1'), from_port: constant(0), to_port: constant(0), cidr_blocks: refs('aws_vpc.peer.cidr_block') }] }, [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: UNKNOWN, ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false }])]);
    assert.equal(blocks.verdict, 'unverified');
    assert.ok(iac(blocks).some((finding) => finding.message.startsWith('egress[0].cidr_blocks of aws_security_group.ws')));
  });

  test('aws_default_route_table and aws_default_network_acl replace what a new VPC’s defaults hold', () => {
    const subnetOnly = network().filter((spec) => spec.type === 'aws_vpc' || spec.type === 'aws_subnet');
    const defaults: PlanSpec[] = [
      igw,
      { type: 'aws_default_route_table', name: 'main', values: { default_route_table_id: UNKNOWN, vpc_id: UNKNOWN, id: UNKNOWN, route: [inlineRoute({ cidr_block: '0.0.0.0/0', gateway_id: UNKNOWN })] }, expressions: { default_route_table_id: refs('aws_vpc.main.default_route_table_id'), route: [{ cidr_block: constant('0.0.0.0/0'), gateway_id: refs('aws_internet_gateway.main.id') }] } },
    ];
    const open = judge([...subnetOnly, ...defaults]);
    assert.equal(open.verdict, 'open');
    assert.deepEqual(iac(open), []);
    const denyAll: PlanSpec = { type: 'aws_default_network_acl', name: 'main', values: { default_network_acl_id: UNKNOWN, vpc_id: UNKNOWN, id: UNKNOWN, ingress: UNKNOWN, egress: UNKNOWN, subnet_ids: UNKNOWN }, expressions: { default_network_acl_id: refs('aws_vpc.main.default_network_acl_id') } };
    const closed = judge([...subnetOnly, ...defaults, denyAll]);
    assert.equal(closed.verdict, 'closed');
    assert.ok(closed.proof.parts.some((part) => part.branches.some((branch) => branch.droppedBy === 'nacl')));
  });

  test('an aws_default_route_table whose VPC is not settled leaves every new VPC’s main table unverified', () => {
    const subnetOnly = network().filter((spec) => spec.type === 'aws_vpc' || spec.type === 'aws_subnet');
    const report = judge([...subnetOnly, { type: 'aws_default_route_table', name: 'main', values: { default_route_table_id: UNKNOWN, vpc_id: UNKNOWN, id: UNKNOWN, route: [] }, expressions: { default_route_table_id: { references: ['local.table'] } } }, { type: 'aws_vpc', name: 'other', values: { cidr_block: '10.9.0.0/16', id: UNKNOWN, default_route_table_id: UNKNOWN }, expressions: {} }]);
    assert.equal(report.verdict, 'unverified');
    assert.ok(iac(report).some((finding) => finding.message.includes('default_route_table_id of aws_default_route_table.main')));
  });

  test('a subnet of a VPC the plan does not create uses a main table and default ACL the plan does not show: unverified, said once', () => {
    const report = judge([{ type: 'aws_subnet', name: 'ws', values: { vpc_id: 'vpc-0a1b2c3d4e5f60001', cidr_block: '10.0.1.0/24', id: UNKNOWN }, expressions: { vpc_id: constant('vpc-0a1b2c3d4e5f60001') } }]);
    assert.equal(report.verdict, 'unverified');
    const outside = iac(report).filter((finding) => finding.messageId === 'notInPlan');
    assert.equal(outside.length, 2);
    assert.match(outside[0]?.message ?? '', /vpc-0a1b2c3d4e5f60001/);
  });

  test('the VPC of a subnet hidden behind a local value is the one whose block holds the subnet’s', () => {
    const vpcs: PlanSpec[] = [
      { type: 'aws_vpc', name: 'a', values: { cidr_block: '10.0.0.0/16', id: UNKNOWN, default_route_table_id: UNKNOWN, default_network_acl_id: UNKNOWN }, expressions: {} },
      { type: 'aws_vpc', name: 'b', values: { cidr_block: '10.1.0.0/16', id: UNKNOWN, default_route_table_id: UNKNOWN, default_network_acl_id: UNKNOWN }, expressions: {} },
    ];
    const subnet = (cidr: string): PlanSpec => ({ type: 'aws_subnet', name: 'ws', values: { vpc_id: UNKNOWN, cidr_block: cidr, id: UNKNOWN }, expressions: { vpc_id: { references: ['local.vpc_id'] } } });
    const settled = judge([...vpcs, subnet('10.1.5.0/24')]);
    assert.deepEqual(iac(settled), []);
    assert.equal(settled.verdict, 'closed');
    const outsideBoth = judge([...vpcs, subnet('10.7.5.0/24')]);
    assert.equal(outsideBoth.verdict, 'unverified');
    assert.ok(iac(outsideBoth).some((finding) => finding.message.startsWith('vpc_id of aws_subnet.ws is known only after apply')));
  });

  test('a resource the plan destroys is not read, and one it leaves unchanged is read from the prior state', () => {
    const existing: PlanSpec[] = [
      { type: 'aws_vpc', name: 'main', values: { cidr_block: '10.0.0.0/16', id: 'vpc-0a1b2c3d4e5f60001', default_route_table_id: 'rtb-0a1b2c3d4e5f60001', default_network_acl_id: 'acl-0a1b2c3d4e5f60001' }, actions: ['no-op'] },
      { type: 'aws_subnet', name: 'ws', values: { vpc_id: 'vpc-0a1b2c3d4e5f60001', cidr_block: '10.0.1.0/24', id: 'subnet-0a1b2c3d4e5f60001' }, actions: ['no-op'] },
      { type: 'aws_route_table', name: 'ws', values: { vpc_id: 'vpc-0a1b2c3d4e5f60001', id: 'rtb-0a1b2c3d4e5f60002', route: [] }, actions: ['no-op'], expressions: { vpc_id: refs('aws_vpc.main.id') } },
      { type: 'aws_route_table_association', name: 'ws', values: { subnet_id: 'subnet-0a1b2c3d4e5f60001', route_table_id: 'rtb-0a1b2c3d4e5f60002', id: 'rtbassoc-0a1b2c3d4e5f60001' }, actions: ['no-op'] },
      { type: 'aws_default_network_acl', name: 'main', values: { default_network_acl_id: 'acl-0a1b2c3d4e5f60001', vpc_id: 'vpc-0a1b2c3d4e5f60001', id: 'acl-0a1b2c3d4e5f60001', ingress: [], egress: [], subnet_ids: [] }, actions: ['no-op'] },
    ];
    const gone: PlanSpec = { type: 'aws_route', name: 'out', values: { route_table_id: 'rtb-0a1b2c3d4e5f60002', destination_cidr_block: '0.0.0.0/0', gateway_id: 'igw-0a1b2c3d4e5f60001', id: 'r-rtb-0a1b2c3d4e5f600021080289494' } };
    const report = judge(existing, { deleted: [gone] });
    assert.deepEqual(errors(report), []);
    assert.deepEqual(iac(report), []);
    assert.equal(report.verdict, 'closed');
    assert.equal(report.findings.filter((finding) => finding.ruleId === 'rt-internet-route').length, 0);
  });

  test('a plan of another major format version, or one Terraform stopped with errors, is said so', () => {
    const newer = validate([{ name: 'plan.json', text: JSON.stringify({ ...planDocument(network()), format_version: '2.0' }) }]);
    assert.deepEqual(newer.findings.filter((finding) => finding.ruleId === 'input-document').map((finding) => finding.messageId), ['planVersion']);
    assert.equal(newer.analysed.subnets, 0);
    const errored = validate([{ name: 'plan.json', text: JSON.stringify({ ...planDocument(network()), errored: true }) }]);
    assert.ok(errored.findings.some((finding) => finding.messageId === 'planErrored' && finding.severity === 'error'));
    const partial = validate([{ name: 'plan.json', text: JSON.stringify({ ...planDocument(network()), complete: false }) }]);
    assert.ok(partial.findings.some((finding) => finding.messageId === 'partialPlan'));
  });

  test('messages name the attribute and address in Japanese too', () => {
    const plan = planDocument([...network(), igw, { type: 'aws_route', name: 'out', values: { route_table_id: UNKNOWN, destination_cidr_block: UNKNOWN, gateway_id: UNKNOWN }, expressions: { route_table_id: refs('aws_route_table.ws.id'), destination_cidr_block: refs('aws_vpc.peer.cidr_block'), gateway_id: refs('aws_internet_gateway.main.id') } }]);
    const report = validate([{ name: 'plan.json', text: JSON.stringify(plan) }], undefined, { lang: 'ja' });
    const finding = iac(report).find((candidate) => candidate.message.includes('destination_cidr_block'));
    assert.match(finding?.message ?? '', /aws_route\.out の destination_cidr_block は apply するまでわかりません/);
  });

  test('a plan with any part replaced by an arbitrary value is read without throwing, and every finding points at a line', () => {
    const base = planDocument([
      ...network({ routes: [inlineRoute({ cidr_block: '0.0.0.0/0', gateway_id: UNKNOWN })], routeExpressions: [{ cidr_block: constant('0.0.0.0/0'), gateway_id: refs('aws_internet_gateway.main.id') }] }),
      igw,
      { type: 'aws_security_group', name: 'ws', values: { vpc_id: UNKNOWN, name: 'ws', id: UNKNOWN, ingress: [{ protocol: 'tcp', from_port: 443, to_port: 443, cidr_blocks: ['10.0.0.0/8'], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false }], egress: UNKNOWN }, expressions: { vpc_id: refs('aws_vpc.main.id') } },
      { type: 'aws_network_acl', name: 'ws', values: { vpc_id: UNKNOWN, id: UNKNOWN, subnet_ids: [UNKNOWN], ingress: [{ rule_no: 100, action: 'allow', protocol: '-1', cidr_block: '10.0.0.0/8', ipv6_cidr_block: '', from_port: 0, to_port: 0, icmp_type: 0, icmp_code: 0 }], egress: [] }, expressions: { vpc_id: refs('aws_vpc.main.id'), subnet_ids: refs('aws_subnet.ws.id') } },
    ]);
    // Every path to a value of the plan.
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
      else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    };
    walk(base, []);
    const junk = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.string({ maxLength: 8 }), fc.constant([]), fc.constant({}), fc.constant({ __proto__: { polluted: true } }), fc.constant(['aws_vpc.main', 'local.x', 'module.', 'aws_vpc.main[', '["']), fc.constant({ references: ['module.vpc[0].x', 'data.aws_vpc', 'var.'] }));
    fc.assert(
      fc.property(fc.nat(paths.length - 1), junk, (at, replacement) => {
        const plan = structuredClone(base) as Json;
        const path = paths[at] as (string | number)[];
        if (path.length === 0) return;
        let node: unknown = plan;
        for (const step of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[step];
        (node as Record<string | number, unknown>)[path[path.length - 1] as string | number] = replacement;
        const report = validate([{ name: 'plan.json', text: JSON.stringify(plan, null, 2) }]);
        assert.ok(['closed', 'open', 'unverified'].includes(report.verdict));
        for (const finding of report.findings) assert.ok(finding.line >= 1 && finding.column >= 1);
        assert.equal(({} as Record<string, unknown>).polluted, undefined);
      }),
      { numRuns: 3_000 },
    );
  });

  test('with a data source read during apply, a new group’s egress written nowhere is not taken as empty', () => {
    const route: PlanSpec = { type: 'aws_route', name: 'out', values: { route_table_id: UNKNOWN, destination_cidr_block: '0.0.0.0/0', gateway_id: UNKNOWN }, expressions: { route_table_id: refs('aws_route_table.ws.id'), destination_cidr_block: constant('0.0.0.0/0'), gateway_id: refs('aws_internet_gateway.main.id') } };
    const group: PlanSpec = { type: 'aws_security_group', name: 'ws', values: { vpc_id: UNKNOWN, name: 'ws', id: UNKNOWN, ingress: [], egress: UNKNOWN }, expressions: { vpc_id: refs('aws_vpc.main.id'), ingress: [] } };
    const deferred: PlanSpec = { mode: 'data', type: 'aws_prefix_list', name: 'later', values: { id: UNKNOWN, name: 'com.amazonaws.ap-northeast-1.s3', cidr_blocks: UNKNOWN }, actions: ['read'] };
    const report = judge([...network(), igw, route, group, deferred]);
    assert.equal(report.verdict, 'unverified');
    assert.ok(iac(report).some((finding) => finding.message.startsWith('egress of aws_security_group.ws is known only after apply')));
  });

  test('gateways, a WorkSpaces directory and Block Public Access are read into the model with what the plan settles', () => {
    const plan = planDocument(
      [
        ...network(),
        igw,
        { type: 'aws_nat_gateway', name: 'out', values: { subnet_id: UNKNOWN, connectivity_type: 'private', id: UNKNOWN }, expressions: { subnet_id: refs('aws_subnet.ws.id') } },
        { type: 'aws_security_group', name: 'custom', values: { vpc_id: UNKNOWN, name: 'custom', id: UNKNOWN, ingress: UNKNOWN, egress: UNKNOWN }, expressions: { vpc_id: refs('aws_vpc.main.id') } },
        {
          type: 'aws_workspaces_directory',
          name: 'corp',
          values: { directory_id: 'd-90670a0001', subnet_ids: [UNKNOWN], workspace_security_group_id: UNKNOWN, dns_ip_addresses: ['10.0.10.10'], workspace_creation_properties: [{ custom_security_group_id: UNKNOWN, enable_internet_access: false }] },
          expressions: { directory_id: constant('d-90670a0001'), subnet_ids: refs('aws_subnet.ws.id'), workspace_creation_properties: [{ custom_security_group_id: refs('aws_security_group.custom.id'), enable_internet_access: constant(false) }] },
        },
        { type: 'aws_vpc_block_public_access_options', name: 'this', values: { internet_gateway_block_mode: 'block-bidirectional', id: UNKNOWN }, expressions: { internet_gateway_block_mode: constant('block-bidirectional') } },
        { type: 'aws_vpc_endpoint', name: 'ssm', values: { vpc_id: UNKNOWN, service_name: 'com.amazonaws.ap-northeast-1.ssm', vpc_endpoint_type: 'Interface', ip_address_type: 'dualstack', subnet_ids: [UNKNOWN], security_group_ids: [UNKNOWN], id: UNKNOWN }, expressions: { vpc_id: refs('aws_vpc.main.id'), subnet_ids: refs('aws_subnet.ws.id'), security_group_ids: refs('aws_security_group.custom.id'), ip_address_type: constant('dualstack') } },
      ],
    );
    const { resources, problems } = readDocuments([{ name: 'plan.json', text: JSON.stringify(plan) }]);
    assert.deepEqual(resources.internetGateways.map((gateway) => gateway.attachments.map((attachment) => attachment.vpcId)), [['aws_vpc.main']]);
    assert.deepEqual(resources.natGateways.map((nat) => [nat.id, nat.subnetId, nat.vpcId, nat.connectivity]), [['aws_nat_gateway.out', 'aws_subnet.ws', 'aws_vpc.main', 'private']]);
    const [directory] = resources.workspaceDirectories;
    assert.equal(directory?.id, 'd-90670a0001');
    assert.equal(directory?.customSecurityGroupId?.id, 'aws_security_group.custom');
    assert.equal(directory?.enableInternetAccess?.value, false);
    assert.deepEqual(directory?.dnsAddresses.map((address) => address.text), ['10.0.10.10']);
    assert.deepEqual(directory?.subnetIds.map((subnet) => subnet.id), ['aws_subnet.ws']);
    // The members group AWS creates when it registers the directory, with AWS's default egress.
    assert.equal(directory?.workspaceSecurityGroupId?.id, 'aws_workspaces_directory.corp.workspace_security_group_id');
    const members = resources.securityGroups.find((group) => group.id === directory?.workspaceSecurityGroupId?.id);
    assert.deepEqual([members?.name, members?.vpcId, members?.ingress.length, members?.egress.map((rule) => [rule.protocol, rule.peer.kind === 'cidr' ? rule.peer.cidr.canonical : ''])], ['d-90670a0001_workspacesMembers', 'aws_vpc.main', 0, [[-1, '0.0.0.0/0']]]);
    assert.deepEqual(problems.filter((problem) => problem.ruleId === 'input-unresolved').map((problem) => [problem.report.messageId, problem.report.severity]), [['afterApply', 'info']]);
    assert.deepEqual(resources.blockPublicAccessOptions.map((options) => options.mode), ['block-bidirectional']);
    assert.deepEqual(resources.vpcEndpoints.map((endpoint) => [endpoint.id, endpoint.type, endpoint.ipAddressType, endpoint.subnetIds, endpoint.groupIds]), [['aws_vpc_endpoint.ssm', 'Interface', 'dualstack', ['aws_subnet.ws'], ['aws_security_group.custom']]]);
  });

  test('a directory the plan registers puts the members group AWS creates on its WorkSpaces: a custom group that sends only inside the VPC does not close a default route to a NAT gateway', () => {
    const custom: PlanSpec = {
      type: 'aws_security_group',
      name: 'custom',
      values: { vpc_id: UNKNOWN, name: 'custom', id: UNKNOWN, ingress: [], egress: [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['10.0.0.0/16'], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false, description: '' }] },
      expressions: { vpc_id: refs('aws_vpc.main.id'), egress: [{ protocol: constant('-1'), from_port: constant(0), to_port: constant(0), cidr_blocks: constant(['10.0.0.0/16']) }] },
    };
    const directory = (extra: Json = {}): PlanSpec => ({
      type: 'aws_workspaces_directory',
      name: 'corp',
      values: { directory_id: 'd-90670a0001', subnet_ids: [UNKNOWN], workspace_security_group_id: UNKNOWN, dns_ip_addresses: ['10.0.1.10'], workspace_creation_properties: [{ custom_security_group_id: UNKNOWN, enable_internet_access: false }], ...extra },
      expressions: { directory_id: constant('d-90670a0001'), subnet_ids: refs('aws_subnet.ws.id'), workspace_creation_properties: [{ custom_security_group_id: refs('aws_security_group.custom.id'), enable_internet_access: constant(false) }] },
    });
    const nat: PlanSpec[] = [
      { type: 'aws_subnet', name: 'public', values: { vpc_id: UNKNOWN, cidr_block: '10.0.100.0/24', id: UNKNOWN }, expressions: { vpc_id: refs('aws_vpc.main.id'), cidr_block: constant('10.0.100.0/24') } },
      { type: 'aws_nat_gateway', name: 'out', values: { subnet_id: UNKNOWN, connectivity_type: 'public', id: UNKNOWN }, expressions: { subnet_id: refs('aws_subnet.public.id') } },
      { type: 'aws_route', name: 'out', values: { route_table_id: UNKNOWN, destination_cidr_block: '0.0.0.0/0', nat_gateway_id: UNKNOWN }, expressions: { route_table_id: refs('aws_route_table.ws.id'), destination_cidr_block: constant('0.0.0.0/0'), nat_gateway_id: refs('aws_nat_gateway.out.id') } },
      // The NAT gateway's own subnet routes to the internet gateway: without it the NAT gateway's
      // packets stop at the main table's local route, and the path is closed there.
      igw,
      { type: 'aws_route_table', name: 'public', values: { vpc_id: UNKNOWN, id: UNKNOWN, route: UNKNOWN }, expressions: { vpc_id: refs('aws_vpc.main.id') } },
      { type: 'aws_route_table_association', name: 'public', values: { subnet_id: UNKNOWN, route_table_id: UNKNOWN, id: UNKNOWN }, expressions: { subnet_id: refs('aws_subnet.public.id'), route_table_id: refs('aws_route_table.public.id') } },
      { type: 'aws_route', name: 'public', values: { route_table_id: UNKNOWN, destination_cidr_block: '0.0.0.0/0', gateway_id: UNKNOWN }, expressions: { route_table_id: refs('aws_route_table.public.id'), destination_cidr_block: constant('0.0.0.0/0'), gateway_id: refs('aws_internet_gateway.main.id') } },
    ];
    const report = judge([...network(), ...nat, custom, directory()]);
    assert.equal(report.verdict, 'open');
    const note = iac(report);
    assert.deepEqual(note.map((finding) => [finding.severity, finding.message]), [['info', 'workspace_security_group_id of aws_workspaces_directory.corp is known only after apply; the group AWS creates when it registers the directory is taken with its default rules (egress to 0.0.0.0/0, no inbound) and the rules this plan adds to it.']]);
    const lines = lastText.split('\n');
    assert.equal(lines[(note[0]?.line ?? 0) - 1]?.trim(), '"address": "aws_workspaces_directory.corp",');
    // A rule the plan adds to that group through the directory's attribute is one of its rules.
    const rule: PlanSpec = { type: 'aws_vpc_security_group_ingress_rule', name: 'rdp', values: { security_group_id: UNKNOWN, ip_protocol: 'tcp', from_port: 3389, to_port: 3389, cidr_ipv4: '0.0.0.0/0', id: UNKNOWN }, expressions: { security_group_id: refs('aws_workspaces_directory.corp.workspace_security_group_id'), ip_protocol: constant('tcp'), from_port: constant(3389), to_port: constant(3389), cidr_ipv4: constant('0.0.0.0/0') } };
    const withRule = judge([...network(), ...nat, custom, directory(), rule]);
    assert.ok(withRule.findings.some((finding) => finding.ruleId === 'sg-ingress-public' && finding.message.includes('aws_vpc_security_group_ingress_rule.rdp')), withRule.findings.map((finding) => finding.message).join('\n'));
    // A directory already registered names its group by id: the plan or describe-security-groups must show it.
    const registered = judge([...network(), ...nat, custom, directory({ workspace_security_group_id: 'sg-0123456789abcdef0' })]);
    assert.ok(registered.findings.some((finding) => finding.ruleId === 'ws-group-missing' && finding.message.includes('sg-0123456789abcdef0')));
    assert.notEqual(registered.verdict, 'closed');
  });

  test('each inline route block is matched to the configured block it can be, by what it writes, not by its place in the set', () => {
    const list: PlanSpec = { type: 'aws_ec2_managed_prefix_list', name: 'onprem', values: { name: 'onprem', id: UNKNOWN, entry: [{ cidr: '192.168.0.0/16', description: '' }] }, expressions: { name: constant('onprem'), entry: [{ cidr: constant('192.168.0.0/16') }] } };
    const nat: PlanSpec = { type: 'aws_nat_gateway', name: 'out', values: { subnet_id: UNKNOWN, connectivity_type: 'public', id: UNKNOWN }, expressions: { subnet_id: refs('aws_subnet.ws.id') } };
    const endpoint: PlanSpec = { type: 'aws_vpc_endpoint', name: 's3', values: { vpc_id: UNKNOWN, service_name: 'com.amazonaws.ap-northeast-1.s3', vpc_endpoint_type: 'Gateway', route_table_ids: [UNKNOWN], id: UNKNOWN }, expressions: { vpc_id: refs('aws_vpc.main.id'), route_table_ids: refs('aws_route_table.ws.id') } };
    const report = judge([
      ...network({
        // The plan prints the set in its own order: the prefix-list route first here, the configuration writes it second.
        routes: [inlineRoute({ destination_prefix_list_id: UNKNOWN, nat_gateway_id: UNKNOWN }), inlineRoute({ cidr_block: '0.0.0.0/0', gateway_id: UNKNOWN })],
        routeExpressions: [{ cidr_block: constant('0.0.0.0/0'), gateway_id: refs('aws_internet_gateway.main.id') }, { destination_prefix_list_id: refs('aws_ec2_managed_prefix_list.onprem.id'), nat_gateway_id: refs('aws_nat_gateway.out.id') }],
      }),
      igw,
      nat,
      list,
      endpoint,
    ]);
    assert.deepEqual(iac(report), []);
    assert.equal(report.verdict, 'open');
    const route = report.findings.find((finding) => finding.ruleId === 'rt-internet-route' && finding.message.includes('0.0.0.0/0'));
    assert.match(route?.message ?? '', /internet gateway aws_internet_gateway\.main/);
  });
});
