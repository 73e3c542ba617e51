import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { KMS_TIMING } from '../../validators/requirements/activation.ts';
import { BYOL_RANGES, DIRECTORY_SERVICE_MANAGEMENT_RANGES, MANAGEMENT_RANGES } from '../../validators/requirements/management-ranges.ts';
import { decodeNtpFlags } from '../../validators/requirements/time.ts';
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
