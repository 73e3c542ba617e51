/**
 * The `aws ec2 …` commands under "How to fix" on the rule pages are ones the engine accepts on
 * the page's own failing example (issue #11): each page's sh blocks are read with the engine's
 * command parser, the placeholders (`acl-…`, `rtb-…`) are filled with the example's ids, the
 * commands are applied to the example's documents and the documents validated again: every
 * finding of the page's rule is gone, no error appeared and the verdict is no worse. Pages whose
 * fix is not a change in AWS are listed with the reason. The English and Japanese page of a rule
 * show the same commands.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { splitShell } from '../../validators/fix/command.ts';
import { FIX_ACTIONS } from '../../validators/fix/operations.ts';
import { RULES, validate } from '../../validators/index.ts';
import { documentText, RULE_CASES } from '../../validators/rules/cases/index.ts';
import { operationsOf, proveFix } from '../support/fix-proof.ts';

/** Pages whose fix is not an `aws ec2` change, and why. */
const EXEMPT: Record<string, string> = {
  'path-unverified': 'the fix is a missing input or a context value (closedTargets, internalCidrs)',
  'input-json': 'the fix is pasting the output again as JSON (describe-*, --output json)',
  'input-document': 'the fix is pasting the right output',
  'input-field': 'the fix is pasting the output the CLI prints, unedited',
  'input-cidr': 'the fix is correcting the pasted text',
  'input-cidr-host-bits': 'the fix is correcting the pasted text',
  'input-value': 'the fix is correcting the pasted text',
  'input-duplicate': 'the fix is removing a pasted copy',
  'input-conflict': 'the fix is pasting outputs taken at the same time (describe-*)',
  'input-partial': 'the fix is pasting the whole output (describe-* for the VPC)',
  'input-vpcs': 'the fix is naming the WorkSpaces subnets in the context',
  'input-context': 'the fix is correcting the context',
  'input-template': 'the fix is correcting the template (a reference, a function, a resource type)',
  'input-unresolved': 'the fix is giving the value a template leaves to deploy time (a parameter default, the imported value)',
  'nacl-entry-quota': 'the fix is a quota increase or a redesign, not an ec2 command',
  'ws-internet-access': 'the fix is an aws workspaces directory setting, not an ec2 change',
  'ws-internet-fallback': 'the fix is an aws workspaces directory setting, not an ec2 change',
  'ws-workspace-subnet': 'the fix is checking the directory and its WorkSpaces (aws workspaces describe-*)',
  'ws-interface-groups': 'the fix is an aws workspaces rebuild or a group change',
  'ws-group-missing': 'the fix is pasting the group (describe-security-groups)',
  'path-endpoint-policy-open': 'the fix is an endpoint policy that names the account’s own resources (modify-vpc-endpoint), outside the fix model',
  'path-routing-loop': 'where the looping range should go instead (another attachment, or nowhere) is a design decision',
};
const isWindows = (id: string) => id.startsWith('win-');

/** The sh code blocks of a page, joined. */
function shellOf(page: string): string {
  const blocks: string[] = [];
  const lines = page.split('\n');
  for (let index = 0; index < lines.length; index++) {
    if (!/^```(sh|bash|shell)\b/.test(lines[index] as string)) continue;
    const block: string[] = [];
    for (index++; index < lines.length && !(lines[index] as string).startsWith('```'); index++) block.push(lines[index] as string);
    blocks.push(block.join('\n'));
  }
  return blocks.join('\n');
}

const pageOf = (id: string, lang: 'en' | 'ja') => readFileSync(`content/docs/${lang === 'ja' ? 'ja/' : ''}rules/${id}.mdx`, 'utf8');

/** Commands of a page that change something in AWS (a fix operation). */
const fixCommands = (shell: string) => splitShell(shell).filter(({ words }) => words[0] === 'aws' && words[1] === 'ec2' && (FIX_ACTIONS as readonly string[]).includes(words[2] ?? ''));

const PLACEHOLDER = /\b(acl|rtb|sg|subnet|vpc|vgw|tgw|igw|nat|pcx|eigw|pl)-…/g;
const ID = /^(acl|rtb|sg|subnet|vpc|vgw|tgw|igw|nat|pcx|eigw|pl)-[0-9a-f]{8,17}$/;

/** Every id in a JSON value, first seen first, by prefix. */
function idsOf(value: unknown, ids: Map<string, string>): Map<string, string> {
  if (typeof value === 'string' && ID.test(value)) {
    const prefix = value.slice(0, value.indexOf('-'));
    if (!ids.has(prefix)) ids.set(prefix, value);
  } else if (Array.isArray(value)) {
    for (const item of value) idsOf(item, ids);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) idsOf(item, ids);
  }
  return ids;
}

describe('the fix commands on the rule pages', () => {
  for (const rule of RULES) {
    test(`${rule.id}: the English and Japanese pages show the same commands`, () => {
      const words = (lang: 'en' | 'ja') => splitShell(shellOf(pageOf(rule.id, lang))).map((command) => command.words);
      assert.deepEqual(words('ja'), words('en'));
    });

    if (Object.hasOwn(EXEMPT, rule.id) || isWindows(rule.id)) {
      test(`${rule.id}: its fix is not an aws ec2 change (${EXEMPT[rule.id] ?? 'the fix is made on Windows'}), and the page shows none`, () => {
        assert.deepEqual(fixCommands(shellOf(pageOf(rule.id, 'en'))).map((command) => command.words.join(' ')), []);
      });
      continue;
    }

    test(`${rule.id}: the page's commands, run on its failing example, remove every finding of the rule without adding an error`, () => {
      const example = RULE_CASES[rule.id]?.invalid[0];
      assert.ok(example, 'the page has a failing example');
      const shell = shellOf(pageOf(rule.id, 'en'));
      assert.ok(fixCommands(shell).length > 0, 'the page shows an aws ec2 fix');
      const ids = idsOf(example.documents.map((document) => document.content), new Map());
      // A next hop the example does not show is the reader's own (a transit gateway towards the controllers).
      const filled = shell.replace(PLACEHOLDER, (_whole, prefix: string) => ids.get(prefix) ?? `${prefix}-0f1e2d3c4b5a69870`);
      const operations = operationsOf(filled);
      assert.equal(operations.length, splitShell(shell).length, 'every command of the page is a fix operation');
      const documents = example.documents.map((document) => ({ name: document.name, text: documentText(document) }));
      const before = validate(documents, example.context);
      const own = before.findings.filter((finding) => finding.ruleId === rule.id);
      assert.ok(own.length > 0);
      for (const finding of own) {
        const { problems } = proveFix(documents, example.context, before, finding, operations);
        assert.deepEqual(problems, [], `${finding.message}\nwith\n${filled}`);
      }
    });
  }
});
