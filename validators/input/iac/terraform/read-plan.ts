/**
 * Reads a Terraform plan (`terraform show -json PLANFILE`) into the model, so every rule, the
 * proof and the path analysis judge it as they judge describe-* output.
 *
 * Ids: a resource whose id the plan knows (it exists already) keeps it (`rtb-0abc…`); one known
 * only after apply is named by its resource address (`module.vpc.aws_route_table.private[0]`), and
 * what AWS creates with a new VPC by the VPC's address and attribute
 * (`module.vpc.aws_vpc.this[0].default_route_table_id`). Every model object keeps the address it
 * was declared at (`address`), and points at that resource in `planned_values`.
 *
 * Defaults that differ from AWS's: Terraform removes the allow-all egress rule AWS gives a new
 * security group, and `aws_default_route_table` / `aws_default_network_acl` /
 * `aws_default_security_group` replace what the VPC's defaults held. A VPC the plan creates has a
 * main table with only local routes and a default ACL that allows everything.
 */
import type { Json, ReadContext } from '../../read-context.ts';
import { AclReader } from './acls.ts';
import { GroupReader } from './groups.ts';
import { Linker } from './links.ts';
import { PlanIndex, type PlanResource } from './plan-index.ts';
import { PlanRead } from './plan-read.ts';
import { RouteReader } from './routes.ts';
import { readServices } from './services.ts';
import { readSubnets, readVpcs } from './vpcs.ts';

type DefaultKind = 'route-table' | 'acl' | 'security-group';

/** The VPC attribute that names each default, and the aws_default_* resource that manages it. */
const DEFAULTS: Record<DefaultKind, { attribute: string; type: string }> = {
  'route-table': { attribute: 'default_route_table_id', type: 'aws_default_route_table' },
  acl: { attribute: 'default_network_acl_id', type: 'aws_default_network_acl' },
  'security-group': { attribute: 'default_security_group_id', type: 'aws_default_security_group' },
};

/** The major versions of the JSON plan format this reader understands. */
const MAJOR_VERSIONS: ReadonlySet<string> = new Set(['0', '1']);

export function readTerraformPlan(ctx: ReadContext, file: string, plan: Json): void {
  const version = plan.format_version;
  const major = typeof version === 'string' ? version.split('.')[0] : undefined;
  if (major === undefined || !MAJOR_VERSIONS.has(major)) {
    ctx.problem('input-document', 'planVersion', { file, path: ['format_version'] }, { version: String(version) });
    return;
  }
  if (plan.errored === true) ctx.problem('input-document', 'planErrored', { file, path: ['errored'] });
  if (plan.complete === false) ctx.problem('input-unresolved', 'partialPlan', { file, path: ['complete'] });
  const index = new PlanIndex(plan);
  // Which aws_default_* resource manages what each VPC was created with (filled once the VPCs are read).
  const managed = new Map<string, Partial<Record<DefaultKind, PlanResource>>>();
  const linker: Linker = new Linker(index, (vpc, what) => defaultId(vpc, what));
  const read = new PlanRead(ctx, file, index, linker);
  const defaultId = (vpc: PlanResource, what: DefaultKind): string => {
    const resource = managed.get(linker.modelId(vpc))?.[what];
    if (resource) return read.idOf(resource);
    return read.text(vpc, [DEFAULTS[what].attribute]) ?? `${vpc.address}.${DEFAULTS[what].attribute}`;
  };
  readVpcs(read);
  // An aws_default_* whose VPC is not settled may manage the defaults of any VPC the plan creates.
  const unmatched = new Set<DefaultKind>();
  for (const what of Object.keys(DEFAULTS) as DefaultKind[]) {
    for (const resource of index.ofType(DEFAULTS[what].type)) {
      const vpcId = defaultVpc(read, resource, what);
      if (vpcId === undefined) unmatched.add(what);
      else managed.set(vpcId, { ...managed.get(vpcId), [what]: resource });
    }
  }
  const vpcDefault = (what: DefaultKind) => (vpcId: string) => {
    const vpc = read.vpcs.get(vpcId);
    if (!vpc) return undefined;
    const resource = managed.get(vpcId)?.[what];
    return { id: defaultId(vpc.resource, what), ...(resource ? { resource } : {}), ...(!resource && unmatched.has(what) ? { unsettled: true } : {}) };
  };
  readSubnets(read);
  new RouteReader(read).readAll(vpcDefault('route-table'));
  new AclReader(read).readAll(vpcDefault('acl'));
  new GroupReader(read).readAll();
  readServices(read);
}

/** The VPC an aws_default_* resource manages the default of: its `vpc_id` when known, else through the id it adopts. */
function defaultVpc(read: PlanRead, resource: PlanResource, what: DefaultKind): string | undefined {
  const known = read.text(resource, ['vpc_id']);
  if (known !== undefined) return known;
  const attribute = what === 'security-group' ? 'vpc_id' : DEFAULTS[what].attribute;
  const link = read.linker.link(resource, [attribute], 'vpc');
  if (link.kind === 'id' && link.resolved) return link.id;
  if (link.kind === 'id') {
    // A known id of the table or ACL: the VPC that was created with it.
    for (const vpc of read.vpcs.values()) {
      const own = [read.text(vpc.resource, [DEFAULTS[what].attribute]), what === 'route-table' ? read.text(vpc.resource, ['main_route_table_id']) : undefined];
      if (own.includes(link.id)) return vpc.id;
    }
    return what === 'security-group' ? link.id : undefined;
  }
  if (link.kind === 'open') {
    read.unresolved(resource, [attribute], link, { en: 'which VPC’s defaults it replaces is not known, so its rules are not applied to any VPC', ja: 'どの VPC の既定を置き換えるのかわからないため、そのルールはどの VPC にも適用しません' });
  }
  return undefined;
}
