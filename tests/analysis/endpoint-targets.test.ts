/**
 * What a route to `vpce-…` reaches: with describe-vpc-endpoints, exactly the endpoint's type
 * (gateway or Gateway Load Balancer; any other type is reported and stays unknown); without it,
 * a CIDR route is a Gateway Load Balancer endpoint (AWS reaches a vpce- from CreateRoute only
 * through VpcEndpointId) and a prefix-list route stays of unknown kind, so its part of the verdict
 * is unverified, never closed.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Analysis } from '../../validators/analysis/analysis.ts';
import { readDocuments } from '../../validators/input/read.ts';
import { validate, type Context, type Report } from '../../validators/index.ts';
import { entry, LOCAL, networkAcl, permission, route, routeTable, securityGroup, vpcEndpoints } from '../../validators/rules/cases/builders.ts';

type Json = Record<string, unknown>;
const ENDPOINT = 'vpce-0a1b2c3d4e5f6000a';
const documents = (parts: Record<string, Json>) => Object.entries(parts).map(([name, content]) => ({ name: `${name}.json`, text: JSON.stringify(content, null, 2) }));
const run = (parts: Record<string, Json>, context?: Context, lang: 'en' | 'ja' = 'en'): Report => validate(documents(parts), context, { lang });
/** The next-hop kind of route 1 after resolution. */
function kindOf(parts: Record<string, Json>): string | undefined {
  const { resources, problems } = readDocuments(documents(parts));
  new Analysis(resources, problems, undefined);
  return resources.routeTables[0]?.routes[1]?.target.kind;
}
const open = { acl: networkAcl([entry(true, 100, '0.0.0.0/0', 'allow'), entry(false, 100, '0.0.0.0/0', 'allow')]), sg: securityGroup({ egress: [permission('-1', '0.0.0.0/0')] }) };
const toList = routeTable([LOCAL, route('pl-61a54008', ENDPOINT)]);
const toCidr = routeTable([LOCAL, route('0.0.0.0/0', ENDPOINT)]);
const messages = (report: Report, ruleId: string) => report.findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.message);

describe('without describe-vpc-endpoints', () => {
  test('a CIDR route to a vpce- is a Gateway Load Balancer endpoint: an unknown next hop', () => {
    assert.equal(kindOf({ rt: toCidr }), 'gateway-load-balancer-endpoint');
    const report = run({ rt: toCidr, ...open });
    assert.equal(report.verdict, 'unverified');
    assert.match(messages(report, 'rt-unknown-next-hop')[0] ?? '', /→ Gateway Load Balancer endpoint vpce-0a1b2c3d4e5f6000a/);
  });

  test('a prefix-list route to a vpce- stays of unknown kind, and the verdict is unverified with a finding that says what settles it', () => {
    assert.equal(kindOf({ rt: toList }), 'vpc-endpoint');
    const en = run({ rt: toList, ...open });
    assert.equal(en.verdict, 'unverified');
    assert.deepEqual(messages(en, 'rt-unknown-next-hop'), [
      'Route pl-61a54008 → vpce-0a1b2c3d4e5f6000a in rtb-0a1b2c3d4e5f60003: a route to a prefix list can lead to a gateway endpoint (the traffic stays in AWS) or to a Gateway Load Balancer endpoint (an appliance whose way onward is not in the inputs), and no describe-vpc-endpoints output lists vpce-0a1b2c3d4e5f6000a; what this route carries stays unverified until one does (used by subnet-0a1b2c3d4e5f60001).',
    ]);
    assert.deepEqual(messages(run({ rt: toList, ...open }, undefined, 'ja'), 'rt-unknown-next-hop'), [
      'rtb-0a1b2c3d4e5f60003 のルート pl-61a54008 → vpce-0a1b2c3d4e5f6000a: プレフィックスリスト宛てのルートの先は、ゲートウェイエンドポイント (通信は AWS の中にとどまる) のことも、Gateway Load Balancer エンドポイント (その先のアプライアンスの経路は入力からわからない) のこともありますが、vpce-0a1b2c3d4e5f6000a が載った describe-vpc-endpoints の出力がありません。それが加わるまで、このルートが運ぶ通信は未確認のままです (使っているサブネット: subnet-0a1b2c3d4e5f60001)。',
    ]);
  });

  test('listing the endpoint in closedTargets settles its kind without the output (the prefix list’s entries still decide the rest)', () => {
    const unlisted = run({ rt: toList, ...open }, { closedTargets: [ENDPOINT] });
    assert.deepEqual(messages(unlisted, 'rt-unknown-next-hop'), []);
    assert.equal(unlisted.verdict, 'unverified', 'the entries of pl-61a54008 are not given');
    const list = { PrefixListId: 'pl-61a54008', Entries: [{ Cidr: '52.219.136.0/22' }] };
    assert.equal(run({ rt: toList, list, ...open }, { closedTargets: [ENDPOINT] }).verdict, 'closed');
  });

  test('a prefix list of private ranges only carries no public address, whatever the endpoint is', () => {
    const list = { PrefixListId: 'pl-0a1b2c3d4e5f60001', Entries: [{ Cidr: '192.168.0.0/16' }] };
    const report = run({ rt: routeTable([LOCAL, route('pl-0a1b2c3d4e5f60001', ENDPOINT)]), list, ...open });
    assert.equal(report.verdict, 'closed');
    assert.deepEqual(messages(report, 'rt-unknown-next-hop'), []);
  });

  test('a describe-vpc-endpoints output that does not list the endpoint settles nothing', () => {
    const report = run({ rt: toList, endpoints: vpcEndpoints([['vpce-0a1b2c3d4e5f6000b', 'Gateway']]), ...open });
    assert.equal(report.verdict, 'unverified');
    assert.equal(messages(report, 'rt-unknown-next-hop').length, 1);
  });
});

describe('with describe-vpc-endpoints', () => {
  test('a Gateway endpoint is a gateway endpoint: private, whatever its prefix list holds', () => {
    const parts = { rt: toList, endpoints: vpcEndpoints([[ENDPOINT, 'Gateway']]), ...open };
    assert.equal(kindOf(parts), 'gateway-endpoint');
    const report = run(parts);
    assert.equal(report.verdict, 'closed');
    assert.deepEqual(messages(report, 'rt-unknown-next-hop'), []);
  });

  test('a GatewayLoadBalancer endpoint is a Gateway Load Balancer endpoint, for a prefix list too', () => {
    const parts = { rt: toList, endpoints: vpcEndpoints([[ENDPOINT, 'GatewayLoadBalancer']]), ...open };
    assert.equal(kindOf(parts), 'gateway-load-balancer-endpoint');
    assert.equal(run(parts).verdict, 'unverified');
    assert.equal(kindOf({ rt: toCidr, endpoints: vpcEndpoints([[ENDPOINT, 'GatewayLoadBalancer']]) }), 'gateway-load-balancer-endpoint');
  });

  test('an interface endpoint named as a route target is reported at the target and is an unknown next hop', () => {
    const parts = { rt: toCidr, endpoints: vpcEndpoints([[ENDPOINT, 'Interface']]), ...open };
    assert.equal(kindOf(parts), 'vpc-endpoint');
    const report = run(parts);
    assert.equal(report.verdict, 'unverified');
    const conflict = report.findings.filter((finding) => finding.ruleId === 'input-conflict');
    assert.deepEqual(conflict.map((finding) => [finding.messageId, finding.path.join('.')]), [['endpointType', 'RouteTables.0.Routes.1.GatewayId']]);
    assert.equal(
      conflict[0]?.message,
      'Route 0.0.0.0/0 in rtb-0a1b2c3d4e5f60003 names vpce-0a1b2c3d4e5f6000a as its target, but describe-vpc-endpoints gives vpce-0a1b2c3d4e5f6000a the type Interface; AWS routes only to gateway and Gateway Load Balancer endpoints, so where this route sends traffic is not known.',
    );
    assert.match(messages(report, 'rt-unknown-next-hop')[0] ?? '', /→ VPC endpoint vpce-0a1b2c3d4e5f6000a/);
  });

  test('a gateway endpoint named for a CIDR is reported: AWS gives gateway endpoints prefix-list routes only', () => {
    const parts = { rt: toCidr, endpoints: vpcEndpoints([[ENDPOINT, 'Gateway']]), ...open };
    assert.equal(kindOf(parts), 'vpc-endpoint');
    const report = run(parts);
    assert.equal(report.verdict, 'unverified');
    assert.deepEqual(report.findings.filter((finding) => finding.ruleId === 'input-conflict').map((finding) => finding.messageId), ['gatewayEndpointCidr']);
  });

  test('an endpoint defined twice with two types is a conflict, and its routes stay unknown in either order', () => {
    const first = vpcEndpoints([[ENDPOINT, 'Gateway']]);
    const second = vpcEndpoints([[ENDPOINT, 'GatewayLoadBalancer']]);
    for (const parts of [{ rt: toList, a: first, b: second, ...open }, { rt: toList, a: second, b: first, ...open }]) {
      assert.equal(kindOf(parts), 'vpc-endpoint');
      assert.equal(run(parts).verdict, 'unverified');
    }
  });
});
