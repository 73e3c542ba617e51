/**
 * The WorkSpaces kinds map the fields the CLI prints onto the model, each value where it is
 * written; a value that is not what the field holds is a finding at its own path.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readDocuments } from '../../validators/input/read.ts';
import { networkInterfaces } from '../../validators/input/kinds/network-interfaces.ts';
import { subnets } from '../../validators/input/kinds/subnets.ts';
import { workspaceDirectories } from '../../validators/input/kinds/workspace-directories.ts';
import { workspaces } from '../../validators/input/kinds/workspaces.ts';

const read = (name: string, value: unknown) => readDocuments([{ name, text: JSON.stringify(value, null, 2) }]);

describe('describe-workspace-directories', () => {
  test('reads the subnets, DNS servers, both groups, EnableInternetAccess and the fallback protocols, each at its path', () => {
    const directory = {
      ...workspaceDirectories.example,
      DnsIpv6Addresses: ['2406:da14:1a2:b310::10'],
      WorkspaceCreationProperties: { EnableInternetAccess: true, CustomSecurityGroupId: 'sg-0c0c0c0c0c0c0c0c1' },
      WorkspaceAccessProperties: { AccessEndpointConfig: { AccessEndpoints: [{ AccessEndpointType: 'STREAMING_WSP', VpcEndpointId: 'vpce-0a1' }], InternetFallbackProtocols: ['PCOIP'] } },
    };
    const { resources, problems } = read('dirs.json', { Directories: [directory] });
    assert.deepEqual(problems, []);
    const [model] = resources.workspaceDirectories;
    assert.ok(model);
    assert.equal(model.id, 'd-95670a1b2c');
    assert.equal(model.type, 'SIMPLE_AD');
    assert.equal(model.state, 'REGISTERED');
    assert.deepEqual(model.subnetIds.map((subnet) => [subnet.id, subnet.at.path]), [
      ['subnet-0e1a2b3c4d5e6f701', ['Directories', 0, 'SubnetIds', 0]],
      ['subnet-0e1a2b3c4d5e6f702', ['Directories', 0, 'SubnetIds', 1]],
    ]);
    assert.deepEqual(model.dnsAddresses.map((address) => [address.text, address.at.path]), [
      ['10.20.10.10', ['Directories', 0, 'DnsIpAddresses', 0]],
      ['10.20.11.10', ['Directories', 0, 'DnsIpAddresses', 1]],
      ['2406:da14:1a2:b310::10', ['Directories', 0, 'DnsIpv6Addresses', 0]],
    ]);
    assert.deepEqual(model.workspaceSecurityGroupId, { id: 'sg-0e1a2b3c4d5e6f701', at: { file: 'dirs.json', path: ['Directories', 0, 'WorkspaceSecurityGroupId'] } });
    assert.deepEqual(model.customSecurityGroupId?.at.path, ['Directories', 0, 'WorkspaceCreationProperties', 'CustomSecurityGroupId']);
    assert.deepEqual(model.enableInternetAccess, { value: true, at: { file: 'dirs.json', path: ['Directories', 0, 'WorkspaceCreationProperties', 'EnableInternetAccess'] } });
    assert.deepEqual(model.internetFallbackProtocols, [{ protocols: ['PCOIP'], at: { file: 'dirs.json', path: ['Directories', 0, 'WorkspaceAccessProperties', 'AccessEndpointConfig', 'InternetFallbackProtocols'] } }]);
  });

  test('an empty fallback list and a directory with no custom group read as nothing to report', () => {
    const { resources } = read('dirs.json', workspaceDirectories.example);
    const [model] = resources.workspaceDirectories;
    assert.deepEqual(model?.internetFallbackProtocols, []);
    assert.equal(model?.customSecurityGroupId, undefined);
    assert.equal(model?.enableInternetAccess?.value, false);
  });

  test('a DNS address of the wrong family or not an address is an input-value finding at its path, and left out', () => {
    const { resources, problems } = read('dirs.json', { ...workspaceDirectories.example, DnsIpAddresses: ['10.20.10.10', '10.20.10.300', '2406:da14::1'], DnsIpv6Addresses: ['10.20.10.11'] });
    assert.deepEqual(resources.workspaceDirectories[0]?.dnsAddresses.map((address) => address.text), ['10.20.10.10']);
    assert.deepEqual(
      problems.map((problem) => [problem.ruleId, problem.report.messageId, problem.report.at.path]),
      [
        ['input-value', 'address', ['DnsIpAddresses', 1]],
        ['input-value', 'address', ['DnsIpAddresses', 2]],
        ['input-value', 'address', ['DnsIpv6Addresses', 0]],
      ],
    );
  });

  test('the output of aws ds describe-directories is not taken for a WorkSpaces directory', () => {
    assert.equal(workspaceDirectories.detect({ DirectoryId: 'd-95670a1b2c', Name: 'corp.example.jp', Type: 'SimpleAD', DnsIpAddrs: ['10.20.10.10'], VpcSettings: { VpcId: 'vpc-0a1', SubnetIds: ['subnet-0a1'] } }), false);
  });
});

describe('describe-workspaces', () => {
  test('reads the directory, subnet with its place, addresses and state', () => {
    const { resources, problems } = read('ws.json', { Workspaces: [{ ...workspaces.example, Ipv6Address: '2406:da14:1a2:b301::25' }] });
    assert.deepEqual(problems, []);
    const [model] = resources.workspaces;
    assert.deepEqual(model, {
      id: 'ws-0a1b2c3d4',
      at: { file: 'ws.json', path: ['Workspaces', 0, 'WorkspaceId'] },
      directoryId: 'd-95670a1b2c',
      subnetId: 'subnet-0e1a2b3c4d5e6f701',
      subnetAt: { file: 'ws.json', path: ['Workspaces', 0, 'SubnetId'] },
      ipAddress: '10.20.1.25',
      ipv6Address: '2406:da14:1a2:b301::25',
      state: 'AVAILABLE',
    });
  });

  test('a WorkSpace still being created, with no address yet, is read without one', () => {
    const { resources, problems } = read('ws.json', { WorkspaceId: 'ws-0a1b2c3d5', DirectoryId: 'd-95670a1b2c', State: 'PENDING', UserName: 'sato' });
    assert.deepEqual(problems, []);
    assert.equal(resources.workspaces[0]?.ipAddress, undefined);
  });
});

describe('describe-network-interfaces', () => {
  test('reads every private address once, the groups at their paths, the description and a public address', () => {
    const eni = {
      ...networkInterfaces.example,
      PrivateIpAddresses: [{ Primary: true, PrivateIpAddress: '10.20.1.25' }, { Primary: false, PrivateIpAddress: '10.20.1.26' }],
      Ipv6Addresses: [{ Ipv6Address: '2406:da14:1a2:b301::25' }],
      Association: { IpOwnerId: 'amazon', PublicIp: '203.0.113.25' },
      Groups: [{ GroupId: 'sg-0e1a2b3c4d5e6f701' }, { GroupId: 'sg-0c0c0c0c0c0c0c0c1', GroupName: 'custom' }],
    };
    const { resources, problems } = read('eni.json', { NetworkInterfaces: [eni] });
    assert.deepEqual(problems, []);
    const [model] = resources.networkInterfaces;
    assert.deepEqual(model?.addresses, ['10.20.1.25', '10.20.1.26', '2406:da14:1a2:b301::25']);
    assert.deepEqual(model?.groupIds.map((group) => [group.id, group.at.path]), [
      ['sg-0e1a2b3c4d5e6f701', ['NetworkInterfaces', 0, 'Groups', 0, 'GroupId']],
      ['sg-0c0c0c0c0c0c0c0c1', ['NetworkInterfaces', 0, 'Groups', 1, 'GroupId']],
    ]);
    assert.equal(model?.description, 'Created By Amazon Workspaces for AWS Account ID 123456789012');
    assert.deepEqual(model?.publicIp, { address: '203.0.113.25', at: { file: 'eni.json', path: ['NetworkInterfaces', 0, 'Association', 'PublicIp'] } });
    assert.equal(model?.subnetId, 'subnet-0e1a2b3c4d5e6f701');
    assert.equal(model?.vpcId, 'vpc-0e1a2b3c4d5e6f701');
  });

  test('an interface is not taken for a subnet, though it has SubnetId and AvailabilityZone, nor a route for an interface', () => {
    assert.equal(subnets.detect(networkInterfaces.example), false);
    assert.equal(networkInterfaces.detect({ DestinationCidrBlock: '0.0.0.0/0', NetworkInterfaceId: 'eni-0a1', InstanceId: 'i-0a1', Origin: 'CreateRoute', State: 'active' }), false);
  });

  test('the output of create-network-interface is read as one interface', () => {
    const { resources } = read('eni.json', { NetworkInterface: networkInterfaces.example });
    assert.equal(resources.networkInterfaces.length, 1);
    assert.deepEqual(resources.networkInterfaces[0]?.at.path, ['NetworkInterface', 'NetworkInterfaceId']);
  });
});
