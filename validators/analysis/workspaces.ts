/**
 * The WorkSpaces side of the inputs: what describe-workspace-directories, describe-workspaces and
 * describe-network-interfaces tell the analysis. They fill the context fields the reader left
 * empty (the WorkSpaces subnets, the directory controllers) and decide which security groups are
 * on the WorkSpaces of each subnet:
 *
 * - a directory's WorkSpaces carry its `WorkspaceSecurityGroupId` and, when set, its
 *   `CustomSecurityGroupId` (rules adding up): one set of groups per directory, on the subnets
 *   the directory lists and those its WorkSpaces are in;
 * - a WorkSpace's own interface shows the groups really attached to it: WorkSpaces created
 *   under another custom group, or changed by hand, carry other sets. Each distinct set is one
 *   scenario of the verdict (open if any set opens, closed only if every set closes);
 * - without either, the groups are chosen as before (Analysis.groupsFor): `_workspacesMembers`
 *   certain, the VPC's other groups possible.
 *
 * A directory or an interface whose groups are not printed says nothing about them: the subnet
 * then keeps the choice made without it, never an empty set (which would drop every packet).
 */
import { parseAddress } from '../net/address.ts';
import type { ContextFieldName } from '../context.ts';
import type { NetworkInterface, Resources, SecurityGroup, Workspace, WorkspaceDirectory } from '../model.ts';
import type { Localized, Location } from '../types.ts';
import type { AssumptionProof } from './path.ts';

/** One value of a context field and where it was written: a document, or the typed context (`<context>`). */
export interface ContextValueOrigin {
  value: string;
  at: Location;
}

/** How a context field got the values the analysis used. */
export interface ContextFieldOrigin {
  /** `typed`: given in the context, which overrides the documents; `documents`: read from them. */
  source: 'typed' | 'documents';
  values: ContextValueOrigin[];
}

/** Where each context field the analysis used came from, by field. */
export type ContextOrigins = { [F in ContextFieldName]?: ContextFieldOrigin };

/** How the WorkSpaces' security groups were chosen. */
export type GroupSelection = 'context' | 'directory' | 'interfaces' | 'workspaces-members' | 'all' | 'none';

/**
 * One set of security groups that may be on the WorkSpaces: `certain` ones are on them,
 * `possible` ones may be too (AWS attaches the directory's custom group next to
 * `_workspacesMembers`, and rules add up). A packet is surely allowed when the certain groups
 * allow it, surely dropped when the certain and possible ones together do not.
 */
export interface GroupScope {
  certain: SecurityGroup[];
  possible: SecurityGroup[];
  /** Group ids the context or the documents name that the inputs do not hold: they may allow anything. */
  missing: string[];
  how: GroupSelection;
  /** Who names the missing groups, for the proof ("named in workspacesSecurityGroupIds"). */
  named: Localized;
  /** The same key for the same groups: subnets whose scopes have the same keys are judged together. */
  key: string;
}

/** The description AWS gives a WorkSpace's interface, lower-cased (it prints both "Workspaces" and "WorkSpaces"). */
const WORKSPACES_INTERFACE = 'created by amazon workspaces for aws account id';

/** True when an interface description is the one AWS gives a WorkSpace's interface. */
export function isWorkspacesDescription(description: string | undefined): boolean {
  return description !== undefined && description.toLowerCase().startsWith(WORKSPACES_INTERFACE);
}

/** An address as a key that does not depend on how it is written (IPv6 has many spellings). */
function addressKey(text: string): string | undefined {
  const address = parseAddress(text);
  return address ? `${address.family}:${address.value}` : undefined;
}

/** Document order must not decide what comes first: by id, then by where it is written. */
const byIdAndPlace = <T extends { id: string; at: Location }>(a: T, b: T) =>
  a.id.localeCompare(b.id) || a.at.file.localeCompare(b.at.file) || a.at.path.join('/').localeCompare(b.at.path.join('/'));

/** The groups a directory gives its WorkSpaces, with where each is named. */
export function directoryGroups(directory: WorkspaceDirectory): { id: string; at: Location; field: 'WorkspaceSecurityGroupId' | 'CustomSecurityGroupId' }[] {
  return [
    ...(directory.workspaceSecurityGroupId ? [{ ...directory.workspaceSecurityGroupId, field: 'WorkspaceSecurityGroupId' as const }] : []),
    ...(directory.customSecurityGroupId ? [{ ...directory.customSecurityGroupId, field: 'CustomSecurityGroupId' as const }] : []),
  ];
}

/** What the WorkSpaces documents say, indexed for the analysis and the `ws-*` rules. */
export class WorkspacesInputs {
  /** Every directory, sorted. */
  readonly directories: WorkspaceDirectory[];
  /** Every WorkSpace, sorted. */
  readonly workspaces: Workspace[];
  /** Subnet id → the directories whose WorkSpaces are there or are launched there, sorted. */
  readonly directoriesBySubnet = new Map<string, WorkspaceDirectory[]>();
  /** Each WorkSpace's interface → the WorkSpaces whose address it holds (none when only its description tells it). */
  readonly interfaces = new Map<NetworkInterface, Workspace[]>();
  /** Subnet id → the WorkSpaces' interfaces in it, sorted. */
  readonly interfacesBySubnet = new Map<string, NetworkInterface[]>();
  /** Subnet id → WorkSpaces there whose interface is not in the inputs. */
  readonly withoutInterface = new Map<string, Workspace[]>();

  constructor(resources: Resources) {
    this.directories = [...resources.workspaceDirectories].sort(byIdAndPlace);
    this.workspaces = [...resources.workspaces].sort(byIdAndPlace);
    const directoryIds = new Set(this.directories.map((directory) => directory.id));
    const cover = (subnetId: string, directory: WorkspaceDirectory) => {
      const list = this.directoriesBySubnet.get(subnetId) ?? [];
      if (!list.includes(directory)) list.push(directory);
      this.directoriesBySubnet.set(subnetId, list);
    };
    for (const directory of this.directories) for (const subnet of directory.subnetIds) cover(subnet.id, directory);
    for (const workspace of this.workspaces) {
      if (workspace.subnetId === undefined || workspace.directoryId === undefined || !directoryIds.has(workspace.directoryId)) continue;
      for (const directory of this.directories) if (directory.id === workspace.directoryId) cover(workspace.subnetId, directory);
    }
    for (const list of this.directoriesBySubnet.values()) list.sort(byIdAndPlace);

    const byAddress = new Map<string, Workspace[]>();
    for (const workspace of this.workspaces) {
      for (const text of [workspace.ipAddress, workspace.ipv6Address]) {
        const key = text === undefined ? undefined : addressKey(text);
        if (key !== undefined) byAddress.set(key, [...(byAddress.get(key) ?? []), workspace]);
      }
    }
    const matched = new Set<Workspace>();
    for (const eni of [...resources.networkInterfaces].sort(byIdAndPlace)) {
      const carried = new Set<Workspace>();
      for (const text of eni.addresses) {
        const key = addressKey(text);
        // The same private address can exist in two VPCs: a WorkSpace in another subnet is not this interface's.
        for (const workspace of key === undefined ? [] : (byAddress.get(key) ?? [])) {
          if (eni.subnetId === undefined || workspace.subnetId === undefined || eni.subnetId === workspace.subnetId) carried.add(workspace);
        }
      }
      if (carried.size === 0 && !isWorkspacesDescription(eni.description)) continue;
      for (const workspace of carried) matched.add(workspace);
      this.interfaces.set(eni, [...carried]);
      const subnetId = eni.subnetId ?? [...carried].find((workspace) => workspace.subnetId)?.subnetId;
      if (subnetId !== undefined) this.interfacesBySubnet.set(subnetId, [...(this.interfacesBySubnet.get(subnetId) ?? []), eni]);
    }
    for (const workspace of this.workspaces) {
      if (matched.has(workspace) || workspace.subnetId === undefined) continue;
      this.withoutInterface.set(workspace.subnetId, [...(this.withoutInterface.get(workspace.subnetId) ?? []), workspace]);
    }
  }

  /** The subnets a directory's WorkSpaces use: those it lists and those its WorkSpaces are in. */
  subnetsOf(directory: WorkspaceDirectory): Set<string> {
    const subnets = new Set(directory.subnetIds.map((subnet) => subnet.id));
    for (const workspace of this.workspaces) if (workspace.directoryId === directory.id && workspace.subnetId !== undefined) subnets.add(workspace.subnetId);
    return subnets;
  }

  /**
   * The context fields the documents fill, each value where it is written. Only with a directory:
   * the WorkSpaces subnets are its subnets and those of the WorkSpaces given (a WorkSpace left in a
   * subnet the directory no longer lists is still judged); each DNS server is a controller of the
   * subnets of its directories.
   */
  contextValues(): {
    workspacesSubnetIds: ContextValueOrigin[];
    directoryControllers: (ContextValueOrigin & { forSubnets: Set<string> })[];
    workspacesSecurityGroupIds: ContextValueOrigin[];
  } {
    if (this.directories.length === 0) return { workspacesSubnetIds: [], directoryControllers: [], workspacesSecurityGroupIds: [] };
    const subnets = new Map<string, ContextValueOrigin>();
    for (const directory of this.directories) for (const subnet of directory.subnetIds) if (!subnets.has(subnet.id)) subnets.set(subnet.id, { value: subnet.id, at: subnet.at });
    for (const workspace of this.workspaces) {
      if (workspace.subnetId !== undefined && !subnets.has(workspace.subnetId)) subnets.set(workspace.subnetId, { value: workspace.subnetId, at: workspace.subnetAt ?? workspace.at });
    }
    const controllers = new Map<string, ContextValueOrigin & { forSubnets: Set<string> }>();
    for (const directory of this.directories) {
      const covered = this.subnetsOf(directory);
      for (const address of directory.dnsAddresses) {
        const key = addressKey(address.text) ?? address.text;
        const known = controllers.get(key);
        if (known) for (const id of covered) known.forSubnets.add(id);
        else controllers.set(key, { value: address.text, at: address.at, forSubnets: new Set(covered) });
      }
    }
    const groups = new Map<string, ContextValueOrigin>();
    for (const directory of this.directories) for (const group of directoryGroups(directory)) if (!groups.has(group.id)) groups.set(group.id, { value: group.id, at: group.at });
    for (const eni of this.interfaces.keys()) for (const group of eni.groupIds) if (!groups.has(group.id)) groups.set(group.id, { value: group.id, at: group.at });
    return { workspacesSubnetIds: [...subnets.values()], directoryControllers: [...controllers.values()], workspacesSecurityGroupIds: [...groups.values()] };
  }
}

/** A scope for a set of group ids read from a document: the pasted groups with those ids, the rest missing. */
export function scopeOfIds(ids: readonly string[], all: readonly SecurityGroup[], how: 'directory' | 'interfaces' | 'context', named: Localized): GroupScope {
  const wanted = new Set(ids);
  const certain = all.filter((group) => wanted.has(group.id));
  const missing = [...new Set(ids.filter((id) => !certain.some((group) => group.id === id)))];
  return { certain, possible: [], missing, how, named, key: scopeKey(certain, [], missing) };
}

/** The key of a scope: the same groups, certain, possible and missing, are the same scenario. */
export function scopeKey(certain: readonly SecurityGroup[], possible: readonly SecurityGroup[], missing: readonly string[]): string {
  const ids = (groups: readonly SecurityGroup[]) => [...new Set(groups.map((group) => group.id))].sort().join(',');
  return `${ids(certain)}|${ids(possible)}|${[...missing].sort().join(',')}`;
}

/**
 * The sets of groups on the WorkSpaces of one subnet, one scope per distinct set, sorted by key.
 * `fallback` is the choice made without WorkSpaces documents (the members group certain, the
 * VPC's other groups possible): kept wherever those documents leave a WorkSpace's groups unknown.
 */
export function workspacesGroupScopes(inputs: WorkspacesInputs, groups: readonly SecurityGroup[], subnetId: string, fallback: GroupScope): GroupScope[] {
  const scopes = new Map<string, GroupScope>();
  const add = (scope: GroupScope) => {
    if (!scopes.has(scope.key)) scopes.set(scope.key, scope);
  };
  let unknown = false;
  for (const eni of inputs.interfacesBySubnet.get(subnetId) ?? []) {
    // Every interface has at least one group: none printed means they were left out of the paste, not that there are none.
    if (eni.groupIds.length === 0) unknown = true;
    else add(scopeOfIds(eni.groupIds.map((group) => group.id), groups, 'interfaces', { en: `attached to ${eni.id}`, ja: `${eni.id} に付いている` }));
  }
  const directories = inputs.directoriesBySubnet.get(subnetId) ?? [];
  for (const directory of directories) {
    const named = directoryGroups(directory);
    if (!directory.workspaceSecurityGroupId) unknown = true;
    else add(scopeOfIds(named.map((group) => group.id), groups, 'directory', { en: `named by directory ${directory.id}`, ja: `ディレクトリ ${directory.id} で指定` }));
  }
  // A WorkSpace whose interface was not pasted and whose directory is not given: its groups are not known.
  const covered = new Set(directories.map((directory) => directory.id));
  if ((inputs.withoutInterface.get(subnetId) ?? []).some((workspace) => workspace.directoryId === undefined || !covered.has(workspace.directoryId))) unknown = true;
  if (scopes.size === 0 || unknown) add(fallback);
  return [...scopes.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const subnetsText = (ids: readonly string[]) => (ids.length > 3 ? `${ids.slice(0, 3).join(', ')} (+${ids.length - 3})` : ids.join(', '));

/** What the verdict takes as given about the groups on the WorkSpaces, for the proof. */
export function workspacesGroupAssumptions(inputs: WorkspacesInputs, scopesBySubnet: ReadonlyMap<string, readonly GroupScope[]>): AssumptionProof[] {
  const out: AssumptionProof[] = [];
  for (const directory of inputs.directories) {
    const subnets = [...scopesBySubnet].filter(([id, scopes]) => scopes.some((scope) => scope.how === 'directory') && (inputs.directoriesBySubnet.get(id) ?? []).includes(directory)).map(([id]) => id);
    const named = directoryGroups(directory);
    if (subnets.length === 0 || named.length === 0) continue;
    const ids = named.map((group) => `${group.id} (${group.field})`).join(', ');
    const others: Localized = directory.customSecurityGroupId
      ? { en: 'A WorkSpace created before the custom group was set, or whose interface was changed by hand, may carry others', ja: 'カスタムグループを設定する前に作った WorkSpace や、ネットワークインターフェイスを手で変更した WorkSpace には別のグループが付いていることがあります' }
      : { en: 'A WorkSpace whose interface was changed by hand may carry others', ja: 'ネットワークインターフェイスを手で変更した WorkSpace には別のグループが付いていることがあります' };
    out.push({
      key: `ws-directory:${directory.id}`,
      text: {
        en: `The WorkSpaces of ${directory.id} in ${subnetsText(subnets)} carry ${ids}, their rules adding up. ${others.en}: describe-network-interfaces shows what is attached.`,
        ja: `${subnetsText(subnets)} にある ${directory.id} の WorkSpaces には ${ids} が付き、ルールは合算されるものとしました。${others.ja}。実際に付いているグループは describe-network-interfaces で確認できます。`,
      },
      at: (directory.workspaceSecurityGroupId ?? directory).at,
    });
  }
  const fromInterfaces = [...scopesBySubnet].filter(([, scopes]) => scopes.some((scope) => scope.how === 'interfaces')).map(([id]) => id);
  if (fromInterfaces.length > 0) {
    const sets = new Set([...scopesBySubnet.values()].flatMap((scopes) => scopes.filter((scope) => scope.how === 'interfaces').map((scope) => scope.key))).size;
    const withDirectory = fromInterfaces.every((id) => (inputs.directoriesBySubnet.get(id) ?? []).length > 0);
    const future: Localized = withDirectory
      ? { en: ' New WorkSpaces get their directory’s groups, which are weighed too.', ja: '新しい WorkSpace に付くディレクトリのグループも考慮しました。' }
      : { en: ' New WorkSpaces get their directory’s groups: add describe-workspace-directories to weigh them too.', ja: '新しい WorkSpace にはディレクトリのグループが付きます。それも考慮するには describe-workspace-directories を加えてください。' };
    // An interface told by its description alone: one AWS described otherwise would go unseen.
    const byDescription = fromInterfaces.some((id) => (inputs.interfacesBySubnet.get(id) ?? []).some((eni) => (inputs.interfaces.get(eni) ?? []).length === 0));
    const described: Localized = byDescription
      ? { en: ' Some were told by their description alone; add describe-workspaces so that every WorkSpace is matched to its interface by address.', ja: '一部は説明文だけで見分けています。すべての WorkSpace をアドレスでインターフェイスと照合できるよう、describe-workspaces を加えてください。' }
      : { en: '', ja: '' };
    out.push({
      key: 'ws-interfaces',
      text: {
        en: `The groups on the WorkSpaces in ${subnetsText(fromInterfaces)} were read from their network interfaces: ${sets === 1 ? 'one set of groups' : `${sets} distinct sets of groups, each weighed on its own`}.${described.en}${future.en}`,
        ja: `${subnetsText(fromInterfaces)} の WorkSpaces のグループは、各ネットワークインターフェイスから読み取りました${sets === 1 ? '' : ` (異なる組み合わせ ${sets} 通りをそれぞれ判定)`}。${described.ja}${future.ja}`,
      },
    });
  }
  return out;
}
