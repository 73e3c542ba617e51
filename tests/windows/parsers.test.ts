/** Unit tests of the Windows output parsers and the section splitter. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validate } from '../../validators/index.ts';
import { fileShares } from '../../validators/windows/rules-defender.ts';
import { maskPrefix } from '../../validators/windows/ipconfig.ts';
import type { WindowsOutput } from '../../validators/windows/model.ts';
import { commandKind, looksLikeJson, readWindowsText } from '../../validators/windows/read.ts';
import { parseExpirationValue } from '../../validators/windows/slmgr.ts';
import { hexCode, labelled, leadingCount, parseHostPort, splitLines } from '../../validators/windows/text.ts';
import { parseTimePeer } from '../../validators/windows/w32tm.ts';

const read = (text: string) => readWindowsText('paste.txt', text);
function only<K extends WindowsOutput['kind']>(text: string, kind: K): Extract<WindowsOutput, { kind: K }> {
  const outputs = read(text).outputs;
  assert.deepEqual(outputs.map((output) => output.kind), [kind]);
  return outputs[0] as Extract<WindowsOutput, { kind: K }>;
}
/** The text a span points at. */
const at = (text: string, span: { offset: number; length: number }) => text.slice(span.offset, span.offset + span.length);

describe('text lines', () => {
  test('keeps offsets of the original text across CRLF, a BOM and trailing spaces', () => {
    const text = '\uFEFFName: A  \r\nDescription: B\r\n';
    const lines = splitLines(text);
    assert.deepEqual(lines.map((line) => line.text), [' Name: A', 'Description: B', '']);
    assert.equal(text.slice(lines[1]?.offset, (lines[1]?.offset ?? 0) + 11), 'Description');
  });

  test('reads a full-width colon typed through an IME as a colon', () => {
    const entry = labelled(splitLines('ソース： 169.254.169.123,0x9')[0]!);
    assert.equal(entry?.label, 'ソース');
    assert.equal(entry?.value, '169.254.169.123,0x9');
  });

  test('tells ipconfig dot leaders apart from a plain label', () => {
    assert.equal(labelled(splitLines('   説明. . . . . . . . .: Amazon')[0]!)?.leaders, true);
    assert.equal(labelled(splitLines('説明: Windows(R) Operating System')[0]!)?.leaders, false);
  });

  test('reads host:port and rejects a port out of range', () => {
    assert.deepEqual(parseHostPort('169.254.169.250:1688'), { host: '169.254.169.250', port: 1688 });
    assert.deepEqual(parseHostPort('[fd00::1]:1688'), { host: 'fd00::1', port: 1688 });
    assert.equal(parseHostPort('kms:70000'), undefined);
    assert.equal(parseHostPort('not available'), undefined);
  });
});

describe('values', () => {
  test('reads the count a value starts with, thousands separators included', () => {
    assert.equal(leadingCount('10,080 minutes'), 10080);
    assert.equal(leadingCount('29 days (43200 minute(s) before expiring)'), 29);
    assert.equal(leadingCount('minutes: 120'), undefined);
  });

  test('writes error codes as 0x and upper-case digits', () => {
    assert.equal(hexCode('0xc004f074'), '0xC004F074');
    assert.equal(hexCode('0XC004F074'), '0xC004F074');
  });
});

describe('JSON or text', () => {
  test('sends JSON to the JSON reader and w32tm configuration to the Windows reader', () => {
    assert.equal(looksLikeJson('{"RouteTables": []}'), true);
    assert.equal(looksLikeJson('  [\n {"GroupId": "sg-1"}]'), true);
    assert.equal(looksLikeJson('[true]'), true);
    assert.equal(looksLikeJson('[Configuration]\nEventLogFlags: 2 (Local)'), false);
    assert.equal(looksLikeJson('\uFEFF[TimeProviders]\r\n'), false);
    assert.equal(looksLikeJson('Windows IP Configuration'), false);
  });

  test('reports text that is no known output, naming the commands that are understood', () => {
    const report = validate([{ name: 'dir.txt', text: 'C:\\Users\\alice>dir\n Volume in drive C has no label.\n' }]);
    assert.equal(report.findings.length, 1);
    assert.equal(report.findings[0]?.ruleId, 'input-document');
    assert.match(report.findings[0]?.message ?? '', /ipconfig \/all/);
    assert.match(report.findings[0]?.message ?? '', /Get-MpPreference/);
  });

  test('reports mis-decoded text as an encoding problem', () => {
    const report = validate([{ name: 'sjis.txt', text: '\uFFFD\uFFFD\uFFFD: 0 (\uFFFD\uFFFD)\n' }]);
    assert.deepEqual(report.findings.map((finding) => [finding.ruleId, finding.message.includes('Shift_JIS')]), [['input-document', true]]);
  });

  test('still reports broken JSON as JSON', () => {
    const report = validate([{ name: 'a.json', text: '{"RouteTables": [' }]);
    assert.deepEqual(report.findings.map((finding) => finding.ruleId), ['input-json']);
  });
});

describe('section splitting', () => {
  test('knows the commands by their prompt line, whatever the path', () => {
    assert.equal(commandKind('cscript //nologo %windir%\\system32\\slmgr.vbs /dlv'), 'slmgr');
    assert.equal(commandKind('cscript "C:\\Program Files\\Microsoft Office\\Office16\\OSPP.VBS" /dstatus'), 'ospp');
    assert.equal(commandKind('w32tm /query /status /verbose'), 'w32tm-status');
    assert.equal(commandKind('w32tm /query /peers'), 'w32tm-peers');
    assert.equal(commandKind('route -4 print'), 'route-print');
    assert.equal(commandKind('netstat -rn'), 'route-print');
    assert.equal(commandKind('Get-MpPreference | Select-Object SignatureFallbackOrder'), 'defender-preference');
    assert.equal(commandKind('w32tm /resync'), undefined);
  });

  test('splits outputs at prompts and lists commands it does not read', () => {
    const text = 'PS C:\\> whoami\nexample\\alice\nPS C:\\> w32tm /query /source\nLocal CMOS Clock\n';
    const windows = read(text);
    assert.deepEqual(windows.outputs.map((output) => output.kind), ['w32tm-source']);
    assert.deepEqual(windows.unread.map((section) => section.command.value), ['whoami']);
  });

  test('reads a command written alone on a line as its prompt', () => {
    const windows = read('w32tm /query /source\n169.254.169.123,0x9\n');
    assert.equal(windows.outputs[0]?.kind, 'w32tm-source');
  });

  test('finds an output without any prompt by a line only it prints', () => {
    assert.deepEqual(read('#Peers: 1\n\nPeer: dc01.example.local\nState: Active\n').outputs.map((output) => output.kind), ['w32tm-peers']);
    assert.deepEqual(read('AntivirusSignatureAge : 3\n').outputs.map((output) => output.kind), ['defender-status']);
  });

  test('keeps the cscript banner with the script output that follows it', () => {
    const text = 'Microsoft (R) Windows Script Host Version 5.812\nCopyright (C) Microsoft Corporation. All rights reserved.\n\nName: Windows(R), Professional edition\nDescription: Windows(R) Operating System, VOLUME_KMSCLIENT channel\nLicense Status: Licensed\n';
    const output = only(text, 'slmgr');
    assert.equal(output.licenses[0]?.status?.value, 'licensed');
  });
});

describe('slmgr', () => {
  test('reads an expiration in any language by its two numbers', () => {
    assert.deepEqual(parseExpirationValue('251100 minute(s) (174 day(s))'), { minutes: 251100, days: 174 });
    assert.deepEqual(parseExpirationValue('257863 分 (180 日)'), { minutes: 257863, days: 180 });
    assert.equal(parseExpirationValue('120 (10 days)'), undefined);
  });

  test('reads each licence of /dlv all separately', () => {
    const text = 'Name: Windows(R), Enterprise edition\nLicense Status: Licensed\n\nName: Office 19, Office19ProPlus2019VL_KMS_Client_AE edition\nLicense Status: Unlicensed\n';
    const output = only(text, 'slmgr');
    assert.deepEqual(output.licenses.map((license) => license.status?.value), ['licensed', 'unlicensed']);
  });

  test('infers a licensed product from the KMS block when the labels are not English', () => {
    const text = '名前: Windows(R), ServerStandard edition\n説明: Windows(R) Operating System, VOLUME_KMSCLIENT channel\n状態: 何か\n    登録 KMS: 169.254.169.251:1688\n';
    const output = only(text, 'slmgr');
    assert.equal(output.language, 'ja');
    assert.equal(output.licenses[0]?.status?.value, 'licensed');
    assert.equal(output.licenses[0]?.statusInferred, true);
    assert.deepEqual(output.licenses[0]?.kms.registered?.value, { host: '169.254.169.251', port: 1688 });
  });

  test('points the KMS host at its value', () => {
    const text = 'License Status: Licensed\n    Registered KMS machine name: 10.0.20.15:1688\n';
    const output = only(text, 'slmgr');
    assert.equal(at(text, output.licenses[0]!.kms.registered!.span), '10.0.20.15:1688');
  });
});

describe('ospp', () => {
  test('reads status words, tab-indented KMS lines and the error code', () => {
    const text = '---Processing--------------------------\n---------------------------------------\nLICENSE NAME: Office 16, Office16StandardVL_KMS_Client edition\nLICENSE STATUS: ---OOB_GRACE---\nERROR CODE: 0xc004f056\n\tKMS machine name from DNS: kms01.example.local:1688\n---------------------------------------\n---Exiting-----------------------------\n';
    const output = only(text, 'ospp');
    const license = output.licenses[0]!;
    assert.equal(license.status?.value, 'oob-grace');
    assert.equal(license.errorCode?.value, '0xC004F056');
    assert.deepEqual(license.kms.discovered?.value, { host: 'kms01.example.local', port: 1688 });
  });

  test('does not mistake slmgr’s License Status for ospp’s', () => {
    assert.deepEqual(read('License Status: Licensed\n').outputs.map((output) => output.kind), ['slmgr']);
    assert.deepEqual(read('LICENSE STATUS:  ---LICENSED---\n').outputs.map((output) => output.kind), ['ospp']);
  });
});

describe('ipconfig', () => {
  test('reads both display languages, continuation lines and address suffixes', () => {
    for (const [text, name] of [
      ['Ethernet adapter Ethernet 3:\n\n   IPv4 Address. . . . . . . . . . . : 10.0.1.25(Preferred)\n   Subnet Mask . . . . . . . . . . . : 255.255.255.0\n   Default Gateway . . . . . . . . . : fe80::1%7\n                                       10.0.1.1\n   DNS Servers . . . . . . . . . . . : 10.0.10.10\n                                       10.0.11.10\n', 'Ethernet 3'],
      ['イーサネット アダプター イーサネット 3:\n\n   IPv4 アドレス . . . . . . . . . . . .: 10.0.1.25(優先)\n   サブネット マスク . . . . . . . . . .: 255.255.255.0\n   デフォルト ゲートウェイ . . . . . . .: fe80::1%7\n                                             10.0.1.1\n   DNS サーバー. . . . . . . . . . . . .: 10.0.10.10\n                                             10.0.11.10\n', 'イーサネット 3'],
    ] as const) {
      const output = only(text, 'ipconfig');
      const adapter = output.adapters[0]!;
      assert.equal(adapter.name.value, name);
      assert.equal(adapter.ipv4[0]?.address.value, '10.0.1.25');
      assert.equal(adapter.ipv4[0]?.prefix, 24);
      assert.deepEqual(adapter.gateways.map((gateway) => gateway.value), ['fe80::1%7', '10.0.1.1']);
      assert.deepEqual(adapter.dnsServers.map((server) => server.value), ['10.0.10.10', '10.0.11.10']);
    }
  });

  test('turns masks into prefixes and refuses a mask with holes', () => {
    assert.equal(maskPrefix('255.255.0.0'), 16);
    assert.equal(maskPrefix('255.255.255.255'), 32);
    assert.equal(maskPrefix('0.0.0.0'), 0);
    assert.equal(maskPrefix('255.0.255.0'), undefined);
  });
});

describe('route print', () => {
  test('splits rows on whitespace, so the double-width リンク上 does not shift the columns', () => {
    const text = 'IPv4 ルート テーブル\nアクティブ ルート:\nネットワーク宛先        ネットマスク          ゲートウェイ       インターフェイス  メトリック\n         10.0.1.0    255.255.255.0            リンク上         10.0.1.25    281\n          0.0.0.0          0.0.0.0         10.0.1.1        10.0.1.25     25\n固定ルート:\n  なし\n';
    const output = only(text, 'route-print');
    assert.deepEqual(output.active.map((route) => [route.destination, route.prefix, route.gateway ?? 'on-link', route.interfaceAddress, route.metric]), [
      ['10.0.1.0', 24, 'on-link', '10.0.1.25', 281],
      ['0.0.0.0', 0, '10.0.1.1', '10.0.1.25', 25],
    ]);
    assert.deepEqual(output.persistent, []);
  });

  test('reads persistent routes whose metric is a word', () => {
    const text = 'Persistent Routes:\n  Network Address          Netmask  Gateway Address  Metric\n          0.0.0.0          0.0.0.0         10.0.1.1  Default\n  169.254.169.254  255.255.255.255      172.31.48.1       25\n';
    const output = only(text, 'route-print');
    assert.deepEqual(output.persistent.map((route) => [route.destination, route.gateway, route.metric]), [
      ['0.0.0.0', '10.0.1.1', undefined],
      ['169.254.169.254', '172.31.48.1', 25],
    ]);
  });

  test('joins an IPv6 route whose gateway wrapped onto the next line', () => {
    const text = 'IPv6 Route Table\nActive Routes:\n If Metric Network Destination      Gateway\n  7    281 ::/0                     fe80::1\n  7    281 fe80::4d2:9bff:fe1e:7a31/128\n                                    On-link\n';
    const output = only(text, 'route-print');
    assert.deepEqual(output.ipv6Active.map((route) => [route.destination, route.gateway]), [
      ['::/0', 'fe80::1'],
      ['fe80::4d2:9bff:fe1e:7a31/128', 'On-link'],
    ]);
  });
});

describe('w32tm', () => {
  test('reads peers with hex or decimal flags and fixed source names', () => {
    assert.deepEqual(parseTimePeer('169.254.169.123,0x9'), { host: '169.254.169.123', flags: 9 });
    assert.deepEqual(parseTimePeer('10.30.0.3,8'), { host: '10.30.0.3', flags: 8 });
    assert.deepEqual(parseTimePeer('local cmos clock'), { host: 'Local CMOS Clock' });
    assert.equal(parseTimePeer('two words'), undefined);
  });

  test('reads the Japanese status labels, old and new spellings', () => {
    for (const label of ['閏インジケーター', '閏インジケータ']) {
      const output = only(`${label}: 3 (未同期)\n参照ID: 0x00000000 (未指定)\n最終正常同期時刻: 未指定\nソース: Local CMOS Clock\n`, 'w32tm-status');
      assert.equal(output.language, 'ja');
      assert.equal(output.leapIndicator?.value, 3);
      assert.equal(output.lastSuccessfulSync?.value, 'unspecified');
      assert.deepEqual(output.source?.value, { host: 'Local CMOS Clock' });
    }
  });

  test('reads /configuration values with where they came from', () => {
    const output = only('[Configuration]\n\n[TimeProviders]\nNtpClient (Policy)\nType: NTP (Policy)\nNtpServer: 169.254.169.123,0x9 dc01.example.local,0xa (Policy)\nSpecialPollInterval: 900 (Local)\n', 'w32tm-configuration');
    assert.deepEqual(output.type?.value, { value: 'NTP', origin: 'policy' });
    assert.deepEqual(output.ntpServer?.value.peers, [
      { host: '169.254.169.123', flags: 9 },
      { host: 'dc01.example.local', flags: 10 },
    ]);
    assert.equal(output.specialPollInterval?.value, 900);
  });

  test('reads the peer list by shape when its labels are not English', () => {
    const output = only('#ピア: 2\n\nピア: dc01.example.local\n状態: アクティブ\n\nピア: time.windows.com,0x9\n状態: 保留中\n', 'w32tm-peers');
    assert.equal(output.count?.value, 2);
    assert.deepEqual(output.peers.map((peer) => peer.peer.value.host), ['dc01.example.local', 'time.windows.com']);
  });
});

describe('Defender', () => {
  test('reads a Format-List whose long value wrapped', () => {
    const text = 'SignatureFallbackOrder                     : FileShares\nSignatureDefinitionUpdateFileSharesSources : \\\\fs01\\DefenderUpdates|\\\\fs02\\DefenderUpd\n                                             ates\n';
    const output = only(text, 'defender-preference');
    assert.equal(output.properties.get('signaturedefinitionupdatefilesharessources')?.value, '\\\\fs01\\DefenderUpdates|\\\\fs02\\DefenderUpdates');
  });

  test('reads a table of selected properties', () => {
    const text = 'AntivirusSignatureAge AntivirusSignatureVersion\n--------------------- -------------------------\n                   12 1.441.1.0\n';
    const output = only(text, 'defender-status');
    assert.equal(output.properties.get('antivirussignatureage')?.value, '12');
    assert.equal(at(text, output.properties.get('antivirussignatureversion')!.span), '1.441.1.0');
  });

  test('splits file-share lists written either way', () => {
    assert.deepEqual(fileShares('\\\\a\\b | \\\\c\\d'), ['\\\\a\\b', '\\\\c\\d']);
    assert.deepEqual(fileShares('{\\\\a\\b, \\\\c\\d}'), ['\\\\a\\b', '\\\\c\\d']);
    assert.deepEqual(fileShares(''), []);
  });
});

describe('nslookup', () => {
  test('reads the failure line in both languages', () => {
    for (const line of ["*** UnKnown can't find _vlmcs._tcp.example.local: Non-existent domain", '*** UnKnown が _vlmcs._tcp.example.local を見つけられません: Non-existent domain']) {
      const output = only(`Server:  UnKnown\nAddress:  10.0.10.10\n\n${line}\n`, 'nslookup');
      assert.deepEqual(output.failure?.value, { name: '_vlmcs._tcp.example.local', reason: 'Non-existent domain', nonExistent: true, noResponse: false });
    }
  });

  test('reads an SRV answer', () => {
    const output = only('Server:  dc01\nAddress:  10.0.10.10\n\n_vlmcs._tcp.example.local       SRV service location:\n          priority       = 0\n          weight         = 0\n          port           = 1688\n          svr hostname   = kms01.example.local\n', 'nslookup');
    assert.deepEqual(output.records.map(({ name, priority, weight, port, target }) => ({ name, priority, weight, port, target })), [
      { name: '_vlmcs._tcp.example.local', priority: 0, weight: 0, port: 1688, target: 'kms01.example.local' },
    ]);
  });
});

describe('the management interface', () => {
  test('is found by the host routes to the link-local services, and feeds the Office KMS check', () => {
    const text = [
      'Active Routes:',
      '          0.0.0.0          0.0.0.0       172.16.5.1      172.16.5.40     25',
      '       172.16.5.0    255.255.255.0         On-link       172.16.5.40    281',
      '  169.254.169.250  255.255.255.255       10.98.0.1       10.98.7.20     26',
      '        10.98.0.0      255.255.0.0         On-link       10.98.7.20     271',
      '---Processing--------------------------',
      'LICENSE NAME: Office 16, Office16ProPlusVL_KMS_Client edition',
      'LICENSE STATUS:  ---LICENSED---',
      '\tKMS machine registry override defined: 10.98.64.250:1688',
    ].join('\n');
    const findings = validate([{ name: 'paste.txt', text }]).findings.filter((finding) => finding.ruleId === 'win-office-kms-host');
    assert.deepEqual(findings, []);
    const wrong = validate([{ name: 'paste.txt', text: text.replace('10.98.64.250', '172.16.64.250') }]).findings.filter((finding) => finding.ruleId === 'win-office-kms-host');
    assert.equal(wrong.length, 1);
    assert.match(wrong[0]?.message ?? '', /10\.98\.64\.250/);
  });
});
