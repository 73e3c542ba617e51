import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { validate } from '../../validators/index.ts';
import { parseAddress } from '../../validators/net/address.ts';
import { genConfig, renderConfig } from '../support/config.ts';
import { oracleVerdict, packetFate } from '../support/oracle.ts';

test('the whole-path verdict equals a packet-by-packet brute force over every cell of the space', () => {
  fc.assert(
    fc.property(genConfig, (config) => {
      const report = validate(renderConfig(config), { closedTargets: config.closedTargets, internalCidrs: config.internalCidrs });
      const oracle = oracleVerdict(config);
      assert.equal(report.verdict, oracle.verdict, `oracle example: ${JSON.stringify(oracle.example, (_, v) => (typeof v === 'bigint' ? v.toString() : v))}`);
      // Every example packet the engine shows must be judged the same way by the oracle.
      for (const finding of report.findings) {
        const packet = finding.evidence?.packet;
        if (!packet || (finding.ruleId !== 'path-internet-reachable' && finding.ruleId !== 'path-unverified')) continue;
        const address = parseAddress(packet.remote);
        assert.ok(address);
        const detail = packet.port ?? (packet.icmpType !== undefined ? packet.icmpType * 256 + (packet.icmpCode ?? 0) : 0);
        const fate = packetFate(config, packet.direction === 'egress', packet.family, packet.protocol, detail, address.value);
        assert.equal(fate, finding.ruleId === 'path-internet-reachable' ? 'open' : 'unverified', `${finding.ruleId}: ${packet.text}`);
      }
    }),
    { numRuns: Number(process.env.PATH_RUNS) || 10_000 },
  );
});
