/**
 * Fixes on generated configurations: for every finding that carries a fix, running its commands
 * on the paste and validating again removes the finding, adds no error and leaves the verdict no
 * worse. The configurations come from the property-test generators of the engine (one VPC with
 * random routes, entries and rules; several VPCs with duplicates and conflicting versions), with
 * directory controllers and a Region added, so the directory fixes and `--region` are exercised.
 * FIX_RUNS sets the number of single-VPC configurations (default 2,000), FIX_MULTI_RUNS the number of
 * several-VPC pastes (default 500: each holds about ten fixes, each proven by a validation).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { validate, type Context, type InputDocument } from '../../validators/index.ts';
import { genConfig, renderConfig } from '../support/config.ts';
import { commandsOf, proveFix } from '../support/fix-proof.ts';
import { contextOf, genMultiConfig, renderMulti } from '../support/multi-vpc.ts';

const RUNS = Number(process.env.FIX_RUNS) || 2_000;
const MULTI_RUNS = Number(process.env.FIX_MULTI_RUNS) || 500;

/** In the WorkSpaces subnet, elsewhere in the VPC, on premises, and in public space. */
const CONTROLLERS = ['10.0.1.20', '10.0.2.10', '192.168.10.10', '52.94.5.5', '2600:1f18:aaaa:100::10'];

const extra = fc.record({
  controllers: fc.subarray(CONTROLLERS),
  region: fc.option(fc.constantFrom('ap-northeast-1', 'us-east-1'), { nil: undefined }),
});

/** Proves every fix of one paste; returns how many fixes were proven. */
function proveAll(documents: InputDocument[], context: Context): number {
  const before = validate(documents, context);
  let proven = 0;
  for (const finding of before.findings) {
    if (!finding.fix) continue;
    if (context.region) assert.ok((commandsOf(finding) ?? []).every((command) => command.endsWith(` --region ${context.region}`)), 'every command names the Region');
    const { problems } = proveFix(documents, context, before, finding);
    assert.deepEqual(problems, [], `${finding.ruleId}: ${finding.message}\n${(commandsOf(finding) ?? []).join('\n')}`);
    proven++;
  }
  return proven;
}

test('on generated single-VPC configurations, every fix removes its finding, adds no error and leaves the verdict no worse', () => {
  let proven = 0;
  fc.assert(
    fc.property(genConfig, extra, (config, { controllers, region }) => {
      const context: Context = { closedTargets: config.closedTargets, internalCidrs: config.internalCidrs, ...(controllers.length > 0 ? { directoryControllers: controllers } : {}), ...(region ? { region } : {}) };
      proven += proveAll(renderConfig(config), context);
    }),
    { numRuns: RUNS },
  );
  // The generators must reach the fixes at all, or the property says nothing.
  assert.ok(proven >= RUNS / 4, `only ${proven} fixes proven over ${RUNS} configurations`);
});

test('on generated pastes with several VPCs, duplicates and conflicting versions, every fix removes its finding, adds no error and leaves the verdict no worse', () => {
  let proven = 0;
  fc.assert(
    fc.property(genMultiConfig, extra, (config, { controllers, region }) => {
      const context: Context = { ...contextOf(config), ...(controllers.length > 0 ? { directoryControllers: controllers } : {}), ...(region ? { region } : {}) };
      proven += proveAll(renderMulti(config), context);
    }),
    { numRuns: MULTI_RUNS },
  );
  assert.ok(proven >= MULTI_RUNS, `only ${proven} fixes proven over ${MULTI_RUNS} pastes`);
});
