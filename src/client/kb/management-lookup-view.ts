/**
 * What the management-range lookup shows for a form state: a verdict sentence, one line per
 * pasted CIDR and one per unreadable token, all in the page language. Pure, so unit tests pin
 * the wording; the DOM script only copies the text into the page.
 */
import { lookupManagementConflicts, type ApplicableRange, type ManagementProfile, type RangeUse } from '../../../validators/requirements/management-lookup.ts';
import { format } from '../format.ts';

export interface LookupForm {
  region: string;
  profile: ManagementProfile;
  pasted: string;
  byolRange: string;
}

export type VerdictKind = 'empty' | 'clear' | 'at-risk' | 'conflict' | 'error';

export interface LookupView {
  verdict: { kind: VerdictKind; text: string };
  rows: { cidr: string; text: string; kind: 'overlap' | 'clear' | 'skipped' }[];
  problems: string[];
  /** The ranges that were compared, with how each is used. */
  ranges: string;
}

const USE_KEY: Record<RangeUse, string> = { candidate: 'useCandidate', always: 'useAlways', own: 'useOwn', unconfirmed: 'useUnconfirmed' };

function rangeText(range: ApplicableRange, messages: Record<string, string>): string {
  return `${range.cidr} (${messages[USE_KEY[range.use]] ?? range.use})`;
}

/** Everything the result area shows for `form`; `regionName` and `profileName` are the labels the reader chose. */
export function lookupView(form: LookupForm, messages: Record<string, string>, labels: { regionName: string; profileName: string }): LookupView {
  const result = lookupManagementConflicts({ profile: form.profile, region: form.region, pasted: form.pasted, byolRange: form.byolRange });
  const values = { region: labels.regionName, profile: labels.profileName };
  if (!result.ok) {
    const key = { 'unknown-region': 'unknownRegion', 'byol-range-invalid': 'byolInvalid', 'nothing-pasted': 'empty', 'no-cidr': 'noCidr' }[result.reason];
    const text = format(messages[key] ?? '', { ...values, value: result.reason === 'byol-range-invalid' ? result.text : '' });
    const problems = result.reason === 'no-cidr' ? result.problems.map((problem) => format(messages[problem.reason === 'no-prefix' ? 'problemNoPrefix' : 'problemInvalid'] ?? '', { value: problem.text })) : [];
    return { verdict: { kind: result.reason === 'nothing-pasted' ? 'empty' : 'error', text }, rows: [], problems, ranges: '' };
  }

  const rows = result.cidrs.map((cidr) => {
    if (cidr.skipped) return { cidr: cidr.text, kind: 'skipped' as const, text: messages[cidr.skipped === 'broad' ? 'skippedBroad' : 'skippedIpv6'] ?? '' };
    if (cidr.overlaps.length === 0) return { cidr: cidr.text, kind: 'clear' as const, text: messages.rowClear ?? '' };
    return { cidr: cidr.text, kind: 'overlap' as const, text: format(messages.rowOverlap ?? '', { ranges: cidr.overlaps.map((range) => rangeText(range, messages)).join(', ') }) };
  });

  const hard = result.cidrs.flatMap((cidr) => cidr.overlaps.filter((range) => range.use === 'always' || range.use === 'own').map((range) => ({ cidr: cidr.text, range: range.cidr })));
  const candidates = result.ranges.filter((range) => range.use === 'candidate').map((range) => range.cidr);
  const taken = candidates.filter((cidr) => !result.freeCandidates.includes(cidr));
  let text: string;
  if (result.verdict === 'conflict' && hard[0]) text = format(messages.conflictAlways ?? '', { ...values, cidr: hard[0].cidr, range: hard[0].range });
  else if (result.verdict === 'conflict') text = format(messages.conflictAll ?? '', { ...values, ranges: candidates.join(', ') });
  else if (result.verdict === 'at-risk') text = format(messages.atRisk ?? '', { ...values, taken: taken.join(', '), free: result.freeCandidates.join(', ') });
  else text = format(messages.clear ?? '', values);
  const unconfirmed = result.cidrs.some((cidr) => cidr.overlaps.some((range) => range.use === 'unconfirmed'));
  if (unconfirmed) text = `${text} ${messages.unconfirmedNote ?? ''}`.trim();

  return {
    verdict: { kind: result.verdict, text },
    rows,
    problems: result.problems.map((problem) => format(messages[problem.reason === 'no-prefix' ? 'problemNoPrefix' : 'problemInvalid'] ?? '', { value: problem.text })),
    ranges: format(messages.rangesChecked ?? '', { ranges: result.ranges.map((range) => rangeText(range, messages)).join(', ') }),
  };
}
