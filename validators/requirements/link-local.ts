/**
 * AWS services a closed WorkSpace reaches without any VPC route: link-local addresses (and the
 * VPC's own DNS). Validators must never require a route, NACL entry or SG rule for them.
 */
import { KMS_PORT, WINDOWS_KMS_HOSTS } from './activation.ts';
import type { FactStatus, SourceId } from './sources.ts';
import { AMAZON_TIME_SYNC_ADDRESSES } from './time.ts';

/** The EC2 instance metadata service (a WorkSpace reaches it over the management interface). */
export const IMDS_ADDRESS = '169.254.169.254';

export interface LinkLocalService {
  id: string;
  address: string;
  protocol: 'tcp' | 'udp';
  port: number;
  service: { en: string; ja: string };
  /** How a WorkSpace reaches it, when known. */
  path: { en: string; ja: string };
  status: FactStatus;
  sources: SourceId[];
}

export const LINK_LOCAL_SERVICES: readonly LinkLocalService[] = [
  {
    id: 'imds',
    address: IMDS_ADDRESS,
    protocol: 'tcp',
    port: 80,
    service: { en: 'EC2 instance metadata', ja: 'EC2 インスタンスメタデータ' },
    path: { en: 'Management interface (listed under its ports)', ja: '管理インターフェイス (そのポート一覧に記載)' },
    status: 'confirmed',
    sources: ['ws-ports-management'],
  },
  ...WINDOWS_KMS_HOSTS.map(
    (address, index): LinkLocalService => ({
      id: `kms-windows-${index + 1}`,
      address,
      protocol: 'tcp',
      port: KMS_PORT,
      service: { en: 'KMS for Windows activation (public bundles)', ja: 'Windows ライセンス認証の KMS (パブリックバンドル)' },
      path: { en: 'Management interface', ja: '管理インターフェイス' },
      status: 'confirmed',
      sources: ['ws-ports-management'],
    }),
  ),
  {
    id: 'time-sync',
    address: AMAZON_TIME_SYNC_ADDRESSES[0],
    protocol: 'udp',
    port: 123,
    service: { en: 'Amazon Time Sync Service', ja: 'Amazon Time Sync Service' },
    path: {
      en: 'Not on the WorkSpaces page; a hands-on report saw it reached over the management interface',
      ja: 'WorkSpaces のページには記載なし。検証記事では管理インターフェイス経由で到達していた',
    },
    status: 'unconfirmed',
    sources: ['ec2-ntp', 'serverworks-closed-workspaces'],
  },
];

/** Routes to this block cannot be added; larger routes do not forward into it. */
export const RESERVED_LINK_LOCAL = { ipv4: '169.254.168.0/22', ipv6: 'fd00:ec2::/32', sources: ['vpc-route-tables'] as SourceId[] } as const;

/** Traffic a network ACL does not filter at all. */
export const NACL_BLIND_SPOTS = {
  items: [
    { en: 'Amazon DNS (Route 53 Resolver at the VPC base + 2)', ja: 'Amazon DNS (VPC のベースアドレス + 2 の Route 53 Resolver)' },
    { en: 'Amazon DHCP', ja: 'Amazon DHCP' },
    { en: 'EC2 instance metadata', ja: 'EC2 インスタンスメタデータ' },
    { en: 'ECS task metadata endpoints', ja: 'ECS タスクメタデータエンドポイント' },
    { en: 'License activation for Windows instances', ja: 'Windows インスタンスのライセンス認証' },
    { en: 'Amazon Time Sync Service', ja: 'Amazon Time Sync Service' },
    { en: 'Reserved addresses used by the default VPC router', ja: 'デフォルト VPC ルーターが使う予約アドレス' },
    { en: 'Traffic between two addresses in the same subnet', ja: '同じサブネット内の通信' },
  ],
  sources: ['vpc-nacls'] as SourceId[],
} as const;
