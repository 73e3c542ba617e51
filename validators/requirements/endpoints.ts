/** VPC endpoints that matter in a closed WorkSpaces VPC. */
import type { FactStatus, SourceId } from './sources.ts';

export interface EndpointService {
  /** `com.amazonaws.<region>.<name>` with `<region>` left as a placeholder. */
  serviceName: string;
  type: 'Interface' | 'Gateway';
  what: { en: string; ja: string };
  when: { en: string; ja: string };
  /** The VPC of an AD Connector or a Simple AD directory must not have it (the 2022 lists of both). */
  adConnectorConflict?: boolean;
  status: FactStatus;
  sources: SourceId[];
}

export const ENDPOINT_SERVICES: readonly EndpointService[] = [
  {
    serviceName: 'com.amazonaws.<region>.s3',
    type: 'Gateway',
    what: { en: 'Amazon S3 (gateway endpoint: reached through a prefix-list route)', ja: 'Amazon S3 (ゲートウェイ型: プレフィックスリストのルートで到達)' },
    when: { en: 'Amazon Linux WorkSpaces repositories; installers and staged updates kept in S3', ja: 'Amazon Linux WorkSpaces のリポジトリ、S3 に置いたインストーラーや更新ファイル' },
    status: 'confirmed',
    sources: ['vpc-gateway-endpoints', 'ws-internet-access-archived'],
  },
  {
    serviceName: 'com.amazonaws.<region>.workspaces',
    type: 'Interface',
    what: { en: 'WorkSpaces API', ja: 'WorkSpaces API' },
    when: { en: 'Calling the WorkSpaces API from inside the VPC; it does not carry client connections', ja: 'VPC 内から WorkSpaces API を呼ぶとき。クライアント接続は運ばない' },
    status: 'confirmed',
    sources: ['ws-interface-endpoint', 'privatelink-services'],
  },
  {
    serviceName: 'com.amazonaws.<region>.highlander',
    type: 'Interface',
    what: { en: 'WorkSpaces streaming over PrivateLink', ja: 'PrivateLink 経由の WorkSpaces ストリーミング' },
    when: { en: 'DCV WorkSpaces Personal whose clients stream through an interface endpoint instead of the internet (sign-in still goes over the internet from the client device)', ja: 'クライアントがインターネットではなくインターフェイスエンドポイント経由でストリーミングする、WorkSpaces Personal の DCV WorkSpaces (サインインは引き続きクライアント端末からインターネット経由)' },
    status: 'confirmed',
    sources: ['ws-privatelink-streaming', 'ws-ports-privatelink', 'privatelink-services'],
  },
  {
    serviceName: 'com.amazonaws.<region>.ssm',
    type: 'Interface',
    what: { en: 'AWS Systems Manager', ja: 'AWS Systems Manager' },
    when: { en: 'Managing EC2 servers (e.g. a WSUS or file server) in the VPC', ja: 'VPC 内の EC2 サーバー (WSUS やファイルサーバーなど) の管理' },
    adConnectorConflict: true,
    status: 'confirmed',
    sources: ['privatelink-services', 'ds-ad-connector-prereq-archived', 'ds-simple-ad-prereq-archived'],
  },
  {
    serviceName: 'com.amazonaws.<region>.ssmmessages',
    type: 'Interface',
    what: { en: 'Systems Manager Session Manager channel', ja: 'Systems Manager のセッションマネージャー用チャネル' },
    when: { en: 'Session Manager to servers in the VPC', ja: 'VPC 内サーバーへのセッションマネージャー接続' },
    adConnectorConflict: true,
    status: 'confirmed',
    sources: ['privatelink-services', 'ds-ad-connector-prereq-archived', 'ds-simple-ad-prereq-archived'],
  },
  {
    serviceName: 'com.amazonaws.<region>.ec2messages',
    type: 'Interface',
    what: { en: 'Systems Manager agent messages', ja: 'Systems Manager エージェントのメッセージ' },
    when: { en: 'Run Command and the SSM agent on servers in the VPC', ja: 'VPC 内サーバーの Run Command と SSM エージェント' },
    adConnectorConflict: true,
    status: 'confirmed',
    sources: ['privatelink-services', 'ds-ad-connector-prereq-archived', 'ds-simple-ad-prereq-archived'],
  },
  {
    serviceName: 'com.amazonaws.<region>.sts',
    type: 'Interface',
    what: { en: 'AWS STS', ja: 'AWS STS' },
    when: { en: 'Tools in the VPC that assume roles', ja: 'VPC 内でロールを引き受けるツール' },
    adConnectorConflict: true,
    status: 'confirmed',
    sources: ['privatelink-services', 'ds-ad-connector-prereq-archived', 'ds-simple-ad-prereq-archived'],
  },
  {
    serviceName: 'com.amazonaws.<region>.logs',
    type: 'Interface',
    what: { en: 'Amazon CloudWatch Logs', ja: 'Amazon CloudWatch Logs' },
    when: { en: 'Shipping logs from servers in the VPC', ja: 'VPC 内サーバーからのログ送信' },
    adConnectorConflict: true,
    status: 'confirmed',
    sources: ['eks-private-clusters', 'ds-ad-connector-prereq-archived', 'ds-simple-ad-prereq-archived'],
  },
  {
    serviceName: 'com.amazonaws.<region>.secretsmanager',
    type: 'Interface',
    what: { en: 'AWS Secrets Manager', ja: 'AWS Secrets Manager' },
    when: { en: 'Tools in the VPC that read secrets', ja: 'VPC 内でシークレットを読むツール' },
    status: 'confirmed',
    sources: ['privatelink-services'],
  },
];

/**
 * The VPC of an AD Connector or a Simple AD directory must not have these: the same four in the
 * last public copies of both prerequisites pages (2022); the current Simple AD page still carries
 * the restriction. The name is kept because rules and pages import it.
 */
export const AD_CONNECTOR_ENDPOINT_RESTRICTIONS = {
  items: [
    { en: 'Route 53 endpoints with conditional overrides of *.amazonaws.com to non-public AWS addresses', ja: '*.amazonaws.com を AWS の非パブリックアドレスに条件付きで解決させる Route 53 エンドポイント' },
    { en: 'A CloudWatch VPC endpoint', ja: 'CloudWatch の VPC エンドポイント' },
    { en: 'A Systems Manager VPC endpoint', ja: 'Systems Manager の VPC エンドポイント' },
    { en: 'An STS VPC endpoint', ja: 'STS の VPC エンドポイント' },
  ],
  status: 'archived' as FactStatus,
  /** Directory types the list applies to. */
  directories: ['AD Connector', 'Simple AD'],
  sources: ['ds-ad-connector-prereq-archived', 'ds-simple-ad-prereq-archived', 'ds-simple-ad-prereq'] as SourceId[],
} as const;

/**
 * S3 buckets an S3 endpoint policy must let Amazon Linux WorkSpaces read, or yum gets 403. The
 * Amazon Linux (1) pattern is in AWS's archived guide; the Amazon Linux 2 bucket name is seen in
 * yum's mirror-list address (no AWS page naming it was found), hence `observed`.
 */
export const AMAZON_LINUX_REPOSITORY_BUCKETS = [
  { release: 'Amazon Linux', resource: 'arn:aws:s3:::amazonlinux.*.amazonaws.com/*', status: 'archived' as FactStatus, sources: ['ws-internet-access-archived'] as SourceId[] },
  {
    release: 'Amazon Linux 2',
    resource: 'arn:aws:s3:::amazonlinux-2-repos-<region>/*',
    /** The address yum fetches first, with the Region left as a placeholder. */
    mirrorList: 'https://amazonlinux-2-repos-<region>.s3.dualstack.<region>.amazonaws.com/2/core/latest/x86_64/mirror.list',
    status: 'observed' as FactStatus,
    sources: ['ws-internet-access-archived'] as SourceId[],
  },
] as const;

/** The endpoint policy statement the guides show, built from the buckets above. */
export function amazonLinuxEndpointPolicy(): string {
  const statement = { Sid: 'AmazonLinuxRepositories', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: AMAZON_LINUX_REPOSITORY_BUCKETS.map((bucket) => bucket.resource) };
  return JSON.stringify({ Statement: [statement] }, null, 2);
}

