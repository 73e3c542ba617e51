import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SAMPLES } from '../../samples/build.ts';
import {
  applicableRanges,
  extractCidrs,
  lookupManagementConflicts,
  managementRangesContaining,
  type LookupFailure,
  type LookupResult,
} from '../../validators/requirements/management-lookup.ts';
import { BYOL_RANGES, MANAGEMENT_RANGES, POOLS_MANAGEMENT_RANGE } from '../../validators/requirements/management-ranges.ts';

function ok(result: LookupResult | LookupFailure): LookupResult {
  assert.ok(result.ok, `expected a result, got ${JSON.stringify(result)}`);
  return result;
}

describe('management-range lookup', () => {
  test('flags 198.19.0.0/16 in ap-northeast-1: its only candidate is taken', () => {
    const result = ok(lookupManagementConflicts({ profile: 'public-pcoip', region: 'ap-northeast-1', pasted: '198.19.0.0/16' }));
    assert.equal(result.verdict, 'conflict');
    assert.deepEqual(result.freeCandidates, []);
    assert.deepEqual(result.cidrs[0]?.overlaps, [{ cidr: '198.19.0.0/16', use: 'candidate' }]);
  });

  test('does not flag 10.1.0.0/16 for PCoIP WorkSpaces from public bundles', () => {
    const result = ok(lookupManagementConflicts({ profile: 'public-pcoip', region: 'ap-northeast-1', pasted: '10.1.0.0/16' }));
    assert.equal(result.verdict, 'clear');
    assert.deepEqual(result.cidrs[0]?.overlaps, []);
  });

  test('flags 10.1.0.0/16 for DCV WorkSpaces, which use 10.0.0.0/8 in every Region', () => {
    for (const row of MANAGEMENT_RANGES) {
      const result = ok(lookupManagementConflicts({ profile: 'public-dcv', region: row.region, pasted: '10.1.0.0/16' }));
      assert.equal(result.verdict, 'conflict', row.region);
      assert.deepEqual(result.cidrs[0]?.overlaps, [{ cidr: '10.0.0.0/8', use: 'always' }], row.region);
    }
  });

  test('one taken candidate out of three is a risk, not a conflict', () => {
    const result = ok(lookupManagementConflicts({ profile: 'public-pcoip', region: 'us-east-1', pasted: '172.31.5.0/24' }));
    assert.equal(result.verdict, 'at-risk');
    assert.deepEqual(result.freeCandidates, ['192.168.0.0/16', '198.19.0.0/16']);
  });

  test('taking all three candidates of N. Virginia with three routes is a conflict', () => {
    const result = ok(lookupManagementConflicts({ profile: 'public-pcoip', region: 'us-east-1', pasted: '172.31.0.0/16, 192.168.10.0/24; 198.19.0.0/20' }));
    assert.equal(result.verdict, 'conflict');
  });

  test('every Region candidate, pasted alone, is reported as overlapping exactly itself', () => {
    for (const row of MANAGEMENT_RANGES) {
      for (const range of row.ranges) {
        const result = ok(lookupManagementConflicts({ profile: 'public-pcoip', region: row.region, pasted: range }));
        assert.deepEqual(result.cidrs[0]?.overlaps.map((overlap) => overlap.cidr), [range], `${row.region} ${range}`);
        assert.equal(result.verdict, row.ranges.length === 1 ? 'conflict' : 'at-risk', `${row.region} ${range}`);
      }
    }
  });

  test('BYOL ignores the Region table and flags 54.239.224.0/20 and the reserved /16', () => {
    const byol = ok(lookupManagementConflicts({ profile: 'byol-pcoip', region: 'ap-northeast-1', pasted: '198.19.0.0/16\n54.239.230.0/24' }));
    assert.equal(byol.verdict, 'conflict');
    assert.deepEqual(byol.cidrs.map((cidr) => cidr.overlaps.map((range) => range.cidr)), [[], ['54.239.224.0/20']]);
    const own = ok(lookupManagementConflicts({ profile: 'byol-pcoip', region: 'ap-northeast-1', pasted: '10.200.4.0/24', byolRange: '10.200.0.0/16' }));
    assert.deepEqual(own.cidrs[0]?.overlaps, [{ cidr: '10.200.0.0/16', use: 'own' }]);
    assert.equal(own.verdict, 'conflict');
    assert.equal(ok(lookupManagementConflicts({ profile: 'byol-pcoip', region: 'ap-northeast-1', pasted: '10.1.0.0/16' })).verdict, 'clear');
    assert.equal(ok(lookupManagementConflicts({ profile: 'byol-dcv', region: 'ap-northeast-1', pasted: '10.1.0.0/16' })).verdict, 'conflict');
  });

  test('a BYOL range that is not an IPv4 CIDR is refused with the text as typed', () => {
    assert.deepEqual(lookupManagementConflicts({ profile: 'byol-dcv', region: 'us-east-1', pasted: '10.0.0.0/16', byolRange: ' 10.200.0.0 ' }), { ok: false, reason: 'byol-range-invalid', text: '10.200.0.0' });
  });

  test('Pools use 198.19.0.0/16 whatever the Region', () => {
    assert.deepEqual(applicableRanges('pools', 'us-east-1'), [{ cidr: POOLS_MANAGEMENT_RANGE.range, use: 'always' }]);
    assert.equal(ok(lookupManagementConflicts({ profile: 'pools', region: 'eu-west-1', pasted: '198.19.128.0/17' })).verdict, 'conflict');
  });

  test('GovCloud (US-West)’s 192.169.0.0/16 is a note, never a conflict', () => {
    const result = ok(lookupManagementConflicts({ profile: 'public-pcoip', region: 'us-gov-west-1', pasted: '192.169.1.0/24' }));
    assert.equal(result.verdict, 'clear');
    assert.deepEqual(result.cidrs[0]?.overlaps, [{ cidr: '192.169.0.0/16', use: 'unconfirmed' }]);
  });

  test('routes broader than /8 and IPv6 blocks are listed but not compared', () => {
    const result = ok(lookupManagementConflicts({ profile: 'public-dcv', region: 'ap-northeast-1', pasted: '0.0.0.0/0 0.0.0.0/1 2406:da14:1a2:b300::/56 ::/0' }));
    assert.equal(result.verdict, 'clear');
    assert.deepEqual(result.cidrs.map((cidr) => cidr.skipped), ['broad', 'broad', 'ipv6', 'ipv6']);
  });

  test('reports an unknown Region, empty input and text without any CIDR', () => {
    assert.deepEqual(lookupManagementConflicts({ profile: 'public-pcoip', region: 'xx-moon-1', pasted: '10.0.0.0/8' }), { ok: false, reason: 'unknown-region', region: 'xx-moon-1' });
    assert.deepEqual(lookupManagementConflicts({ profile: 'public-pcoip', region: 'us-east-1', pasted: '  \n' }), { ok: false, reason: 'nothing-pasted' });
    assert.deepEqual(lookupManagementConflicts({ profile: 'public-pcoip', region: 'us-east-1', pasted: 'hello 10.0.0.300 world' }), {
      ok: false,
      reason: 'no-cidr',
      problems: [{ text: '10.0.0.300', reason: 'invalid' }],
    });
  });

  test('reads every CIDR of a describe-route-tables output, each once, and skips prefix-list routes', () => {
    const sample = SAMPLES.find((candidate) => candidate.id === 'transit-gateway-default-route');
    const routeTables = sample?.documents.find((document) => document.name === 'route-tables.json')?.content;
    assert.ok(routeTables);
    const result = ok(lookupManagementConflicts({ profile: 'public-pcoip', region: 'ap-northeast-1', pasted: JSON.stringify(routeTables, null, 4) }));
    assert.deepEqual(result.cidrs.map((cidr) => [cidr.canonical, cidr.skipped ?? '']), [['172.20.0.0/16', ''], ['0.0.0.0/0', 'broad']]);
    assert.equal(result.verdict, 'clear');
  });
});

describe('reading CIDRs out of pasted text', () => {
  test('separates valid blocks from addresses without a prefix and impossible values', () => {
    const found = extractCidrs('10.1.0.0/16,10.2.0.0/33 "198.19.4.5" 300.1.1.1/8 fd00:ec2::123 2001:db8::/32 at 03:12:00');
    assert.deepEqual(found.texts, ['10.1.0.0/16', '2001:db8::/32']);
    assert.deepEqual(found.problems, [
      { text: '10.2.0.0/33', reason: 'invalid' },
      { text: '198.19.4.5', reason: 'no-prefix' },
      { text: '300.1.1.1/8', reason: 'invalid' },
      { text: 'fd00:ec2::123', reason: 'no-prefix' },
    ]);
  });

  test('canonicalises host bits as AWS does', () => {
    assert.equal(extractCidrs('100.68.0.18/18').cidrs[0]?.canonical, '100.68.0.0/18');
  });
});

describe('which management range holds an address', () => {
  test('names the published ranges and the BYOL range', () => {
    assert.deepEqual(managementRangesContaining('198.19.12.34'), { public: ['198.19.0.0/16'], byol: false });
    assert.deepEqual(managementRangesContaining('10.9.8.7'), { public: ['10.0.0.0/8'], byol: false });
    assert.deepEqual(managementRangesContaining(' 54.239.236.220 '), { public: [], byol: true });
    assert.deepEqual(managementRangesContaining('203.0.113.9'), { public: [], byol: false });
    assert.deepEqual(managementRangesContaining('not an address'), { public: [], byol: false });
  });

  test('the BYOL Office KMS host lies inside the BYOL management range', () => {
    assert.ok(BYOL_RANGES.ranges.length > 0);
    assert.equal(managementRangesContaining('54.239.236.220').byol, true);
  });
});
