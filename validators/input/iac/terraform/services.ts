/**
 * Gateways, endpoints and account settings of a Terraform plan: `aws_internet_gateway` (and
 * `aws_internet_gateway_attachment`), `aws_nat_gateway`, `aws_vpc_endpoint`, managed prefix lists
 * (`aws_ec2_managed_prefix_list`, `_entry`, and the `data.aws_ec2_managed_prefix_list` /
 * `data.aws_prefix_list` lookups), `aws_ec2_transit_gateway_vpc_attachment`,
 * `aws_vpc_block_public_access_options` / `_exclusion`, and `aws_workspaces_directory`.
 */
import { DEFAULT_ENDPOINT_POLICY } from '../../../analysis/endpoint-policy.ts';
import type { BlockPublicAccessExclusion, BpaMode, InternetGateway, NatGateway, PrefixList, TransitGatewayVpcAttachment, VpcEndpoint, WorkspaceDirectory } from '../../../model.ts';
import { directoryGroupId } from './links.ts';
import { isUnknown, valueAt, type PlanResource } from './plan-index.ts';
import type { PlanRead } from './plan-read.ts';
import { cidrOf } from './vpcs.ts';

const BPA_MODES: ReadonlySet<string> = new Set(['off', 'block-bidirectional', 'block-ingress']);

export function readServices(read: PlanRead): void {
  readInternetGateways(read);
  readNatGateways(read);
  readEndpoints(read);
  readPrefixLists(read);
  readTransitGatewayAttachments(read);
  readBlockPublicAccess(read);
  readDirectories(read);
}

function readInternetGateways(read: PlanRead): void {
  const gateways = new Map<string, InternetGateway>();
  // A gateway whose VPC is not settled counts as attached to each VPC it may be attached to (and to every VPC of the plan when it may be one the plan does not show): it can then only open a path, never hide one.
  const attach = (gateway: InternetGateway, resource: PlanResource, attribute: string) => {
    const link = read.linker.link(resource, [attribute], 'vpc');
    if (link.kind === 'unset') return;
    const at = read.attributeAt(resource, [attribute]);
    if (link.kind === 'id') {
      gateway.attachments.push({ vpcId: link.id, at });
      return;
    }
    read.unresolved(resource, [attribute], link, { en: `${gateway.id} is taken as attached to every VPC it may be attached to`, ja: `${gateway.id} は、アタッチされうるすべての VPC にアタッチされているとみなします` }, 'info');
    const vpcs = link.closed ? link.candidates : [...new Set([...link.candidates, ...read.vpcs.keys()])];
    for (const vpcId of vpcs) gateway.attachments.push({ vpcId, at });
  };
  for (const resource of read.index.ofType('aws_internet_gateway')) {
    const gateway: InternetGateway = { id: read.idOf(resource), attachments: [], at: read.where(resource) };
    attach(gateway, resource, 'vpc_id');
    gateways.set(gateway.id, gateway);
  }
  for (const resource of read.index.ofType('aws_internet_gateway_attachment')) {
    const link = read.linker.link(resource, ['internet_gateway_id'], 'internet-gateway');
    const gateway = link.kind === 'id' ? gateways.get(link.id) : undefined;
    if (gateway) attach(gateway, resource, 'vpc_id');
    else if (link.kind === 'open') {
      read.unresolved(resource, ['internet_gateway_id'], link, { en: 'each candidate gateway is taken as attached to the VPC', ja: '候補のゲートウェイはどれもその VPC にアタッチされているとみなします' }, 'info');
      for (const id of link.candidates) {
        const candidate = gateways.get(id);
        if (candidate) attach(candidate, resource, 'vpc_id');
      }
    }
  }
  read.ctx.resources.internetGateways.push(...gateways.values());
}

function readNatGateways(read: PlanRead): void {
  for (const resource of read.index.ofType('aws_nat_gateway')) {
    const subnet = read.linker.link(resource, ['subnet_id'], 'subnet');
    if (subnet.kind === 'open') read.unresolved(resource, ['subnet_id'], subnet, { en: 'which subnet (and so which route table) carries its traffic onwards is not known', ja: 'どのサブネット (つまりどのルートテーブル) がその先の通信を運ぶかわかりません' });
    const subnetId = subnet.kind === 'id' ? subnet.id : undefined;
    const vpcId = subnetId ? read.subnets.get(subnetId)?.vpcId : undefined;
    const connectivity = read.text(resource, ['connectivity_type']);
    const privateIp = read.text(resource, ['private_ip']);
    const gateway: NatGateway = {
      id: read.idOf(resource),
      privateIps: privateIp ? [privateIp] : [],
      at: read.where(resource),
      address: resource.address,
      // Terraform's default is a public NAT gateway.
      connectivity: connectivity === 'private' ? 'private' : 'public',
      ...(subnetId ? { subnetId } : {}),
      ...(vpcId ? { vpcId } : {}),
    };
    read.ctx.resources.natGateways.push(gateway);
  }
}

function readEndpoints(read: PlanRead): void {
  // An endpoint whose policy the plan does not set gets AWS's default when it is created, unless
  // an aws_vpc_endpoint_policy of the plan sets it (then the policy is not told here).
  const policiesApart = read.index.ofType('aws_vpc_endpoint_policy').length > 0;
  for (const resource of read.index.ofType('aws_vpc_endpoint')) {
    const vpc = read.linker.link(resource, ['vpc_id'], 'vpc');
    const ids = (attribute: string, want: 'route-table' | 'subnet' | 'security-group') => read.idSet(resource, attribute, want).ids.map((entry) => entry.id);
    const service = read.text(resource, ['service_name']);
    const type = read.text(resource, ['vpc_endpoint_type']) ?? 'Gateway';
    const policy = read.text(resource, ['policy']) ?? (!policiesApart && (type === 'Gateway' || type === 'Interface') && read.written(resource, ['policy']) === false ? DEFAULT_ENDPOINT_POLICY : undefined);
    const ipAddressType = read.text(resource, ['ip_address_type']);
    const endpoint: VpcEndpoint = {
      id: read.idOf(resource),
      type,
      routeTableIds: ids('route_table_ids', 'route-table'),
      subnetIds: ids('subnet_ids', 'subnet'),
      groupIds: ids('security_group_ids', 'security-group'),
      at: read.where(resource),
      address: resource.address,
      ...(vpc.kind === 'id' ? { vpcId: vpc.id } : {}),
      ...(service ? { serviceName: service } : {}),
      ...(policy ? { policy } : {}),
      ...(ipAddressType ? { ipAddressType } : {}),
    };
    read.ctx.resources.vpcEndpoints.push(endpoint);
  }
}

function readPrefixLists(read: PlanRead): void {
  const lists = new Map<string, PrefixList>();
  const incompleteBecause = (list: PrefixList, resource: PlanResource, path: (string | number)[]) => {
    list.incomplete = true;
    read.unknown(resource, path, { en: `the entries of ${list.id} are not all known, so the routes and rules that name it stay unverified`, ja: `${list.id} のエントリがすべてはわからないため、これを指すルートやルールは未確認のままです` });
  };
  for (const resource of read.index.resources) {
    const managed = resource.mode === 'managed' && resource.type === 'aws_ec2_managed_prefix_list';
    const dataManaged = resource.mode === 'data' && resource.type === 'aws_ec2_managed_prefix_list';
    const dataAws = resource.mode === 'data' && resource.type === 'aws_prefix_list';
    if (!managed && !dataManaged && !dataAws) continue;
    const name = read.text(resource, ['name']);
    const list: PrefixList = { id: read.idOf(resource), entries: [], incomplete: false, at: read.where(resource), address: resource.address, ...(name ? { name } : {}) };
    if (dataAws) {
      // data.aws_prefix_list: an AWS-managed list as plain CIDRs.
      const blocks = valueAt(resource, ['cidr_blocks']);
      if (Array.isArray(blocks)) blocks.forEach((_block, index) => addEntry(read, list, resource, ['cidr_blocks', index]));
      else if (isUnknown(resource, ['cidr_blocks'])) incompleteBecause(list, resource, ['cidr_blocks']);
    } else {
      const key = managed ? 'entry' : 'entries';
      const entries = valueAt(resource, [key]);
      if (Array.isArray(entries)) entries.forEach((_entry, index) => addEntry(read, list, resource, [key, index, 'cidr']));
      else if (isUnknown(resource, [key]) && !(managed && read.noBlocks(resource, key))) incompleteBecause(list, resource, [key]);
    }
    lists.set(list.id, list);
  }
  for (const resource of read.index.ofType('aws_ec2_managed_prefix_list_entry')) {
    const link = read.linker.link(resource, ['prefix_list_id'], 'prefix-list');
    const list = link.kind === 'id' ? lists.get(link.id) : undefined;
    if (list) addEntry(read, list, resource, ['cidr']);
    else if (link.kind === 'open') {
      read.unresolved(resource, ['prefix_list_id'], link, { en: 'no candidate list is fully known', ja: '候補のリストはどれもすべてのエントリがわかりません' });
      for (const id of link.candidates) {
        const candidate = lists.get(id);
        if (candidate) candidate.incomplete = true;
      }
    }
  }
  read.ctx.resources.prefixLists.push(...lists.values());
}


function addEntry(read: PlanRead, list: PrefixList, resource: PlanResource, path: (string | number)[]): void {
  if (isUnknown(resource, path)) {
    list.incomplete = true;
    read.unknown(resource, path, { en: `the entries of ${list.id} are not all known, so the routes and rules that name it stay unverified`, ja: `${list.id} のエントリがすべてはわからないため、これを指すルートやルールは未確認のままです` });
    return;
  }
  const cidr = cidrOf(read, resource, path);
  if (cidr) list.entries.push({ cidr, at: read.attributeAt(resource, path) });
  else list.incomplete = true;
}

function readTransitGatewayAttachments(read: PlanRead): void {
  for (const resource of read.index.ofType('aws_ec2_transit_gateway_vpc_attachment')) {
    const gateway = read.linker.link(resource, ['transit_gateway_id'], 'transit-gateway');
    const vpc = read.linker.link(resource, ['vpc_id'], 'vpc');
    const appliance = read.text(resource, ['appliance_mode_support']);
    const attachment: TransitGatewayVpcAttachment = {
      id: read.idOf(resource),
      transitGatewayId: gateway.kind === 'id' ? gateway.id : `${resource.address}.transit_gateway_id`,
      vpcId: vpc.kind === 'id' ? vpc.id : `${resource.address}.vpc_id`,
      subnetIds: read.idSet(resource, 'subnet_ids', 'subnet').ids,
      at: read.where(resource),
      address: resource.address,
      ...(appliance ? { applianceMode: appliance === 'enable' } : {}),
    };
    read.ctx.resources.transitGatewayVpcAttachments.push(attachment);
  }
}

function readBlockPublicAccess(read: PlanRead): void {
  for (const resource of read.index.ofType('aws_vpc_block_public_access_options')) {
    const mode = read.text(resource, ['internet_gateway_block_mode']);
    if (mode === undefined) {
      if (isUnknown(resource, ['internet_gateway_block_mode'])) read.unknown(resource, ['internet_gateway_block_mode'], { en: 'the account’s Block Public Access is taken as off', ja: 'アカウントのパブリックアクセスブロックはオフとみなします' }, 'info');
      continue;
    }
    // The provider checks the mode before planning; anything else blocks nothing.
    if (!BPA_MODES.has(mode)) continue;
    const region = read.text(resource, ['region']);
    read.ctx.resources.blockPublicAccessOptions.push({ mode: mode as BpaMode, at: read.attributeAt(resource, ['internet_gateway_block_mode']), address: resource.address, ...(region ? { region } : {}) });
  }
  for (const resource of read.index.ofType('aws_vpc_block_public_access_exclusion')) {
    const mode = read.text(resource, ['internet_gateway_exclusion_mode']) ?? '';
    const exclusion: BlockPublicAccessExclusion = { id: read.idOf(resource), mode, at: read.where(resource), address: resource.address };
    for (const [attribute, kind] of [['vpc_id', 'vpc'], ['subnet_id', 'subnet']] as const) {
      const link = read.linker.link(resource, [attribute], kind);
      if (link.kind === 'unset') continue;
      exclusion.resourceKind = kind;
      // An exclusion whose VPC or subnet is not settled may exempt any of them: left without a resource, it counts for all.
      if (link.kind === 'id') exclusion.resourceId = link.id;
      else read.unresolved(resource, [attribute], link, { en: 'the exclusion is taken to exempt any VPC or subnet', ja: 'この除外はどの VPC やサブネットにも適用されうるとみなします' }, 'info');
    }
    read.ctx.resources.blockPublicAccessExclusions.push(exclusion);
  }
}

function readDirectories(read: PlanRead): void {
  for (const resource of read.index.ofType('aws_workspaces_directory')) {
    const directory = read.linker.link(resource, ['directory_id'], 'directory');
    const { ids: subnetIds, open } = read.idSet(resource, 'subnet_ids', 'subnet');
    if (open) read.unresolved(resource, ['subnet_ids'], open, { en: 'which subnets hold the WorkSpaces is not settled', ja: 'どのサブネットに WorkSpaces を置くかが決まりません' });
    const properties = ['workspace_creation_properties', 0] as const;
    const custom = read.linker.link(resource, [...properties, 'custom_security_group_id'], 'security-group');
    if (custom.kind === 'open') read.unresolved(resource, [...properties, 'custom_security_group_id'], custom, { en: 'the group added to new WorkSpaces is not known, so what they may send stays unverified', ja: '新しい WorkSpaces に付くグループがわからないため、送信できる範囲は未確認のままです' });
    const internet = valueAt(resource, [...properties, 'enable_internet_access']);
    if (isUnknown(resource, [...properties, 'enable_internet_access'])) read.unknown(resource, [...properties, 'enable_internet_access'], { en: 'whether new WorkSpaces get a public address is not known', ja: '新しい WorkSpaces にパブリックアドレスが付くかどうかわかりません' });
    // Known only after apply for a directory the plan registers: the group AWS then creates (read with the groups).
    const members = read.text(resource, ['workspace_security_group_id']) ?? (isUnknown(resource, ['workspace_security_group_id']) ? directoryGroupId(resource) : undefined);
    const dns = valueAt(resource, ['dns_ip_addresses']);
    const dnsAddresses = Array.isArray(dns) ? dns.flatMap((text, index) => (typeof text === 'string' && text !== '' ? [{ text, at: read.attributeAt(resource, ['dns_ip_addresses', index]) }] : [])) : [];
    const model: WorkspaceDirectory = {
      id: directory.kind === 'id' ? directory.id : read.idOf(resource),
      subnetIds,
      dnsAddresses,
      internetFallbackProtocols: [],
      at: read.where(resource),
      address: resource.address,
      ...(members ? { workspaceSecurityGroupId: { id: members, at: read.attributeAt(resource, ['workspace_security_group_id']) } } : {}),
      ...(custom.kind === 'id' ? { customSecurityGroupId: { id: custom.id, at: read.attributeAt(resource, [...properties, 'custom_security_group_id']) } } : {}),
      ...(typeof internet === 'boolean' ? { enableInternetAccess: { value: internet, at: read.attributeAt(resource, [...properties, 'enable_internet_access']) } } : {}),
    };
    read.ctx.resources.workspaceDirectories.push(model);
  }
}
