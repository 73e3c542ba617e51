/**
 * Which sources a page cites, read from its MDX: inline `<Cite id>` and `<Sources ids>`, and the
 * data components, whose sources come from the data they render. The Sources page uses this to
 * say where each source is used; a unit test uses it to require a note for every cited source.
 */
import { ACTIVATION_SOURCES, KMS_TIMING } from '../../../validators/requirements/activation.ts';
import { AD_CONNECTOR_ENDPOINT_RESTRICTIONS, AMAZON_LINUX_REPOSITORY_BUCKETS, ENDPOINT_SERVICES } from '../../../validators/requirements/endpoints.ts';
import { DEFENDER_SOURCES, WORKSPACES_AV_EXCLUSIONS } from '../../../validators/requirements/defender.ts';
import { LINK_LOCAL_SERVICES, NACL_BLIND_SPOTS } from '../../../validators/requirements/link-local.ts';
import { BYOL_RANGES, DIRECTORY_SERVICE_MANAGEMENT_RANGES, MANAGEMENT_RANGES_SOURCES, POOLS_MANAGEMENT_RANGE } from '../../../validators/requirements/management-ranges.ts';
import { CLIENT_PORTS, DIRECTORY_FLOWS, DIRECTORY_PORT_LISTS, EPHEMERAL_RANGES, MANAGEMENT_PORTS } from '../../../validators/requirements/ports.ts';
import { NACL_QUOTAS, NACL_RULE_NUMBERS } from '../../../validators/requirements/quotas.ts';
import { requirementById } from '../../../validators/requirements/checklist.ts';
import { SOURCES, type SourceId } from '../../../validators/requirements/sources.ts';
import { AMI_TIME_DEFAULTS, TIME_SOURCES, W32TIME_SOURCES } from '../../../validators/requirements/time.ts';

/** The share layout that StagingLayout draws comes from Microsoft's staging steps. */
export const STAGING_LAYOUT_SOURCES: readonly SourceId[] = ['ms-defender-updates'];

type Attributes = Record<string, string[]>;

/** Sources of each data component by name; the function gets the component's attribute values. */
export const COMPONENT_SOURCES: Record<string, (attributes: Attributes) => readonly SourceId[]> = {
  ManagementRangesTable: () => MANAGEMENT_RANGES_SOURCES,
  OtherManagementRanges: () => [...BYOL_RANGES.sources, ...POOLS_MANAGEMENT_RANGE.sources],
  ManagementPortsTable: () => MANAGEMENT_PORTS.sources,
  ClientPortsTable: () => CLIENT_PORTS.sources,
  DirectoryServiceRanges: () => [...DIRECTORY_SERVICE_MANAGEMENT_RANGES.currentPageSources, ...DIRECTORY_SERVICE_MANAGEMENT_RANGES.sources],
  ManagementRangeLookup: () => [...MANAGEMENT_RANGES_SOURCES, ...BYOL_RANGES.sources, ...POOLS_MANAGEMENT_RANGE.sources],
  LinkLocalTable: () => LINK_LOCAL_SERVICES.flatMap((service) => service.sources),
  NaclBlindSpots: () => NACL_BLIND_SPOTS.sources,
  PortTable: (attributes) => DIRECTORY_PORT_LISTS.filter((list) => attributes.list?.includes(list.id)).flatMap((list) => list.sources),
  DirectoryFlowsTable: () => DIRECTORY_FLOWS.flatMap((flow) => flow.sources),
  EphemeralRangesTable: () => EPHEMERAL_RANGES.flatMap((range) => range.sources),
  NaclLimitsTable: () => [...NACL_RULE_NUMBERS.sources, ...NACL_QUOTAS.sources],
  KmsHostsTable: () => ACTIVATION_SOURCES,
  OfficeKmsCalculator: () => ACTIVATION_SOURCES,
  KmsTimingTable: () => KMS_TIMING.sources,
  NtpFlagsTable: () => W32TIME_SOURCES,
  W32TimeTypesTable: () => W32TIME_SOURCES,
  TimeSourcesTable: () => TIME_SOURCES.flatMap((source) => source.sources),
  AmiTimeDefaults: () => AMI_TIME_DEFAULTS.sources,
  FallbackTokensTable: () => DEFENDER_SOURCES,
  StagingLayout: () => STAGING_LAYOUT_SOURCES,
  AvExclusions: () => WORKSPACES_AV_EXCLUSIONS.sources,
  EndpointsTable: () => ENDPOINT_SERVICES.flatMap((service) => service.sources),
  AdConnectorRestrictions: () => AD_CONNECTOR_ENDPOINT_RESTRICTIONS.sources,
  AmazonLinuxEndpointPolicy: () => AMAZON_LINUX_REPOSITORY_BUCKETS.flatMap((bucket) => bucket.sources),
  Requirement: (attributes) => (attributes.id ?? []).flatMap((id) => requirementById(id)?.sources ?? []),
};

const TAG = /<([A-Z][A-Za-z]*)\b((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)\/?>/g;
const ATTRIBUTE = /([a-zA-Z]+)=(?:"([^"]*)"|\{([^}]*)\})/g;
const QUOTED = /['"]([^'"]+)['"]/g;

/** Attribute values of a JSX tag: `id="a"` → ["a"], `id={['a', 'b']}` → ["a", "b"]. */
function attributesOf(text: string): Attributes {
  const out: Attributes = {};
  for (const [, name, plain, expression] of text.matchAll(ATTRIBUTE)) {
    if (!name) continue;
    out[name] = plain !== undefined ? [plain] : [...(expression ?? '').matchAll(QUOTED)].map((match) => match[1] ?? '');
  }
  return out;
}

/** Every source id an MDX page cites, in order of first use; unknown ids are returned too, for the tests to catch. */
export function sourcesCitedIn(mdx: string): string[] {
  const found: string[] = [];
  for (const [, component, rest] of mdx.matchAll(TAG)) {
    if (!component) continue;
    const attributes = attributesOf(rest ?? '');
    if (component === 'Cite') found.push(...(attributes.id ?? []));
    else if (component === 'Sources') found.push(...(attributes.ids ?? []));
    else found.push(...(COMPONENT_SOURCES[component]?.(attributes) ?? []));
  }
  return [...new Set(found)];
}

/** True for an id of the source registry. */
export function isSourceId(id: string): id is SourceId {
  return Object.hasOwn(SOURCES, id);
}
