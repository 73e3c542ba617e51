/** Cases of the input-* rules. */
import type { RuleCases } from './case.ts';
import { LOCAL, networkAcl, entry, ports, permission, route, routeTable, securityGroup, SUBNET, SUBNET_2, subnets, vpcEndpoints } from './builders.ts';

const closedTable = routeTable([LOCAL]);

/** A bundle as the collect scripts write it (validators/input/bundle.ts). */
const collectBundle = (region: string, documents: Record<string, unknown>[]) => ({ closedWorkspacesBundle: 1, collected: '2026-11-20T01:02:03Z', region, documents });

export const inputJsonCases: RuleCases = {
  valid: [{ title: { en: 'The output of describe-route-tables, as printed', ja: 'describe-route-tables の出力そのまま' }, documents: [{ name: 'route-tables.json', content: closedTable }] }],
  invalid: [
    {
      title: { en: 'A copy cut off in the middle', ja: '途中で切れたコピー' },
      documents: [{ name: 'route-tables.json', content: '{\n  "RouteTables": [\n    {\n      "RouteTableId": "rtb-0a1b2c3d4e5f60003",\n      "Routes": [\n' }],
      errors: [{ line: 6 }],
    },
    {
      title: { en: 'A trailing comma', ja: '末尾のカンマ' },
      documents: [{ name: 'route-tables.json', content: '{\n  "RouteTables": [],\n}\n' }],
      errors: [{ line: 3 }],
    },
    { title: { en: 'An empty document', ja: '空のドキュメント' }, documents: [{ name: 'route-tables.json', content: '  \n' }], errors: [{ line: 1 }] },
  ],
};

export const inputDocumentCases: RuleCases = {
  valid: [
    { title: { en: 'A single route table object, without the RouteTables wrapper', ja: 'RouteTables で包まない、ルートテーブル 1 件のオブジェクト' }, documents: [{ name: 'rtb.json', content: (closedTable.RouteTables as unknown[])[0] }] },
    {
      title: { en: 'Prefix-list entries with their id added', ja: 'ID を書き加えたプレフィックスリストのエントリ' },
      documents: [{ name: 'entries.json', content: { PrefixListId: 'pl-0a1b2c3d4e5f60006', Entries: [{ Cidr: '203.0.113.0/24', Description: 'partner' }] } }],
    },
  ],
  invalid: [
    {
      title: { en: 'EC2 XML API names instead of the CLI’s JSON', ja: 'CLI の JSON ではなく EC2 XML API の名前' },
      documents: [{ name: 'api.json', content: { routeTableSet: [{ routeTableId: 'rtb-0a1b2c3d4e5f60003', routeSet: [] }] } }],
      errors: [{ path: ['routeTableSet'] }],
    },
    {
      title: { en: 'JSON that is not an AWS CLI output', ja: 'AWS CLI の出力ではない JSON' },
      documents: [{ name: 'other.json', content: { Reservations: [] } }],
      errors: [{ path: [] }],
    },
    {
      title: { en: 'Prefix-list entries without the list id', ja: 'リスト ID のないプレフィックスリストのエントリ' },
      documents: [{ name: 'entries.json', content: { Entries: [{ Cidr: '203.0.113.0/24' }] } }],
      errors: [{ path: ['Entries'] }],
    },
    {
      title: { en: 'Text that is neither JSON nor a Windows output the validators read', ja: 'JSON でも、検証ツールが読める Windows の出力でもないテキスト' },
      documents: [{ name: 'dir.txt', content: 'C:\\Users\\alice>dir\n Volume in drive C has no label.\n' }],
      errors: [{ line: 1 }],
    },
    {
      title: { en: 'A collect bundle of a later format version', ja: '新しい形式バージョンの収集バンドル' },
      documents: [{ name: 'bundle.json', content: { closedWorkspacesBundle: 2, collected: '2026-11-20T01:02:03Z', region: 'ap-northeast-1', documents: [] } }],
      errors: [{ path: ['closedWorkspacesBundle'], messageId: 'bundleVersion' }],
    },
  ],
};

export const inputFieldCases: RuleCases = {
  valid: [{ title: { en: 'Every field has the type the CLI prints', ja: 'すべてのフィールドが CLI の出力どおりの型' }, documents: [{ name: 'nacl.json', content: networkAcl([entry(true, 100, '10.0.0.0/16', 'allow')]) }] }],
  invalid: [
    {
      title: { en: 'A rule number written as a string, and a route without a target', ja: '文字列で書かれたルール番号と、ターゲットのないルート' },
      documents: [
        { name: 'nacl.json', content: networkAcl([{ ...entry(true, 100, '10.0.0.0/16', 'allow'), RuleNumber: '100' }]) },
        { name: 'route-tables.json', content: routeTable([LOCAL, { DestinationCidrBlock: '0.0.0.0/0', Origin: 'CreateRoute', State: 'active' }]) },
      ],
      errors: [
        { file: 'nacl.json', path: ['NetworkAcls', 0, 'Entries', 0, 'RuleNumber'] },
        { file: 'route-tables.json', path: ['RouteTables', 0, 'Routes', 1] },
      ],
    },
  ],
};

export const inputCidrCases: RuleCases = {
  valid: [{ title: { en: 'Valid IPv4 and IPv6 blocks', ja: '正しい IPv4 と IPv6 のブロック' }, documents: [{ name: 'route-tables.json', content: routeTable([LOCAL, route('2600:1f18:1234:5600::/56', 'local')]) }] }],
  invalid: [
    {
      title: { en: 'A prefix length out of range and an IPv6 block in the IPv4 field', ja: '範囲外のプレフィックス長と、IPv4 のフィールドに書かれた IPv6 ブロック' },
      documents: [{ name: 'route-tables.json', content: routeTable([LOCAL, route('10.1.0.0/33', 'tgw-0a1b2c3d4e5f60007'), { DestinationCidrBlock: '::/0', GatewayId: 'igw-0a1b2c3d4e5f60008', Origin: 'CreateRoute', State: 'active' }]) }],
      errors: [{ path: ['RouteTables', 0, 'Routes', 1, 'DestinationCidrBlock'] }, { path: ['RouteTables', 0, 'Routes', 2, 'DestinationCidrBlock'] }],
    },
  ],
};

export const inputCidrHostBitsCases: RuleCases = {
  valid: [{ title: { en: 'A canonical block', ja: '正規化されたブロック' }, documents: [{ name: 'nacl.json', content: networkAcl([entry(false, 100, '100.68.0.0/18', 'allow')]) }] }],
  invalid: [
    {
      title: { en: 'A block with host bits set, as typed by hand', ja: '手で入力された、ホスト部が 0 でないブロック' },
      documents: [{ name: 'nacl.json', content: networkAcl([entry(false, 100, '100.68.0.18/18', 'allow')]) }],
      errors: [{ path: ['NetworkAcls', 0, 'Entries', 0, 'CidrBlock'] }],
    },
  ],
};

export const inputValueCases: RuleCases = {
  valid: [
    {
      title: { en: 'Protocols as NACLs and security groups print them', ja: 'NACL とセキュリティグループが出力する形のプロトコル' },
      documents: [
        { name: 'nacl.json', content: networkAcl([entry(true, 100, '10.0.0.0/16', 'allow', '6', ports(443))]) },
        { name: 'sg.json', content: securityGroup({ egress: [permission('tcp', '10.0.0.0/16', [443, 443])] }) },
      ],
    },
  ],
  invalid: [
    {
      title: { en: 'An unknown protocol, a port above 65535 and rule number 0', ja: '未知のプロトコル、65535 を超えるポート、ルール番号 0' },
      documents: [
        {
          name: 'nacl.json',
          content: networkAcl([entry(true, 100, '10.0.0.0/16', 'allow', 'tcpp'), entry(true, 110, '10.0.0.0/16', 'allow', '6', ports(443, 70000)), entry(false, 0, '10.0.0.0/16', 'allow')]),
        },
      ],
      errors: [
        { path: ['NetworkAcls', 0, 'Entries', 0, 'Protocol'] },
        { path: ['NetworkAcls', 0, 'Entries', 1, 'PortRange'] },
        { path: ['NetworkAcls', 0, 'Entries', 2, 'RuleNumber'] },
      ],
    },
  ],
};

export const inputDuplicateCases: RuleCases = {
  valid: [{ title: { en: 'Each table pasted once', ja: '各テーブルを 1 回だけ貼り付け' }, documents: [{ name: 'a.json', content: closedTable }] }],
  invalid: [
    {
      title: { en: 'The same table pasted in two documents', ja: '同じテーブルを 2 つのドキュメントに貼り付け' },
      documents: [
        { name: 'monday.json', content: closedTable },
        { name: 'tuesday.json', content: closedTable },
      ],
      errors: [{ file: 'tuesday.json', path: ['RouteTables', 0, 'RouteTableId'] }],
    },
  ],
};

const OTHER_VPC = 'vpc-0f9e8d7c6b5a40000';

/** The case route table moved to another VPC, with that VPC's CIDR and the given routes. */
function otherVpcTable(id: string, routes: Record<string, unknown>[], options: { main?: boolean; subnets?: string[] } = {}) {
  const table = (routeTable([route('10.1.0.0/16', 'local'), ...routes], { id, ...options }).RouteTables as Record<string, unknown>[])[0] as Record<string, unknown>;
  return { RouteTables: [{ ...table, VpcId: OTHER_VPC }] };
}

export const inputConflictCases: RuleCases = {
  valid: [
    {
      title: { en: 'Two VPCs, each with its own main route table', ja: '2 つの VPC と、それぞれのメインルートテーブル' },
      documents: [
        { name: 'vpc-a.json', content: routeTable([LOCAL], { main: true }) },
        { name: 'vpc-b.json', content: otherVpcTable('rtb-0f9e8d7c6b5a40003', [], { main: true }) },
      ],
    },
  ],
  invalid: [
    {
      title: { en: 'The same route table in two documents, with different routes', ja: '同じルートテーブルが 2 つのドキュメントにあり、ルートが違う' },
      documents: [
        { name: 'monday.json', content: closedTable },
        { name: 'tuesday.json', content: routeTable([LOCAL, route('0.0.0.0/0', 'nat-0a1b2c3d4e5f60009')]) },
      ],
      errors: [
        { file: 'monday.json', path: ['RouteTables', 0, 'RouteTableId'] },
        { file: 'tuesday.json', path: ['RouteTables', 0, 'RouteTableId'] },
      ],
    },
    {
      title: { en: 'A subnet associated with two network ACLs', ja: '2 つのネットワーク ACL に関連付けられたサブネット' },
      documents: [
        { name: 'acl-a.json', content: networkAcl([entry(true, 100, '10.0.0.0/16', 'allow')]) },
        { name: 'acl-b.json', content: networkAcl([entry(true, 100, '0.0.0.0/0', 'allow')], { id: 'acl-0a1b2c3d4e5f6000b' }) },
      ],
      errors: [
        { file: 'acl-a.json', path: ['NetworkAcls', 0, 'Associations', 0, 'SubnetId'] },
        { file: 'acl-b.json', path: ['NetworkAcls', 0, 'Associations', 0, 'SubnetId'] },
      ],
    },
    {
      title: { en: 'Two collect bundles from different Regions, and no Region in the context', ja: '別々のリージョンで収集した 2 つのバンドルと、リージョンのないコンテキスト' },
      documents: [
        { name: 'tokyo.json', content: collectBundle('ap-northeast-1', [{ name: 'route-tables.json', command: 'aws ec2 describe-route-tables --region ap-northeast-1 --output json', output: closedTable }]) },
        { name: 'osaka.json', content: collectBundle('ap-northeast-3', [{ name: 'vpcs.json', command: 'aws ec2 describe-vpcs --region ap-northeast-3 --output json', output: { Vpcs: [] } }]) },
      ],
      errors: [{ file: 'osaka.json', path: ['region'], messageId: 'bundleRegion' }],
    },
    {
      title: { en: 'A route to an interface endpoint, which AWS cannot route to', ja: 'AWS がルーティングできないインターフェイスエンドポイントへのルート' },
      documents: [
        { name: 'route-tables.json', content: routeTable([LOCAL, route('pl-61a54008', 'vpce-0a1b2c3d4e5f6000a')]) },
        { name: 'vpc-endpoints.json', content: vpcEndpoints([['vpce-0a1b2c3d4e5f6000a', 'Interface']]) },
      ],
      errors: [{ file: 'route-tables.json', path: ['RouteTables', 0, 'Routes', 1, 'GatewayId'], messageId: 'endpointType' }],
    },
  ],
};

export const inputPartialCases: RuleCases = {
  valid: [
    {
      title: { en: 'The network ACLs of the VPC list the subnet’s association', ja: 'VPC のネットワーク ACL にサブネットの関連付けがある' },
      documents: [
        { name: 'subnets.json', content: subnets() },
        { name: 'network-acls.json', content: networkAcl([entry(true, 100, '10.0.0.0/16', 'allow')]) },
      ],
    },
  ],
  invalid: [
    {
      title: { en: 'describe-network-acls filtered to one ACL that the WorkSpaces subnet does not use', ja: 'WorkSpaces のサブネットが使っていない 1 つの ACL だけに絞り込んだ describe-network-acls' },
      documents: [
        { name: 'subnets.json', content: subnets([[SUBNET, '10.0.1.0/24'], [SUBNET_2, '10.0.2.0/24']]) },
        { name: 'network-acls.json', content: networkAcl([entry(true, 100, '10.0.0.0/16', 'allow')], { subnets: [SUBNET_2] }) },
      ],
      errors: [{ file: 'subnets.json', path: ['Subnets', 0, 'SubnetId'] }],
    },
    {
      title: { en: 'A collect bundle in which describe-network-acls failed for lack of permission', ja: 'describe-network-acls が権限不足で失敗した収集バンドル' },
      documents: [
        {
          name: 'bundle.json',
          content: collectBundle('ap-northeast-1', [
            { name: 'route-tables.json', command: 'aws ec2 describe-route-tables --filters Name=vpc-id,Values=vpc-0a1b2c3d4e5f60001 --region ap-northeast-1 --output json', output: closedTable },
            {
              name: 'network-acls.json',
              command: 'aws ec2 describe-network-acls --filters Name=vpc-id,Values=vpc-0a1b2c3d4e5f60001 --region ap-northeast-1 --output json',
              error: 'An error occurred (UnauthorizedOperation) when calling the DescribeNetworkAcls operation: You are not authorized to perform this operation.',
            },
          ]),
        },
      ],
      errors: [{ file: 'bundle.json', path: ['documents', 1, 'error'], messageId: 'bundleCommand' }],
    },
  ],
};

export const inputVpcsCases: RuleCases = {
  valid: [{ title: { en: 'The outputs of one VPC', ja: '1 つの VPC の出力' }, documents: [{ name: 'route-tables.json', content: closedTable }] }],
  invalid: [
    {
      title: { en: 'An unfiltered describe-route-tables holding two VPCs', ja: '2 つの VPC を含む、絞り込んでいない describe-route-tables' },
      documents: [
        {
          name: 'route-tables.json',
          content: { RouteTables: [...(closedTable.RouteTables as unknown[]), ...(otherVpcTable('rtb-0f9e8d7c6b5a40003', [route('0.0.0.0/0', 'igw-0f9e8d7c6b5a40009')], { main: true }).RouteTables as unknown[])] },
        },
      ],
      errors: [{ file: 'route-tables.json', path: ['RouteTables', 0, 'RouteTableId'] }],
    },
  ],
};

export const inputContextCases: RuleCases = {
  valid: [
    {
      title: { en: 'Controllers as addresses, an internal range as a CIDR', ja: 'アドレスで書いたコントローラーと CIDR で書いた内部レンジ' },
      documents: [{ name: 'subnets.json', content: subnets() }],
      context: { directoryControllers: ['10.0.10.10'], internalCidrs: ['192.168.0.0/16'], bundle: 'public' },
    },
  ],
  invalid: [
    {
      title: { en: 'A controller that is not an address, and an unknown bundle type', ja: 'アドレスではないコントローラーと、未知のバンドル種別' },
      documents: [{ name: 'subnets.json', content: subnets() }],
      context: { directoryControllers: ['dc01.example.local'], bundle: 'premium' as 'public' },
      errors: [{ file: '<context>', path: ['directoryControllers', 0] }, { file: '<context>', path: ['bundle'] }],
    },
    {
      title: { en: 'A KMS host with a port out of range, and an unknown time design', ja: '範囲外のポートを持つ KMS ホストと、未知の時刻の設計' },
      documents: [{ name: 'subnets.json', content: subnets() }],
      context: { bundle: 'byol', kmsHosts: ['kms01.example.local:99999'], timeSource: 'ntp' as 'domain-hierarchy' },
      errors: [{ file: '<context>', path: ['kmsHosts', 0] }, { file: '<context>', path: ['timeSource'] }],
    },
  ],
};

/** A small WorkSpaces VPC template in YAML, as people write one; `extra` is appended under Resources. */
const templateYaml = (parameters: string, extra: string) => `AWSTemplateFormatVersion: "2010-09-09"
Description: WorkSpaces subnets with no way to the internet
${parameters}Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.20.0.0/16
  WorkspacesSubnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: !Select [1, !Cidr [!GetAtt Vpc.CidrBlock, 4, 8]]
      AvailabilityZone: !Select [0, !GetAZs ""]
  WorkspacesRouteTable:
    Type: AWS::EC2::RouteTable
    Properties:
      VpcId: !Ref Vpc
  WorkspacesRouteTableAssociation:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties:
      SubnetId: !Ref WorkspacesSubnet
      RouteTableId: !Ref WorkspacesRouteTable
${extra}`;

export const inputTemplateCases: RuleCases = {
  valid: [{ title: { en: 'Every Ref names a resource of the template, and Fn::Cidr gets its three arguments', ja: 'Ref はすべてテンプレートのリソースを指し、Fn::Cidr には 3 つの引数がある' }, documents: [{ name: 'workspaces-vpc.yaml', content: templateYaml('', '') }] }],
  invalid: [
    {
      title: { en: 'A route to a gateway the template does not define, and an Fn::Select past the end of its list', ja: 'テンプレートで定義していないゲートウェイへのルートと、リストの範囲外を指す Fn::Select' },
      documents: [
        {
          name: 'workspaces-vpc.yaml',
          content: templateYaml(
            '',
            `  ProxyRoute:
    Type: AWS::EC2::Route
    Properties:
      RouteTableId: !Ref WorkspacesRouteTable
      DestinationCidrBlock: !Select [4, !Cidr [10.20.0.0/16, 4, 8]]
      NatGatewayId: !Ref ProxyNatGateway
`,
          ),
        },
      ],
      errors: [
        { line: 27, messageId: 'function' },
        { line: 28, messageId: 'reference' },
      ],
    },
  ],
};

export const inputUnresolvedCases: RuleCases = {
  valid: [
    {
      title: { en: 'Every value is written in the template', ja: 'すべての値がテンプレートに書かれている' },
      documents: [
        {
          name: 'workspaces-vpc.yaml',
          content: templateYaml(
            '',
            `  WorkspacesSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: WorkSpaces
      VpcId: !Ref Vpc
      SecurityGroupEgress:
        - IpProtocol: "-1"
          CidrIp: !GetAtt Vpc.CidrBlock
`,
          ),
        },
      ],
    },
  ],
  invalid: [
    {
      title: { en: 'A security-group rule whose CIDR comes from a parameter without default', ja: 'セキュリティグループのルールの CIDR が既定値のないパラメーターから来る' },
      documents: [
        {
          name: 'workspaces-vpc.yaml',
          content: templateYaml(
            `Parameters:
  ProxyCidr:
    Type: String
    Description: Where the WorkSpaces may send HTTPS
`,
            `  WorkspacesSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: WorkSpaces
      VpcId: !Ref Vpc
      SecurityGroupEgress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: !Ref ProxyCidr
`,
          ),
        },
      ],
      errors: [{ line: 36, messageId: 'value' }],
    },
  ],
};
