/**
 * What the site takes from each source, for the Sources page, and what was re-read when the
 * facts were last checked. Keyed by source id; a source cited by a guide must have an entry
 * (a unit test checks it).
 */
import type { SourceId } from './sources.ts';

export interface SourceUse {
  /** What the site takes from the page. */
  takes: { en: string; ja: string };
  /** What the latest re-read (the source's own `checked` day) confirmed or could not confirm. */
  reread?: { en: string; ja: string };
}

export const SOURCE_USES: Partial<Record<SourceId, SourceUse>> = {
  'ws-ports': {
    takes: { en: 'That user-facing steps (registration, sign-in, streaming) run from the client device, not from the VPC.', ja: '登録・サインイン・ストリーミングなど利用者側の通信はクライアント端末から行われ、VPC からではないこと。' },
  },
  'ws-ports-network-interfaces': {
    takes: { en: 'The two interfaces (eth0 management, eth1 primary); the registration check of the VPC CIDR and route tables against the management ranges; the warning not to modify the ENIs.', ja: '2 つのインターフェイス (eth0 が管理、eth1 がプライマリ)、登録時に VPC CIDR とルートテーブルを管理インターフェイスの IP 範囲と照合すること、ENI を変更しないようにという警告。' },
  },
  'ws-ports-management': {
    takes: { en: 'Every management interface port; the KMS hosts for Windows (169.254.169.250/.251) and for Office (64.250 rule on public bundles, 54.239.236.220 on BYOL); the IMDS proxy exclusion.', ja: '管理インターフェイスのすべてのポート、Windows 用 KMS (169.254.169.250/.251) と Office 用 KMS (パブリックバンドルは 64.250 の規則、BYOL は 54.239.236.220)、IMDS をプロキシの対象外にすること。' },
  },
  'ws-ports-management-ranges': {
    takes: { en: 'The per-Region management ranges of public bundles, the DCV (WSP) 10.0.0.0/8 range and the BYOL ranges.', ja: 'パブリックバンドルのリージョン別の管理インターフェイスの IP 範囲、DCV (WSP) の 10.0.0.0/8、BYOL のレンジ。' },
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
  'ws-privatelink-streaming': {
    takes: { en: 'Streaming over PrivateLink: WorkSpaces Personal and DCV only, endpoint in the directory’s account, private DNS, IPv4 or IPv6 record type (no dual-stack), sign-in and authentication still over the internet.', ja: 'PrivateLink 経由のストリーミング: WorkSpaces Personal の DCV のみ、エンドポイントはディレクトリと同じアカウント、プライベート DNS、DNS レコードは IPv4 または IPv6 (デュアルスタック不可)、サインインと認証は引き続きインターネット経由。' },
  },
  'ws-api-access-endpoint-config': {
    takes: { en: 'AccessEndpointConfig: AccessEndpoints and InternetFallbackProtocols, the protocols that fall back to the public internet when the VPC endpoint is not available.', ja: 'AccessEndpointConfig: AccessEndpoints と、VPC エンドポイントが使えないときに公衆インターネットへフォールバックするプロトコルを示す InternetFallbackProtocols。' },
    reread: { en: 'Read: InternetFallbackProtocols is optional, its only valid value is PCOIP.', ja: '確認: InternetFallbackProtocols は省略可能で、有効な値は PCOIP だけ。' },
  },
  'ws-api-directory': {
    takes: { en: 'The fields of a WorkSpaces directory: DirectoryType (including AWS_IAM_IDENTITY_CENTER), DnsIpv6Addresses, certificate-based authentication properties.', ja: 'WorkSpaces ディレクトリのフィールド: DirectoryType (AWS_IAM_IDENTITY_CENTER を含む)、DnsIpv6Addresses、証明書ベース認証のプロパティ。' },
  },
  'ws-api-register-directory': {
    takes: { en: 'Directories can be registered with IAM Identity Center or Microsoft Entra ID (MicrosoftEntraConfig) as the user identity source.', ja: 'ユーザー ID の提供元として IAM Identity Center や Microsoft Entra ID (MicrosoftEntraConfig) を指定してディレクトリを登録できること。' },
  },
  'ws-api-creation-properties': {
    takes: { en: 'EnableInternetAccess (a public IP address for new WorkSpaces) and CustomSecurityGroupId of a directory’s WorkSpace creation properties.', ja: 'ディレクトリの WorkSpace 作成プロパティの EnableInternetAccess (新しい WorkSpaces へのパブリック IP アドレス) と CustomSecurityGroupId。' },
  },
  'ws-api-workspace': {
    takes: { en: 'A WorkSpace carries an IPv6 address (Ipv6Address) on dual-stack subnets.', ja: 'デュアルスタックのサブネットでは WorkSpace が IPv6 アドレス (Ipv6Address) を持つこと。' },
  },
  'ws-ip-access-control': {
    takes: { en: 'IP access control groups restrict the client addresses a directory’s WorkSpaces accept.', ja: 'IP アクセスコントロールグループで、ディレクトリの WorkSpaces が受け付けるクライアントのアドレスを制限できること。' },
  },
  'ws-ports-archived-2022': {
    takes: { en: 'The last public list of management interface ports: outbound UDP 50002 and 55002 for streaming and outbound TCP to 127.0.0.2 for WSP WorkSpaces behind a proxy.', ja: '最後に公開された管理インターフェイスのポート一覧: ストリーミング用のアウトバウンド UDP 50002 と 55002、プロキシを使う WSP の WorkSpaces の 127.0.0.2 へのアウトバウンド TCP。' },
    reread: { en: 'Read in the 2022 copy (@75afab3): the management interface ports section.', ja: '2022 年版 (@75afab3) で確認: 管理インターフェイスのポートの節。' },
  },
  'ws-troubleshooting-archived': {
    takes: { en: 'Why a WorkSpace turns UNHEALTHY, the message “WorkSpace Status: Unhealthy”, the SkyLightWorkSpacesConfigService checks, and the message of an IP access control group that refuses a client.', ja: 'WorkSpace が UNHEALTHY になる原因、「WorkSpace Status: Unhealthy」のメッセージ、SkyLightWorkSpacesConfigService の確認事項、IP アクセスコントロールグループがクライアントを拒否したときのメッセージ。' },
    reread: { en: 'Read in the 2022 copy (@75afab3): the Unhealthy and device-not-authorized sections.', ja: '2022 年版 (@75afab3) で確認: Unhealthy と、デバイスが許可されていない場合の節。' },
  },
  'ds-simple-ad-prereq-archived': {
    takes: { en: 'The four VPC endpoints a Simple AD VPC must not have, the same as AD Connector’s.', ja: 'Simple AD の VPC に置いてはいけない 4 つの VPC エンドポイント (AD Connector と同じ)。' },
    reread: { en: 'Read in the 2022 copy (@645284c): Route 53 overrides of *.amazonaws.com, CloudWatch, Systems Manager and STS endpoints.', ja: '2022 年版 (@645284c) で確認: *.amazonaws.com を上書きする Route 53 の設定、CloudWatch・Systems Manager・STS のエンドポイント。' },
  },
  'ds-ad-connector-troubleshooting-archived': {
    takes: { en: 'The literal AD Connector errors (DNS unavailable, Connectivity issues detected, SRV record) and the ports behind them.', ja: 'AD Connector のエラーメッセージそのもの (DNS unavailable、Connectivity issues detected、SRV record) と、その原因となるポート。' },
  },
  'vpc-bpa': {
    takes: { en: 'What VPC Block Public Access blocks (internet gateways and egress-only internet gateways, except exclusions) and what it does not (transit gateway, VPN, peering).', ja: 'VPC のブロックパブリックアクセスが遮断するもの (除外以外のインターネットゲートウェイと Egress-only インターネットゲートウェイ) と、遮断しないもの (Transit Gateway、VPN、ピアリング)。' },
  },
  'ec2-bpa-states': {
    takes: { en: 'The block modes off, block-bidirectional and block-ingress as the API reports them.', ja: 'API が返すブロックモード off、block-bidirectional、block-ingress。' },
    reread: { en: 'Read: block-ingress still lets traffic to and from NAT gateways and egress-only internet gateways through.', ja: '確認: block-ingress では NAT ゲートウェイと Egress-only インターネットゲートウェイとの通信は引き続き許可されること。' },
  },
  'vpc-nat-gateways': {
    takes: { en: 'Public and private NAT gateways: a private one has no internet path of its own.', ja: 'パブリックとプライベートの NAT ゲートウェイ。プライベートのものは自身ではインターネットへの経路を持たないこと。' },
  },
  'vpc-route-server': {
    takes: { en: 'VPC Route Server installs routes learned over BGP into the route tables you associate.', ja: 'VPC Route Server が BGP で学習したルートを関連付けたルートテーブルに追加すること。' },
  },
  'ssm-vpc-endpoints': {
    takes: { en: 'The interface endpoints Systems Manager needs without internet (ssm, ssmmessages, ec2messages) and the optional ones.', ja: 'インターネットなしで Systems Manager に必要なインターフェイスエンドポイント (ssm、ssmmessages、ec2messages) と任意のエンドポイント。' },
  },
  'r53-resolver': {
    takes: { en: 'Inbound and outbound Resolver endpoints and forwarding rules for DNS between a VPC and your network.', ja: 'VPC と自社ネットワークの間の DNS に使う、インバウンド・アウトバウンドの Resolver エンドポイントと転送ルール。' },
  },
  'ms-defender-vdi': {
    takes: { en: 'Shared security intelligence for VDI: one machine unpacks updates into a share that the virtual machines read (SharedSignaturesPath).', ja: 'VDI 向けの共有セキュリティインテリジェンス: 1 台が更新を共有フォルダーに展開し、仮想マシンがそれを読み込む (SharedSignaturesPath)。' },
  },
  'ms-wsus-gpo': {
    takes: { en: 'The group policies that point Windows Update at WSUS and keep clients off the Windows Update internet locations.', ja: 'Windows Update の参照先を WSUS にし、クライアントがインターネット上の Windows Update に接続しないようにするグループポリシー。' },
  },
  'ms-wsus-plan': {
    takes: { en: 'The WSUS ports: 8530 for HTTP and 8531 for HTTPS by default.', ja: 'WSUS のポート: 既定で HTTP は 8530、HTTPS は 8531。' },
  },
  'ms-wsus-approve': {
    takes: { en: 'Updates reach clients only once approved; automatic approval rules.', ja: '更新は承認されて初めてクライアントに配布されること、自動承認の規則。' },
  },
  'ms-trusted-roots': {
    takes: { en: 'Automatic root certificate updates from Windows Update (ctldl.windowsupdate.com), how to turn them off or serve the lists from an internal location.', ja: 'Windows Update (ctldl.windowsupdate.com) からのルート証明書の自動更新と、それを無効にしたり社内の場所から配布したりする方法。' },
  },
  'ms-ncsi': {
    takes: { en: 'How NCSI decides that a network has internet access (active probes), and why a closed network shows “No Internet access”.', ja: 'NCSI がネットワークのインターネット接続を判定する仕組み (アクティブプローブ) と、閉域のネットワークで「インターネットなし」と表示される理由。' },
  },
  'ms-m365-apps-activation': {
    takes: { en: 'Microsoft 365 Apps must connect to the internet at least once every 30 days to keep their licence.', ja: 'Microsoft 365 Apps はライセンスを保つため、少なくとも 30 日に 1 回インターネットに接続する必要があること。' },
  },
  'ws-ports-archived': {
    takes: { en: 'The older management port list, where TCP 1688 to 169.254.169.250/.251 served both Windows and Office.', ja: '以前の管理ポート一覧。169.254.169.250/.251 への TCP 1688 が Windows と Office の両方に使われていた。' },
  },
  'ws-ports-archived-early': {
    takes: { en: 'An early Region table with fewer ranges: evidence that the table changes.', ja: 'レンジが少なかった初期のリージョン表。表が変わることの根拠。' },
  },
  'ws-pools-ports': {
    takes: { en: 'The Pools management range 198.19.0.0/16 and its conflict warning.', ja: 'Pools の管理インターフェイスの IP 範囲 198.19.0.0/16 と、その競合に関する警告。' },
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
    reread: { en: 'Re-read in the 2022 copy (@75afab3): the policy example names only arn:aws:s3:::amazonlinux.*.amazonaws.com/*, not the Amazon Linux 2 buckets.', ja: '2022 年版 (@75afab3) で再確認: ポリシーの例は arn:aws:s3:::amazonlinux.*.amazonaws.com/* だけで、Amazon Linux 2 のバケットは含まれない。' },
  },
  'ws-maintenance-archived': {
    takes: { en: 'Windows Update as the default update source, WSUS or Configuration Manager as alternatives, and the maintenance windows.', ja: '既定の更新元が Windows Update で、WSUS や Configuration Manager に切り替えられること、メンテナンスの時間帯。' },
  },
  'ws-security-groups-archived': {
    takes: { en: 'The _controllers and _workspacesMembers groups, the warning to avoid modifying or deleting them, and that the rules of several groups add up.', ja: '_controllers と _workspacesMembers の 2 つのグループ、その変更や削除を避けるようにという警告、複数のグループのルールが足し合わされること。' },
    reread: { en: 'Re-read in the 2022 copy (@75afab3): “avoid modifying or deleting” both groups, which cannot be recreated and added back.', ja: '2022 年版 (@75afab3) で再確認: 両方のグループの「変更や削除を避ける」こと、作り直して付け直すことはできないこと。' },
  },
  'ws-service-components-archived': {
    takes: { en: 'The seven antivirus exclusion folders (Amazon, NICE, Teradici), the move of the PCoIP agent to Program Files\\Teradici, and the advice not to change the WorkSpace’s own route table.', ja: 'ウイルス対策の 7 つの除外フォルダー (Amazon、NICE、Teradici)、PCoIP エージェントの Program Files\\Teradici への移動、WorkSpace 内のルートテーブルを変更しないという指針。' },
    reread: { en: 'Re-read in the 2022 copy (@75afab3): the list of seven folders and the note dated 29 March 2021 on the 64-bit PCoIP agent.', ja: '2022 年版 (@75afab3) で再確認: 7 つのフォルダーの一覧と、64 ビット版 PCoIP エージェントに関する 2021 年 3 月 29 日付の注記。' },
  },
  'ws-best-practices-security': {
    takes: { en: 'Security groups cannot control the management interface; the default _workspacesMembers rules; the ports to keep when egress is locked down; NACL advice.', ja: '管理インターフェイスはセキュリティグループで制御できないこと、_workspacesMembers の既定ルール、アウトバウンドを絞るときに残すポート、ネットワーク ACL に関する指針。' },
  },
  'ds-ad-connector-prereq-archived': {
    takes: { en: 'The AD Connector minimum ports, its SRV records, the directory’s ETH0 ranges with the rule that picks them, and the VPC endpoints its VPC must not have.', ja: 'AD Connector に最低限必要なポート、SRV レコード、ディレクトリの ETH0 の範囲とその選び方、その VPC に置いてはいけない VPC エンドポイント。' },
    reread: { en: 'Re-read in the 2022 copy (@645284c): the four forbidden endpoints and the ETH0 pairs chosen by the first octet.', ja: '2022 年版 (@645284c) で再確認: 禁止されている 4 つのエンドポイントと、先頭オクテットで選ばれる ETH0 の組。' },
  },
  'ds-ad-connector': {
    takes: { en: 'AD Connector is not multi-VPC aware: WorkSpaces must be in the same VPC as the AD Connector.', ja: 'AD Connector は複数の VPC にまたがって使えず、WorkSpaces は AD Connector と同じ VPC に置く必要があること。' },
    reread: { en: 'Read: the note that AD Connector cannot be shared with other accounts and is not multi-VPC aware.', ja: '確認: AD Connector は他のアカウントと共有できず、複数の VPC にまたがって使えないという注記。' },
  },
  'ds-ad-connector-getting-started': {
    takes: { en: 'The current AD Connector prerequisites: two subnets in different Availability Zones, VPN or Direct Connect, default tenancy.', ja: '現行の AD Connector の前提条件: 別々のアベイラビリティーゾーンにある 2 つのサブネット、VPN または Direct Connect、デフォルトのテナンシー。' },
    reread: {
      en: 'Re-read: the VPC requirements and the directory’s own ETH0 management ranges (now also listing 169.254.0.0/16). Whether the page still lists the forbidden VPC endpoints could not be seen in the stored copy.',
      ja: '再確認: VPC の要件とディレクトリ自身の ETH0 の管理用の IP 範囲 (169.254.0.0/16 も記載されるようになった)。禁止されている VPC エンドポイントの記載が残っているかは、保存コピーでは確認できなかった。',
    },
  },
  'ds-simple-ad-prereq': {
    takes: { en: 'That the current Simple AD prerequisites still forbid certain VPC endpoints in the directory’s VPC.', ja: '現行の Simple AD の前提条件でも、ディレクトリの VPC に置いてはいけない VPC エンドポイントがあること。' },
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
    reread: { en: 'Re-read in the last copy (@a16ab76, 2023): the ephemeral ranges by client and the * rule that denies what no rule matched.', ja: '最後の版 (@a16ab76、2023 年) で再確認: クライアントごとのエフェメラルポートの範囲と、どのルールにも一致しない通信を拒否する * ルール。' },
  },
  'vpc-quotas-archived': {
    takes: { en: 'Network ACL and route table quotas.', ja: 'ネットワーク ACL とルートテーブルのクォータ。' },
    reread: { en: 'Re-read in the last copy (@a16ab76, 2023): 20 rules per network ACL and direction, per address family, the default deny rules included.', ja: '最後の版 (@a16ab76、2023 年) で再確認: ネットワーク ACL のルールは方向ごと・アドレスファミリーごとに 20 で、既定の拒否ルールを含む。' },
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
