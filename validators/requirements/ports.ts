/**
 * Port requirements: the directory flows a WorkSpace needs through the customer VPC, the
 * management interface's own ports, and the ephemeral ranges stateless filters must return to.
 */
import { BYOL_OFFICE_KMS_HOST, KMS_PORT, WINDOWS_KMS_HOSTS } from './activation.ts';
import { IMDS_ADDRESS } from './link-local.ts';
import type { FactStatus, SourceId } from './sources.ts';

export type PortProtocol = 'tcp' | 'udp' | 'icmp' | 'all';

export interface PortRequirement {
  protocol: PortProtocol;
  /** Port range (for ICMP: -1 = all types). */
  from: number;
  to: number;
  purpose: { en: string; ja: string };
}

export interface PortList {
  /** Stable id used in anchors and tables. */
  id: string;
  title: { en: string; ja: string };
  ports: readonly PortRequirement[];
  sources: SourceId[];
  status: FactStatus;
}

const p = (protocol: PortProtocol, from: number, to: number, en: string, ja: string): PortRequirement => ({ protocol, from, to, purpose: { en, ja } });

/** "Between the WorkSpaces VPC and the directory controllers" on the WorkSpaces page. */
export const WORKSPACES_DIRECTORY_PORTS: PortList = {
  id: 'workspaces-primary-interface',
  title: { en: 'WorkSpaces port requirements page (primary interface)', ja: 'WorkSpaces のポート要件ページ (プライマリインターフェイス)' },
  ports: [
    p('tcp', 53, 53, 'DNS', 'DNS'),
    p('udp', 53, 53, 'DNS', 'DNS'),
    p('tcp', 88, 88, 'Kerberos', 'Kerberos'),
    p('udp', 88, 88, 'Kerberos', 'Kerberos'),
    p('udp', 123, 123, 'NTP', 'NTP'),
    p('tcp', 135, 135, 'RPC', 'RPC'),
    p('udp', 137, 138, 'Netlogon', 'Netlogon'),
    p('tcp', 139, 139, 'Netlogon', 'Netlogon'),
    p('tcp', 389, 389, 'LDAP', 'LDAP'),
    p('udp', 389, 389, 'LDAP', 'LDAP'),
    p('tcp', 445, 445, 'SMB', 'SMB'),
    p('udp', 445, 445, 'SMB', 'SMB'),
    p('tcp', 636, 636, 'LDAPS', 'LDAPS'),
    p('udp', 636, 636, 'LDAPS', 'LDAPS'),
    p('tcp', 1024, 65535, 'Dynamic ports for RPC', 'RPC の動的ポート'),
    p('tcp', 3268, 3269, 'Global Catalog', 'グローバルカタログ'),
  ],
  sources: ['ws-ports-primary'],
  status: 'confirmed',
};

/** The minimum AD Connector needs to the customer's DNS servers and domain controllers. */
export const AD_CONNECTOR_MINIMUM_PORTS: PortList = {
  id: 'ad-connector-minimum',
  title: { en: 'AD Connector minimum (to both AD Connector subnets)', ja: 'AD Connector の最低限 (AD Connector の両サブネット宛て)' },
  ports: [
    p('tcp', 53, 53, 'DNS', 'DNS'),
    p('udp', 53, 53, 'DNS', 'DNS'),
    p('tcp', 88, 88, 'Kerberos authentication', 'Kerberos 認証'),
    p('udp', 88, 88, 'Kerberos authentication', 'Kerberos 認証'),
    p('tcp', 389, 389, 'LDAP', 'LDAP'),
    p('udp', 389, 389, 'LDAP', 'LDAP'),
  ],
  sources: ['ds-ad-connector-prereq-archived'],
  status: 'archived',
};

/** Inbound rules of the security group AWS Managed Microsoft AD creates for its controllers. */
export const MANAGED_AD_SECURITY_GROUP_PORTS: PortList = {
  id: 'managed-ad-security-group',
  title: { en: 'AWS Managed Microsoft AD security group (inbound, from the VPC CIDR)', ja: 'AWS Managed Microsoft AD のセキュリティグループ (インバウンド、VPC CIDR から)' },
  ports: [
    p('icmp', -1, -1, 'Ping, LDAP keep-alive, DFS', 'Ping、LDAP キープアライブ、DFS'),
    p('tcp', 53, 53, 'DNS', 'DNS'),
    p('udp', 53, 53, 'DNS', 'DNS'),
    p('tcp', 88, 88, 'Kerberos', 'Kerberos'),
    p('udp', 88, 88, 'Kerberos', 'Kerberos'),
    p('tcp', 389, 389, 'LDAP', 'LDAP'),
    p('udp', 389, 389, 'LDAP', 'LDAP'),
    p('tcp', 445, 445, 'SMB/CIFS', 'SMB/CIFS'),
    p('udp', 445, 445, 'SMB/CIFS', 'SMB/CIFS'),
    p('tcp', 464, 464, 'Kerberos change/set password', 'Kerberos パスワード変更'),
    p('udp', 464, 464, 'Kerberos change/set password', 'Kerberos パスワード変更'),
    p('tcp', 135, 135, 'RPC endpoint mapper', 'RPC エンドポイントマッパー'),
    p('tcp', 636, 636, 'LDAP over SSL', 'LDAPS'),
    p('tcp', 1024, 65535, 'RPC', 'RPC'),
    p('tcp', 3268, 3269, 'Global Catalog (and over SSL)', 'グローバルカタログ (SSL を含む)'),
    p('udp', 123, 123, 'Windows Time', 'Windows タイム'),
    p('udp', 138, 138, 'DFSN and NetLogon', 'DFSN と NetLogon'),
    p('all', 0, 65535, 'Everything from the directory’s own security group', 'ディレクトリ自身のセキュリティグループからの全通信'),
  ],
  sources: ['ds-managed-ad-created'],
  status: 'confirmed',
};

/** What `_workspacesMembers` must still allow to the controllers when its egress is locked down. */
export const WORKSPACES_MEMBERS_EGRESS_PORTS: PortList = {
  id: 'workspaces-members-egress',
  title: { en: '_workspacesMembers egress when locked down (best-practices whitepaper)', ja: 'アウトバウンドを絞るときの _workspacesMembers (ベストプラクティス ホワイトペーパー)' },
  ports: [
    p('tcp', 53, 53, 'DNS', 'DNS'),
    p('udp', 53, 53, 'DNS', 'DNS'),
    p('tcp', 88, 88, 'Kerberos', 'Kerberos'),
    p('udp', 88, 88, 'Kerberos', 'Kerberos'),
    p('tcp', 389, 389, 'LDAP', 'LDAP'),
    p('udp', 389, 389, 'LDAP', 'LDAP'),
    p('tcp', 445, 445, 'SMB', 'SMB'),
    p('udp', 445, 445, 'SMB', 'SMB'),
    p('tcp', 3268, 3269, 'Global Catalog', 'グローバルカタログ'),
    p('tcp', 464, 464, 'Kerberos password', 'Kerberos パスワード'),
    p('udp', 464, 464, 'Kerberos password', 'Kerberos パスワード'),
    p('tcp', 139, 139, 'NetBIOS session', 'NetBIOS セッション'),
    p('udp', 137, 138, 'NetBIOS name and datagram', 'NetBIOS 名前・データグラム'),
    p('udp', 123, 123, 'NTP', 'NTP'),
    p('tcp', 49152, 65535, 'RPC ephemeral', 'RPC の動的ポート'),
    p('udp', 49152, 65535, 'RPC ephemeral', 'RPC の動的ポート'),
  ],
  sources: ['ws-best-practices-security'],
  status: 'confirmed',
};

/** Every directory port table the site shows, in order. */
export const DIRECTORY_PORT_LISTS: readonly PortList[] = [
  WORKSPACES_DIRECTORY_PORTS,
  AD_CONNECTOR_MINIMUM_PORTS,
  MANAGED_AD_SECURITY_GROUP_PORTS,
  WORKSPACES_MEMBERS_EGRESS_PORTS,
];

/** A flow the validators check from the WorkSpaces subnets to each directory controller. */
export interface DirectoryFlow {
  id: string;
  protocol: 'tcp' | 'udp';
  from: number;
  to: number;
  purpose: { en: string; ja: string };
  /** Destination ports of the reply, back on the WorkSpace. */
  returnPorts: readonly [number, number];
  /** `required`: blocking it breaks the directory; `advisory`: listed by AWS, rarely used by default Windows. */
  level: 'required' | 'advisory';
  sources: SourceId[];
}

/** Windows Server 2008 and later, and Windows clients: 49152–65535. */
export const WINDOWS_EPHEMERAL: readonly [number, number] = [49152, 65535];

const flow = (id: string, protocol: 'tcp' | 'udp', from: number, to: number, en: string, ja: string, sources: SourceId[], options: Partial<Pick<DirectoryFlow, 'returnPorts' | 'level'>> = {}): DirectoryFlow => ({
  id,
  protocol,
  from,
  to,
  purpose: { en, ja },
  returnPorts: options.returnPorts ?? WINDOWS_EPHEMERAL,
  level: options.level ?? 'required',
  sources,
});

/**
 * The flows checked against NACLs and security groups. The WorkSpaces page's list, plus
 * Kerberos password change (464) from the whitepaper and the Managed AD group. AWS pages differ
 * on dynamic RPC (TCP 1024–65535 vs 49152–65535): Windows uses 49152–65535 unless changed, so
 * that part is required and the rest advisory. NTP replies come back to port 123, because the
 * Windows time client sends from UDP 123.
 */
export const DIRECTORY_FLOWS: readonly DirectoryFlow[] = [
  flow('dns-tcp', 'tcp', 53, 53, 'DNS', 'DNS', ['ws-ports-primary']),
  flow('dns-udp', 'udp', 53, 53, 'DNS', 'DNS', ['ws-ports-primary']),
  flow('kerberos-tcp', 'tcp', 88, 88, 'Kerberos', 'Kerberos', ['ws-ports-primary']),
  flow('kerberos-udp', 'udp', 88, 88, 'Kerberos', 'Kerberos', ['ws-ports-primary']),
  flow('ntp', 'udp', 123, 123, 'NTP (domain time)', 'NTP (ドメインの時刻)', ['ws-ports-primary', 'ms-w32time-tools'], { returnPorts: [123, 123] }),
  flow('rpc-endpoint-mapper', 'tcp', 135, 135, 'RPC endpoint mapper', 'RPC エンドポイントマッパー', ['ws-ports-primary']),
  flow('netbios-udp', 'udp', 137, 138, 'NetBIOS name and datagram (Netlogon)', 'NetBIOS 名前・データグラム (Netlogon)', ['ws-ports-primary']),
  flow('netbios-tcp', 'tcp', 139, 139, 'NetBIOS session (Netlogon)', 'NetBIOS セッション (Netlogon)', ['ws-ports-primary']),
  flow('ldap-tcp', 'tcp', 389, 389, 'LDAP', 'LDAP', ['ws-ports-primary']),
  flow('ldap-udp', 'udp', 389, 389, 'LDAP', 'LDAP', ['ws-ports-primary']),
  flow('smb-tcp', 'tcp', 445, 445, 'SMB (Group Policy, SYSVOL)', 'SMB (グループポリシー、SYSVOL)', ['ws-ports-primary']),
  flow('smb-udp', 'udp', 445, 445, 'SMB', 'SMB', ['ws-ports-primary'], { level: 'advisory' }),
  flow('kpasswd-tcp', 'tcp', 464, 464, 'Kerberos password change', 'Kerberos パスワード変更', ['ws-best-practices-security', 'ds-managed-ad-created']),
  flow('kpasswd-udp', 'udp', 464, 464, 'Kerberos password change', 'Kerberos パスワード変更', ['ws-best-practices-security', 'ds-managed-ad-created']),
  flow('ldaps-tcp', 'tcp', 636, 636, 'LDAPS', 'LDAPS', ['ws-ports-primary']),
  flow('ldaps-udp', 'udp', 636, 636, 'LDAPS', 'LDAPS', ['ws-ports-primary'], { level: 'advisory' }),
  flow('global-catalog', 'tcp', 3268, 3269, 'Global Catalog', 'グローバルカタログ', ['ws-ports-primary']),
  flow('rpc-dynamic', 'tcp', 49152, 65535, 'Dynamic RPC (Windows default range)', 'RPC の動的ポート (Windows の既定範囲)', ['ws-ports-primary', 'ws-best-practices-security']),
  flow('rpc-dynamic-legacy', 'tcp', 1024, 49151, 'Dynamic RPC (rest of the 1024–65535 the WorkSpaces page lists)', 'RPC の動的ポート (WorkSpaces のページが挙げる 1024–65535 の残り)', ['ws-ports-primary'], { level: 'advisory' }),
];

/** Ephemeral (return) port ranges by the OS or service that chose them. */
export const EPHEMERAL_RANGES = [
  { id: 'windows', from: 49152, to: 65535, who: { en: 'Windows Server 2008 and later', ja: 'Windows Server 2008 以降' }, sources: ['vpc-nacls-archived'] as SourceId[], status: 'archived' as FactStatus },
  { id: 'windows-legacy', from: 1025, to: 5000, who: { en: 'Windows Server 2003 and earlier', ja: 'Windows Server 2003 以前' }, sources: ['vpc-nacls-archived'] as SourceId[], status: 'archived' as FactStatus },
  { id: 'linux', from: 32768, to: 61000, who: { en: 'Many Linux kernels, including Amazon Linux', ja: 'Amazon Linux を含む多くの Linux カーネル' }, sources: ['vpc-nacls-archived'] as SourceId[], status: 'archived' as FactStatus },
  { id: 'nat-gateway', from: 1024, to: 65535, who: { en: 'NAT gateway', ja: 'NAT ゲートウェイ' }, sources: ['vpc-nacls-archived'] as SourceId[], status: 'archived' as FactStatus },
  { id: 'workspaces', from: 49152, to: 65535, who: { en: 'WorkSpaces guidance for stateless filters', ja: 'WorkSpaces のステートレスフィルター向けの指針' }, sources: ['ws-ports-client'] as SourceId[], status: 'confirmed' as FactStatus },
] as const;

/** Ports of the management interface (eth0): not filtered by the customer VPC. */
export interface ManagementPort {
  direction: 'inbound' | 'outbound';
  protocol: 'tcp' | 'udp';
  from: number;
  to: number;
  /** Destination, when the page names one. */
  destination?: string;
  purpose: { en: string; ja: string };
  /** Set when only an archived copy lists the port (the current page was not seen to). */
  status?: FactStatus;
}

const m = (direction: ManagementPort['direction'], protocol: ManagementPort['protocol'], from: number, to: number, en: string, ja: string, destination?: string, status?: FactStatus): ManagementPort => ({
  direction,
  protocol,
  from,
  to,
  purpose: { en, ja },
  ...(destination ? { destination } : {}),
  ...(status ? { status } : {}),
});

/** Loopback destination of DCV WorkSpaces behind a proxy; the page names no port. */
export const DCV_PROXY_LOOPBACK = '127.0.0.2';

export const MANAGEMENT_PORTS = {
  ports: [
    m('inbound', 'tcp', 4172, 4172, 'Establishes the PCoIP streaming connection', 'PCoIP ストリーミング接続の確立'),
    m('inbound', 'udp', 4172, 4172, 'PCoIP user input', 'PCoIP のユーザー入力'),
    m('inbound', 'tcp', 4489, 4489, 'Web client access', 'Web クライアントのアクセス'),
    m('inbound', 'tcp', 8200, 8200, 'Management and configuration of the WorkSpace', 'WorkSpace の管理と設定'),
    m('inbound', 'tcp', 8201, 8250, 'DCV streaming connection and user input', 'DCV ストリーミング接続とユーザー入力'),
    m('inbound', 'udp', 8220, 8220, 'DCV streaming connection and user input', 'DCV ストリーミング接続とユーザー入力'),
    m('outbound', 'tcp', 8443, 8443, 'Web client access', 'Web クライアントのアクセス'),
    m('outbound', 'tcp', 9997, 9997, 'Web client access', 'Web クライアントのアクセス'),
    m('outbound', 'udp', 3478, 3478, 'Web client access', 'Web クライアントのアクセス'),
    m('outbound', 'udp', 4172, 4172, 'Web client access', 'Web クライアントのアクセス'),
    m('outbound', 'udp', 4195, 4195, 'Web client access', 'Web クライアントのアクセス'),
    m('outbound', 'udp', 50002, 50002, 'Streaming (stateless filters must return to 49152–65535)', 'ストリーミング (ステートレスなフィルターでは 49152–65535 への戻りを許可)', undefined, 'archived'),
    m('outbound', 'udp', 55002, 55002, 'Streaming (stateless filters must return to 49152–65535)', 'ストリーミング (ステートレスなフィルターでは 49152–65535 への戻りを許可)', undefined, 'archived'),
    m('outbound', 'tcp', 80, 80, 'EC2 instance metadata (exclude it from any HTTP proxy)', 'EC2 インスタンスメタデータ (HTTP プロキシの対象外にする)', IMDS_ADDRESS),
    m('outbound', 'tcp', KMS_PORT, KMS_PORT, 'KMS for Windows activation (public bundles)', 'Windows ライセンス認証の KMS (パブリックバンドル)', WINDOWS_KMS_HOSTS.join(', ')),
    m('outbound', 'tcp', KMS_PORT, KMS_PORT, 'KMS for Office activation (BYOL)', 'Office ライセンス認証の KMS (BYOL)', BYOL_OFFICE_KMS_HOST),
    m('outbound', 'tcp', 0, 65535, 'DCV (WSP) WorkSpaces whose host uses a proxy server (no port is named)', 'ホストがプロキシサーバーを使う DCV (WSP) の WorkSpaces (ポートの指定なし)', DCV_PROXY_LOOPBACK),
  ],
  sources: ['ws-ports-management', 'ws-ports-archived-2022'] as SourceId[],
} as const;

/** Ports the user's device opens towards AWS (not the closed VPC), from the client application section. */
export interface ClientPort {
  protocols: readonly ('tcp' | 'udp')[];
  port: number;
  purpose: { en: string; ja: string };
  /** Whether an HTTP proxy can carry its TCP part (UDP never goes through a proxy). */
  proxy: boolean;
}

export const CLIENT_PORTS = {
  ports: [
    { protocols: ['tcp', 'udp'], port: 443, purpose: { en: 'Client updates, registration and authentication', ja: 'クライアントの更新、登録、認証' }, proxy: true },
    { protocols: ['tcp', 'udp'], port: 4172, purpose: { en: 'PCoIP streaming and health checks', ja: 'PCoIP のストリーミングとヘルスチェック' }, proxy: false },
    { protocols: ['tcp', 'udp'], port: 4195, purpose: { en: 'DCV (WSP) streaming and health checks', ja: 'DCV (WSP) のストリーミングとヘルスチェック' }, proxy: true },
  ] as readonly ClientPort[],
  sources: ['ws-ports-client'] as SourceId[],
} as const;

/** WSUS's default ports, which the WorkSpaces subnets must reach on the update server. */
export const WSUS_PORTS = { http: 8530, https: 8531, sources: ['ms-wsus-plan'] as SourceId[] } as const;
