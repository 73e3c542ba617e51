/**
 * Where findings point, whatever the text's layout: a minified (one-line) document is located in
 * one pass however many findings it has, and `\r\n`, `\n` and a lone `\r` all end a line.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validate, type Finding } from '../../validators/index.ts';
import { validateInWorker } from '../support/validate-in-worker.ts';

/** A route table with `count` routes whose destinations have host bits set: one finding per route. */
function hostBitRoutes(count: number, note = ''): unknown {
  const routes = Array.from({ length: count }, (_, index) => ({ DestinationCidrBlock: `10.${(index >> 8) & 255}.${index & 255}.1/24`, TransitGatewayId: 'tgw-0a1b2c3d4e5f60718', Origin: 'CreateRoute', State: 'active' }));
  return {
    RouteTables: [
      {
        RouteTableId: 'rtb-0a1b2c3d4e5f60718',
        VpcId: 'vpc-0a1b2c3d4e5f60718',
        Associations: [{ Main: true, RouteTableId: 'rtb-0a1b2c3d4e5f60718' }],
        Routes: [{ DestinationCidrBlock: '10.0.0.0/8', GatewayId: 'local', State: 'active' }, ...routes],
        Tags: [{ Key: 'Note', Value: note }],
      },
    ],
  };
}

const withoutPositions = ({ line: _line, column: _column, endLine: _endLine, endColumn: _endColumn, ...rest }: Finding) => rest;

describe('locations in a one-line document', () => {
  test('10,000 findings in a 25 MB minified document are located in one pass', { timeout: 15_000 }, ({ signal }) => {
    // The long tag after the routes is what each finding used to read through to find its line's end.
    const text = JSON.stringify(hostBitRoutes(10_000, 'x'.repeat(24_000_000)));
    return validateInWorker([{ name: 'route-tables.json', text }], signal);
  });

  test('minified and pretty-printed documents get the same findings, the minified ones on line 1 at the columns of their members', () => {
    const value = hostBitRoutes(50);
    const minified = JSON.stringify(value);
    const pretty = validate([{ name: 'rt.json', text: JSON.stringify(value, null, 4) }]).findings;
    const oneLine = validate([{ name: 'rt.json', text: minified }]).findings;
    assert.deepEqual(oneLine.map(withoutPositions), pretty.map(withoutPositions));
    const hostBits = oneLine.filter((finding) => finding.ruleId === 'input-cidr-host-bits');
    assert.equal(hostBits.length, 50);
    for (const [index, finding] of hostBits.entries()) {
      assert.equal(finding.line, 1);
      assert.equal(minified.slice(finding.column - 1, finding.endColumn - 1), `"DestinationCidrBlock":"10.0.${index}.1/24"`);
    }
  });
});

describe('line breaks', () => {
  const lines = ['{', '  "RouteTables": [', '    {', '      "RouteTableId": "rtb-1",', '      "Associations": [{ "Main": true }],', '      "Routes": [{ "DestinationCidrBlock": "0.0.0.0/0", "GatewayId": "igw-1" }]', '    }', '  ]', '}', ''];
  const internetRoute = (text: string) => validate([{ name: 'rt.json', text }]).findings.find((finding) => finding.ruleId === 'rt-internet-route');

  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n'], ['a lone CR', '\r']] as const) {
    test(`${name} line endings put a finding on its own line, its range ending before the line break`, () => {
      const finding = internetRoute(lines.join(eol));
      assert.equal(finding?.line, 6);
      assert.equal(finding?.endLine, 6);
      assert.equal(finding?.column, (lines[5] as string).indexOf('{ "Dest') + 3);
      assert.ok((finding?.endColumn ?? 0) <= (lines[5] as string).length + 1);
    });
  }

  test('mixed line endings count each break once', () => {
    const text = `${lines.slice(0, 3).join('\r')}\r\n${lines.slice(3, 5).join('\n')}\n${lines.slice(5).join('\r\n')}`;
    assert.equal(internetRoute(text)?.line, 6);
  });
});
