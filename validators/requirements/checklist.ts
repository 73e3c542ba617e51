/**
 * The design-review and go-live checklists. Each requirement has a permanent id (`REQ-NET-001`)
 * that is also its anchor on the checklists page (`#req-net-001`), so wiki links keep working:
 * ids are never renumbered or reused, and a retired requirement keeps its id with `retired`.
 */
import type { FactStatus, SourceId } from './sources.ts';

export type ChecklistPhase = 'design' | 'go-live';

/** What a requirement is about; also the middle part of its id. */
export type ChecklistArea = 'NET' | 'MGMT' | 'DIR' | 'ACT' | 'TIME' | 'AV' | 'UPD' | 'CLI' | 'LIVE';

export interface Requirement {
  /** `REQ-<AREA>-<NNN>`, permanent. */
  id: string;
  phase: ChecklistPhase;
  area: ChecklistArea;
  /** The state to reach, as one sentence. */
  title: { en: string; ja: string };
  /** How a reviewer checks it, when the title alone does not say. */
  check?: { en: string; ja: string };
  /** The guide page that explains it (slug without language prefix). */
  guide: string;
  /** Rules of the validator that check it (ids in validators/rules); empty when only a person can. */
  ruleIds: readonly string[];
  sources: readonly SourceId[];
  /** `confirmed` unless the requirement rests on an archived, inferred or unconfirmed fact. */
  status: FactStatus;
}

const req = (
  id: string,
  phase: ChecklistPhase,
  guide: string,
  ruleIds: readonly string[],
  sources: readonly SourceId[],
  title: Requirement['title'],
  check?: Requirement['check'],
  status: FactStatus = 'confirmed',
): Requirement => ({ id, phase, area: id.split('-')[1] as ChecklistArea, title, ...(check ? { check } : {}), guide, ruleIds, sources, status });

export const REQUIREMENTS: readonly Requirement[] = [
  // Design review: routes, NACLs, security groups.
  req('REQ-NET-001', 'design', 'guides/network-design', ['rt-internet-route', 'path-internet-reachable'], ['vpc-route-tables'],
    {
      en: 'No route table used by a WorkSpaces subnet sends any public address to an internet gateway, NAT gateway, egress-only internet gateway or carrier gateway.',
      ja: 'WorkSpaces のサブネットが使うルートテーブルに、パブリックアドレスをインターネットゲートウェイ・NAT ゲートウェイ・Egress-only インターネットゲートウェイ・キャリアゲートウェイへ送るルートがない。',
    },
    {
      en: 'Run the validator on describe-route-tables output; check split halves such as 0.0.0.0/1 + 128.0.0.0/1 and IPv6 ::/0 as well as 0.0.0.0/0.',
      ja: 'describe-route-tables の出力を検証ツールにかけます。0.0.0.0/0 だけでなく、0.0.0.0/1 + 128.0.0.0/1 のような分割ルートや IPv6 の ::/0 も確認します。',
    }),
  req('REQ-NET-002', 'design', 'guides/network-design', ['rt-unknown-next-hop', 'path-unverified'], ['vpc-route-tables'],
    {
      en: 'Every route to a transit gateway, virtual private gateway, peering connection or network interface is known to have no internet egress beyond it.',
      ja: 'Transit Gateway・仮想プライベートゲートウェイ・VPC ピアリング・ネットワークインターフェイス宛てのルートは、その先にインターネットへの出口がないことを確認済みである。',
    },
    {
      en: 'List the on-premises ranges behind each such route and confirm, in the TGW route tables or with the network team, that no default route leads to an egress VPC or an internet breakout.',
      ja: '該当ルートの先にあるオンプレミスのアドレス範囲を洗い出し、TGW のルートテーブルやネットワーク担当者への確認で、Egress VPC やインターネットブレイクアウトに向かうデフォルトルートがないことを確かめます。',
    }),
  req('REQ-NET-003', 'design', 'guides/network-design', ['rt-propagation'], ['ec2-route', 'vpc-route-tables'],
    {
      en: 'Route propagation from a virtual private gateway is off on the WorkSpaces route tables, or every propagated route is reviewed like a static one.',
      ja: 'WorkSpaces のルートテーブルで仮想プライベートゲートウェイからのルート伝播が無効になっているか、伝播ルートも静的ルートと同じようにレビューしている。',
    }),
  req('REQ-NET-004', 'design', 'guides/network-design', ['rt-main-table-implicit'], ['vpc-route-tables'],
    {
      en: 'Every WorkSpaces subnet is explicitly associated with its route table instead of falling back to the main route table.',
      ja: 'すべての WorkSpaces サブネットがルートテーブルに明示的に関連付けられており、メインルートテーブルへの暗黙の関連付けに頼っていない。',
    },
    {
      en: 'In describe-route-tables, each WorkSpaces subnet appears as a SubnetId in exactly one association.',
      ja: 'describe-route-tables の出力で、各 WorkSpaces サブネットがいずれか 1 つの関連付けに SubnetId として現れることを確認します。',
    }),
  req('REQ-NET-005', 'design', 'guides/network-design', ['rt-blackhole-internet'], ['ec2-route'],
    {
      en: 'No blackhole route would send public addresses to the internet if its target came back.',
      ja: 'ターゲットが復活したときにパブリックアドレスをインターネットへ送ってしまうブラックホールルートが残っていない。',
    },
    {
      en: 'Delete blackhole routes to internet or NAT gateways instead of leaving them in place.',
      ja: 'インターネットゲートウェイや NAT ゲートウェイ宛てのブラックホールルートは放置せず削除します。',
    }),
  req('REQ-NET-006', 'design', 'guides/network-design', ['nacl-egress-public', 'nacl-ingress-public'], ['vpc-nacls'],
    {
      en: 'The network ACLs of the WorkSpaces subnets deny public address space in both directions, as a second layer behind the route tables.',
      ja: 'WorkSpaces サブネットのネットワーク ACL が、ルートテーブルに次ぐ 2 つ目の層として、パブリックアドレス空間との通信を双方向で拒否している。',
    },
    {
      en: 'Allow only the VPC CIDR and declared internal ranges; let the final * rule deny the rest.',
      ja: 'VPC CIDR と宣言済みの社内アドレス範囲だけを許可し、残りは最後の * ルールで拒否させます。',
    }),
  req('REQ-NET-007', 'design', 'guides/network-design', ['nacl-shadowed-entry', 'nacl-redundant-entry', 'nacl-ignored-ports', 'nacl-entry-quota'], ['vpc-nacls', 'vpc-quotas-archived'],
    {
      en: 'Network ACL entries do what their numbers suggest: no entry is shadowed by an earlier one, none is redundant, no port range is silently ignored, and each direction fits the rule quota.',
      ja: 'ネットワーク ACL のエントリが番号どおりに働く。前のエントリに隠されたもの、冗長なもの、ポート範囲が無視されるものがなく、方向ごとのルール数がクォータに収まっている。',
    }),
  req('REQ-NET-008', 'design', 'guides/network-design', ['sg-ingress-public', 'sg-egress-public'], ['ws-best-practices-security', 'ws-security-groups-archived', 'ec2-ip-permission'],
    {
      en: 'No security group on the WorkSpaces allows inbound traffic from public addresses, and egress is limited to the VPC and declared internal ranges.',
      ja: 'WorkSpaces のセキュリティグループがパブリックアドレスからのインバウンドを許可しておらず、アウトバウンドも VPC と宣言済みの社内範囲に限られている。',
    },
    {
      en: 'The _workspacesMembers group allows all egress by default, and a stricter extra group does not take that away: rules of all groups add up. The whitepaper restricts the members group itself (keeping the directory ports); the administration guide asks to avoid modifying it. Record which one you follow.',
      ja: '_workspacesMembers は既定でアウトバウンドをすべて許可しており、より厳しいグループを追加してもそれは消えません (すべてのグループのルールが足し合わされます)。ホワイトペーパーはメンバー用グループ自体を絞る (ディレクトリのポートは残す) 方法を示し、管理ガイドは変更を避けるよう求めています。どちらに従うかを記録します。',
    }),
  req('REQ-NET-009', 'design', 'guides/vpc-guardrails', [], ['vpc-bpa', 'ec2-bpa-states'],
    {
      en: 'VPC Block Public Access is on in bidirectional mode in the WorkSpaces Region, with no exclusion for the WorkSpaces VPC or its subnets.',
      ja: 'WorkSpaces のリージョンで VPC のブロックパブリックアクセスが双方向モードで有効になっており、WorkSpaces の VPC とそのサブネットに除外が設定されていない。',
    },
    {
      en: 'describe-vpc-block-public-access-options shows InternetGatewayBlockMode block-bidirectional and describe-vpc-block-public-access-exclusions lists nothing for these resources. No validator rule reads these outputs yet: a person checks.',
      ja: 'describe-vpc-block-public-access-options で InternetGatewayBlockMode が block-bidirectional であり、describe-vpc-block-public-access-exclusions にこれらのリソースが出てこないことを確認します。これらの出力を読むルールはまだないため、担当者が確認します。',
    }),
  req('REQ-NET-010', 'design', 'guides/vpc-guardrails', ['ws-internet-access'], ['ws-api-creation-properties', 'ws-api-directory'],
    {
      en: 'Every WorkSpaces directory has EnableInternetAccess off, so new WorkSpaces get no public IP address.',
      ja: 'すべての WorkSpaces ディレクトリで EnableInternetAccess が無効で、新しい WorkSpaces にパブリック IP アドレスが割り当てられない。',
    },
    {
      en: 'aws workspaces describe-workspace-directories: WorkspaceCreationProperties.EnableInternetAccess is false; describe-network-interfaces: no WorkSpace interface has Association.PublicIp. Paste both into the validator.',
      ja: 'aws workspaces describe-workspace-directories の WorkspaceCreationProperties.EnableInternetAccess が false で、describe-network-interfaces の WorkSpace のインターフェイスに Association.PublicIp がないことを確認します。どちらも検証ツールに貼り付けられます。',
    }),
  req('REQ-NET-011', 'design', 'guides/vpc-guardrails', ['rt-internet-route', 'rt-unknown-next-hop'], ['ec2-route', 'vpc-route-server'],
    {
      en: 'Routes that VPC Route Server installs in the WorkSpaces route tables (Origin Advertisement) are reviewed like static ones, and what the peers may advertise is limited.',
      ja: 'VPC Route Server が WorkSpaces のルートテーブルに入れるルート (Origin が Advertisement) も静的ルートと同じようにレビューし、ピアが広報できる内容を制限している。',
    }),
  req('REQ-NET-012', 'design', 'guides/vpc-guardrails', ['rt-internet-route', 'nacl-egress-public', 'nacl-ingress-public', 'sg-egress-public'], ['ws-api-workspace', 'vpc-route-tables'],
    {
      en: 'On dual-stack WorkSpaces subnets, IPv6 is closed on its own: no ::/0 or public IPv6 route to an internet or egress-only internet gateway, and network ACLs and security groups deny public IPv6.',
      ja: 'デュアルスタックの WorkSpaces サブネットでは、IPv6 も IPv4 とは別に閉じている。インターネットゲートウェイや Egress-only インターネットゲートウェイへの ::/0 やパブリック IPv6 のルートがなく、ネットワーク ACL とセキュリティグループがパブリック IPv6 を拒否している。',
    }),
  req('REQ-NET-013', 'design', 'guides/vpc-guardrails', ['rt-internet-route'], ['vpc-nat-gateways'],
    {
      en: 'A NAT gateway in the WorkSpaces path is a private NAT gateway (ConnectivityType private), and what lies behind its own route (a transit gateway or a virtual private gateway) is known to have no internet egress.',
      ja: 'WorkSpaces の経路上にある NAT ゲートウェイはプライベート NAT ゲートウェイ (ConnectivityType が private) で、その先 (Transit Gateway や仮想プライベートゲートウェイ) にインターネットへの出口がないことを確認済みである。',
    },
    {
      en: 'describe-route-tables does not say which kind a nat- target is, so the validator treats every NAT gateway as an internet exit; confirm the kind with describe-nat-gateways.',
      ja: 'describe-route-tables からは nat- のターゲットの種類がわからないため、検証ツールはすべての NAT ゲートウェイをインターネットへの出口として扱います。種類は describe-nat-gateways で確認します。',
    }),
  // Design review: management interface.
  req('REQ-MGMT-001', 'design', 'guides/management-interface', ['mgmt-range-conflict'], ['ws-ports-management-ranges', 'ws-ports-network-interfaces'],
    {
      en: 'The VPC CIDR and the routes of the WorkSpaces route tables leave at least one management range of the Region free, and do not overlap the range in use.',
      ja: 'VPC CIDR と WorkSpaces ルートテーブルのルートが、リージョンの管理インターフェイスの IP 範囲を少なくとも 1 つ空けており、使用中のレンジとも重ならない。',
    },
    {
      en: 'Use the lookup on the management interface page with the Region, the bundle type and the route tables.',
      ja: '管理インターフェイスのページにあるルックアップに、リージョン・バンドルの種類・ルートテーブルを入力して確認します。',
    }),
  req('REQ-MGMT-002', 'design', 'guides/management-interface', ['mgmt-range-conflict'], ['ws-ports-management-ranges'],
    {
      en: 'For DCV (WSP) WorkSpaces from public bundles, no VPC CIDR or route overlaps 10.0.0.0/8; for BYOL, none overlaps 54.239.224.0/20 or your reserved /16.',
      ja: 'パブリックバンドルの DCV (WSP) WorkSpaces では、VPC CIDR やルートが 10.0.0.0/8 と重ならない。BYOL では 54.239.224.0/20 と予約した /16 に重ならない。',
    }),
  req('REQ-MGMT-003', 'design', 'guides/management-interface', [], ['ws-ports-management', 'ws-best-practices-security'],
    {
      en: 'No firewall or security software inside the WorkSpace image blocks the management interface ports, and any HTTP proxy excludes 169.254.169.254.',
      ja: 'WorkSpace のイメージ内のファイアウォールやセキュリティソフトが管理インターフェイスのポートを塞いでおらず、HTTP プロキシを使う場合は 169.254.169.254 を対象外にしている。',
    }),
  // Design review: directory.
  req('REQ-DIR-001', 'design', 'guides/directory', ['dir-no-route'], ['ws-ports-primary'],
    {
      en: 'The WorkSpaces subnets have a route to every domain controller and DNS server the directory uses.',
      ja: 'WorkSpaces のサブネットから、ディレクトリが使うすべてのドメインコントローラーと DNS サーバーへのルートがある。',
    }),
  req('REQ-DIR-002', 'design', 'guides/directory', ['nacl-directory-blocked', 'nacl-return-blocked'], ['ws-ports-primary', 'vpc-nacls'],
    {
      en: 'The network ACLs on both sides allow the directory ports towards the controllers and the replies back to the WorkSpaces’ ephemeral ports (49152–65535).',
      ja: '両側のネットワーク ACL が、ドメインコントローラー宛てのディレクトリ用ポートと、WorkSpaces のエフェメラルポート (49152–65535) へ戻る応答の両方を許可している。',
    }),
  req('REQ-DIR-003', 'design', 'guides/directory', ['sg-directory-egress'], ['ws-best-practices-security', 'ds-managed-ad-created'],
    {
      en: 'Where WorkSpaces egress is restricted, the security groups still allow the directory ports to the controllers, and the controllers’ group accepts the WorkSpaces subnets as sources.',
      ja: 'WorkSpaces のアウトバウンドを絞っていても、セキュリティグループがドメインコントローラー宛てのディレクトリ用ポートを許可し、コントローラー側のグループも WorkSpaces のサブネットを送信元として受け付けている。',
    }),
  req('REQ-DIR-004', 'design', 'guides/directory', [], ['ds-ad-connector-prereq-archived', 'ds-ad-connector-getting-started'],
    {
      en: 'With AD Connector, the VPC has no STS, Systems Manager or CloudWatch interface endpoint and no Route 53 override of *.amazonaws.com.',
      ja: 'AD Connector を使う場合、VPC に STS・Systems Manager・CloudWatch のインターフェイスエンドポイントや *.amazonaws.com を上書きする Route 53 の設定がない。',
    },
    {
      en: 'This list comes from the last public copy of the AD Connector prerequisites (2022); check the current page before you rely on it.',
      ja: 'この一覧は AD Connector の前提条件の最後に公開された版 (2022 年) に基づきます。判断の前に現行ページを確認してください。',
    },
    'archived'),
  req('REQ-DIR-005', 'design', 'guides/directory', [], ['ds-simple-ad-prereq-archived', 'ds-simple-ad-prereq'],
    {
      en: 'With Simple AD, the VPC has no STS, Systems Manager or CloudWatch interface endpoint and no Route 53 override of *.amazonaws.com either: the same four restrictions as AD Connector.',
      ja: 'Simple AD を使う場合も、VPC に STS・Systems Manager・CloudWatch のインターフェイスエンドポイントや *.amazonaws.com を上書きする Route 53 の設定がない (AD Connector と同じ 4 つの制限)。',
    },
    {
      en: 'Servers you manage with Systems Manager go in another VPC, reached over peering or a transit gateway.',
      ja: 'Systems Manager で管理するサーバーは別の VPC に置き、ピアリングや Transit Gateway 経由で到達させます。',
    },
    'archived'),
  // Design review: activation, time, antivirus, updates.
  req('REQ-ACT-001', 'design', 'guides/activation', [], ['ws-ports-management', 'ms-kms-dns'],
    {
      en: 'Public bundles: nothing inside the WorkSpace blocks TCP 1688 to the AWS KMS hosts for Windows and Office, and no manual KMS setting points elsewhere.',
      ja: 'パブリックバンドル: WorkSpace 内で Windows と Office 用の AWS の KMS ホストへの TCP 1688 を塞いでおらず、手動の KMS 設定で別のホストを指していない。',
    }),
  req('REQ-ACT-002', 'design', 'guides/activation', [], ['ws-ports-management', 'ms-kms-dns'],
    {
      en: 'BYOL: your own KMS host is reachable from the WorkSpaces subnets on TCP 1688 (route, network ACL and security groups), and clients find it by DNS SRV record or a set host.',
      ja: 'BYOL: 自社の KMS ホストに WorkSpaces サブネットから TCP 1688 で到達でき (ルート・ネットワーク ACL・セキュリティグループ)、クライアントは DNS の SRV レコードか手動設定でホストを見つけられる。',
    }),
  req('REQ-TIME-001', 'design', 'guides/time-sync', [], ['ms-w32time-tools'],
    {
      en: 'One time design is chosen (domain hierarchy only, or Amazon Time Sync for every machine) and enforced by group policy, so WorkSpaces never switch between two sources.',
      ja: '時刻の設計を 1 つに決め (ドメイン階層のみ、または全台 Amazon Time Sync)、グループポリシーで強制しているため、WorkSpaces が 2 つのソースの間を行き来しない。',
    }),
  req('REQ-TIME-002', 'design', 'guides/time-sync', [], ['ms-w32time-tools', 'ds-managed-ad-created'],
    {
      en: 'The PDC emulator of the forest root domain has a reachable time source of its own.',
      ja: 'フォレストルートドメインの PDC エミュレーター自身に、到達できる時刻ソースが設定されている。',
    }),
  req('REQ-AV-001', 'design', 'guides/defender-updates', [], ['ms-defender-updates', 'ms-set-mppreference'],
    {
      en: 'Microsoft Defender Antivirus has an update source that works without internet (WSUS or a file share) first in its fallback order.',
      ja: 'Microsoft Defender ウイルス対策の更新元の順序で、インターネットなしで使える更新元 (WSUS またはファイル共有) が先頭にある。',
    }),
  req('REQ-AV-002', 'design', 'guides/defender-updates', [], ['ws-service-components-archived'],
    {
      en: 'Any third-party antivirus excludes the WorkSpaces service folders.',
      ja: 'サードパーティのウイルス対策ソフトを使う場合、WorkSpaces のサービス用フォルダーをスキャン対象から除外している。',
    },
    undefined,
    'archived'),
  req('REQ-UPD-001', 'design', 'guides/updates-and-software', [], ['ws-maintenance-archived'],
    {
      en: 'Windows WorkSpaces take OS updates from WSUS or Configuration Manager, set by group policy.',
      ja: 'Windows の WorkSpaces が OS の更新をグループポリシーで指定した WSUS または Configuration Manager から取得する。',
    }),
  req('REQ-UPD-002', 'design', 'guides/updates-and-software', [], ['ws-internet-access-archived', 'vpc-gateway-endpoints'],
    {
      en: 'Amazon Linux WorkSpaces reach their package repositories through an S3 gateway endpoint whose policy allows reading both the amazonlinux.*.amazonaws.com buckets and, for Amazon Linux 2, the amazonlinux-2-repos-<region> buckets.',
      ja: 'Amazon Linux の WorkSpaces が S3 ゲートウェイエンドポイント経由でパッケージリポジトリに到達でき、そのポリシーが amazonlinux.*.amazonaws.com のバケットと、Amazon Linux 2 用の amazonlinux-2-repos-<region> のバケットの両方の読み取りを許可している。',
    },
    undefined,
    'archived'),
  req('REQ-UPD-003', 'design', 'guides/updates-and-software', [], ['ws-internet-access-archived', 'ws-byol', 'ws-interface-endpoint'],
    {
      en: 'Nothing in the plan needs internet from the closed VPC: no WorkSpaces Application Manager, no BYOL image import from this VPC, and users connect from devices that reach AWS themselves.',
      ja: '計画に閉域 VPC からのインターネットを必要とするものがない。WorkSpaces Application Manager を使わず、BYOL イメージのインポートをこの VPC で行わず、ユーザーは自分で AWS に届く端末から接続する。',
    }),
  req('REQ-UPD-004', 'design', 'guides/updates-and-software', [], ['ms-wsus-gpo', 'ms-wsus-plan', 'ms-wsus-approve'],
    {
      en: 'Group policy points Windows Update at your WSUS server (Specify intranet Microsoft update service location, port 8530 or 8531) and turns on Do not connect to any Windows Update Internet locations; the updates the WorkSpaces need are approved.',
      ja: 'グループポリシーで Windows Update の参照先を WSUS サーバーにし ([イントラネットの Microsoft 更新サービスの場所を指定する]、ポート 8530 または 8531)、[インターネット上の Windows Update に接続しない] を有効にしている。WorkSpaces に必要な更新は承認済みである。',
    }),
  req('REQ-UPD-005', 'design', 'guides/updates-and-software', [], ['ms-trusted-roots'],
    {
      en: 'Certificate checks do not wait on the internet: automatic root certificate updates are turned off or served from an internal location, and the CRL and OCSP addresses of the certificates the WorkSpaces check are reachable inside the network.',
      ja: '証明書の検証がインターネットを待たない。ルート証明書の自動更新を無効にするか社内の配布先から行い、WorkSpaces が検証する証明書の CRL と OCSP の宛先に社内から到達できる。',
    }),
  // Design review: the client side.
  req('REQ-CLI-001', 'design', 'guides/client-access', ['ws-internet-fallback'], ['ws-privatelink-streaming', 'ws-api-access-endpoint-config'],
    {
      en: 'With streaming over PrivateLink, the directory’s AccessEndpointConfig names the streaming endpoint and InternetFallbackProtocols is empty, so no session falls back to the internet.',
      ja: 'PrivateLink 経由のストリーミングでは、ディレクトリの AccessEndpointConfig にストリーミング用エンドポイントが指定され、InternetFallbackProtocols が空で、どのセッションもインターネットにフォールバックしない。',
    },
    {
      en: 'aws workspaces describe-workspace-directories: WorkspaceAccessProperties.AccessEndpointConfig. Paste the output into the validator.',
      ja: 'aws workspaces describe-workspace-directories の WorkspaceAccessProperties.AccessEndpointConfig を確認します。出力は検証ツールに貼り付けられます。',
    }),
  req('REQ-CLI-002', 'design', 'guides/client-access', [], ['ws-privatelink-streaming', 'ws-ports-client'],
    {
      en: 'The design names the internet path the client devices still use for sign-in, authentication and registration (TCP and UDP 443), and it is accepted as the one part that is not closed.',
      ja: 'クライアント端末がサインイン・認証・登録に引き続き使うインターネット経路 (TCP と UDP の 443) を設計書に明記し、閉域にできない唯一の部分として受け入れている。',
    }),
  req('REQ-CLI-003', 'design', 'guides/client-access', [], ['ws-ip-access-control'],
    {
      en: 'An IP access control group on the directory admits only the public or NAT addresses your client devices connect from.',
      ja: 'ディレクトリに IP アクセスコントロールグループを設定し、自社のクライアント端末が接続に使うパブリックアドレス (または NAT のアドレス) だけを許可している。',
    }),
  // Go-live.
  req('REQ-LIVE-001', 'go-live', 'guides/network-design', ['path-internet-reachable', 'path-unverified'], ['vpc-route-tables', 'vpc-nacls'],
    {
      en: 'The validator returns the verdict closed for the route tables, network ACLs and security groups exported from the production VPC.',
      ja: '本番 VPC から取得したルートテーブル・ネットワーク ACL・セキュリティグループを検証ツールにかけ、判定が closed になる。',
    }),
  req('REQ-LIVE-002', 'go-live', 'guides/troubleshooting', [], ['serverworks-closed-workspaces'],
    {
      en: 'From inside a WorkSpace, a public name does not resolve to a reachable host, ping and the browser reach nothing on the internet, and the client still connects.',
      ja: 'WorkSpace の中から、パブリックな名前に ping やブラウザーで到達できず、それでもクライアントからは接続できる。',
    },
    undefined,
    'observed'),
  req('REQ-LIVE-003', 'go-live', 'guides/activation', ['win-windows-licensed', 'win-kms-host', 'win-kms-srv-record', 'win-activation-expiry', 'win-office-licensed', 'win-office-kms-host'], ['ms-slmgr', 'ws-ports-management'],
    {
      en: 'Windows reports License Status: Licensed with the expected KMS host, and Office reports LICENSED.',
      ja: 'Windows がライセンス認証済み (英語表示では License Status: Licensed) で想定どおりの KMS ホストを示し、Office も LICENSED を示す。',
    },
    {
      en: 'Run slmgr.vbs /dli and ospp.vbs /dstatus on a new WorkSpace.',
      ja: '新しい WorkSpace で slmgr.vbs /dli と ospp.vbs /dstatus を実行します。',
    }),
  req('REQ-LIVE-004', 'go-live', 'guides/time-sync', ['win-time-source', 'win-time-unsynchronised', 'win-time-unreachable-peer', 'win-time-offset'], ['ms-w32time-tools'],
    {
      en: 'w32tm /query /source names the intended source on a WorkSpace and on the PDC emulator, never Local CMOS Clock.',
      ja: 'WorkSpace と PDC エミュレーターで w32tm /query /source が想定どおりのソースを示し、Local CMOS Clock になっていない。',
    }),
  req('REQ-LIVE-005', 'go-live', 'guides/defender-updates', ['win-defender-signature-age', 'win-defender-fallback-order', 'win-defender-share-path'], ['ms-get-mpcomputerstatus', 'ms-defender-updates'],
    {
      en: 'Get-MpComputerStatus on a WorkSpace shows recent security intelligence, and a manual update from the offline source succeeds.',
      ja: 'WorkSpace で Get-MpComputerStatus を実行すると最新の定義が適用されており、オフラインの更新元からの手動更新も成功する。',
    }),
  req('REQ-LIVE-006', 'go-live', 'guides/management-interface', ['mgmt-range-conflict', 'win-route-management-overlap'], ['ws-ports-network-interfaces'],
    {
      en: 'The management interface address of a live WorkSpace is recorded, and its range appears in no route of the WorkSpaces route tables.',
      ja: '稼働中の WorkSpace の管理インターフェイスのアドレスを記録し、そのレンジが WorkSpaces のルートテーブルのどのルートにも現れない。',
    }),
  req('REQ-LIVE-007', 'go-live', 'guides/troubleshooting', [], ['ws-ports-client'],
    {
      en: 'Security scanners and CSPM findings that expect a NAT gateway or internet access for WorkSpaces are documented as accepted by design.',
      ja: 'WorkSpaces に NAT ゲートウェイやインターネット接続を求めるセキュリティスキャナーや CSPM の指摘を、設計上の例外として記録している。',
    }),
  req('REQ-LIVE-008', 'go-live', 'guides/verify-inside', ['win-link-local-route', 'win-default-route', 'win-persistent-route-gateway', 'win-output-recognised'], ['ws-service-components-archived', 'serverworks-closed-workspaces'],
    {
      en: 'The route table inside a WorkSpace is as the service set it: the AWS link-local services leave through the management interface and no persistent route points at an unreachable gateway.',
      ja: 'WorkSpace 内のルートテーブルがサービスの設定どおりで、AWS のリンクローカルのサービス宛ては管理インターフェイスから出ており、到達できないゲートウェイを指す永続ルートがない。',
    },
    {
      en: 'Paste route print and ipconfig /all from a new WorkSpace into the validator.',
      ja: '新しい WorkSpace の route print と ipconfig /all の出力を検証ツールに貼り付けます。',
    },
    'observed'),
];

/** The requirement with this id (any case: `req-net-001` or `REQ-NET-001`). */
export function requirementById(id: string): Requirement | undefined {
  const wanted = id.toUpperCase();
  return REQUIREMENTS.find((requirement) => requirement.id === wanted);
}

/** The anchor of a requirement on the checklists page. */
export function requirementAnchor(id: string): string {
  return id.toLowerCase();
}
