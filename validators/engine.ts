/**
 * `validate`: documents (+ context) in, a report out. Pure, synchronous, deterministic, and it
 * never throws on input: every problem is a finding. Locations are computed here, once per
 * document, for all findings together.
 */
import { Analysis, CONTEXT_FILE, type ContextFieldOrigin } from './analysis/analysis.ts';
import type { HopProof } from './analysis/hops.ts';
import type { StepProof } from './analysis/path.ts';
import { buildProof, proofLocations, type LocalizedProof } from './analysis/proof.ts';
import { isSafeRegion, renderCommand } from './fix/command.ts';
import { iacFix, type IacDocuments } from './fix/iac.ts';
import type { RuleFix } from './fix/operations.ts';
import { locatePaths, pathKey, positionsOf, rangeBetween, spanBounds, type Bounds, type JsonPath, type Position, type Span, type TextRange } from './input/json-text.ts';
import { readDocuments, type InputProblem } from './input/read.ts';
import type { PathLocator } from './input/yaml-text.ts';
import { formatMessage } from './messages.ts';
import { resourceCounts } from './model.ts';
import { RULES } from './rules/index.ts';
import type { LocalizedEvidence, Rule, RuleReport } from './rules/rule.ts';
import { SEVERITY_ORDER, type Context, type Evidence, type Finding, type Fix, type InputDocument, type Inventory, type Lang, type Localized, type Proof, type ProofHop, type ProofStep, type Report, type ValidateOptions, type Verdict } from './types.ts';

/** Version of the Report shape; bumped on any incompatible change. */
export const SCHEMA_VERSION = 1;

/** Site-relative page of a rule. */
export function ruleDocPath(ruleId: string, lang: Lang = 'en'): string {
  return `${lang === 'ja' ? 'ja/' : ''}rules/${ruleId}/`;
}

interface Pending {
  rule: Rule;
  report: RuleReport;
}

/** One document's wanted locations, resolved together on first use. */
interface Located {
  /** The offsets each wanted path is shown between, by pathKey. */
  bounds: Map<string, Bounds>;
  positions: Map<number, Position>;
}

/**
 * Resolves every location of a document together: one scan of its text finds the spans of all
 * wanted paths, one sweep over its line breaks cuts them at their first line's end, and another
 * gives the line and column of all their offsets (a minified document is one line: a search per
 * finding for the end of its line would read the whole text each time). A document that is not
 * JSON text (a YAML template) has its own way to find the spans of the same JSON paths.
 */
class Locator {
  private readonly texts = new Map<string, string>();
  private readonly located = new Map<string, Located>();
  private readonly wanted = new Map<string, { paths: JsonPath[]; offsets: number[] }>();
  private readonly locators: ReadonlyMap<string, PathLocator>;

  constructor(documents: readonly InputDocument[], locators: ReadonlyMap<string, PathLocator>) {
    for (const document of documents) if (!this.texts.has(document.name)) this.texts.set(document.name, typeof document.text === 'string' ? document.text : '');
    this.locators = locators;
  }

  /** Registers a location that `range` will be asked for. */
  want(file: string, path: JsonPath, offset?: number, length?: number): void {
    let wanted = this.wanted.get(file);
    if (!wanted) {
      wanted = { paths: [], offsets: [] };
      this.wanted.set(file, wanted);
    }
    if (offset === undefined) wanted.paths.push(path);
    else wanted.offsets.push(...this.offsetBounds(file, offset, length));
  }

  range(file: string, path: JsonPath, offset?: number, length?: number): TextRange {
    const text = this.texts.get(file);
    if (text === undefined || file === CONTEXT_FILE) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const { bounds, positions } = this.locate(file, text);
    const [from, to] = offset === undefined ? this.pathOffsets(text, bounds, path) : this.offsetBounds(file, offset, length);
    // Every offset was registered by want(); a stray one is located on its own.
    const position = (at: number) => positions.get(at) ?? (positionsOf(text, [at]).get(at) as Position);
    return rangeBetween(position(from), position(to));
  }

  private locate(file: string, text: string): Located {
    let located = this.located.get(file);
    if (!located) {
      const wanted = this.wanted.get(file) ?? { paths: [], offsets: [] };
      const spans = this.locators.get(file)?.(wanted.paths) ?? locatePaths(text, wanted.paths);
      const keys = [...spans.keys()];
      const shown = spanBounds(text, keys.map((key) => spans.get(key) as Span));
      const bounds = new Map(keys.map((key, index) => [key, shown[index] as Bounds]));
      const offsets = [...wanted.offsets];
      for (const { from, to } of shown) offsets.push(from, to);
      located = { bounds, positions: positionsOf(text, offsets) };
      this.located.set(file, located);
    }
    return located;
  }

  /** Where a path is shown; one that want() was not told of points at the document's start. */
  private pathOffsets(text: string, bounds: Map<string, Bounds>, path: JsonPath): [number, number] {
    const { from, to } = bounds.get(pathKey(path)) ?? { from: 0, to: Math.min(text.length, 1) };
    return [from, to];
  }

  private offsetBounds(file: string, offset: number, length?: number): [number, number] {
    const size = this.texts.get(file)?.length ?? 0;
    return [Math.min(offset, size), Math.min(offset + Math.max(length ?? 1, 1), size)];
  }
}

/**
 * A fix in the report language, in the language of the input its resources came from: edits of a
 * template or plan (fix/iac.ts), else one command line per operation; none when a value could not
 * be put in a command safely.
 */
function localizeFix(fix: RuleFix, lang: Lang, region: string | undefined, analysis: Analysis, documents: IacDocuments): Fix | undefined {
  const iac = iacFix(analysis, fix, documents);
  if (iac) {
    const description = iac.refused ? `${fix.description[lang]}${lang === 'ja' ? '' : ' '}${iac.refused[lang]}` : fix.description[lang];
    return {
      language: iac.language,
      edits: iac.edits.map((edit) => ({ text: tidy(edit.text[lang], lang), ...(edit.code !== undefined ? { code: edit.code } : {}) })),
      description: tidy(description, lang),
    };
  }
  if (region !== undefined && !isSafeRegion(region)) return undefined;
  const commands: string[] = [];
  for (const operation of fix.operations) {
    const command = renderCommand(operation, region);
    if (command === undefined) return undefined;
    commands.push(command);
  }
  return commands.length > 0 ? { language: 'aws-cli', commands, description: tidy(fix.description[lang], lang) } : undefined;
}

const withFix = (fix: Fix | undefined): { fix?: Fix } => (fix ? { fix } : {});

const CJK = '\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef';
const SPACE_BETWEEN_CJK = new RegExp(`([${CJK}])\\s+(?=[${CJK}])`, 'g');

/** Japanese text puts no space between two Japanese words; filled placeholders may leave one. */
function tidy(text: string, lang: Lang): string {
  return lang === 'ja' ? text.replace(SPACE_BETWEEN_CJK, '$1') : text;
}

function localizeData(report: RuleReport, lang: Lang): Record<string, string | number> {
  const data: Record<string, string | number> = { ...report.data };
  for (const [key, value] of Object.entries(report.localizedData ?? {})) data[key] = value[lang];
  return data;
}

function localizeEvidence(evidence: LocalizedEvidence, lang: Lang, locator: Locator): Evidence {
  return {
    ...(evidence.packet ? { packet: { ...evidence.packet, text: tidy(evidence.packet.text[lang], lang) } } : {}),
    chain: evidence.chain.map((step) => {
      if (!step.at) return { layer: step.layer, text: tidy(step.text[lang], lang) };
      const range = locator.range(step.at.file, step.at.path);
      return { layer: step.layer, text: tidy(step.text[lang], lang), file: step.at.file, path: step.at.path, line: range.line, column: range.column };
    }),
  };
}

/** A proof step in the report language, with its line and column. */
function localizeStep(step: StepProof, lang: Lang, locator: Locator): ProofStep {
  const text = tidy(step.text[lang], lang);
  const hop = step.hop !== undefined ? { hop: step.hop } : {};
  if (!step.at || step.at.file === CONTEXT_FILE) return { layer: step.layer, effect: step.effect, text, ...hop };
  const range = locator.range(step.at.file, step.at.path);
  return { layer: step.layer, effect: step.effect, text, file: step.at.file, path: [...step.at.path], line: range.line, column: range.column, ...hop };
}

function localizeHop(hop: HopProof, lang: Lang, locator: Locator): ProofHop {
  const base = { kind: hop.kind, id: hop.id, ...(hop.vpcId ? { vpcId: hop.vpcId } : {}), text: tidy(hop.text[lang], lang) };
  if (!hop.at || hop.at.file === CONTEXT_FILE) return base;
  const range = locator.range(hop.at.file, hop.at.path);
  return { ...base, file: hop.at.file, path: [...hop.at.path], line: range.line, column: range.column };
}

function localizeProof(proof: LocalizedProof, lang: Lang, locator: Locator): Proof {
  return {
    vpcs: proof.vpcs,
    parts: proof.parts.map((part) => ({
      subnetIds: part.subnetIds,
      ...(part.vpcId ? { vpcId: part.vpcId } : {}),
      direction: part.direction,
      family: part.family,
      verdict: part.verdict,
      text: tidy(part.text[lang], lang),
      branches: part.branches.map((branch) => ({
        addresses: tidy(branch.addresses[lang], lang),
        cidrs: branch.cidrs,
        blockCount: branch.blockCount,
        ...(branch.target ? { target: branch.target } : {}),
        outcome: branch.outcome,
        ...(branch.droppedBy ? { droppedBy: branch.droppedBy } : {}),
        steps: branch.steps.map((step) => localizeStep(step, lang, locator)),
        ...(branch.hops ? { hops: branch.hops.map((hop) => localizeHop(hop, lang, locator)) } : {}),
      })),
    })),
    assumptions: proof.assumptions.map((assumption) => localizeStep({ layer: 'assumption', effect: 'unknown', text: assumption.text, ...(assumption.at ? { at: assumption.at } : {}) }, lang, locator)),
  };
}

/** Each context field the analysis used, with where its values came from (a typed value has no place). */
function contextSources(analysis: Analysis, locator: Locator): Inventory['context'] {
  const out: Inventory['context'] = {};
  for (const [name, origin] of Object.entries(analysis.context.origins) as [keyof Inventory['context'], ContextFieldOrigin][]) {
    out[name] = {
      source: origin.source,
      values: origin.values.map(({ value, at }) => {
        if (at.file === CONTEXT_FILE) return { value };
        const range = locator.range(at.file, at.path);
        return { value, file: at.file, path: [...at.path], line: range.line, column: range.column };
      }),
    };
  }
  return out;
}

const SUMMARY: Record<Verdict, Localized> = {
  closed: {
    en: 'Closed: every packet between the WorkSpaces subnets and the internet is dropped by a route table, network ACL or security group given here.',
    ja: '閉じています: WorkSpaces のサブネットとインターネットの間のパケットは、ここに与えられたルートテーブル・ネットワーク ACL・セキュリティグループのいずれかですべて止まります。',
  },
  open: {
    en: 'Open: at least one packet passes between the WorkSpaces subnets and the internet; see the path-internet-reachable findings.',
    ja: '開いています: WorkSpaces のサブネットとインターネットの間を通るパケットがあります。path-internet-reachable の指摘を確認してください。',
  },
  unverified: {
    en: 'Unverified: no open path was found, but some packets depend on a next hop or a layer the inputs do not show; see the path-unverified findings.',
    ja: '未確認: 開いた経路は見つかりませんでしたが、ネクストホップや入力にない層に左右されるパケットがあります。path-unverified の指摘を確認してください。',
  },
};

const WINDOWS_ONLY: Localized = {
  en: 'Windows command output checked (see its findings). No route table, network ACL, security group or subnet was given, so there is no verdict on paths to the internet: unverified.',
  ja: 'Windows コマンドの出力を確認しました (指摘を参照してください)。ルートテーブル・ネットワーク ACL・セキュリティグループ・サブネットが入力にないため、インターネットへの経路については判定できず、未確認です。',
};

const NOTHING_TO_ANALYSE: Localized = {
  en: 'Unverified: the inputs hold no route table, network ACL, security group or subnet to analyse.',
  ja: '未確認: 解析できるルートテーブル・ネットワーク ACL・セキュリティグループ・サブネットが入力にありません。',
};

/** Validates the documents; never throws on any input. */
/**
 * The documents validate() can read, whatever the API was handed: an entry that is not an object is
 * left out and one without a string name is given one (`document-2`), each with a finding saying so.
 */
function usableDocuments(documents: unknown): { docs: InputDocument[]; misuse: InputProblem[] } {
  const docs: InputDocument[] = [];
  const misuse: InputProblem[] = [];
  if (!Array.isArray(documents)) return { docs, misuse };
  documents.forEach((entry: unknown, index) => {
    const at = { file: `document-${index + 1}`, path: [] };
    if (typeof entry !== 'object' || entry === null) {
      misuse.push({ ruleId: 'input-document', report: { messageId: 'notDocument', at, data: { index: index + 1, actual: entry === null ? 'null' : typeof entry } } });
      return;
    }
    const { name, text } = entry as { name?: unknown; text?: unknown };
    if (typeof name === 'string') {
      docs.push({ name, text } as InputDocument);
      return;
    }
    docs.push({ name: at.file, text } as InputDocument);
    misuse.push({ ruleId: 'input-document', report: { messageId: 'unnamed', at, data: { index: index + 1, name: at.file, actual: name === null ? 'null' : typeof name } } });
  });
  return { docs, misuse };
}

export function validate(documents: readonly InputDocument[], context?: Context, options: ValidateOptions = {}): Report {
  const lang: Lang = options.lang === 'ja' ? 'ja' : 'en';
  const { docs, misuse } = usableDocuments(documents);
  // Read in name order: which copy of a duplicate is kept must not depend on the order of the tabs.
  const { resources, problems, locators } = readDocuments([...docs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
  problems.push(...misuse);
  const analysis = new Analysis(resources, problems, context);

  const pending: Pending[] = [];
  for (const rule of RULES) {
    let reports: RuleReport[];
    try {
      reports = rule.check(analysis);
    } catch (error) {
      // A bug in one rule must not take the others down; say so where it can be seen.
      reports = [{ messageId: '__internal', data: { error: error instanceof Error ? error.message : String(error) }, at: { file: docs[0]?.name ?? '', path: [] } }];
    }
    for (const report of reports) pending.push({ rule, report });
  }

  const proof = buildProof(analysis);
  const locator = new Locator(docs, locators);
  for (const { report } of pending) {
    locator.want(report.at.file, report.at.path, report.at.offset, report.at.length);
    for (const step of report.evidence?.chain ?? []) if (step.at) locator.want(step.at.file, step.at.path);
  }
  for (const at of proofLocations(proof)) locator.want(at.file, at.path);
  for (const origin of Object.values(analysis.context.origins)) for (const { at } of origin.values) if (at.file !== CONTEXT_FILE) locator.want(at.file, at.path);

  const order = new Map(docs.map((doc, index) => [doc.name, index]));
  const region = analysis.context.region;
  const iacDocuments: IacDocuments = { isYaml: (file) => locators.has(file) };
  const findings: Finding[] = pending.map(({ rule, report }) => {
    const range = locator.range(report.at.file, report.at.path, report.at.offset, report.at.length);
    const template = rule.messages[report.messageId];
    const data = localizeData(report, lang);
    const message = template
      ? tidy(formatMessage(template[lang], data), lang)
      : lang === 'ja'
        ? `この検査は内部エラーで完了しませんでした (${String(report.data?.error ?? report.messageId)})。入力とともに報告してください。`
        : `This check failed with an internal error (${String(report.data?.error ?? report.messageId)}); please report it with the input.`;
    return {
      ruleId: rule.id,
      severity: report.severity ?? rule.severity,
      message,
      messageId: report.messageId,
      data,
      file: report.at.file,
      path: [...report.at.path],
      ...range,
      docUrl: ruleDocPath(rule.id, lang),
      ...(report.evidence ? { evidence: localizeEvidence(report.evidence, lang, locator) } : {}),
      ...withFix(report.fix && localizeFix(report.fix, lang, region, analysis, iacDocuments)),
    };
  });
  findings.sort(
    (a, b) =>
      (order.get(a.file) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.file) ?? Number.MAX_SAFE_INTEGER) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.message.localeCompare(b.message),
  );

  const path = analysis.path();
  const nothing = path.subnets.length === 0;
  const analysed: Inventory = {
    documents: resources.documents,
    ...resourceCounts(resources),
    workspacesSubnetIds: path.subnets.map((subnet) => subnet.id),
    workspacesSecurityGroupIds: analysis.workspacesGroups.map((group) => group.id),
    context: contextSources(analysis, locator),
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    verdict: path.verdict,
    summary: (nothing ? (resources.windows.length > 0 ? WINDOWS_ONLY : NOTHING_TO_ANALYSE) : SUMMARY[path.verdict])[lang],
    findings,
    analysed,
    proof: localizeProof(proof, lang, locator),
  };
}
