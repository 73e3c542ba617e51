/**
 * `aws workspaces describe-workspace-directories`: where AWS itself lists the WorkSpaces subnets,
 * the directory's DNS servers (its controllers) and the security groups every WorkSpace of the
 * directory gets. The analysis fills the context from it (analysis/workspaces.ts).
 * Shape: https://docs.aws.amazon.com/workspaces/latest/api/API_WorkspaceDirectory.html
 */
import * as z from 'zod';
import type { WorkspaceDirectory } from '../../model.ts';
import { has, hasAny } from '../read-context.ts';
import { defineInputKind } from './define.ts';

/** `WorkspaceAccessProperties.AccessEndpointConfig`: streaming through interface VPC endpoints. */
const AccessEndpointConfigShape = z.looseObject({
  /** `{ AccessEndpointType: STREAMING_WSP, VpcEndpointId }`. */
  AccessEndpoints: z.array(z.looseObject({ AccessEndpointType: z.string().optional(), VpcEndpointId: z.string().optional() })).optional(),
  /** Protocols that fall back to the public internet when the endpoint cannot be used (`PCOIP`). */
  InternetFallbackProtocols: z.array(z.string()).optional(),
});

/** One registered directory (API type `WorkspaceDirectory`). */
export const WorkspaceDirectoryShape = z.looseObject({
  DirectoryId: z.string(),
  Alias: z.string().optional(),
  DirectoryName: z.string().optional(),
  /** `SIMPLE_AD`, `AD_CONNECTOR`, `CUSTOMER_MANAGED`, `AWS_IAM_IDENTITY_CENTER`. */
  DirectoryType: z.string().optional(),
  /** `REGISTERING`, `REGISTERED`, `DEREGISTERING`, `DEREGISTERED`, `ERROR`. */
  State: z.string().optional(),
  /** The subnets WorkSpaces of this directory are launched in. */
  SubnetIds: z.array(z.string()).optional(),
  /** IPv4 addresses of the directory's DNS servers. */
  DnsIpAddresses: z.array(z.string()).optional(),
  /** IPv6 addresses of the directory's DNS servers. */
  DnsIpv6Addresses: z.array(z.string()).optional(),
  /** The group AWS creates (`<directory>_workspacesMembers`) and attaches to every WorkSpace. */
  WorkspaceSecurityGroupId: z.string().optional(),
  WorkspaceCreationProperties: z
    .looseObject({
      /** A public IP on every new WorkSpace. */
      EnableInternetAccess: z.boolean().optional(),
      /** The directory's custom group, attached to new and rebuilt WorkSpaces next to the one above. */
      CustomSecurityGroupId: z.string().optional(),
      DefaultOu: z.string().optional(),
      UserEnabledAsLocalAdministrator: z.boolean().optional(),
      EnableMaintenanceMode: z.boolean().optional(),
    })
    .optional(),
  WorkspaceAccessProperties: z.looseObject({ AccessEndpointConfig: AccessEndpointConfigShape.optional() }).optional(),
});

export const workspaceDirectories = defineInputKind({
  kind: 'WorkspaceDirectories',
  command: 'aws workspaces describe-workspace-directories --output json',
  collectionKey: 'Directories',
  fileName: 'workspace-directories.json',
  label: { en: 'WorkSpaces directories', ja: 'WorkSpaces のディレクトリ' },
  page: 'validators/workspaces/',
  note: {
    en: 'Fills `workspacesSubnetIds`, `directoryControllers` and `workspacesSecurityGroupIds` where the context leaves them empty.',
    ja: 'コンテキストが空の `workspacesSubnetIds`・`directoryControllers`・`workspacesSecurityGroupIds` を埋めます。',
  },
  itemShape: WorkspaceDirectoryShape,
  example: {
    DirectoryId: 'd-95670a1b2c',
    Alias: 'd-95670a1b2c',
    DirectoryName: 'corp.example.jp',
    RegistrationCode: 'SLiad+KX2Q7P',
    SubnetIds: ['subnet-0e1a2b3c4d5e6f701', 'subnet-0e1a2b3c4d5e6f702'],
    DnsIpAddresses: ['10.20.10.10', '10.20.11.10'],
    CustomerUserName: 'Administrator',
    IamRoleId: 'arn:aws:iam::123456789012:role/workspaces_DefaultRole',
    DirectoryType: 'SIMPLE_AD',
    WorkspaceSecurityGroupId: 'sg-0e1a2b3c4d5e6f701',
    State: 'REGISTERED',
    WorkspaceCreationProperties: { EnableInternetAccess: false, UserEnabledAsLocalAdministrator: false, EnableMaintenanceMode: true },
    WorkspaceAccessProperties: { DeviceTypeWindows: 'ALLOW', DeviceTypeOsx: 'ALLOW', DeviceTypeWeb: 'DENY', DeviceTypeIos: 'DENY', DeviceTypeAndroid: 'DENY', DeviceTypeChromeOs: 'DENY', DeviceTypeZeroClient: 'DENY', DeviceTypeLinux: 'DENY' },
    Tenancy: 'SHARED',
    SelfservicePermissions: { RestartWorkspace: 'ENABLED', IncreaseVolumeSize: 'DISABLED', ChangeComputeType: 'DISABLED', SwitchRunningMode: 'DISABLED', RebuildWorkspace: 'DISABLED' },
  },
  detect: (value) =>
    has(value, 'DirectoryId') &&
    hasAny(value, ['WorkspaceSecurityGroupId', 'WorkspaceCreationProperties', 'DnsIpAddresses', 'RegistrationCode', 'SubnetIds', 'DirectoryType']) &&
    !hasAny(value, ['WorkspaceId', 'VpcId', 'RouteTableId', 'NetworkAclId', 'GroupId']),
  read(ctx, file, value, path) {
    const directory = ctx.check(WorkspaceDirectoryShape, value, file, path);
    if (!directory) return;
    const at = { file, path: [...path, 'DirectoryId'] };
    if (!ctx.firstDefinition(directory.DirectoryId, at, 'directory', value)) return;
    const creation = directory.WorkspaceCreationProperties;
    const creationPath = [...path, 'WorkspaceCreationProperties'];
    const endpointConfigPath = [...path, 'WorkspaceAccessProperties', 'AccessEndpointConfig'];
    const fallback = directory.WorkspaceAccessProperties?.AccessEndpointConfig?.InternetFallbackProtocols ?? [];
    const dnsAddresses: WorkspaceDirectory['dnsAddresses'] = [];
    for (const [key, family] of [['DnsIpAddresses', 4], ['DnsIpv6Addresses', 6]] as const) {
      (directory[key] ?? []).forEach((text, index) => {
        const address = ctx.addressAt(file, text, [...path, key], index, family, `${key}[${index}]`);
        if (address !== undefined) dnsAddresses.push({ text: address, at: { file, path: [...path, key, index] } });
      });
    }
    const result: WorkspaceDirectory = {
      id: directory.DirectoryId,
      subnetIds: (directory.SubnetIds ?? []).map((id, index) => ({ id, at: { file, path: [...path, 'SubnetIds', index] } })),
      dnsAddresses,
      internetFallbackProtocols: fallback.length > 0 ? [{ protocols: fallback, at: { file, path: [...endpointConfigPath, 'InternetFallbackProtocols'] } }] : [],
      at,
      ...(directory.DirectoryType ? { type: directory.DirectoryType } : {}),
      ...(directory.State ? { state: directory.State } : {}),
      ...(directory.WorkspaceSecurityGroupId ? { workspaceSecurityGroupId: { id: directory.WorkspaceSecurityGroupId, at: { file, path: [...path, 'WorkspaceSecurityGroupId'] } } } : {}),
      ...(creation?.CustomSecurityGroupId ? { customSecurityGroupId: { id: creation.CustomSecurityGroupId, at: { file, path: [...creationPath, 'CustomSecurityGroupId'] } } } : {}),
      ...(creation?.EnableInternetAccess !== undefined ? { enableInternetAccess: { value: creation.EnableInternetAccess, at: { file, path: [...creationPath, 'EnableInternetAccess'] } } } : {}),
    };
    ctx.resources.workspaceDirectories.push(result);
  },
});
