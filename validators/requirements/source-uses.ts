/**
 * What the site takes from each source, for the Sources page, and what was re-read when the
 * facts were last checked. Keyed by source id; a source cited by a guide must have an entry
 * (a unit test checks it).
 */
import type { SourceId } from './sources.ts';

export interface SourceUse {
  /** What the site takes from the page. */
  takes: { en: string; ja: string };
  /** What a re-read on FACTS_CHECKED confirmed or could not confirm. */
  reread?: { en: string; ja: string };
}

export const SOURCE_USES: Partial<Record<SourceId, SourceUse>> = {
  'ws-ports': {
    takes: { en: 'That user-facing steps (registration, sign-in, streaming) run from the client device, not from the VPC.', ja: '登録・サインイン・ストリーミングなど利用者側の通信はクライアント端末から行われ、VPC からではないこと。' },
  },
  'ws-ports-network-interfaces': {
    takes: { en: 'The two interfaces (eth0 management, eth1 primary); the registration check of the VPC CIDR and route tables against the management ranges; the warning not to modify the ENIs.', ja: '2 つのインターフェイス (eth0 が管理、eth1 がプライマリ)、登録時に VPC CIDR とルートテーブルを管理用レンジと照合すること、ENI を変更しないようにという警告。' },
  },
  'ws-ports-management': {
    takes: { en: 'Every management interface port; the KMS hosts for Windows (169.254.169.250/.251) and for Office (64.250 rule on public bundles, 54.239.236.220 on BYOL); the IMDS proxy exclusion.', ja: '管理インターフェイスのすべてのポート、Windows 用 KMS (169.254.169.250/.251) と Office 用 KMS (パブリックバンドルは 64.250 の規則、BYOL は 54.239.236.220)、IMDS をプロキシの対象外にすること。' },
  },
  'ws-ports-management-ranges': {
    takes: { en: 'The per-Region management ranges of public bundles, the DCV (WSP) 10.0.0.0/8 range and the BYOL ranges.', ja: 'パブリックバンドルのリージョン別管理用レンジ、DCV (WSP) の 10.0.0.0/8、BYOL のレンジ。' },
  },
  'ws-ports-primary': {
    takes: { en: 'The directory ports between the WorkSpaces VPC and the domain controllers; internet access being an optional security-group addition.', ja: 'WorkSpaces の VPC とドメインコントローラー間のディレクトリ用ポート、インターネットアクセスはセキュリティグループへの任意の追加であること。' },
  },
  'ws-ports-client': {
    takes: { en: 'The client device ports (443, 4172, 4195) and the advice to open 49152–65535 for stateless filters.', ja: 'クライアント端末側のポート (443、4172、4195) と、ステートレスなフィルターでは 49152–65535 を開けるという指針。' },
    reread: { en: 'Re-read: port 53, 443 and 4172 sections of the client application ports (the management-port and range sections were not in the stored copy).', ja: '再確認: クライアントアプリケーションのポートのうち 53・443・4172 の節 (管理ポートとレンジの節は保存コピーに含まれず)。' },
  },
  'ws-ports-privatelink': {
    takes: { en: 'The DNS names clients must allow for streaming over PrivateLink.', ja: 'PrivateLink 経由のストリーミングでクライアントが許可すべき DNS 名。' },
  },
  'ws-ports-archived': {
    takes: { en: 'The older management port list, where TCP 1688 to 169.254.169.250/.251 served both Windows and Office.', ja: '以前の管理ポート一覧。169.254.169.250/.251 への TCP 1688 が Windows と Office の両方に使われていた。' },
  },
  'ws-ports-archived-early': {
    takes: { en: 'An early Region table with fewer ranges: evidence that the table changes.', ja: 'レンジが少なかった初期のリージョン表。表が変わることの根拠。' },
  },
  'ws-pools-ports': {
    takes: { en: 'The Pools management range 198.19.0.0/16 and its conflict warning.', ja: 'Pools の管理用レンジ 198.19.0.0/16 と、その競合に関する警告。' },
    reread: { en: 'Re-read: the range, the warning against using or peering with it, and the Pools management ports.', ja: '再確認: レンジ、それを VPC やピアリング先に使わないという警告、Pools の管理ポート。' },
  },
  'ws-byol': {
    takes: { en: 'Where the BYOL /16 must come from; the BYOL image import needing internet and not supporting PrivateLink VPCs.', ja: 'BYOL の /16 をどこから選ぶか、BYOL イメージのインポートにインターネットが必要で PrivateLink の VPC に対応しないこと。' },
  },
  'ws-interface-endpoint': {
    takes: { en: 'The WorkSpaces API endpoint carries API calls only; clients still need internet.', ja: 'WorkSpaces API のエンドポイントは API 呼び出し専用で、クライアントには引き続きインターネットが必要なこと。' },
  },
  'ws-managing-network': {
    takes: { en: 'How Pools reach the internet (NAT gateway or public subnet) and use S3 endpoints.', ja: 'Pools のインターネット接続方法 (NAT ゲートウェイまたはパブリックサブネット) と S3 エンドポイントの利用。' },
  },
  'ws-internet-access-archived': {
    takes: { en: 'WAM needing internet; Amazon Linux repositories in S3 reachable through an S3 endpoint with a bucket policy.', ja: 'WAM にインターネットが必要なこと、S3 にある Amazon Linux のリポジトリにバケットポリシー付きの S3 エンドポイントで到達できること。' },
  },
  'ws-maintenance-archived': {
    takes: { en: 'Windows Update as the default update source, WSUS or Configuration Manager as alternatives, and the maintenance windows.', ja: '既定の更新元が Windows Update で、WSUS や Configuration Manager に切り替えられること、メンテナンスの時間帯。' },
  },
  'ws-security-groups-archived': {
    takes: { en: 'The _controllers and _workspacesMembers groups and that deleting _workspacesMembers cannot be undone.', ja: '_controllers と _workspacesMembers の 2 つのグループ、_workspacesMembers を削除すると元に戻せないこと。' },
  },
  'ws-service-components-archived': {
    takes: { en: 'The antivirus exclusions and the advice not to change the WorkSpace’s own route table.', ja: 'ウイルス対策の除外フォルダーと、WorkSpace 内のルートテーブルを変更しないという指針。' },
  },
  'ws-best-practices-security': {
    takes: { en: 'Security groups cannot control the management interface; the default _workspacesMembers rules; the ports to keep when egress is locked down; NACL advice.', ja: '管理インターフェイスはセキュリティグループで制御できないこと、_workspacesMembers の既定ルール、アウトバウンドを絞るときに残すポート、ネットワーク ACL に関する指針。' },
  },
  'ds-ad-connector-prereq-archived': {
    takes: { en: 'The AD Connector minimum ports and the VPC endpoints its VPC must not have.', ja: 'AD Connector に最低限必要なポートと、その VPC に置いてはいけない VPC エンドポイント。' },
  },
  'ds-ad-connector': {
    takes: { en: 'AD Connector is not multi-VPC aware: WorkSpaces must be in the same VPC as the AD Connector.', ja: 'AD Connector は複数の VPC にまたがって使えず、WorkSpaces は AD Connector と同じ VPC に置く必要があること。' },
    reread: { en: 'Read: the note that AD Connector cannot be shared with other accounts and is not multi-VPC aware.', ja: '確認: AD Connector は他のアカウントと共有できず、複数の VPC にまたがって使えないという注記。' },
  },
  'ds-ad-connector-getting-started': {
    takes: { en: 'The current AD Connector prerequisites: two subnets in different Availability Zones, VPN or Direct Connect, default tenancy.', ja: '現行の AD Connector の前提条件: 別々のアベイラビリティーゾーンにある 2 つのサブネット、VPN または Direct Connect、デフォルトのテナンシー。' },
    reread: {
      en: 'Re-read: the VPC requirements and the directory’s own ETH0 management ranges (now also listing 169.254.0.0/16). Whether the page still lists the forbidden VPC endpoints could not be seen in the stored copy.',
      ja: '再確認: VPC の要件とディレクトリ自身の ETH0 管理用レンジ (169.254.0.0/16 も記載されるようになった)。禁止されている VPC エンドポイントの記載が残っているかは、保存コピーでは確認できなかった。',
    },
  },
  'ds-simple-ad-prereq': {
    takes: { en: 'That Simple AD also forbids some VPC endpoints (the list itself was not found).', ja: 'Simple AD にも置いてはいけない VPC エンドポイントがあること (一覧そのものは見つかっていない)。' },
  },
  'ds-managed-ad-created': {
    takes: { en: 'The inbound rules of the Managed AD security group, its VPC CIDR source, and the time GPOs of the PDC emulator and other controllers.', ja: 'Managed AD のセキュリティグループのインバウンドルールと送信元が VPC CIDR であること、PDC エミュレーターとその他の DC の時刻 GPO。' },
  },
  'ds-managed-ad-created-archived': {
    takes: { en: 'The older source of the Managed AD security group rules, 0.0.0.0/0.', ja: 'Managed AD のセキュリティグループのルールの以前の送信元 0.0.0.0/0。' },
  },
  'ds-network-security': {
    takes: { en: 'The hardened “AWS applications only” group does not work with WorkSpaces.', ja: '強化された「AWS アプリケーションのみ」のグループは WorkSpaces では使えないこと。' },
  },
  'vpc-nacls': {
    takes: { en: 'Rule order and first match, statelessness, no filtering within a subnet, and the traffic NACLs never filter (Amazon DNS, IMDS, Time Sync, Windows activation).', ja: 'ルールの評価順と最初の一致、ステートレスであること、サブネット内の通信は評価されないこと、ネットワーク ACL がフィルターしない通信 (Amazon DNS、IMDS、Time Sync、Windows のライセンス認証)。' },
    reread: { en: 'Re-read the “Network ACL basics” page the guide now links from here: rule numbers 1–32766, lowest first, first match wins, evaluated when traffic enters or leaves a subnet, stateless.', ja: '再確認 (現在このページからリンクされている「ネットワーク ACL の基本」): ルール番号 1–32766、小さい番号から評価し最初の一致で決まること、サブネットに出入りするときに評価されること、ステートレスであること。' },
  },
  'vpc-nacls-archived': {
    takes: { en: 'Ephemeral port ranges by operating system and the default NACL behaviour.', ja: 'OS ごとのエフェメラルポートの範囲と、デフォルトのネットワーク ACL の動作。' },
  },
  'vpc-quotas-archived': {
    takes: { en: 'Network ACL and route table quotas.', ja: 'ネットワーク ACL とルートテーブルのクォータ。' },
  },
  'ec2-create-nacl-entry': {
    takes: { en: 'Valid rule numbers and CIDR canonicalisation.', ja: '有効なルール番号と CIDR の正規化。' },
  },
  'cli-describe-network-acls': {
    takes: { en: 'The default deny entries 32767 (IPv4) and 32768 (IPv6) as the CLI prints them.', ja: 'CLI が出力するデフォルトの拒否エントリ 32767 (IPv4) と 32768 (IPv6)。' },
  },
  'vpc-route-tables': {
    takes: { en: 'Main and explicit associations, longest prefix match, local routes, the reserved 169.254.168.0/22 block.', ja: 'メインと明示的な関連付け、最長一致、ローカルルート、予約済みの 169.254.168.0/22。' },
  },
  'vpc-gateway-endpoints': {
    takes: { en: 'Gateway endpoints add a prefix-list route to the chosen route tables.', ja: 'ゲートウェイエンドポイントは選んだルートテーブルにプレフィックスリストのルートを追加すること。' },
  },
  'vpc-interface-endpoints': {
    takes: { en: 'An interface endpoint is an endpoint network interface per subnet, guarded by security groups, with optional private DNS.', ja: 'インターフェイスエンドポイントはサブネットごとのエンドポイントネットワークインターフェイスで、セキュリティグループで保護され、プライベート DNS を選べること。' },
    reread: { en: 'Read: the setup steps (subnets, endpoint network interfaces, security groups, private DNS).', ja: '確認: 作成手順 (サブネット、エンドポイントネットワークインターフェイス、セキュリティグループ、プライベート DNS)。' },
  },
  'ec2-route': {
    takes: { en: 'Route fields, origins (including propagated routes) and the blackhole state.', ja: 'ルートのフィールド、Origin (伝播ルートを含む)、ブラックホール状態。' },
  },
  'ec2-ip-permission': {
    takes: { en: 'How security group rules encode protocols, ports and ICMP.', ja: 'セキュリティグループのルールがプロトコル・ポート・ICMP をどう表すか。' },
  },
  'ec2-ntp': {
    takes: { en: 'Amazon Time Sync at 169.254.169.123, the Windows AMI defaults, and that it needs no VPC change or internet.', ja: '169.254.169.123 の Amazon Time Sync、Windows AMI の既定値、VPC の変更もインターネットも不要なこと。' },
    reread: { en: 'Re-read: both endpoints, that Windows AMIs use the IPv4 endpoint by default, that no VPC change or internet is needed, and the 1024 packets-per-second link-local limit.', ja: '再確認: 2 つのエンドポイント、Windows AMI が既定で IPv4 のエンドポイントを使うこと、VPC の変更もインターネットも不要なこと、リンクローカル宛ての 1024 PPS の上限。' },
  },
  'ec2-windows-time-archived': {
    takes: { en: 'Older advice: domain members take time from the domain controllers.', ja: '以前の指針: ドメインメンバーはドメインコントローラーから時刻を取得すること。' },
  },
  'aws-blog-ad-time-sync': {
    takes: { en: 'That AWS recommends group policies for Amazon Time Sync in Active Directory (the exact values were not confirmed).', ja: 'Active Directory で Amazon Time Sync を使うために AWS がグループポリシーを勧めていること (具体的な値は未確認)。' },
  },
  'privatelink-services': {
    takes: { en: 'The interface endpoint service names.', ja: 'インターフェイスエンドポイントのサービス名。' },
  },
  'eks-private-clusters': {
    takes: { en: 'The CloudWatch Logs endpoint service name.', ja: 'CloudWatch Logs のエンドポイントのサービス名。' },
  },
  'ms-w32time-tools': {
    takes: { en: 'W32Time settings (Type, NtpServer flags, SpecialPollInterval), the group policy, and the w32tm commands.', ja: 'W32Time の設定 (Type、NtpServer のフラグ、SpecialPollInterval)、グループポリシー、w32tm コマンド。' },
  },
  'ms-w32time-ntpserver-2003': {
    takes: { en: 'The meaning of each NtpServer flag, including how a fallback-only peer is picked.', ja: 'NtpServer の各フラグの意味 (フォールバック専用ピアの選ばれ方を含む)。' },
    reread: { en: 'Re-read: 0x1 waits SpecialPollInterval, 0x2 is used only when all non-fallback sources fail, 0x4 symmetric active, 0x8 client mode.', ja: '再確認: 0x1 は SpecialPollInterval 待つ、0x2 はフォールバック以外がすべて失敗したときだけ使う、0x4 は対称アクティブ、0x8 はクライアントモード。' },
  },
  'ms-w32time-blog-ntpserver': {
    takes: { en: 'W32Time actively synchronises with one source at a time, even with several listed.', ja: 'W32Time は複数のソースを指定しても、同時に同期するのは 1 つだけであること。' },
  },
  'ms-kerberos-clock-tolerance': {
    takes: { en: 'Kerberos refuses clocks that differ by more than its tolerance, 5 minutes by default.', ja: 'Kerberos は許容値 (既定では 5 分) を超えて時刻がずれたクライアントを受け付けないこと。' },
  },
  'ms-kms-dns': {
    takes: { en: 'KMS discovery through _vlmcs._tcp, manual hosts with slmgr -skms, TCP 1688.', ja: '_vlmcs._tcp による KMS ホストの検出、slmgr -skms による手動指定、TCP 1688。' },
  },
  'ms-slmgr': {
    takes: { en: 'slmgr.vbs options and the host defaults for activation and renewal intervals.', ja: 'slmgr.vbs のオプションと、ホスト側のライセンス認証・更新間隔の既定値。' },
  },
  'ms-volume-activation-client': {
    takes: { en: 'KMS activations last 180 days, renew every 7 days and retry every 2 hours.', ja: 'KMS のライセンス認証は 180 日有効で、7 日ごとに更新し、失敗すると 2 時間ごとに再試行すること。' },
  },
  'ms-kms-activation-timing': {
    takes: { en: 'The sliding 180-day window and what follows it: out-of-tolerance grace when renewal keeps failing.', ja: '180 日のスライディングウィンドウと、更新が失敗し続けたときの許容期間外 (OOT) の猶予期間。' },
    reread: { en: 'Re-read: activation interval 120 minutes, renewal interval 10,080 minutes, the 180-day window reset by each renewal, and out-of-tolerance grace after 180 days without renewal.', ja: '再確認: ライセンス認証の間隔 120 分、更新間隔 10,080 分、更新のたびに 180 日がリセットされること、180 日更新できないと許容期間外の猶予期間に入ること。' },
  },
  'ms-defender-updates': {
    takes: { en: 'The five update sources, the fallback order and its group policies, and how to stage updates on a file share.', ja: '5 つの更新元、更新元の順序とそのグループポリシー、ファイル共有に更新を置く手順。' },
    reread: { en: 'Re-read: sources are tried in the configured order and the next one is used at once when the current one is out of date; updates are SHA-2 signed since 21 October 2019.', ja: '再確認: 指定した順に更新元を試し、現在の更新元が古ければすぐ次を使うこと、2019 年 10 月 21 日以降の更新は SHA-2 署名であること。' },
  },
  'ms-set-mppreference': {
    takes: { en: 'SignatureFallbackOrder tokens and SignatureDefinitionUpdateFileSharesSources.', ja: 'SignatureFallbackOrder のトークンと SignatureDefinitionUpdateFileSharesSources。' },
  },
  'ms-update-mpsignature': {
    takes: { en: 'Update-MpSignature and its -UpdateSource parameter.', ja: 'Update-MpSignature と -UpdateSource パラメーター。' },
  },
  'ms-mpcmdrun': {
    takes: { en: 'MpCmdRun.exe -SignatureUpdate -UNC and where MpCmdRun lives.', ja: 'MpCmdRun.exe -SignatureUpdate -UNC と MpCmdRun の場所。' },
  },
  'ms-get-mpcomputerstatus': {
    takes: { en: 'The Get-MpComputerStatus fields that show signature versions and ages.', ja: '定義のバージョンと経過日数を示す Get-MpComputerStatus のフィールド。' },
  },
  'admx-defender-file-shares': {
    takes: { en: 'The registry value behind the file-share policy (DefinitionUpdateFileSharesSources).', ja: 'ファイル共有のポリシーに対応するレジストリ値 (DefinitionUpdateFileSharesSources)。' },
    reread: { en: 'Read: the policy text, its category and the registry value under Software\\Policies\\Microsoft\\Windows Defender\\Signature Updates.', ja: '確認: ポリシーの説明、カテゴリ、Software\\Policies\\Microsoft\\Windows Defender\\Signature Updates 配下のレジストリ値。' },
  },
  'gporais-defender-fallback-order': {
    takes: { en: 'The registry value behind the fallback-order policy (FallbackOrder).', ja: '更新元の順序のポリシーに対応するレジストリ値 (FallbackOrder)。' },
  },
  'serverworks-closed-workspaces': {
    takes: { en: 'What a real closed WorkSpace showed: activation against link-local KMS, Office KMS at 198.19.64.250, three NTP peers, stale Defender definitions.', ja: '実際の閉域 WorkSpace で観察されたこと: リンクローカルの KMS でのライセンス認証、198.19.64.250 の Office KMS、3 つの NTP ピア、更新されない Defender の定義。' },
  },
  'classmethod-privatelink': {
    takes: { en: 'Hands-on limits of streaming over PrivateLink: authentication still needs internet.', ja: 'PrivateLink 経由のストリーミングを試した結果: 認証には引き続きインターネットが必要なこと。' },
  },
};
