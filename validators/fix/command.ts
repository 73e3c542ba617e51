/**
 * Fix operations as `aws ec2 …` command lines, and back. Rendering is for pasting into a shell:
 * ids are put in only when they are plain (`[A-Za-z0-9-]`), CIDRs only when they parse, and any
 * value a shell could read as more than one word is single-quoted (the `--ip-permissions` JSON).
 * Parsing reads what the rule pages write (line continuations, quotes, comments) into the same
 * operations, so a test can apply a page's commands as it applies the engine's. Both are linear:
 * one pass over the text, no backtracking pattern on it.
 */
import { isAddressError, parseCidr } from '../net/address.ts';
import { FIX_ACTIONS, ROUTE_TARGET_OPTIONS, type FixOperation, type IpPermissionSpec, type RouteDestination, type RouteTargetOption } from './operations.ts';

/** An id that can go into a command as it is: letters, digits and hyphens only. */
export function isSafeId(text: string): boolean {
  if (text.length === 0 || text.length > 256) return false;
  for (const char of text) {
    const ok = (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || (char >= '0' && char <= '9') || char === '-';
    if (!ok) return false;
  }
  return true;
}

/** A protocol as NACL entries and security-group rules take it: `-1`, a number or a name (`tcp`). */
function isSafeProtocol(text: string): boolean {
  return text.length > 0 && text.length <= 16 && isSafeId(text) && text.lastIndexOf('-') <= 0;
}

/** A CIDR that parses in its family and is written the way AWS prints it. */
function isSafeCidr(text: string, family: 4 | 6): boolean {
  const parsed = parseCidr(text, family);
  return !isAddressError(parsed) && !parsed.hostBitsSet && parsed.canonical === text;
}

/** Characters a shell takes literally in an unquoted word. */
function plainWord(text: string): boolean {
  if (text.length === 0) return false;
  for (const char of text) {
    const ok = (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || (char >= '0' && char <= '9') || '-_./:=,@+'.includes(char);
    if (!ok) return false;
  }
  return true;
}

/** One shell word: as it is when plain, else single-quoted (a `'` inside closes, escapes and reopens the quote). */
export function shellWord(text: string): string {
  return plainWord(text) ? text : `'${text.split("'").join("'\\''")}'`;
}

function destinationArgs(destination: RouteDestination): string[] {
  if (destination.kind === 'prefix-list') return ['--destination-prefix-list-id', destination.id];
  return [destination.family === 4 ? '--destination-cidr-block' : '--destination-ipv6-cidr-block', destination.cidr];
}

const described = (range: { Description?: string }) => (range.Description !== undefined ? { Description: range.Description } : {});

/** A rule description AWS accepts (letters, digits, spaces and `._-:/()#,@[]+=&;{}!$*`), without a quote that would end the shell word. */
function isSafeDescription(text: string): boolean {
  if (text.length > 255) return false;
  for (const char of text) if (!(plainWord(char) || ' ()#[]&;{}!$*'.includes(char))) return false;
  return true;
}

/** The permissions as the JSON `--ip-permissions` takes, keys in a fixed order. */
function permissionsJson(permissions: readonly IpPermissionSpec[]): string {
  return JSON.stringify(
    permissions.map((permission) => ({
      IpProtocol: permission.IpProtocol,
      ...(permission.FromPort !== undefined ? { FromPort: permission.FromPort } : {}),
      ...(permission.ToPort !== undefined ? { ToPort: permission.ToPort } : {}),
      ...(permission.IpRanges ? { IpRanges: permission.IpRanges.map((range) => ({ CidrIp: range.CidrIp, ...described(range) })) } : {}),
      ...(permission.Ipv6Ranges ? { Ipv6Ranges: permission.Ipv6Ranges.map((range) => ({ CidrIpv6: range.CidrIpv6, ...described(range) })) } : {}),
      ...(permission.PrefixListIds ? { PrefixListIds: permission.PrefixListIds.map((peer) => ({ PrefixListId: peer.PrefixListId, ...described(peer) })) } : {}),
      ...(permission.UserIdGroupPairs ? { UserIdGroupPairs: permission.UserIdGroupPairs.map((peer) => ({ GroupId: peer.GroupId, ...described(peer) })) } : {}),
    })),
  );
}

/** The words after `aws ec2`, or undefined when a value is not safe to put in a command. */
export function operationWords(operation: FixOperation): string[] | undefined {
  const ids: string[] = [];
  let words: string[];
  switch (operation.action) {
    case 'delete-route':
      ids.push(operation.routeTableId);
      words = [operation.action, '--route-table-id', operation.routeTableId, ...destinationArgs(operation.destination)];
      break;
    case 'create-route':
    case 'replace-route':
      ids.push(operation.routeTableId, operation.target.id);
      words = [operation.action, '--route-table-id', operation.routeTableId, ...destinationArgs(operation.destination), `--${operation.target.option}`, operation.target.id];
      break;
    case 'disable-vgw-route-propagation':
      ids.push(operation.routeTableId, operation.gatewayId);
      words = [operation.action, '--route-table-id', operation.routeTableId, '--gateway-id', operation.gatewayId];
      break;
    case 'associate-route-table':
      ids.push(operation.routeTableId, operation.subnetId);
      words = [operation.action, '--route-table-id', operation.routeTableId, '--subnet-id', operation.subnetId];
      break;
    case 'create-network-acl-entry':
    case 'replace-network-acl-entry': {
      ids.push(operation.networkAclId);
      if (!isSafeProtocol(operation.protocol) || !isSafeCidr(operation.cidr, operation.family)) return undefined;
      const { portRange, icmpTypeCode } = operation;
      words = [
        operation.action,
        '--network-acl-id',
        operation.networkAclId,
        operation.egress ? '--egress' : '--ingress',
        '--rule-number',
        String(operation.ruleNumber),
        '--protocol',
        operation.protocol,
        ...(portRange ? ['--port-range', `From=${portRange.from},To=${portRange.to}`] : []),
        ...(icmpTypeCode ? ['--icmp-type-code', `Type=${icmpTypeCode.type},Code=${icmpTypeCode.code}`] : []),
        operation.family === 4 ? '--cidr-block' : '--ipv6-cidr-block',
        operation.cidr,
        '--rule-action',
        operation.ruleAction,
      ];
      break;
    }
    case 'delete-network-acl-entry':
      ids.push(operation.networkAclId);
      words = [operation.action, '--network-acl-id', operation.networkAclId, operation.egress ? '--egress' : '--ingress', '--rule-number', String(operation.ruleNumber)];
      break;
    default: {
      ids.push(operation.groupId);
      for (const permission of operation.permissions) {
        if (!isSafeProtocol(permission.IpProtocol)) return undefined;
        if ((permission.IpRanges ?? []).some((range) => !isSafeCidr(range.CidrIp, 4) || !isSafeDescription(range.Description ?? ''))) return undefined;
        if ((permission.Ipv6Ranges ?? []).some((range) => !isSafeCidr(range.CidrIpv6, 6) || !isSafeDescription(range.Description ?? ''))) return undefined;
        if ((permission.PrefixListIds ?? []).some((peer) => !isSafeId(peer.PrefixListId) || !isSafeDescription(peer.Description ?? ''))) return undefined;
        if ((permission.UserIdGroupPairs ?? []).some((peer) => !isSafeId(peer.GroupId) || !isSafeDescription(peer.Description ?? ''))) return undefined;
      }
      words = [operation.action, '--group-id', operation.groupId, '--ip-permissions', permissionsJson(operation.permissions)];
    }
  }
  if (operation.action === 'delete-route' || operation.action === 'create-route' || operation.action === 'replace-route') {
    const { destination } = operation;
    if (destination.kind === 'prefix-list' ? !isSafeId(destination.id) : !isSafeCidr(destination.cidr, destination.family)) return undefined;
  }
  return ids.every(isSafeId) ? words : undefined;
}

/** A region code as the CLI takes it (`ap-northeast-1`). */
export function isSafeRegion(region: string): boolean {
  return region.length <= 32 && isSafeId(region);
}

/** The command line of an operation (with `--region` when given), or undefined when a value is not safe to put in it. */
export function renderCommand(operation: FixOperation, region?: string): string | undefined {
  const words = operationWords(operation);
  if (!words || (region !== undefined && !isSafeRegion(region))) return undefined;
  return ['aws', 'ec2', ...words, ...(region !== undefined ? ['--region', region] : [])].map(shellWord).join(' ');
}

// ── Parsing ─────────────────────────────────────────────────────────────

/** One command of a shell snippet: its words after quote removal, and the line it starts on (1-based). */
export interface ShellCommand {
  words: string[];
  line: number;
}

/**
 * Splits shell text into commands and words the way a POSIX shell would for the simple commands
 * the pages write: `\` + newline continues a line, `#` at the start of a word comments to the
 * end of the line, single quotes are literal, double quotes keep `\"`, `\\` and `\$` escapes.
 * Unterminated quotes end at the end of the text (the parse of the command then says what is wrong).
 */
export function splitShell(text: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  let line = 1;
  let start = 1;
  const endWord = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    if (words.length > 0) commands.push({ words, line: start });
    words = [];
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (char === '\\' && text[index + 1] === '\n') {
      index++;
      line++;
      continue;
    }
    if (char === '\n') {
      endCommand();
      line++;
      start = line;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r') {
      endWord();
      continue;
    }
    if (char === '#' && !inWord) {
      while (index + 1 < text.length && text[index + 1] !== '\n') index++;
      continue;
    }
    if (words.length === 0 && !inWord) start = line;
    inWord = true;
    if (char === "'") {
      const close = text.indexOf("'", index + 1);
      const end = close < 0 ? text.length : close;
      for (let inner = index + 1; inner < end; inner++) if (text[inner] === '\n') line++;
      word += text.slice(index + 1, end);
      index = end;
    } else if (char === '"') {
      index++;
      while (index < text.length && text[index] !== '"') {
        const inner = text[index] as string;
        const next = text[index + 1];
        if (inner === '\\' && (next === '"' || next === '\\' || next === '$' || next === '`')) {
          word += next;
          index += 2;
        } else if (inner === '\\' && next === '\n') {
          index += 2;
          line++;
        } else {
          if (inner === '\n') line++;
          word += inner;
          index++;
        }
      }
    } else if (char === '\\' && index + 1 < text.length) {
      word += text[index + 1];
      index++;
    } else {
      word += char;
    }
  }
  endCommand();
  return commands;
}

/** A parsed command: the operation and the region it names, or what is wrong with it. */
export type ParsedCommand = { ok: true; operation: FixOperation; region?: string } | { ok: false; error: string };

const FLAGS = new Set(['egress', 'ingress', 'dry-run', 'no-dry-run']);

const integer = (text: string | undefined): number | undefined => (text !== undefined && /^-?\d{1,6}$/.test(text) ? Number(text) : undefined);

/** `From=443,To=443` or `Type=3,Code=4`: the two named integers, in any order. */
function pair(text: string | undefined, first: string, second: string): [number, number] | undefined {
  if (text === undefined) return undefined;
  const values = new Map<string, number>();
  for (const part of text.split(',')) {
    const equals = part.indexOf('=');
    const value = integer(part.slice(equals + 1));
    if (equals < 0 || value === undefined) return undefined;
    values.set(part.slice(0, equals), value);
  }
  const a = values.get(first);
  const b = values.get(second);
  return values.size === 2 && a !== undefined && b !== undefined ? [a, b] : undefined;
}

/** The `--ip-permissions` JSON: a list of permissions (or one) with CIDR ranges. */
function permissionsOf(text: string | undefined): IpPermissionSpec[] | string {
  if (text === undefined) return 'missing --ip-permissions';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return `--ip-permissions is not JSON: ${text}`;
  }
  const list = Array.isArray(value) ? value : [value];
  const out: IpPermissionSpec[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return '--ip-permissions holds a value that is not an object';
    const record = item as Record<string, unknown>;
    const unknown = Object.keys(record).find((key) => !['IpProtocol', 'FromPort', 'ToPort', 'IpRanges', 'Ipv6Ranges', 'PrefixListIds', 'UserIdGroupPairs'].includes(key));
    if (unknown) return `--ip-permissions: ${unknown} is not supported here`;
    const protocol = typeof record.IpProtocol === 'number' ? String(record.IpProtocol) : record.IpProtocol;
    if (typeof protocol !== 'string' || !isSafeProtocol(protocol)) return '--ip-permissions: IpProtocol is missing or not a protocol';
    const spec: IpPermissionSpec = { IpProtocol: protocol };
    for (const key of ['FromPort', 'ToPort'] as const) {
      const port = record[key];
      if (port === undefined) continue;
      if (typeof port !== 'number' || !Number.isInteger(port)) return `--ip-permissions: ${key} is not an integer`;
      spec[key] = port;
    }
    for (const [key, cidrKey, family] of [['IpRanges', 'CidrIp', 4], ['Ipv6Ranges', 'CidrIpv6', 6]] as const) {
      const ranges = record[key];
      if (ranges === undefined) continue;
      if (!Array.isArray(ranges)) return `--ip-permissions: ${key} is not a list`;
      const read: { cidr: string; description?: string }[] = [];
      for (const range of ranges) {
        const fields = typeof range === 'object' && range !== null ? (range as Record<string, unknown>) : {};
        const cidr = fields[cidrKey];
        const description = fields.Description;
        if (typeof cidr !== 'string' || !isSafeCidr(cidr, family)) return `--ip-permissions: ${key} holds a range that is not a ${cidrKey}`;
        if (Object.keys(fields).some((name) => name !== cidrKey && name !== 'Description')) return `--ip-permissions: ${key} holds a field other than ${cidrKey} and Description`;
        if (description !== undefined && (typeof description !== 'string' || !isSafeDescription(description))) return `--ip-permissions: a Description is not text AWS accepts`;
        read.push({ cidr, ...(typeof description === 'string' ? { description } : {}) });
      }
      const describedBy = (item: { description?: string }) => (item.description !== undefined ? { Description: item.description } : {});
      if (family === 4) spec.IpRanges = read.map((item) => ({ CidrIp: item.cidr, ...describedBy(item) }));
      else spec.Ipv6Ranges = read.map((item) => ({ CidrIpv6: item.cidr, ...describedBy(item) }));
    }
    for (const [key, idKey] of [['PrefixListIds', 'PrefixListId'], ['UserIdGroupPairs', 'GroupId']] as const) {
      const peers = record[key];
      if (peers === undefined) continue;
      if (!Array.isArray(peers)) return `--ip-permissions: ${key} is not a list`;
      const read: { id: string; Description?: string }[] = [];
      for (const peer of peers) {
        const fields = typeof peer === 'object' && peer !== null ? (peer as Record<string, unknown>) : {};
        const id = fields[idKey];
        const description = fields.Description;
        if (typeof id !== 'string' || !isSafeId(id)) return `--ip-permissions: ${key} holds a peer that is not a ${idKey}`;
        if (Object.keys(fields).some((name) => name !== idKey && name !== 'Description')) return `--ip-permissions: ${key} holds a field other than ${idKey} and Description`;
        if (description !== undefined && (typeof description !== 'string' || !isSafeDescription(description))) return `--ip-permissions: a Description is not text AWS accepts`;
        read.push({ id, ...(typeof description === 'string' ? { Description: description } : {}) });
      }
      if (key === 'PrefixListIds') spec.PrefixListIds = read.map(({ id, ...rest }) => ({ PrefixListId: id, ...rest }));
      else spec.UserIdGroupPairs = read.map(({ id, ...rest }) => ({ GroupId: id, ...rest }));
    }
    out.push(spec);
  }
  return out.length > 0 ? out : '--ip-permissions is empty';
}

/** Reads one `aws ec2 …` command into an operation; anything it does not know is an error, not a guess. */
export function parseCommand(words: readonly string[]): ParsedCommand {
  const fail = (error: string): ParsedCommand => ({ ok: false, error: `${error} (in: ${words.join(' ')})` });
  if (words[0] !== 'aws' || words[1] !== 'ec2') return fail('not an aws ec2 command');
  if (!(FIX_ACTIONS as readonly string[]).includes(words[2] ?? '')) return fail(`aws ec2 ${words[2] ?? ''} is not a fix operation`);
  const action = words[2] as FixOperation['action'];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let index = 3; index < words.length; index++) {
    const word = words[index] as string;
    if (!word.startsWith('--')) return fail(`unexpected word "${word}"`);
    const name = word.slice(2);
    if (FLAGS.has(name)) {
      flags.add(name);
      continue;
    }
    const value = words[index + 1];
    if (value === undefined) return fail(`${word} has no value`);
    if (options.has(name)) return fail(`${word} is given twice`);
    options.set(name, value);
    index++;
  }
  const used = new Set<string>(['region']);
  const take = (name: string): string | undefined => {
    used.add(name);
    return options.get(name);
  };
  const id = (name: string): string | undefined => {
    const value = take(name);
    return value !== undefined && isSafeId(value) ? value : undefined;
  };
  const destination = (): RouteDestination | string => {
    const v4 = take('destination-cidr-block');
    const v6 = take('destination-ipv6-cidr-block');
    const list = take('destination-prefix-list-id');
    const given = [v4, v6, list].filter((value) => value !== undefined);
    if (given.length !== 1) return 'give exactly one destination';
    if (v4 !== undefined) return isSafeCidr(v4, 4) ? { kind: 'cidr', family: 4, cidr: v4 } : `--destination-cidr-block ${v4} is not a canonical IPv4 CIDR`;
    if (v6 !== undefined) return isSafeCidr(v6, 6) ? { kind: 'cidr', family: 6, cidr: v6 } : `--destination-ipv6-cidr-block ${v6} is not a canonical IPv6 CIDR`;
    return isSafeId(list as string) ? { kind: 'prefix-list', id: list as string } : 'the prefix list id is not plain';
  };
  let operation: FixOperation;
  switch (action) {
    case 'delete-route':
    case 'create-route':
    case 'replace-route': {
      const table = id('route-table-id');
      const dest = destination();
      if (!table) return fail('--route-table-id is missing or not a plain id');
      if (typeof dest === 'string') return fail(dest);
      if (action === 'delete-route') {
        operation = { action, routeTableId: table, destination: dest };
        break;
      }
      const targets = (Object.keys(ROUTE_TARGET_OPTIONS) as RouteTargetOption[]).filter((option) => options.has(option));
      const option = targets[0];
      const target = option ? id(option) : undefined;
      if (targets.length !== 1 || !option || !target) return fail('give exactly one target with a plain id');
      operation = { action, routeTableId: table, destination: dest, target: { option, id: target } };
      break;
    }
    case 'disable-vgw-route-propagation': {
      const table = id('route-table-id');
      const gateway = id('gateway-id');
      if (!table || !gateway) return fail('--route-table-id and --gateway-id must be plain ids');
      operation = { action, routeTableId: table, gatewayId: gateway };
      break;
    }
    case 'associate-route-table': {
      const table = id('route-table-id');
      const subnet = id('subnet-id');
      if (!table || !subnet) return fail('--route-table-id and --subnet-id must be plain ids');
      operation = { action, routeTableId: table, subnetId: subnet };
      break;
    }
    case 'create-network-acl-entry':
    case 'replace-network-acl-entry':
    case 'delete-network-acl-entry': {
      const acl = id('network-acl-id');
      const number = integer(take('rule-number'));
      const egress = flags.has('egress');
      if (!acl) return fail('--network-acl-id is missing or not a plain id');
      if (egress === flags.has('ingress')) return fail('give one of --egress and --ingress');
      if (number === undefined) return fail('--rule-number is missing or not an integer');
      if (action === 'delete-network-acl-entry') {
        operation = { action, networkAclId: acl, egress, ruleNumber: number };
        break;
      }
      const protocol = take('protocol');
      const ruleAction = take('rule-action');
      const v4 = take('cidr-block');
      const v6 = take('ipv6-cidr-block');
      const portText = take('port-range');
      const icmpText = take('icmp-type-code');
      const ports = pair(portText, 'From', 'To');
      const icmp = pair(icmpText, 'Type', 'Code');
      if (protocol === undefined || !isSafeProtocol(protocol)) return fail('--protocol is missing or not a protocol');
      if (ruleAction !== 'allow' && ruleAction !== 'deny') return fail('--rule-action must be allow or deny');
      if ((v4 === undefined) === (v6 === undefined)) return fail('give one of --cidr-block and --ipv6-cidr-block');
      const family = v4 !== undefined ? 4 : 6;
      const cidr = (v4 ?? v6) as string;
      if (!isSafeCidr(cidr, family)) return fail(`${cidr} is not a canonical IPv${family} CIDR`);
      if (portText !== undefined && !ports) return fail('--port-range must be From=n,To=n');
      if (icmpText !== undefined && !icmp) return fail('--icmp-type-code must be Type=n,Code=n');
      operation = {
        action: action as 'create-network-acl-entry' | 'replace-network-acl-entry',
        networkAclId: acl,
        egress,
        ruleNumber: number,
        protocol,
        ruleAction,
        family,
        cidr,
        ...(ports ? { portRange: { from: ports[0], to: ports[1] } } : {}),
        ...(icmp ? { icmpTypeCode: { type: icmp[0], code: icmp[1] } } : {}),
      };
      break;
    }
    default: {
      const group = id('group-id');
      const permissions = permissionsOf(take('ip-permissions'));
      if (!group) return fail('--group-id is missing or not a plain id');
      if (typeof permissions === 'string') return fail(permissions);
      operation = { action: action as Extract<FixOperation, { groupId: string }>['action'], groupId: group, permissions };
    }
  }
  const unused = [...options.keys()].find((name) => !used.has(name));
  if (unused) return fail(`--${unused} is not an option of ${action}`);
  const region = options.get('region');
  if (region !== undefined && !isSafeRegion(region)) return fail('--region is not a region code');
  return { ok: true, operation, ...(region !== undefined ? { region } : {}) };
}
