/**
 * Each template example of the gallery, next to the design it writes: the same design rendered as
 * the describe-* outputs of the deployed VPC gets the same verdict and the same deciding resources
 * as the template does.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SAMPLES, sampleText } from '../../samples/build.ts';
import { Analysis } from '../../validators/analysis/analysis.ts';
import { registerDocumentReaders } from '../../validators/input/document-readers.ts';
import { DOCUMENT_READERS } from '../../validators/input/iac/readers.ts';
import { readDocuments } from '../../validators/input/read.ts';
import type { Context } from '../../validators/types.ts';
import { renderDescribe } from '../support/design-describe.ts';
import { S3_LIST } from '../support/design-gen.ts';
import type { Design } from '../support/design.ts';

// readDocuments is imported without index.ts, which is what registers the template readers: register them as it does.
registerDocumentReaders(DOCUMENT_READERS);

/** The AWS-samples-style template: directory and WorkSpaces subnets on one table with no way out. */
function workspacesDesign(patching: boolean): Design {
  const wsAcl = [
    { ruleNumber: 100, egress: false, action: 'allow' as const, protocol: -1, cidr: '10.50.0.0/16' },
    { ruleNumber: 100, egress: true, action: 'allow' as const, protocol: -1, cidr: '10.50.0.0/16' },
    ...(patching
      ? [
          { ruleNumber: 110, egress: true, action: 'allow' as const, protocol: 6, cidr: '0.0.0.0/0', ports: [443, 443] as [number, number] },
          { ruleNumber: 110, egress: false, action: 'allow' as const, protocol: 6, cidr: '0.0.0.0/0', ports: [1024, 65535] as [number, number] },
        ]
      : []),
  ];
  return {
    region: 'ap-northeast-1',
    vpcs: [{ name: 'vpc', cidrs: ['10.50.0.0/16'] }],
    subnets: [
      { name: 'dir1', vpc: 'vpc', cidr: '10.50.0.0/24', availabilityZone: 'ap-northeast-1a' },
      { name: 'dir2', vpc: 'vpc', cidr: '10.50.1.0/24', availabilityZone: 'ap-northeast-1c' },
      { name: 'ws1', vpc: 'vpc', cidr: '10.50.4.0/24', availabilityZone: 'ap-northeast-1a' },
      { name: 'ws2', vpc: 'vpc', cidr: '10.50.5.0/24', availabilityZone: 'ap-northeast-1c' },
      ...(patching ? [{ name: 'public', vpc: 'vpc', cidr: '10.50.7.0/24', availabilityZone: 'ap-northeast-1a' }] : []),
    ],
    routeTables: [
      { name: 'private', vpc: 'vpc', main: false, routes: patching ? [{ destination: '0.0.0.0/0', target: { kind: 'nat-gateway', name: 'nat' } }] : [], subnets: ['dir1', 'dir2', 'ws1', 'ws2'] },
      ...(patching ? [{ name: 'public-rt', vpc: 'vpc', main: false, routes: [{ destination: '0.0.0.0/0', target: { kind: 'internet-gateway' as const, name: 'igw' } }], subnets: ['public'] }] : []),
      { name: 'main', vpc: 'vpc', main: true, routes: [], subnets: [] },
    ],
    acls: [
      { name: 'ws-acl', vpc: 'vpc', default: false, entries: wsAcl, subnets: ['ws1', 'ws2'] },
      { name: 'default-acl', vpc: 'vpc', default: true, entries: [], subnets: [] },
    ],
    // The group WorkSpaces creates for the directory: all outbound allowed.
    securityGroups: [{ name: 'members', vpc: 'vpc', rules: [], defaultEgress: true }],
    internetGateways: patching ? [{ name: 'igw', vpc: 'vpc' }] : [],
    egressOnlyInternetGateways: [],
    natGateways: patching ? [{ name: 'nat', subnet: 'public', connectivity: 'public' }] : [],
    gatewayEndpoints: [{ name: 's3', vpc: 'vpc', prefixList: 's3', routeTables: ['private'] }],
    prefixLists: [S3_LIST],
    workspacesSubnets: ['ws1', 'ws2'],
  };
}

/** The CDK app: four isolated subnets with a table each, an S3 gateway endpoint on all of them, three groups. */
const CDK_DESIGN: Design = {
  region: 'ap-northeast-1',
  vpcs: [{ name: 'vpc', cidrs: ['10.40.0.0/16'] }],
  subnets: [
    { name: 'ws1', vpc: 'vpc', cidr: '10.40.0.0/24', availabilityZone: 'ap-northeast-1a' },
    { name: 'ws2', vpc: 'vpc', cidr: '10.40.1.0/24', availabilityZone: 'ap-northeast-1c' },
    { name: 'dir1', vpc: 'vpc', cidr: '10.40.2.0/24', availabilityZone: 'ap-northeast-1a' },
    { name: 'dir2', vpc: 'vpc', cidr: '10.40.3.0/24', availabilityZone: 'ap-northeast-1c' },
  ],
  routeTables: [
    ...['ws1', 'ws2', 'dir1', 'dir2'].map((subnet) => ({ name: `${subnet}-rt`, vpc: 'vpc', main: false, routes: [], subnets: [subnet] })),
    { name: 'main', vpc: 'vpc', main: true, routes: [], subnets: [] },
  ],
  acls: [{ name: 'default-acl', vpc: 'vpc', default: true, entries: [], subnets: [] }],
  securityGroups: [
    { name: 'workspaces-sg', vpc: 'vpc', rules: [{ egress: true, protocol: -1, peer: { cidr: '10.40.0.0/16' } }], defaultEgress: false },
    { name: 'kms-sg', vpc: 'vpc', rules: [{ egress: false, protocol: 6, ports: [443, 443], peer: { cidr: '10.40.0.0/16' } }], defaultEgress: false },
    // The VPC's default group, which CDK's custom resource strips of its rules.
    { name: 'default-sg', vpc: 'vpc', rules: [], defaultEgress: false },
  ],
  internetGateways: [],
  egressOnlyInternetGateways: [],
  natGateways: [],
  gatewayEndpoints: [{ name: 's3', vpc: 'vpc', prefixList: 's3', routeTables: ['ws1-rt', 'ws2-rt', 'dir1-rt', 'dir2-rt'] }],
  prefixLists: [S3_LIST],
  workspacesSubnets: ['ws1', 'ws2'],
};

/** Logical ids (and the ids of what AWS creates with them) of each sample, by design name. */
const TEMPLATE_NAMES: Record<string, Record<string, string>> = {
  'cloudformation-workspaces': { Vpc: 'vpc', DirectorySubnet1: 'dir1', DirectorySubnet2: 'dir2', WorkspacesSubnet1: 'ws1', WorkspacesSubnet2: 'ws2', PrivateRouteTable: 'private', 'Vpc.MainRouteTable': 'main', WorkspacesNetworkAcl: 'ws-acl', 'Vpc.DefaultNetworkAcl': 'default-acl', 'Directory.WorkspaceSecurityGroupId': 'members', S3Endpoint: 's3' },
  'cdk-private-isolated': {
    Vpc8378EB38: 'vpc',
    VpcWorkspacesSubnet1Subnet5C2F1AE0: 'ws1',
    VpcWorkspacesSubnet2Subnet0F8E2D93: 'ws2',
    VpcDirectorySubnet1Subnet2B9F6C44: 'dir1',
    VpcDirectorySubnet2SubnetE4A1973D: 'dir2',
    VpcWorkspacesSubnet1RouteTableB1D04E6F: 'ws1-rt',
    VpcWorkspacesSubnet2RouteTable4A7B3C18: 'ws2-rt',
    VpcDirectorySubnet1RouteTableD83E0A12: 'dir1-rt',
    VpcDirectorySubnet2RouteTable15C9B2F0: 'dir2-rt',
    'Vpc8378EB38.MainRouteTable': 'main',
    'Vpc8378EB38.DefaultNetworkAcl': 'default-acl',
    WorkspacesSecurityGroup8B3E1C57: 'workspaces-sg',
    VpcKmsSecurityGroup6E2B1F3A: 'kms-sg',
    'Vpc8378EB38.DefaultSecurityGroup': 'default-sg',
    VpcS3Endpoint3A1D4B2C: 's3',
  },
};
TEMPLATE_NAMES['cloudformation-patching-nat'] = { ...TEMPLATE_NAMES['cloudformation-workspaces'], PublicSubnet: 'public', PublicRouteTable: 'public-rt', InternetGateway: 'igw', NatGateway: 'nat' };

const DESIGNS: Record<string, Design> = { 'cloudformation-workspaces': workspacesDesign(false), 'cloudformation-patching-nat': workspacesDesign(true), 'cdk-private-isolated': CDK_DESIGN };

function judge(documents: { name: string; text: string }[], context: Context, names: ReadonlyMap<string, string>): { verdict: string; flows: string[] } {
  const { resources, problems } = readDocuments([...documents].sort((a, b) => (a.name < b.name ? -1 : 1)));
  const path = new Analysis(resources, problems, context).path();
  const name = (id: string | undefined) => (id === undefined ? '' : (names.get(id) ?? id));
  const flows = [...path.open.map((flow) => ['open', flow] as const), ...path.unverified.map((flow) => ['unverified', flow] as const)].map(([kind, flow]) =>
    [kind, name(flow.subnet.id), flow.direction, flow.family, name(flow.route?.tableId), name(flow.route?.target.id), name(flow.aclEntry?.aclId), name(flow.sgRule?.groupId)].join(' | '),
  );
  return { verdict: path.verdict, flows: [...new Set(flows)].sort() };
}

describe('template examples and the describe-* outputs of the same design', () => {
  for (const [id, design] of Object.entries(DESIGNS)) {
    test(`${id}: the template gets the verdict and deciding resources the deployed VPC’s describe-* outputs get`, () => {
      const sample = SAMPLES.find((candidate) => candidate.id === id);
      assert.ok(sample, id);
      const described = renderDescribe(design);
      const expected = judge(described.documents, described.context as Context, new Map([...described.ids].map(([name, awsId]) => [awsId, name])));
      const actual = judge(
        sample.documents.map((document) => ({ name: document.name, text: sampleText(document) })),
        sample.context,
        new Map(Object.entries(TEMPLATE_NAMES[id] ?? {})),
      );
      assert.equal(actual.verdict, sample.expected.verdict);
      assert.equal(actual.verdict, expected.verdict);
      assert.deepEqual(actual.flows, expected.flows);
    });
  }
});
