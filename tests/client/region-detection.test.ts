import assert from 'node:assert/strict';
import { test } from 'node:test';
import { regionFromAvailabilityZones } from '../../src/client/region-detection.ts';

test('reads the Region from the first Availability Zone in describe-subnets output', () => {
  assert.equal(regionFromAvailabilityZones(['{"RouteTables": []}', '{"Subnets": [{"AvailabilityZone": "ap-northeast-1a", "AvailabilityZoneId": "apne1-az4"}]}']), 'ap-northeast-1');
});

test('understands Local Zones and GovCloud zones', () => {
  assert.equal(regionFromAvailabilityZones(['"AvailabilityZone": "us-west-2-lax-1a"']), 'us-west-2');
  assert.equal(regionFromAvailabilityZones(['"AvailabilityZone":"us-gov-west-1b"']), 'us-gov-west-1');
});

test('finds no Region when no subnet names a zone', () => {
  assert.equal(regionFromAvailabilityZones(['{"AvailabilityZoneId": "apne1-az4"}', 'Windows IP Configuration']), undefined);
});
