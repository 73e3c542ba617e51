/** Cases of the `ws-*` rules: the WorkSpaces directory, the WorkSpaces and their interfaces. */
import type { RuleCases } from './case.ts';
import { CUSTOM_GROUP, GROUP, networkInterfaces, permission, securityGroup, SUBNET, SUBNET_2, workspaceDirectory, workspaceList } from './builders.ts';

const directories = 'workspace-directories.json';
const CREATION = ['Directories', 0, 'WorkspaceCreationProperties'];
/** A group the directory no longer names: the custom group of an earlier design. */
const OLD_GROUP = 'sg-0a1b2c3d4e5f6000f';

/** The members group and the custom group, both given. */
const bothGroups = {
  SecurityGroups: [
    ...(securityGroup().SecurityGroups as unknown[]),
    ...(securityGroup({ id: CUSTOM_GROUP, name: 'workspaces-custom', egress: [permission('tcp', '10.0.0.0/16', [443, 443])] }).SecurityGroups as unknown[]),
  ],
};

export const wsInternetAccessCases: RuleCases = {
  valid: [
    {
      title: { en: 'New WorkSpaces get no public address', ja: '新しい WorkSpace にパブリックアドレスが付かない' },
      documents: [{ name: directories, content: workspaceDirectory() }],
    },
  ],
  invalid: [
    {
      title: { en: 'EnableInternetAccess is true on the directory', ja: 'ディレクトリの EnableInternetAccess が true' },
      documents: [{ name: directories, content: workspaceDirectory({ internet: true }) }],
      errors: [{ path: [...CREATION, 'EnableInternetAccess'], messageId: 'directory' }],
    },
    {
      title: { en: 'A WorkSpace launched while it was true still has its public address', ja: 'true の間に起動した WorkSpace にパブリックアドレスが残っている' },
      documents: [
        { name: 'workspaces.json', content: workspaceList([['ws-0a1b2c3d4', SUBNET, '10.0.1.25']]) },
        { name: 'network-interfaces.json', content: networkInterfaces([['eni-0a1b2c3d4e5f60010', SUBNET, '10.0.1.25', [GROUP]]], { Association: { IpOwnerId: 'amazon', PublicIp: '203.0.113.25' } }) },
      ],
      errors: [{ file: 'network-interfaces.json', path: ['NetworkInterfaces', 0, 'Association', 'PublicIp'], messageId: 'interface' }],
    },
  ],
};

export const wsInternetFallbackCases: RuleCases = {
  valid: [
    {
      title: { en: 'Streaming through a VPC endpoint, with no fallback to the internet', ja: 'VPC エンドポイント経由のストリーミングで、インターネットへのフォールバックなし' },
      documents: [{ name: directories, content: workspaceDirectory({ fallback: [] }) }],
    },
  ],
  invalid: [
    {
      title: { en: 'PCoIP falls back to the internet when the endpoint cannot be used', ja: 'エンドポイントが使えないとき PCoIP がインターネットにフォールバックする' },
      documents: [{ name: directories, content: workspaceDirectory({ fallback: ['PCOIP'] }) }],
      errors: [{ path: ['Directories', 0, 'WorkspaceAccessProperties', 'AccessEndpointConfig', 'InternetFallbackProtocols'] }],
    },
  ],
};

export const wsWorkspaceSubnetCases: RuleCases = {
  valid: [
    {
      title: { en: 'The WorkSpace is in a subnet its directory lists', ja: 'WorkSpace がディレクトリのサブネットにある' },
      documents: [
        { name: directories, content: workspaceDirectory({ subnets: [SUBNET] }) },
        { name: 'workspaces.json', content: workspaceList([['ws-0a1b2c3d4', SUBNET, '10.0.1.25']]) },
      ],
    },
  ],
  invalid: [
    {
      title: { en: 'A WorkSpace left in a subnet the directory no longer lists', ja: 'ディレクトリから外したサブネットに残っている WorkSpace' },
      documents: [
        { name: directories, content: workspaceDirectory({ subnets: [SUBNET] }) },
        { name: 'workspaces.json', content: workspaceList([['ws-0a1b2c3d4', SUBNET, '10.0.1.25'], ['ws-0e5f6a7b8', SUBNET_2, '10.0.2.40']]) },
      ],
      errors: [{ file: 'workspaces.json', path: ['Workspaces', 1, 'SubnetId'] }],
    },
  ],
};

export const wsInterfaceGroupsCases: RuleCases = {
  valid: [
    {
      title: { en: 'Each WorkSpace’s interface carries the directory’s group and its custom group', ja: '各 WorkSpace のインターフェイスにディレクトリのグループとカスタムグループが付いている' },
      documents: [
        { name: directories, content: workspaceDirectory({ custom: CUSTOM_GROUP }) },
        { name: 'network-interfaces.json', content: networkInterfaces([['eni-0a1b2c3d4e5f60010', SUBNET, '10.0.1.25', [GROUP, CUSTOM_GROUP]], ['eni-0a1b2c3d4e5f60011', SUBNET_2, '10.0.2.40', [GROUP, CUSTOM_GROUP]]]) },
        { name: 'security-groups.json', content: bothGroups },
      ],
    },
  ],
  invalid: [
    {
      title: { en: 'A WorkSpace created under an earlier custom group still carries it', ja: '以前のカスタムグループのもとで作った WorkSpace にそのグループが残っている' },
      documents: [
        { name: directories, content: workspaceDirectory({ custom: CUSTOM_GROUP }) },
        { name: 'network-interfaces.json', content: networkInterfaces([['eni-0a1b2c3d4e5f60010', SUBNET, '10.0.1.25', [GROUP, CUSTOM_GROUP]], ['eni-0a1b2c3d4e5f60011', SUBNET_2, '10.0.2.40', [GROUP, OLD_GROUP]]]) },
        { name: 'security-groups.json', content: { SecurityGroups: [...bothGroups.SecurityGroups, ...(securityGroup({ id: OLD_GROUP, name: 'workspaces-custom-2024' }).SecurityGroups as unknown[])] } },
      ],
      errors: [{ file: 'network-interfaces.json', path: ['NetworkInterfaces', 1, 'Groups', 1, 'GroupId'] }],
    },
  ],
};

export const wsGroupMissingCases: RuleCases = {
  valid: [
    {
      title: { en: 'Both groups the directory names are given', ja: 'ディレクトリが指定する 2 つのグループがどちらも入力にある' },
      documents: [
        { name: directories, content: workspaceDirectory({ custom: CUSTOM_GROUP }) },
        { name: 'security-groups.json', content: bothGroups },
      ],
    },
  ],
  invalid: [
    {
      title: { en: 'The directory’s custom group was not pasted', ja: 'ディレクトリのカスタムグループを貼り付けていない' },
      documents: [
        { name: directories, content: workspaceDirectory({ custom: CUSTOM_GROUP }) },
        { name: 'security-groups.json', content: securityGroup() },
      ],
      errors: [{ path: [...CREATION, 'CustomSecurityGroupId'], messageId: 'directory' }],
    },
    {
      title: { en: 'A group on a WorkSpace’s interface was not pasted', ja: 'WorkSpace のインターフェイスに付いているグループを貼り付けていない' },
      documents: [
        { name: 'network-interfaces.json', content: networkInterfaces([['eni-0a1b2c3d4e5f60010', SUBNET, '10.0.1.25', [GROUP, OLD_GROUP]]]) },
        { name: 'security-groups.json', content: securityGroup() },
      ],
      errors: [{ path: ['NetworkInterfaces', 0, 'Groups', 1, 'GroupId'], messageId: 'interface' }],
    },
  ],
};
