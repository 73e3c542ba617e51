/**
 * The same network, written as describe-* outputs and as a CloudFormation template (JSON, or YAML
 * with short tags), is judged alike: the same verdict, and the same deciding resources (for every
 * open or unverified flow: its subnet, route table, next hop, network ACL and security group, mapped
 * back to the design's names). CFN_RUNS sets the number of designs (default 2,000).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Analysis } from '../../validators/analysis/analysis.ts';
import { registerDocumentReaders } from '../../validators/input/document-readers.ts';
import { DOCUMENT_READERS } from '../../validators/input/iac/readers.ts';
import { readDocuments } from '../../validators/input/read.ts';
import type { Context } from '../../validators/types.ts';
import { renderCloudFormation, templateDesign } from '../support/design-cloudformation.ts';
import { renderDescribe } from '../support/design-describe.ts';
import { genDesign } from '../support/design-gen.ts';
import type { Design } from '../support/design.ts';

// readDocuments is imported without index.ts, which is what registers the template readers: register them as it does.
registerDocumentReaders(DOCUMENT_READERS);

const RUNS = Number(process.env.CFN_RUNS ?? 2000);

/** The verdict and the deciding resources of some documents, with ids turned into the design's names. */
function judge(documents: { name: string; text: string }[], context: Record<string, unknown>, names: ReadonlyMap<string, string>): { verdict: string; flows: string[]; inputErrors: string[] } {
  const sorted = [...documents].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const { resources, problems } = readDocuments(sorted);
  const analysis = new Analysis(resources, problems, context as Context);
  const path = analysis.path();
  const name = (id: string | undefined) => (id === undefined ? '' : (names.get(id) ?? id));
  const flows = [...path.open.map((flow) => ['open', flow] as const), ...path.unverified.map((flow) => ['unverified', flow] as const)].map(([kind, flow]) =>
    [kind, 'reason' in flow ? flow.reason : '', name(flow.subnet.id), flow.direction, flow.family, name(flow.route?.tableId), name(flow.route?.target.id), name(flow.aclEntry?.aclId), name(flow.sgRule?.groupId)].join(' | '),
  );
  const inputErrors = problems.filter((problem) => ['input-field', 'input-value', 'input-cidr', 'input-template', 'input-json', 'input-conflict'].includes(problem.ruleId)).map((problem) => `${problem.ruleId}:${problem.report.messageId} ${JSON.stringify(problem.report.at.path)}`);
  return { verdict: path.verdict, flows: [...new Set(flows)].sort(), inputErrors };
}

const invert = (ids: ReadonlyMap<string, string>) => new Map([...ids].map(([name, id]) => [id, name]));

test('random designs get the same verdict and deciding resources from describe-* outputs and from a CloudFormation template, JSON or YAML', { timeout: 600_000 }, () => {
  let yaml = 0;
  fc.assert(
    fc.property(genDesign, fc.boolean(), (raw: Design, asYaml) => {
      const design = templateDesign(raw);
      const described = renderDescribe(design);
      const rendered = renderCloudFormation(design);
      const form = asYaml ? 'yaml' : 'json';
      if (asYaml) yaml++;
      const expected = judge(described.documents, described.context, invert(described.ids));
      const actual = judge(rendered.documents(form), rendered.context, invert(rendered.ids));
      assert.deepEqual(actual.inputErrors, [], `the ${form} template has input errors`);
      assert.equal(actual.verdict, expected.verdict, `verdict (${form})`);
      assert.deepEqual(actual.flows, expected.flows, `deciding resources (${form})`);
    }),
    { numRuns: RUNS },
  );
  // Both forms were exercised.
  assert.ok(RUNS < 20 || (yaml > RUNS / 4 && yaml < (RUNS * 3) / 4), `${yaml} of ${RUNS} runs were YAML`);
});
