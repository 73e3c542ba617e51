/**
 * `aws workspaces describe-workspaces`: each WorkSpace's directory, subnet and addresses. The
 * addresses tell which network interfaces are the WorkSpaces' (analysis/workspaces.ts).
 * Shape: https://docs.aws.amazon.com/workspaces/latest/api/API_Workspace.html
 */
import * as z from 'zod';
import type { Workspace } from '../../model.ts';
import { has, hasAny } from '../read-context.ts';
import { defineInputKind } from './define.ts';

/** One WorkSpace (API type `Workspace`). */
export const WorkspaceShape = z.looseObject({
  WorkspaceId: z.string(),
  DirectoryId: z.string().optional(),
  UserName: z.string().optional(),
  /** The private IPv4 address of its primary interface, in its subnet. */
  IpAddress: z.string().optional(),
  /** Its IPv6 address, on a dual-stack subnet. */
  Ipv6Address: z.string().optional(),
  /** `AVAILABLE`, `STOPPED`, `PENDING`, … */
  State: z.string().optional(),
  BundleId: z.string().optional(),
  SubnetId: z.string().optional(),
  ComputerName: z.string().optional(),
});

export const workspaces = defineInputKind({
  kind: 'Workspaces',
  command: 'aws workspaces describe-workspaces --directory-id <directory-id> --output json',
  collectionKey: 'Workspaces',
  fileName: 'workspaces.json',
  label: { en: 'WorkSpaces', ja: 'WorkSpaces' },
  page: 'validators/workspaces/',
  note: {
    en: 'Its addresses tell the WorkSpaces’ interfaces in `describe-network-interfaces` from the others.',
    ja: 'このアドレスで、`describe-network-interfaces` の中から WorkSpaces のネットワークインターフェイスを見分けます。',
  },
  itemShape: WorkspaceShape,
  example: {
    WorkspaceId: 'ws-0a1b2c3d4',
    DirectoryId: 'd-95670a1b2c',
    UserName: 'tanaka',
    IpAddress: '10.20.1.25',
    State: 'AVAILABLE',
    BundleId: 'wsb-0a1b2c3d4',
    SubnetId: 'subnet-0e1a2b3c4d5e6f701',
    ComputerName: 'WSAMZN-0A1B2C3D',
    WorkspaceProperties: { RunningMode: 'AUTO_STOP', RunningModeAutoStopTimeoutInMinutes: 60, RootVolumeSizeGib: 80, UserVolumeSizeGib: 50, ComputeTypeName: 'STANDARD', Protocols: ['WSP'] },
    ModificationStates: [],
  },
  detect: (value) => has(value, 'WorkspaceId') && hasAny(value, ['DirectoryId', 'SubnetId', 'IpAddress', 'BundleId', 'UserName', 'State']) && !hasAny(value, ['RouteTableId', 'NetworkAclId', 'GroupId', 'NetworkInterfaceId']),
  read(ctx, file, value, path) {
    const workspace = ctx.check(WorkspaceShape, value, file, path);
    if (!workspace) return;
    const at = { file, path: [...path, 'WorkspaceId'] };
    if (!ctx.firstDefinition(workspace.WorkspaceId, at, 'workspace', value)) return;
    const ipAddress = workspace.IpAddress === undefined || workspace.IpAddress === '' ? undefined : ctx.addressAt(file, workspace.IpAddress, path, 'IpAddress', 4, 'IpAddress');
    const ipv6Address = workspace.Ipv6Address === undefined || workspace.Ipv6Address === '' ? undefined : ctx.addressAt(file, workspace.Ipv6Address, path, 'Ipv6Address', 6, 'Ipv6Address');
    const result: Workspace = {
      id: workspace.WorkspaceId,
      at,
      ...(workspace.DirectoryId ? { directoryId: workspace.DirectoryId } : {}),
      ...(workspace.SubnetId ? { subnetId: workspace.SubnetId, subnetAt: { file, path: [...path, 'SubnetId'] } } : {}),
      ...(ipAddress ? { ipAddress } : {}),
      ...(ipv6Address ? { ipv6Address } : {}),
      ...(workspace.State ? { state: workspace.State } : {}),
    };
    ctx.resources.workspaces.push(result);
  },
});
