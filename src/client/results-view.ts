/**
 * The verdict banner and the findings list. Everything from the inputs is put in the page as
 * text (textContent), never as markup: document names, tag values and messages can hold anything.
 */
import type { EvidenceStep, Finding, Lang, Report, Severity, Verdict } from '../../validators/index.ts';
import { pathDiagram } from '../../validators/report/diagram.ts';
import { reportText, verdictHeadline, verdictTone, WINDOWS_HEALTHY } from '../../validators/report/labels.ts';
import type { WindowsSummary } from './windows-summary.ts';
import { outlineProof, type OutlineBranch, type OutlinePart, type OutlineStep } from '../../validators/report/proof-outline.ts';
import { leadFinding } from './shown-findings.ts';
import type { AcceptedFinding, FindingTotals } from './validation-protocol.ts';
import { format } from './format.ts';
import type { WorkbenchKey, WorkbenchStrings } from './workbench-strings.ts';

/** Where a click on a finding or an evidence step should take the reader. */
export interface RevealTarget {
  file: string;
  path: readonly (string | number)[];
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface ResultsViewOptions {
  verdict: HTMLElement;
  /** Under the verdict: the proof, its diagram and what was assumed. */
  proof: HTMLElement;
  counts: HTMLElement;
  findings: HTMLElement;
  strings: WorkbenchStrings;
  lang: Lang;
  locale: string;
  /** Heading level of the severity groups (one below the "Findings" heading). */
  groupHeadingLevel: number;
  /** Site URL of the page of a finding's rule. */
  ruleHref(finding: Finding): string;
  /** A button that copies `text` (the workbench's, so every copy button behaves the same). */
  copyButton(text: string): HTMLButtonElement;
  onReveal(target: RevealTarget): void;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Findings shown per severity before a "show more" button: thousands of list items would stall the page. */
export const FINDINGS_PAGE = 200;

const SVG = 'http://www.w3.org/2000/svg';

const ICON_PATHS: Record<Severity | Verdict, string[]> = {
  error: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20', 'M8.5 8.5l7 7M15.5 8.5l-7 7'],
  warning: ['M12 3L22 20H2Z', 'M12 9.5v4.5', 'M12 16.8v.4'],
  info: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20', 'M12 10.5v6', 'M12 7.3v.4'],
  closed: ['M12 2l8 3v6c0 5-3.4 9.4-8 11c-4.6-1.6-8-6-8-11V5z', 'M8 12l3 3l5-6'],
  open: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20', 'M2 12h20', 'M12 2c3 3 4 6.5 4 10s-1 7-4 10c-3-3-4-6.5-4-10s1-7 4-10'],
  unverified: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20', 'M9.5 9.2a2.6 2.6 0 1 1 3.4 2.5c-.6.3-.9.8-.9 1.5v.8', 'M12 17v.4'],
};

/** A small outline icon, hidden from assistive technology (the text next to it says the same). */
export function icon(name: Severity | Verdict): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.classList.add('wb-icon', `wb-icon-${name}`);
  for (const d of ICON_PATHS[name]) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export class ResultsView {
  private readonly options: ResultsViewOptions;
  private verdictKey = '';
  private proofKey = '';

  constructor(options: ResultsViewOptions) {
    this.options = options;
  }

  private t(key: WorkbenchKey, values?: Record<string, string | number>): string {
    return format(this.options.strings[key], values, this.options.locale);
  }

  /** Shows a message instead of a verdict (nothing pasted yet). */
  showIdle(message: string): void {
    this.setVerdict('idle', () => {
      const banner = this.options.verdict;
      banner.dataset.verdict = 'idle';
      banner.dataset.tone = 'idle';
      banner.replaceChildren(element('p', 'wb-verdict-summary', message));
    });
    this.options.proof.replaceChildren();
    this.options.proof.hidden = true;
    this.proofKey = '';
    this.options.counts.replaceChildren();
    this.options.findings.replaceChildren();
  }

  /** Shows a report; `totals` counts every finding, also those the worker did not hand over; `accepted` are the findings a baseline accepts; `windows` is what was read from Windows pastes. */
  render(report: Report, totals: FindingTotals, accepted: AcceptedFinding[] = [], windows: WindowsSummary[] = []): void {
    this.renderVerdict(report, totals, windows);
    this.renderProof(report);
    this.renderFindings(report.findings, totals);
    if (accepted.length > 0) this.options.findings.append(this.acceptedGroup(accepted));
  }

  /** Replaces the banner only when it says something new, so screen readers announce changes, not re-runs. */
  private setVerdict(key: string, draw: () => void): void {
    if (key === this.verdictKey) return;
    this.verdictKey = key;
    draw();
  }

  private renderVerdict(report: Report, totals: FindingTotals, windows: WindowsSummary[]): void {
    const shownEvidence = report.verdict === 'closed' ? undefined : leadFinding(report.findings);
    // Only Windows output was given and every check passed: that is the answer, not "unverified".
    const networkGiven = report.analysed.documents.some((document) => document.kinds.some((kind) => /^[A-Z]/.test(kind)));
    const healthy = !networkGiven && windows.length > 0 && totals.error + totals.warning === 0;
    const key = JSON.stringify([report.verdict, report.summary, shownEvidence?.message, shownEvidence?.evidence, totals.all, totals.error, healthy, windows]);
    this.setVerdict(key, () => {
      const banner = this.options.verdict;
      banner.dataset.verdict = report.verdict;
      banner.dataset.tone = healthy ? 'healthy' : verdictTone(report.verdict, totals.error);
      const title = element('p', 'wb-verdict-title');
      const headline = healthy ? WINDOWS_HEALTHY[this.options.lang] : verdictHeadline(report.verdict, totals.error, this.options.lang, this.options.locale);
      title.append(icon(healthy ? 'closed' : report.verdict), element('strong', undefined, headline));
      const children: Node[] = [title, element('p', 'wb-verdict-summary', report.summary)];
      for (const summary of windows) children.push(this.windowsTable(summary));
      if (shownEvidence?.evidence) children.push(...this.evidenceNodes(report.verdict, shownEvidence, report.findings));
      banner.replaceChildren(...children);
    });
  }

  /** What was read from one Windows document, as a small table. */
  private windowsTable(summary: WindowsSummary): HTMLTableElement {
    const table = element('table', 'wb-windows');
    table.dataset.file = summary.file;
    table.createCaption().textContent = this.t('workbench.windows.caption', { file: summary.file });
    const body = table.createTBody();
    for (const row of summary.rows) {
      const tr = body.insertRow();
      const th = element('th', undefined, this.t(`workbench.windows.${row.key}`));
      th.scope = 'row';
      tr.append(th, element('td', undefined, row.value));
    }
    return table;
  }

  private evidenceNodes(verdict: Verdict, finding: Finding, all: Finding[]): Node[] {
    const evidence = finding.evidence;
    if (!evidence) return [];
    const nodes: Node[] = [];
    if (verdict === 'unverified') nodes.push(element('p', 'wb-verdict-missing', finding.message));
    if (evidence.packet) {
      const packet = element('p', 'wb-packet');
      packet.append(element('span', 'wb-label', `${this.t('workbench.verdict.packet')}: `), element('code', undefined, evidence.packet.text));
      nodes.push(packet);
    }
    nodes.push(element('p', 'wb-label', this.t(verdict === 'open' ? 'workbench.verdict.chainOpen' : 'workbench.verdict.chainUnverified')));
    const chain = element('ol', 'wb-chain');
    for (const step of evidence.chain) chain.append(this.stepItem(step));
    nodes.push(chain);
    const others = all.filter((other) => other.ruleId === finding.ruleId).length - 1;
    if (others > 0) nodes.push(element('p', 'wb-verdict-more', this.t('workbench.verdict.more', { count: others, rule: finding.ruleId })));
    return nodes;
  }

  private stepItem(step: Omit<EvidenceStep, 'layer'> & { layer: string }, layerLabel = this.t(`workbench.layer.${step.layer as EvidenceStep['layer']}`)): HTMLLIElement {
    const item = element('li', 'wb-step');
    item.dataset.layer = step.layer;
    const layer = element('span', 'wb-step-layer', layerLabel);
    const text = element('span', 'wb-step-text', step.text);
    if (step.file !== undefined && step.line !== undefined) {
      const button = element('button', 'wb-step-button');
      button.type = 'button';
      const where = element('span', 'wb-where', `${step.file}:${step.line}`);
      button.append(layer, text, where);
      const target: RevealTarget = { file: step.file, path: step.path ?? [], line: step.line, column: step.column ?? 1 };
      button.addEventListener('click', () => this.options.onReveal(target));
      item.append(button);
    } else {
      item.append(layer, text);
    }
    return item;
  }

  /** The proof under the verdict: the diagram, then each part with its routes and deciding steps. */
  private renderProof(report: Report): void {
    const host = this.options.proof;
    const shown = shownProof(report.proof);
    const key = JSON.stringify(shown);
    if (key === this.proofKey) return;
    this.proofKey = key;
    const lang = this.options.lang;
    const outline = outlineProof(shown.proof, lang);
    const heading = element(`h${Math.min(this.options.groupHeadingLevel - 1, 6)}` as 'h3', 'wb-proof-heading', reportText('proof', lang));
    const nodes: Node[] = [heading, this.diagramFigure(outline.parts.length > 0 ? pathDiagram(outline, lang, `${host.id || 'wb'}-diagram`) : undefined)];
    if (outline.vpcs.length > 0) {
      nodes.push(element('p', 'wb-label', reportText('vpcs', lang)));
      const vpcs = element('ul', 'wb-proof-vpcs');
      for (const line of outline.vpcs) vpcs.append(element('li', undefined, line));
      nodes.push(vpcs);
    }
    const parts = element('ul', 'wb-proof-parts');
    for (const part of outline.parts) parts.append(this.partItem(part));
    nodes.push(parts);
    if (shown.hiddenParts > 0 || shown.hiddenBranches > 0) {
      nodes.push(element('p', 'wb-proof-more', lang === 'ja'
        ? `ここには一部だけを表示しています (省略: 部分 ${shown.hiddenParts} 件、ルートの断片 ${shown.hiddenBranches} 件)。証明全体はダウンロードしたレポートと JSON にあります。`
        : `Shown in part here (${shown.hiddenParts} more parts and ${shown.hiddenBranches} more branches): the whole proof is in the downloaded report and the JSON.`));
    }
    if (outline.assumptions.length > 0) {
      nodes.push(element('p', 'wb-label', reportText('assumptions', lang)));
      const assumed = element('ul', 'wb-chain wb-proof-assumptions');
      for (const step of outline.assumptions) assumed.append(this.outlineStepItem(step));
      nodes.push(assumed);
    }
    host.replaceChildren(...nodes);
    host.hidden = false;
  }

  /** The SVG diagram (escaped by its generator) and, beside it, the same chain as a list. */
  private diagramFigure(diagram: ReturnType<typeof pathDiagram> | undefined): Node {
    const figure = element('figure', 'wb-diagram');
    if (!diagram) return figure;
    const parsed = new DOMParser().parseFromString(diagram.svg, 'image/svg+xml').documentElement;
    const scroller = element('div', 'wb-diagram-scroll');
    // A region that scrolls sideways must be reachable by keyboard.
    scroller.tabIndex = 0;
    scroller.setAttribute('role', 'group');
    scroller.setAttribute('aria-label', reportText('diagram', this.options.lang));
    scroller.append(document.importNode(parsed, true));
    scroller.addEventListener('click', (event) => {
      const box = (event.target as Element).closest<SVGGElement>('[data-line]');
      const file = box?.dataset.file;
      if (!box || file === undefined) return;
      let path: (string | number)[] = [];
      try {
        path = JSON.parse(box.dataset.path ?? '[]') as (string | number)[];
      } catch {
        path = [];
      }
      this.options.onReveal({ file, path, line: Number(box.dataset.line), column: Number(box.dataset.column ?? 1) });
    });
    const caption = element('figcaption');
    const details = element('details');
    details.append(element('summary', undefined, reportText('diagramText', this.options.lang)));
    const list = element('ol', 'wb-diagram-text');
    for (const line of diagram.lines) list.append(element('li', undefined, line));
    details.append(list);
    caption.append(details);
    figure.append(scroller, caption);
    return figure;
  }

  private partItem(part: OutlinePart): HTMLLIElement {
    const item = element('li', 'wb-proof-part');
    item.dataset.verdict = part.verdict;
    item.id = `${this.options.proof.id || 'wb'}-${part.id}`;
    const details = element('details');
    details.open = part.verdict !== 'closed';
    const summary = element('summary');
    summary.append(icon(part.verdict), element('span', 'wb-proof-part-heading', part.heading), element('span', 'wb-proof-part-verdict', part.verdictLabel));
    details.append(summary, element('p', 'wb-proof-text', part.text));
    if (part.branches.length > 0) {
      const branches = element('ul', 'wb-proof-branches');
      for (const branch of part.branches) branches.append(this.branchItem(branch));
      details.append(branches);
    }
    item.append(details);
    return item;
  }

  private branchItem(branch: OutlineBranch): HTMLLIElement {
    const item = element('li', 'wb-proof-branch');
    item.dataset.outcome = branch.outcome;
    const line = element('p', 'wb-proof-route');
    line.append(element('span', 'wb-proof-addresses', branch.addresses), ' → ', element('code', undefined, branch.target), ' → ', element('strong', 'wb-proof-outcome', branch.outcomeLabel));
    item.append(line);
    if (branch.cidrs.length > 0) item.append(element('p', 'wb-proof-cidrs', [...branch.cidrs, ...(branch.moreCidrs ? [branch.moreCidrs] : [])].join(', ')));
    if (branch.steps.length > 0) {
      const steps = element('ol', 'wb-chain');
      for (const step of branch.steps) steps.append(this.outlineStepItem(step));
      item.append(steps);
    }
    return item;
  }

  private outlineStepItem(step: OutlineStep): HTMLLIElement {
    const item = this.stepItem({ layer: step.layer, text: `${step.text} (${step.effectLabel})`, ...(step.at ? { file: step.at.file, path: step.at.path, line: step.at.line, column: step.at.column } : {}) }, step.layerLabel);
    item.dataset.effect = step.effect;
    return item;
  }

  private renderFindings(findings: Finding[], totals: FindingTotals): void {
    const bySeverity = new Map<Severity, Finding[]>(SEVERITIES.map((severity) => [severity, []]));
    for (const finding of findings) bySeverity.get(finding.severity)?.push(finding);

    const counts: Node[] = SEVERITIES.map((severity) => {
      const chip = element('span', 'wb-count');
      chip.dataset.severity = severity;
      chip.append(icon(severity), element('span', undefined, this.t(`workbench.count.${severity}`, { count: totals[severity] })));
      return chip;
    });
    if (findings.length < totals.all) counts.push(element('span', 'wb-truncated', this.t('workbench.findings.truncated', { shown: findings.length, total: totals.all })));
    this.options.counts.replaceChildren(...counts);

    if (findings.length === 0) {
      this.options.findings.replaceChildren(element('p', 'wb-none', this.t('workbench.findings.none')));
      return;
    }
    const groups: Node[] = [];
    for (const severity of SEVERITIES) {
      const list = bySeverity.get(severity) ?? [];
      if (list.length === 0) continue;
      const group = element('section', 'wb-group');
      group.dataset.severity = severity;
      const heading = element(`h${Math.min(this.options.groupHeadingLevel, 6)}` as 'h4', 'wb-group-heading', this.t(`workbench.group.${severity}`, { count: totals[severity] }));
      const items = element('ul', 'wb-findings-list');
      group.append(heading, items);
      this.appendItems(items, list, 0);
      groups.push(group);
    }
    this.options.findings.replaceChildren(...groups);
  }

  private appendItems(list: HTMLUListElement, findings: Finding[], from: number): void {
    const to = Math.min(findings.length, from + FINDINGS_PAGE);
    const fragment = document.createDocumentFragment();
    for (let index = from; index < to; index++) fragment.append(this.findingItem(findings[index] as Finding));
    list.append(fragment);
    if (to >= findings.length) return;
    const moreItem = element('li', 'wb-more');
    const more = element('button', undefined, this.t('workbench.findings.more', { count: findings.length - to }));
    more.type = 'button';
    more.addEventListener('click', () => {
      moreItem.remove();
      this.appendItems(list, findings, to);
      (list.children[to] as HTMLElement | undefined)?.querySelector('button')?.focus();
    });
    moreItem.append(more);
    list.append(moreItem);
  }

  /** Findings a loaded baseline accepts, apart from the others, each with who accepted it, why and until when. */
  private acceptedGroup(accepted: AcceptedFinding[]): HTMLElement {
    const group = element('section', 'wb-group');
    group.dataset.severity = 'accepted';
    const heading = element(`h${Math.min(this.options.groupHeadingLevel, 6)}` as 'h4', 'wb-group-heading', this.t('workbench.group.accepted', { count: accepted.length }));
    const items = element('ul', 'wb-findings-list');
    for (const { finding, acceptance } of accepted) {
      const item = this.findingItem(finding);
      item.append(element('p', 'wb-acceptance', this.t('workbench.baseline.acceptance', { expires: acceptance.expires, by: acceptance.acceptedBy, reason: acceptance.reason })));
      items.append(item);
    }
    group.append(heading, items);
    return group;
  }

  private findingItem(finding: Finding): HTMLLIElement {
    const item = element('li', 'wb-finding');
    item.dataset.ruleId = finding.ruleId;
    item.dataset.severity = finding.severity;
    const button = element('button', 'wb-finding-button');
    button.type = 'button';
    const where = finding.file === '<context>' ? this.t('workbench.finding.context', { field: String(finding.path[0] ?? '') }) : `${finding.file}:${finding.line}:${finding.column}`;
    const message = element('span', 'wb-finding-message');
    message.append(element('span', 'sr-only', `${this.t(`workbench.severity.${finding.severity}`)}: `), finding.message);
    button.append(icon(finding.severity), message, element('span', 'wb-where', where));
    button.addEventListener('click', () =>
      this.options.onReveal({ file: finding.file, path: finding.path, line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }),
    );
    const rule = element('a', 'wb-finding-rule', finding.ruleId);
    rule.href = this.options.ruleHref(finding);
    rule.title = this.t('workbench.finding.rulePage', { rule: finding.ruleId });
    item.append(button, rule);
    if (finding.fix) item.append(this.fixDetails(finding.fix));
    return item;
  }

  /**
   * A finding's fix, labelled with the language it is written in: what it does, then its commands
   * (or, for a template or plan, each edit's sentence with its snippet), with a copy button (closed
   * until asked for: a list of findings stays short).
   */
  private fixDetails(fix: NonNullable<Finding['fix']>): HTMLDetailsElement {
    const details = element('details', 'wb-fix');
    details.dataset.language = fix.language;
    const summary = element('summary', undefined, this.t(fix.language === 'aws-cli' ? 'workbench.finding.fix' : `workbench.finding.fix.${fix.language}`));
    details.append(summary, element('p', 'wb-fix-description', fix.description));
    if (fix.language === 'aws-cli') {
      const commands = fix.commands.join('\n');
      const code = element('pre', 'wb-fix-commands');
      code.append(element('code', undefined, commands));
      details.append(code, this.options.copyButton(commands));
      return details;
    }
    if (fix.edits.length === 0) return details;
    const list = element('ol', 'wb-fix-edits');
    for (const edit of fix.edits) {
      const item = element('li', undefined, edit.text);
      if (edit.code !== undefined) {
        const code = element('pre', 'wb-fix-commands');
        code.append(element('code', undefined, edit.code));
        item.append(code, this.options.copyButton(edit.code));
      }
      list.append(item);
    }
    details.append(list);
    return details;
  }
}

/** How much of a proof the page draws: a large account's proof has thousands of branches, which the report and the JSON keep whole. */
const SHOWN_PARTS = 24;
const SHOWN_BRANCHES = 12;

/** The part of a proof the page draws, and how much is left out. */
function shownProof(proof: Report['proof']): { proof: Report['proof']; hiddenParts: number; hiddenBranches: number } {
  let hiddenBranches = 0;
  const parts = proof.parts.slice(0, SHOWN_PARTS).map((part) => {
    hiddenBranches += Math.max(0, part.branches.length - SHOWN_BRANCHES);
    return part.branches.length > SHOWN_BRANCHES ? { ...part, branches: part.branches.slice(0, SHOWN_BRANCHES) } : part;
  });
  return { proof: { ...proof, parts }, hiddenParts: Math.max(0, proof.parts.length - SHOWN_PARTS), hiddenBranches };
}
