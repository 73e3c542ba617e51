/**
 * VPCs and subnets of a Terraform plan: `aws_vpc`, `aws_default_vpc`, `data.aws_vpc`, the
 * secondary blocks of `aws_vpc_ipv4_cidr_block_association` / `aws_vpc_ipv6_cidr_block_association`,
 * and `aws_subnet` (with `aws_default_subnet`, `data.aws_subnet`).
 */
import type { Cidr, Family } from '../../../net/address.ts';
import type { Subnet, Vpc } from '../../../model.ts';
import type { Localized } from '../../../types.ts';
import { isUnknown, valueAt, type PlanResource } from './plan-index.ts';
import type { PlanRead, PlanVpc } from './plan-read.ts';

const VPC_CIDR_UNKNOWN: Localized = {
  en: 'the VPC’s own addresses are not set aside from public space, and its local route is left out',
  ja: 'VPC 自身のアドレスをパブリックなアドレス空間から除けず、local ルートも加えられません',
};
const SUBNET_CIDR_UNKNOWN: Localized = {
  en: 'the subnet is judged for both IPv4 and IPv6, whichever it ends up with',
  ja: 'サブネットが最終的にどちらを持つかにかかわらず、IPv4 と IPv6 の両方で判定します',
};
const SUBNET_VPC_UNKNOWN: Localized = {
  en: 'which VPC’s main route table, default network ACL and address space apply to this subnet is not known, so its verdict stays unverified',
  ja: 'このサブネットにどの VPC のメインルートテーブル、既定のネットワーク ACL、アドレス空間が適用されるかわからないため、判定は未確認のままです',
};

/** A CIDR attribute, read with the usual checks; undefined (and reported) when it is not a valid block of `family`. */
export function cidrOf(read: PlanRead, resource: PlanResource, path: readonly (string | number)[], family?: Family): Cidr | undefined {
  const value = valueAt(resource, path);
  if (typeof value !== 'string' || value === '') return undefined;
  const parent = [...resource.valuesPath, ...path.slice(0, -1)];
  return read.ctx.cidrAt(read.file, value, parent, path[path.length - 1] as string | number, family);
}

/** True when the block at `path` of a CIDR container contains `inner`. */
const contains = (outer: Cidr, inner: Cidr) => outer.family === inner.family && outer.first <= inner.first && inner.last <= outer.last;

export function readVpcs(read: PlanRead): void {
  const models = new Map<string, Vpc>();
  for (const resource of read.index.resources) {
    const managed = resource.mode === 'managed' && (resource.type === 'aws_vpc' || resource.type === 'aws_default_vpc');
    const data = resource.mode === 'data' && resource.type === 'aws_vpc';
    if (!managed && !data) continue;
    const id = read.idOf(resource);
    const vpc: PlanVpc = { id, resource, cidrs: [], pending: [], created: resource.type === 'aws_vpc' && resource.actions.includes('create') };
    const model: Vpc = { id, cidrs: [], at: read.where(resource), address: resource.address };
    const add = (path: (string | number)[], family: Family) => {
      const cidr = cidrOf(read, resource, path, family);
      if (!cidr) return;
      vpc.cidrs.push(cidr);
      model.cidrs.push({ cidr, at: read.attributeAt(resource, path) });
    };
    add(['cidr_block'], 4);
    if (isUnknown(resource, ['cidr_block'])) {
      vpc.pending.push(4);
      read.unknown(resource, ['cidr_block'], VPC_CIDR_UNKNOWN, 'info');
    }
    // A data source lists every associated block; a VPC resource its primary IPv4 block and its IPv6 block.
    const associations = valueAt(resource, ['cidr_block_associations']);
    if (data && Array.isArray(associations)) {
      associations.forEach((_association, index) => {
        const cidr = valueAt(resource, ['cidr_block_associations', index, 'cidr_block']);
        if (typeof cidr === 'string' && cidr !== valueAt(resource, ['cidr_block'])) add(['cidr_block_associations', index, 'cidr_block'], 4);
      });
    }
    add(['ipv6_cidr_block'], 6);
    if (isUnknown(resource, ['ipv6_cidr_block']) && (valueAt(resource, ['assign_generated_ipv6_cidr_block']) === true || read.text(resource, ['ipv6_ipam_pool_id']) !== undefined)) {
      vpc.pending.push(6);
    }
    read.vpcs.set(id, vpc);
    models.set(id, model);
  }
  // Secondary blocks, on the VPC they name.
  for (const resource of read.index.ofType('aws_vpc_ipv4_cidr_block_association', 'aws_vpc_ipv6_cidr_block_association')) {
    const family: Family = resource.type === 'aws_vpc_ipv4_cidr_block_association' ? 4 : 6;
    const link = read.linker.link(resource, ['vpc_id'], 'vpc');
    const key = family === 4 ? 'cidr_block' : 'ipv6_cidr_block';
    const vpc = link.kind === 'id' ? read.vpcs.get(link.id) : undefined;
    const model = link.kind === 'id' ? models.get(link.id) : undefined;
    if (link.kind === 'open') read.unresolved(resource, ['vpc_id'], link, { en: `the block it adds is not set aside from public space for any VPC`, ja: '追加するブロックをどの VPC についてもパブリックなアドレス空間から除けません' }, 'info');
    if (!vpc || !model) continue;
    const cidr = cidrOf(read, resource, [key], family);
    if (cidr) {
      vpc.cidrs.push(cidr);
      model.cidrs.push({ cidr, at: read.attributeAt(resource, [key]) });
    } else if (isUnknown(resource, [key])) {
      vpc.pending.push(family);
      if (family === 4) read.unknown(resource, [key], VPC_CIDR_UNKNOWN, 'info');
    }
  }
  read.ctx.resources.vpcs.push(...models.values());
}

/** The VPC a subnet is in; an open link is narrowed to the candidate VPCs whose blocks can hold the subnet's block. */
function subnetVpc(read: PlanRead, resource: PlanResource, cidrs: readonly Cidr[]): string | undefined {
  const link = read.linker.link(resource, ['vpc_id'], 'vpc');
  if (link.kind === 'id') return link.id;
  if (link.kind === 'unset') return undefined;
  // AWS places a subnet's block inside one of its VPC's blocks: a VPC whose known blocks cannot hold it is not its VPC.
  const fits = (id: string) => {
    const vpc = read.vpcs.get(id);
    if (!vpc) return true;
    if (vpc.pending.length > 0) return true;
    return cidrs.every((cidr) => vpc.cidrs.some((block) => contains(block, cidr)));
  };
  const candidates = link.candidates.filter(fits);
  if (link.closed && candidates.length === 1) return candidates[0];
  read.unresolved(resource, ['vpc_id'], { ...link, candidates }, SUBNET_VPC_UNKNOWN);
  return undefined;
}

export function readSubnets(read: PlanRead): void {
  for (const resource of read.index.resources) {
    const managed = resource.mode === 'managed' && (resource.type === 'aws_subnet' || resource.type === 'aws_default_subnet');
    const data = resource.mode === 'data' && resource.type === 'aws_subnet';
    if (!managed && !data) continue;
    const id = read.idOf(resource);
    const cidrs: Cidr[] = [];
    let incomplete = false;
    for (const [key, family] of [['cidr_block', 4], ['ipv6_cidr_block', 6]] as const) {
      const cidr = cidrOf(read, resource, [key], family);
      if (cidr) cidrs.push(cidr);
      else if (isUnknown(resource, [key])) {
        incomplete = true;
        read.unknown(resource, [key], SUBNET_CIDR_UNKNOWN, 'info');
      }
    }
    const vpcId = subnetVpc(read, resource, cidrs);
    const zone = read.text(resource, ['availability_zone']);
    const mapPublicIp = valueAt(resource, ['map_public_ip_on_launch']);
    const subnet: Subnet = {
      id,
      cidrs,
      at: read.where(resource),
      address: resource.address,
      ...(vpcId ? { vpcId } : {}),
      ...(zone ? { availabilityZone: zone } : {}),
      ...(typeof mapPublicIp === 'boolean' && !isUnknown(resource, ['map_public_ip_on_launch']) ? { mapPublicIp } : {}),
      ...(incomplete ? { cidrsIncomplete: true } : {}),
    };
    read.subnets.set(id, subnet);
    read.ctx.resources.subnets.push(subnet);
  }
}
