import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { KMS_TIMING } from '../../validators/requirements/activation.ts';
import { BYOL_RANGES, DIRECTORY_SERVICE_MANAGEMENT_RANGES, MANAGEMENT_RANGES } from '../../validators/requirements/management-ranges.ts';
import { decodeNtpFlags } from '../../validators/requirements/time.ts';
import { SECURITY_INTELLIGENCE_SHA2_ONLY_SINCE, WORKSPACES_AV_EXCLUSIONS } from '../../validators/requirements/defender.ts';
import { AD_CONNECTOR_ENDPOINT_RESTRICTIONS, amazonLinuxEndpointPolicy } from '../../validators/requirements/endpoints.ts';
import { CLIENT_PORTS, MANAGEMENT_PORTS, WSUS_PORTS } from '../../validators/requirements/ports.ts';
import { cidr, isAddressError, parseCidr } from '../../validators/net/address.ts';

describe('requirement data the guides render', () => {
  test('the KMS host defaults in minutes say the same as the client intervals in days and hours', () => {
    assert.equal(KMS_TIMING.hostRenewalIntervalMinutes, KMS_TIMING.renewalDays * 24 * 60);
    assert.equal(KMS_TIMING.hostActivationIntervalMinutes, KMS_TIMING.retryHours * 60);
  });

  test('0x9, the AMI default flag, decodes to SpecialInterval + Client', () => {
    assert.deepEqual(decodeNtpFlags(0x9), ['SpecialInterval', 'Client']);
    assert.deepEqual(decodeNtpFlags(0x12), ['UseAsFallbackOnly', '0x10']);
  });

  test('every management range is a canonical IPv4 CIDR, each Region has candidates and the DCV range', () => {
    for (const row of MANAGEMENT_RANGES) {
      assert.ok(row.ranges.length > 0, row.region);
      assert.deepEqual(row.dcvRanges, ['10.0.0.0/8'], row.region);
      for (const range of [...row.ranges, ...row.dcvRanges, ...(row.unconfirmedRanges ?? [])]) {
        const parsed = parseCidr(range, 4);
        assert.ok(!isAddressError(parsed) && parsed.canonical === range && !parsed.hostBitsSet, `${row.region}: ${range}`);
      }
    }
    assert.equal(new Set(MANAGEMENT_RANGES.map((row) => row.region)).size, MANAGEMENT_RANGES.length);
  });

  test('every BYOL /16 candidate block can hold a /16', () => {
    for (const block of BYOL_RANGES.customRangeCandidates) assert.ok(cidr(block).prefix <= BYOL_RANGES.customRangePrefix, block);
  });

  test('Directory Service picks its management pair by the first octet, so the two pairs differ there', () => {
    const [first, second] = DIRECTORY_SERVICE_MANAGEMENT_RANGES.pairs;
    assert.ok(first && second);
    assert.ok(first.every((block) => block.startsWith('10.')) && second.every((block) => !block.startsWith('10.')));
  });
});

describe('values fixed in the re-check of issue 17', () => {
  test('antivirus must leave seven WorkSpaces folders alone, the DCV (NICE) ones and both Teradici paths among them', () => {
    assert.deepEqual(WORKSPACES_AV_EXCLUSIONS.paths, [
      'C:\\Program Files\\Amazon',
      'C:\\Program Files\\NICE',
      'C:\\Program Files\\Teradici',
      'C:\\Program Files (x86)\\Teradici',
      'C:\\ProgramData\\Amazon',
      'C:\\ProgramData\\NICE',
      'C:\\ProgramData\\Teradici',
    ]);
    assert.equal(WORKSPACES_AV_EXCLUSIONS.pcoipAgentMoved, '2021-03-29');
  });

  test('the Amazon Linux endpoint policy allows the Amazon Linux 1 pattern and the Amazon Linux 2 buckets', () => {
    const policy = JSON.parse(amazonLinuxEndpointPolicy()) as { Statement: { Action: string; Resource: string[] }[] };
    assert.deepEqual(policy.Statement[0]?.Resource, ['arn:aws:s3:::amazonlinux.*.amazonaws.com/*', 'arn:aws:s3:::amazonlinux-2-repos-<region>/*']);
    assert.equal(policy.Statement[0]?.Action, 's3:GetObject');
  });

  test('the management interface ports include UDP 50002 and 55002 (archived) and TCP to 127.0.0.2', () => {
    const udp = MANAGEMENT_PORTS.ports.filter((port) => port.direction === 'outbound' && port.protocol === 'udp').map((port) => [port.from, port.status ?? 'confirmed']);
    assert.deepEqual(udp.filter(([from]) => from === 50002 || from === 55002), [[50002, 'archived'], [55002, 'archived']]);
    assert.ok(MANAGEMENT_PORTS.ports.some((port) => port.protocol === 'tcp' && port.destination === '127.0.0.2'));
  });

  test('Directory Service lists 169.254.0.0/16 beside its two pairs, and allows IPv6 VPCs', () => {
    assert.deepEqual(DIRECTORY_SERVICE_MANAGEMENT_RANGES.currentPageAlso, ['169.254.0.0/16']);
    assert.equal(DIRECTORY_SERVICE_MANAGEMENT_RANGES.ipv6VpcsAllowed, true);
  });

  test('AD Connector and Simple AD share the four endpoint restrictions', () => {
    assert.equal(AD_CONNECTOR_ENDPOINT_RESTRICTIONS.items.length, 4);
    assert.deepEqual(AD_CONNECTOR_ENDPOINT_RESTRICTIONS.directories, ['AD Connector', 'Simple AD']);
    assert.ok(AD_CONNECTOR_ENDPOINT_RESTRICTIONS.sources.includes('ds-simple-ad-prereq-archived'));
  });

  test('SHA-2 only applies to security intelligence since 21 October 2019', () => {
    assert.equal(SECURITY_INTELLIGENCE_SHA2_ONLY_SINCE, '2019-10-21');
  });

  test('clients use 443, 4172 and 4195; WSUS listens on 8530 and 8531', () => {
    assert.deepEqual(CLIENT_PORTS.ports.map((port) => port.port), [443, 4172, 4195]);
    assert.deepEqual([WSUS_PORTS.http, WSUS_PORTS.https], [8530, 8531]);
  });
});
