/**
 * Every fix the engine attaches to a finding of a rule case is proven: its commands, applied to
 * the case's documents, remove the finding, add no error and do not make the verdict worse. The
 * lists below say which rules compute fixes and why the others do not, so a rule cannot lose its
 * fixes (or gain an unproven one) unnoticed.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RULES, validate } from '../../validators/index.ts';
import { documentText, RULE_CASES } from '../../validators/rules/cases/index.ts';
import { commandsOf, proveFix } from '../support/fix-proof.ts';

/** Rules whose findings carry a fix on at least one of their invalid cases. */
const FIXED = [
  'path-internet-reachable',
  'rt-internet-route',
  'rt-propagation',
  'rt-blackhole-internet',
  'rt-main-table-implicit',
  'nacl-egress-public',
  'nacl-ingress-public',
  'nacl-shadowed-entry',
  'nacl-redundant-entry',
  'nacl-ignored-ports',
  'sg-ingress-public',
  'sg-egress-public',
  'nacl-directory-blocked',
  'nacl-return-blocked',
  'sg-directory-egress',
];

/** Rules that never compute a fix, and why no sound one exists. */
const NOT_FIXED: Record<string, string> = {
  'path-unverified': 'what settles it is a missing input or a context value (closedTargets, internalCidrs), not a change in AWS',
  'rt-unknown-next-hop': 'which ranges the next hop must keep carrying (on-premises networks) is not in the inputs',
  'mgmt-range-conflict': 'the route or VPC CIDR reaches a network the inputs do not describe; the fix is renumbering, a design decision',
  'dir-no-route': 'which next hop leads to the controllers is not in the inputs',
  'nacl-entry-quota': 'which entries can go is a design decision; raising the quota is a Service Quotas request, not an ec2 command',
  'nacl-endpoint-blocked': 'the entries it needs allow public addresses (the service’s ranges), which is sound only while every route table of the subnets sends them to the endpoint; the fix model never allows public addresses, so the page shows the entries for a reviewer to place',
  'sg-endpoint-blocked': 'the rule it needs names the service’s prefix list or the WorkSpaces’ group, a design choice between the two; the page shows both',
  'ws-internet-access': 'the fix is a WorkSpaces directory setting (aws workspaces modify-workspace-creation-properties) and a rebuild of the WorkSpaces that already have an address; the fix model applies aws ec2 operations to VPC outputs',
  'ws-internet-fallback': 'the fix is a WorkSpaces directory setting (aws workspaces modify-workspace-access-properties), outside the aws ec2 fix model',
  'ws-workspace-subnet': 'where a WorkSpace should live is a design decision (a new WorkSpace in the directory’s subnets)',
  'ws-interface-groups': 'whether the extra group belongs is a design decision; the fix is a rebuild or a group change by aws workspaces',
  'ws-group-missing': 'what settles it is pasting the group (describe-security-groups), not a change in AWS',
  'path-routing-loop': 'where the looping range should go instead (another attachment, or nowhere) is a design decision, and transit gateway routes are not among the fix operations',
  'path-endpoint-policy-open': 'the policy that fixes it names the account’s own buckets or tables (or accounts), which the inputs do not hold, and an endpoint policy is not among the fix operations; the page shows modify-vpc-endpoint with a policy to complete',
};

const isInput = (id: string) => id.startsWith('input-');
const isWindows = (id: string) => id.startsWith('win-');

describe('fixes of the rule cases', () => {
  test('every rule is either fixed or listed with the reason it has no fix', () => {
    for (const rule of RULES) {
      if (isInput(rule.id) || isWindows(rule.id)) continue;
      assert.ok(FIXED.includes(rule.id) !== Object.hasOwn(NOT_FIXED, rule.id), `${rule.id} must be in exactly one of FIXED and NOT_FIXED`);
    }
  });

  for (const [ruleId, cases] of Object.entries(RULE_CASES)) {
    cases.invalid.forEach((invalid, index) => {
      test(`${ruleId}, invalid case ${index + 1}: every fix removes its finding, adds no error and leaves the verdict no worse`, () => {
        const documents = invalid.documents.map((document) => ({ name: document.name, text: documentText(document) }));
        const before = validate(documents, invalid.context);
        const ja = validate(documents, invalid.context, { lang: 'ja' });
        before.findings.forEach((finding, position) => {
          const other = ja.findings[position];
          assert.deepEqual(commandsOf(other), commandsOf(finding), 'the commands are the same in both languages');
          if (other?.fix) assert.match(other.fix.description, /[\u3040-\u30ff\u4e00-\u9fff]/, `${finding.ruleId}: the Japanese description is not Japanese`);
          if (!finding.fix) return;
          const { problems } = proveFix(documents, invalid.context, before, finding);
          assert.deepEqual(problems, [], `${finding.ruleId} (${finding.message}) with\n${(commandsOf(finding) ?? []).join('\n')}`);
        });
        const own = before.findings.filter((finding) => finding.ruleId === ruleId);
        if (isInput(ruleId) || isWindows(ruleId) || Object.hasOwn(NOT_FIXED, ruleId)) assert.ok(own.every((finding) => !finding.fix), `${ruleId} is listed as having no fix, but has one`);
      });
    });
  }

  for (const ruleId of FIXED) {
    test(`${ruleId} fixes a finding of its own cases`, () => {
      const cases = RULE_CASES[ruleId]?.invalid ?? [];
      const fixed = cases.some((invalid) =>
        validate(invalid.documents.map((document) => ({ name: document.name, text: documentText(document) })), invalid.context).findings.some((finding) => finding.ruleId === ruleId && finding.fix),
      );
      assert.ok(fixed, `no invalid case of ${ruleId} gets a fix`);
    });
  }
});
