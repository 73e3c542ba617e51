/**
 * The same network written as describe-* output and as a Terraform plan gets the same verdict,
 * the same proof (each part's verdict, and each branch's addresses, next hop, outcome and the
 * layers that decide it) and the same findings of the analysis rules. Ids differ (a plan names
 * what it creates by address), so both are mapped back to the design's names first.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { validate, type Report } from '../../validators/index.ts';
import type { Context } from '../../validators/types.ts';
import { renderDescribe } from '../support/design-describe.ts';
import { genDesign } from '../support/design-gen.ts';
import { planExpressible, renderTerraform } from '../support/design-terraform.ts';
import type { Design } from '../support/design.ts';
import { sampleText } from '../../samples/build.ts';
import { TERRAFORM_SAMPLES, terraformVpcDesign } from '../../samples/terraform.ts';

/** Designs per run of the property test (IAC_RUNS overrides, e.g. 300 while developing). */
const RUNS = Number(process.env.IAC_RUNS) || 2_000;

/** Rules whose findings follow from the analysis (input and IaC findings are about how each is written). */
const ANALYSIS_RULE = /^(path|rt|nacl|sg|dir|mgmt|ws)-/;

/** The decisions of a report, with every id replaced by the design name it stands for. */
function decisions(report: Report, ids: ReadonlyMap<string, string>) {
  const names = new Map([...ids].map(([name, id]) => [id, name]));
  const name = (id: string) => names.get(id) ?? id;
  const parts = report.proof.parts.map((part) => ({
    subnets: part.subnetIds.map(name).sort().join(','),
    direction: part.direction,
    family: part.family,
    verdict: part.verdict,
    branches: part.branches.map((branch) => ({
      cidrs: branch.cidrs.join(','),
      blocks: branch.blockCount,
      target: branch.target ? `${branch.target.kind}:${name(branch.target.id)}` : '',
      outcome: branch.outcome,
      droppedBy: branch.droppedBy ?? '',
      layers: branch.steps.map((step) => `${step.layer}:${step.effect}`).join(' '),
    })),
  }));
  parts.sort((a, b) => `${a.subnets}|${a.direction}|${a.family}`.localeCompare(`${b.subnets}|${b.direction}|${b.family}`));
  const counts: Record<string, number> = {};
  for (const finding of report.findings) if (ANALYSIS_RULE.test(finding.ruleId)) counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
  return { verdict: report.verdict, parts, counts };
}

/** Both renderings of a design as a plan can build it, judged. */
function judgeBoth(given: Design, options: Parameters<typeof renderTerraform>[1] = {}) {
  const design = planExpressible(given, options);
  const described = renderDescribe(design);
  const planned = renderTerraform(design, options);
  const describeReport = validate(described.documents, described.context as Context);
  const planReport = validate(planned.documents, planned.context as Context);
  return { describe: decisions(describeReport, described.ids), plan: decisions(planReport, planned.ids), planReport };
}

/** The note that a directory the plan registers gets AWS's members group, with AWS's default rules: settled, and said. */
const registeredGroup = (finding: Report['findings'][number]) => finding.ruleId === 'input-unresolved' && finding.severity === 'info' && finding.message.startsWith('workspace_security_group_id of ');

/** Findings about how the plan is written that would mean the reader could not settle it. */
const unsettled = (report: Report) => report.findings.filter((finding) => (finding.ruleId === 'input-unresolved' && !registeredGroup(finding)) || (finding.ruleId.startsWith('input-') && finding.severity === 'error')).map((finding) => `${finding.ruleId}: ${finding.message}`);

/** A closed WorkSpaces VPC, an S3 gateway endpoint, a NAT gateway in a public subnet, a split default route. */
const HAND_DESIGN: Design = {
  region: 'ap-northeast-1',
  vpcs: [{ name: 'vpc1', cidrs: ['10.0.0.0/16'] }],
  subnets: [
    { name: 'ws-a', vpc: 'vpc1', cidr: '10.0.1.0/24', availabilityZone: 'ap-northeast-1a' },
    { name: 'ws-c', vpc: 'vpc1', cidr: '10.0.2.0/24', availabilityZone: 'ap-northeast-1c' },
    { name: 'public-a', vpc: 'vpc1', cidr: '10.0.101.0/24', availabilityZone: 'ap-northeast-1a' },
  ],
  routeTables: [
    { name: 'main', vpc: 'vpc1', main: true, routes: [], subnets: [] },
    { name: 'workspaces', vpc: 'vpc1', main: false, routes: [], subnets: ['ws-a', 'ws-c'] },
    { name: 'public', vpc: 'vpc1', main: false, routes: [{ destination: '0.0.0.0/1', target: { kind: 'internet-gateway', name: 'igw' } }, { destination: '128.0.0.0/1', target: { kind: 'internet-gateway', name: 'igw' } }], subnets: ['public-a'] },
  ],
  acls: [
    { name: 'default', vpc: 'vpc1', default: true, entries: [], subnets: [] },
    { name: 'workspaces', vpc: 'vpc1', default: false, entries: [{ ruleNumber: 100, egress: true, action: 'allow', protocol: -1, cidr: '10.0.0.0/16' }, { ruleNumber: 100, egress: false, action: 'allow', protocol: -1, cidr: '10.0.0.0/16' }], subnets: ['ws-a', 'ws-c'] },
  ],
  securityGroups: [{ name: 'members', vpc: 'vpc1', rules: [{ egress: true, protocol: -1, peer: { cidr: '10.0.0.0/16' } }], defaultEgress: false }],
  internetGateways: [{ name: 'igw', vpc: 'vpc1' }],
  egressOnlyInternetGateways: [],
  natGateways: [{ name: 'nat', subnet: 'public-a', connectivity: 'public' }],
  gatewayEndpoints: [{ name: 's3', vpc: 'vpc1', prefixList: 's3', routeTables: ['workspaces'] }],
  prefixLists: [{ name: 's3', awsName: 'com.amazonaws.ap-northeast-1.s3', cidrs: ['52.219.136.0/22', '3.5.156.0/22'] }],
  workspacesSubnets: ['ws-a', 'ws-c'],
};

describe('a design written as describe-* output and as a Terraform plan', () => {
  test('a closed WorkSpaces design gets the same verdict and proof from both, with nothing left unsettled in the plan', () => {
    for (const existing of [false, true]) {
      const { describe: described, plan, planReport } = judgeBoth(HAND_DESIGN, { existing: () => existing });
      assert.equal(plan.verdict, 'closed');
      assert.deepEqual(plan, described, `existing: ${existing}`);
      assert.deepEqual(unsettled(planReport), []);
    }
  });

  test('the same design opened by a default route to the NAT gateway is open in both, through the same route', () => {
    const open: Design = {
      ...HAND_DESIGN,
      routeTables: HAND_DESIGN.routeTables.map((table) => (table.name === 'workspaces' ? { ...table, routes: [{ destination: '0.0.0.0/0', target: { kind: 'nat-gateway', name: 'nat' } }] } : table)),
      acls: HAND_DESIGN.acls.filter((acl) => acl.name !== 'workspaces'),
      securityGroups: [{ name: 'members', vpc: 'vpc1', rules: [], defaultEgress: true }],
    };
    for (const module of [undefined, 'network']) {
      const { describe: described, plan } = judgeBoth(open, module ? { module } : {});
      assert.equal(plan.verdict, 'open');
      assert.deepEqual(plan, described);
    }
  });

  for (const [index, sample] of TERRAFORM_SAMPLES.entries()) {
    test(`the ${sample.id} sample (terraform-aws-modules/vpc) gets the same verdict and proof as the describe-* output of its design`, () => {
      const { design, ids } = terraformVpcDesign(index === 1);
      const described = renderDescribe(design);
      const planReport = validate(sample.documents.map((document) => ({ name: document.name, text: sampleText(document) })), sample.context);
      const plan = decisions(planReport, ids);
      assert.equal(plan.verdict, sample.expected.verdict);
      assert.deepEqual(plan, decisions(validate(described.documents, described.context as Context), described.ids));
      assert.deepEqual(unsettled(planReport), []);
    });
  }

  test(`random designs get the same verdict, proof and analysis findings from both (${RUNS} designs)`, () => {
    fc.assert(
      fc.property(genDesign, fc.boolean(), fc.boolean(), fc.boolean(), (design, firstExists, secondExists, inModule) => {
        const { describe: described, plan, planReport } = judgeBoth(design, { existing: (vpc) => (vpc === 'vpc1' ? firstExists : secondExists), ...(inModule ? { module: 'net' } : {}) });
        assert.deepEqual(unsettled(planReport), []);
        assert.deepEqual(plan, described);
      }),
      { numRuns: RUNS },
    );
  });
});
