/**
 * The path diagram: for each part of the proof, the WorkSpaces subnets → the route that carries
 * each piece of public space → its next hop, edges coloured by how the piece ends (open, dropped
 * and at which layer, unverified). Plain SVG text, no library; every value from the inputs is
 * escaped. Boxes written in an input carry `data-file`/`data-line` so a page can reveal the line.
 * The same chain is given as text lines, the diagram's text alternative.
 */
import type { Lang } from '../types.ts';
import { reportText } from './labels.ts';
import type { OutlineBranch, OutlineHop, OutlineLocation, OutlinePart, ProofOutline } from './proof-outline.ts';

export interface PathDiagram {
  /** A standalone `<svg>` element. */
  svg: string;
  /** The diagram read aloud: one line per route of each part, in the order drawn. */
  lines: string[];
  width: number;
  height: number;
}

/** Width of a column: the subnets, the route, then one column per hop. */
const columnWidth = (column: number) => (column === 0 ? 210 : 230);
/** At most this many hop boxes per branch; a longer chain shows its start, a count and its end. */
const MAX_HOP_BOXES = 8;
const GAP = 56;
const ROW = 54;
const LANE_HEAD = 26;
const LANE_GAP = 14;
const BOX_HEIGHT = 42;
const CHAR_WIDTH = 7.3;
const TOP = 24;

/** Text safe inside SVG/HTML text and double-quoted attributes. */
export function escapeMarkup(text: string): string {
  let out = '';
  for (const char of text) {
    if (char === '&') out += '&amp;';
    else if (char === '<') out += '&lt;';
    else if (char === '>') out += '&gt;';
    else if (char === '"') out += '&quot;';
    else if (char === "'") out += '&#39;';
    else out += char;
  }
  return out;
}

/** The text cut to what fits in `width` pixels, with an ellipsis when cut (the full text is in the box's title). */
function fit(text: string, width: number): string {
  const max = Math.max(4, Math.floor((width - 16) / CHAR_WIDTH));
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function columnX(index: number): number {
  let x = 8;
  for (let column = 0; column < index; column++) x += columnWidth(column) + GAP;
  return x;
}

function locationAttributes(at: OutlineLocation | undefined): string {
  if (!at) return '';
  return ` data-file="${escapeMarkup(at.file)}" data-line="${at.line}" data-column="${at.column}" data-path="${escapeMarkup(JSON.stringify(at.path))}"`;
}

function box(column: number, y: number, lines: [string, string?], title: string, className: string, at?: OutlineLocation): string {
  const x = columnX(column);
  const width = columnWidth(column);
  const texts = lines
    .filter((line): line is string => line !== undefined && line !== '')
    .map((line, index, all) => {
      const baseline = y + BOX_HEIGHT / 2 + (all.length === 1 ? 4 : index === 0 ? -4 : 12);
      return `<text x="${x + 8}" y="${baseline}" class="${index === 0 ? 'cw-box-text' : 'cw-box-note'}">${escapeMarkup(fit(line, width))}</text>`;
    })
    .join('');
  const linked = at ? ' cw-linked' : '';
  return `<g class="cw-box ${className}${linked}"${locationAttributes(at)}><title>${escapeMarkup(title)}</title><rect x="${x}" y="${y}" width="${width}" height="${BOX_HEIGHT}" rx="6"/>${texts}</g>`;
}

function edge(id: string, fromColumn: number, fromY: number, toY: number, outcome: OutlineBranch['outcome'] | 'closed'): string {
  const x1 = columnX(fromColumn) + columnWidth(fromColumn);
  const x2 = columnX(fromColumn + 1);
  const y1 = fromY + BOX_HEIGHT / 2;
  const y2 = toY + BOX_HEIGHT / 2;
  const middle = (x1 + x2) / 2;
  return `<path class="cw-edge cw-edge-${outcome}" d="M${x1} ${y1} C${middle} ${y1} ${middle} ${y2} ${x2 - 6} ${y2}" marker-end="url(#${id}-arrow-${outcome})"/>`;
}

/** The boxes of a branch past its route: the next hop, then each further hop (a long chain shortened in the middle). */
type ChainBox = { hop: OutlineHop; index: number } | { more: number };

function chainOf(branch: OutlineBranch): ChainBox[] | undefined {
  const hops = branch.hops;
  if (!hops || hops.length === 0) return undefined;
  const boxes: ChainBox[] = hops.map((hop, index) => ({ hop, index }));
  if (boxes.length <= MAX_HOP_BOXES) return boxes;
  return [...boxes.slice(0, MAX_HOP_BOXES - 2), { more: boxes.length - (MAX_HOP_BOXES - 1) }, boxes[boxes.length - 1] as ChainBox];
}

/** The diagram's text line for one branch of a part. */
function branchLine(part: OutlinePart, branch: OutlineBranch): string {
  const hops = branch.hops && branch.hops.length > 0 ? branch.hops.map((hop) => hop.id) : [branch.target];
  return `${part.heading}: ${branch.addresses} → ${hops.join(' → ')} → ${branch.outcomeLabel}`;
}

const OUTCOMES = ['open', 'dropped', 'unverified', 'closed'] as const;

const STYLE = [
  '.cw-box rect{fill:var(--cw-box,#ffffff);stroke:var(--cw-line,#6b7280);stroke-width:1.2}',
  '.cw-box-text{font:600 12px ui-monospace,Menlo,Consolas,monospace;fill:var(--cw-text,#111827)}',
  '.cw-box-note{font:11px system-ui,sans-serif;fill:var(--cw-muted,#374151)}',
  '.cw-lane{font:600 12px system-ui,sans-serif;fill:var(--cw-text,#111827)}',
  '.cw-edge{fill:none;stroke-width:2.2}',
  '.cw-edge-open,.cw-hop-open rect{stroke:var(--cw-open,#b91c1c)}',
  '.cw-edge-dropped,.cw-edge-closed,.cw-hop-dropped rect{stroke:var(--cw-dropped,#15803d)}',
  '.cw-edge-unverified,.cw-hop-unverified rect{stroke:var(--cw-unverified,#b45309)}',
  '.cw-edge-dropped,.cw-edge-closed{stroke-dasharray:6 4}',
  '.cw-edge-unverified{stroke-dasharray:2 3}',
  '.cw-hop-open rect,.cw-hop-dropped rect,.cw-hop-unverified rect{stroke-width:2.2}',
  '.cw-arrow-open{fill:var(--cw-open,#b91c1c)}',
  '.cw-arrow-dropped,.cw-arrow-closed{fill:var(--cw-dropped,#15803d)}',
  '.cw-arrow-unverified{fill:var(--cw-unverified,#b45309)}',
  '.cw-linked{cursor:pointer}',
].join('');

/** The path diagram of a proof outline; `id` keeps its title and markers unique on a page with several. */
export function pathDiagram(outline: ProofOutline, lang: Lang, id = 'cw-diagram'): PathDiagram {
  const body: string[] = [];
  const lines: string[] = [];
  let y = TOP;
  let lastColumn = 2;
  for (const part of outline.parts) {
    body.push(`<text class="cw-lane" x="8" y="${y + 14}">${escapeMarkup(`${part.heading} — ${part.verdictLabel}`)}</text>`);
    y += LANE_HEAD;
    const rows = Math.max(1, part.branches.length);
    const subnetsY = y + ((rows - 1) * ROW) / 2;
    const subnetTitle = part.vpcId ? `${part.subnetIds.join(', ')} (${part.vpcId})` : part.subnetIds.join(', ');
    const subnetNote = part.subnetIds.length > 1 ? `+${part.subnetIds.length - 1}` : part.vpcId;
    body.push(box(0, subnetsY, [part.subnetIds[0] ?? '—', subnetNote], subnetTitle, 'cw-subnets'));
    if (part.branches.length === 0) {
      lines.push(`${part.heading}: ${part.text}`);
      body.push(edge(id, 0, subnetsY, y, 'closed'));
      body.push(box(1, y, [part.verdictLabel, part.text], part.text, 'cw-route'));
    }
    part.branches.forEach((branch, index) => {
      const rowY = y + index * ROW;
      lines.push(branchLine(part, branch));
      const hopAt = [...branch.steps].reverse().find((step) => step.at)?.at;
      body.push(edge(id, 0, subnetsY, rowY, branch.outcome));
      body.push(box(1, rowY, [branch.addresses, branch.cidrs.slice(0, 3).join(' ')], [branch.addresses, ...branch.steps.map((step) => step.text)].join('; '), 'cw-route', branch.routeAt));
      body.push(edge(id, 1, rowY, rowY, branch.outcome));
      const chain = chainOf(branch);
      if (!chain) {
        body.push(box(2, rowY, [branch.target, branch.outcomeLabel], `${branch.target}: ${branch.outcomeLabel}`, `cw-hop cw-hop-${branch.outcome}`, hopAt));
        return;
      }
      // Each hop a box linked to where it is written; the last one says how the chain ends.
      chain.forEach((item, position) => {
        const column = 2 + position;
        const last = position === chain.length - 1;
        if (position > 0) body.push(edge(id, column - 1, rowY, rowY, branch.outcome));
        lastColumn = Math.max(lastColumn, column);
        if ('more' in item) {
          const text = reportText('moreHops', lang, { count: item.more });
          body.push(box(column, rowY, [text], text, 'cw-hop-mid'));
          return;
        }
        const steps = branch.steps.filter((step) => step.hop === item.index).map((step) => step.text);
        const title = [item.hop.text, ...steps, ...(last ? [branch.outcomeLabel] : [])].join('; ');
        const note = last ? branch.outcomeLabel : (item.hop.vpcId ?? '');
        body.push(box(column, rowY, [item.hop.id, note], title, last ? `cw-hop cw-hop-${branch.outcome}` : 'cw-hop-mid', item.hop.at));
      });
    });
    y += rows * ROW + LANE_GAP;
  }
  const width = columnX(lastColumn) + columnWidth(lastColumn) + 8;
  const height = y;
  const heads: [number, string][] = [
    [0, reportText('subnetsColumn', lang)],
    [1, reportText('routeColumn', lang)],
    [2, reportText('nextHopColumn', lang)],
    ...(lastColumn > 2 ? ([[3, reportText('hopsColumn', lang)]] as [number, string][]) : []),
  ];
  const header = heads.map(([column, text]) => `<text class="cw-lane" x="${columnX(column)}" y="14">${escapeMarkup(text)}</text>`).join('');
  const markers = OUTCOMES.map(
    (outcome) =>
      `<marker id="${id}-arrow-${outcome}" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" class="cw-arrow-${outcome}"/></marker>`,
  ).join('');
  const title = reportText('diagram', lang);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="cw-diagram" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeMarkup(title)}</title><desc id="${id}-desc">${escapeMarkup(lines.join('\n'))}</desc>` +
    `<style>${STYLE}</style><defs>${markers}</defs>${header}${body.join('')}</svg>`;
  return { svg, lines, width, height };
}
