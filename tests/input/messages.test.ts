/**
 * Input the engine used to misread or describe badly, each with the message it gives now, pinned in
 * English and Japanese: names found on Object.prototype, API misuse, and the value-level messages.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { DOCUMENT_KINDS, INPUT_KINDS } from '../../validators/input/kinds/index.ts';
import { validate, type Context, type Finding, type InputDocument, type Lang } from '../../validators/index.ts';

const json = (value: unknown) => JSON.stringify(value, null, 2);
const run = (documents: InputDocument[], context?: Context, lang: Lang = 'en') => validate(documents, context, { lang }).findings;
const messagesOf = (findings: Finding[], ruleId: string) => findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.message);
/** Both languages' messages of one rule. */
const both = (documents: InputDocument[], ruleId: string, context?: Context) => ({ en: messagesOf(run(documents, context, 'en'), ruleId), ja: messagesOf(run(documents, context, 'ja'), ruleId) });

const VPC = 'vpc-0a1b2c3d4e5f60718';
const acl = (entries: unknown[]) => ({ name: 'network-acls.json', text: json({ NetworkAcls: [{ NetworkAclId: 'acl-0a1b2c3d4e5f60718', VpcId: VPC, IsDefault: false, Associations: [], Entries: entries }] }) });
const entry = (ruleNumber: unknown, extra: Record<string, unknown>) => ({ RuleNumber: ruleNumber, Egress: true, Protocol: '-1', RuleAction: 'allow', CidrBlock: '0.0.0.0/0', ...extra });

describe('names are looked up among own properties only', () => {
  test('IpProtocol "constructor" is not a protocol', () => {
    const groups = { name: 'security-groups.json', text: json({ SecurityGroups: [{ GroupId: 'sg-0a1b2c3d4e5f60718', VpcId: VPC, IpPermissions: [], IpPermissionsEgress: [{ IpProtocol: 'constructor', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }] }) };
    const findings = run([groups]);
    assert.deepEqual(messagesOf(findings, 'input-value'), ['Protocol "constructor" is not an IANA protocol number (0–255), -1, tcp, udp, icmp or icmpv6.']);
    assert.deepEqual(messagesOf(findings, 'sg-egress-public'), []);
  });

  test('a NACL deny with Protocol "__proto__" is an input error', () => {
    const findings = run([acl([entry(100, { Protocol: '__proto__', RuleAction: 'deny' })])]);
    assert.deepEqual(messagesOf(findings, 'input-value'), ['Protocol "__proto__" is not an IANA protocol number (0–255), -1, tcp, udp, icmp or icmpv6.']);
    assert.deepEqual(messagesOf(findings, 'nacl-redundant-entry'), []);
  });

  test('{"constructor": 1} is not called an EC2 XML name', () => {
    const findings = run([{ name: 'x.json', text: '{"constructor": 1}' }]);
    // The keys are the registry's (tests/input/kinds.test.ts checks every kind is named): this pins the wording around them.
    const keys = [...INPUT_KINDS.map((kind) => kind.collectionKey), ...DOCUMENT_KINDS.flatMap((kind) => kind.markerKeys)].join(', ');
    assert.deepEqual(messagesOf(findings, 'input-document'), [`Not a recognised AWS CLI output or template (an object): the documents the validators read have the top-level keys ${keys}.`]);
  });
});

describe('validate() never throws on API misuse', () => {
  const table = json({ RouteTables: [{ RouteTableId: 'rtb-0a1b2c3d4e5f60718', VpcId: VPC, Associations: [{ Main: true }], Routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0a1b2c3d4e5f60718' }] }] });

  test('a document without a string name is named after its place and said so', () => {
    const documents = [{ text: table }, { name: 7, text: table }] as unknown as InputDocument[];
    assert.deepEqual(both(documents, 'input-document'), {
      en: [
        'Document 1 of those passed to validate() has a name that is undefined, not a string; its findings call it document-1.',
        'Document 2 of those passed to validate() has a name that is number, not a string; its findings call it document-2.',
      ],
      ja: [
        'validate() に渡された 1 番目のドキュメントの name が文字列ではなく undefined だったため、指摘では document-1 と呼びます。',
        'validate() に渡された 2 番目のドキュメントの name が文字列ではなく number だったため、指摘では document-2 と呼びます。',
      ],
    });
    assert.ok(run(documents).some((finding) => finding.ruleId === 'rt-internet-route' && finding.file === 'document-1'));
  });

  test('null and number entries in the documents array are left out with a finding each', () => {
    const documents = [null, 5, { name: 'route-tables.json', text: table }] as unknown as InputDocument[];
    assert.deepEqual(both(documents, 'input-document'), {
      en: [
        'Document 1 of those passed to validate() is null, not an object with a name and a text; it was left out.',
        'Document 2 of those passed to validate() is number, not an object with a name and a text; it was left out.',
      ],
      ja: [
        'validate() に渡された 1 番目のドキュメントが name と text を持つオブジェクトではなく null だったため、除外しました。',
        'validate() に渡された 2 番目のドキュメントが name と text を持つオブジェクトではなく number だったため、除外しました。',
      ],
    });
  });

  test('BigInt, cyclic and null-prototype values in the context are reported, not thrown', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const context = { internalCidrs: [10n], region: cyclic, bundle: Object.create(null), timeSource: 3n } as unknown as Context;
    assert.deepEqual(both([{ name: 'route-tables.json', text: table }], 'input-context', context), {
      en: [
        'bundle must be "public" or "byol", got "{}".',
        'internalCidrs should be a string, got 10n.',
        'region should be a string, got a value that contains itself.',
        'timeSource must be "domain-hierarchy" or "amazon-time-sync", got "3n".',
      ],
      ja: [
        'bundle は "public" か "byol" である必要がありますが、"{}" でした。',
        'internalCidrs は文字列である必要がありますが、10n でした。',
        'region は文字列である必要がありますが、自分自身を含む値でした。',
        'timeSource は "domain-hierarchy" か "amazon-time-sync" である必要がありますが、"3n" でした。',
      ],
    });
  });
});

describe('messages name what is wrong with a value', () => {
  const table = (routes: unknown[]) => ({
    name: 'route-tables.json',
    text: json({ RouteTables: [{ RouteTableId: 'rtb-0a1b2c3d4e5f60718', VpcId: VPC, Associations: [{ Main: true }], Routes: [{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local' }, ...routes] }] }),
  });

  test('a UTF-8 BOM passed through the API reads as if there were none', () => {
    const document = table([{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0a1b2c3d4e5f60718' }]);
    const plain = run([document]).map((finding) => `${finding.ruleId}@${finding.line}: ${finding.message}`);
    const withBom = run([{ ...document, text: `\uFEFF${document.text}` }]).map((finding) => `${finding.ruleId}@${finding.line}: ${finding.message}`);
    assert.ok(plain.some((line) => line.startsWith('rt-internet-route@')));
    assert.deepEqual(withBom, plain);
  });

  test('RuleNumber 1e309 and RuleNumber above 2^53 are input values AWS never prints', () => {
    const text = acl([entry(100, {})]).text.replace('"RuleNumber": 100', '"RuleNumber": 1e309');
    assert.deepEqual(both([{ name: 'network-acls.json', text }], 'input-value'), {
      en: ['RuleNumber is a number too large to read (it reads as Infinity); write the value AWS printed.'],
      ja: ['RuleNumber の数値が大きすぎて読めません (Infinity になります)。AWS が出力した値を書いてください。'],
    });
    const huge = acl([entry(100, {})]).text.replace('"RuleNumber": 100', '"RuleNumber": 9007199254740993');
    assert.deepEqual(both([{ name: 'network-acls.json', text: huge }], 'input-value'), {
      en: ['RuleNumber is above 9007199254740991 (2^53 − 1), where JSON numbers are no longer exact (it reads as 9007199254740992); write the value AWS printed.'],
      ja: ['RuleNumber が 9007199254740991 (2^53 − 1) を超えていて、JSON の数値として正確に読めません (9007199254740992 になります)。AWS が出力した値を書いてください。'],
    });
  });

  test('::/0 beside ::/1 is a default route and a partial one, not a default split into pieces', () => {
    const routes = [
      { DestinationIpv6CidrBlock: '::/0', GatewayId: 'igw-0a1b2c3d4e5f60718' },
      { DestinationIpv6CidrBlock: '::/1', GatewayId: 'igw-0a1b2c3d4e5f60718' },
    ];
    const messages = both([table(routes)], 'rt-internet-route');
    assert.equal(messages.en.length, 2);
    assert.match(messages.en[0] as string, /^Route ::\/0 → internet gateway igw-0a1b2c3d4e5f60718 in rtb-0a1b2c3d4e5f60718 is a default route: /);
    assert.match(messages.en[1] as string, /^Route ::\/1 → internet gateway igw-0a1b2c3d4e5f60718 in rtb-0a1b2c3d4e5f60718 sends /);
    assert.ok(messages.en.every((message) => !message.includes('split into pieces')));
    assert.ok(messages.ja.every((message) => !message.includes('分割')));
    assert.match(messages.ja[0] as string, /ルート ::\/0 → .*はデフォルトルートで/);
  });

  test('a shadowed entry lists only the entries that decide its traffic, with the verb agreeing', () => {
    const shadowedBy = (entries: unknown[]) => both([acl(entries)], 'nacl-shadowed-entry');
    // Rule 4 never matches (rule 2 takes all of it), so rule 10 is decided by rule 2 alone.
    const single = shadowedBy([entry(2, { RuleAction: 'deny' }), entry(4, { Protocol: '6', PortRange: { From: 443, To: 443 } }), entry(10, { Protocol: '6', PortRange: { From: 443, To: 443 }, CidrBlock: '10.0.0.0/8' })]);
    assert.deepEqual(single.en, [
      'Egress rule 4 of acl-0a1b2c3d4e5f60718 allows TCP 443 to 0.0.0.0/0, but it can never match: rule 2 decides all of its traffic first.',
      'Egress rule 10 of acl-0a1b2c3d4e5f60718 allows TCP 443 to 10.0.0.0/8, but it can never match: rule 2 decides all of its traffic first.',
    ]);
    const plural = shadowedBy([entry(100, { Protocol: '6', PortRange: { From: 0, To: 1000 } }), entry(120, { Protocol: '6', PortRange: { From: 1001, To: 65535 } }), entry(300, { Protocol: '6', PortRange: { From: 0, To: 65535 } })]);
    assert.deepEqual(plural, {
      en: ['Egress rule 300 of acl-0a1b2c3d4e5f60718 allows TCP (all ports) to 0.0.0.0/0, but it can never match: rules 100, 120 decide all of its traffic first.'],
      ja: ['acl-0a1b2c3d4e5f60718 のアウトバウンドルール 300 が 0.0.0.0/0 宛ての TCP (全ポート) を許可しています。しかしこのルールは一致することがありません。ルール 100, 120 が先にその通信をすべて判定します。'],
    });
  });

  test('UTF-16 text without a BOM is told to be saved again as UTF-8', () => {
    const utf16 = [...table([]).text].map((char) => `${char}\u0000`).join('');
    assert.deepEqual(both([{ name: 'route-tables.json', text: utf16 }], 'input-document'), {
      en: ['This text looks like UTF-16 read as UTF-8: every other character is NUL. Save it again as UTF-8 (Notepad: Save As, Encoding UTF-8; PowerShell: Get-Content file.txt | Set-Content -Encoding utf8 file-utf8.txt) or copy the text from the console window.'],
      ja: ['このテキストは UTF-16 のファイルを UTF-8 として読んだもののようです (1 文字おきに NUL があります)。UTF-8 で保存し直すか (メモ帳: 名前を付けて保存で文字コードに UTF-8 を選択、PowerShell: Get-Content file.txt | Set-Content -Encoding utf8 file-utf8.txt)、コンソール画面からテキストをコピーしてください。'],
    });
    assert.deepEqual(messagesOf(run([{ name: 'route-tables.json', text: utf16 }]), 'input-json'), []);
  });

  test('10.10.1.300 has an octet out of range, not a missing prefix length', () => {
    const messages = both([table([])], 'input-context', { directoryControllers: ['10.10.1.300'] });
    assert.equal(messages.en.length, 1);
    assert.match(messages.en[0] as string, /"10\.10\.1\.300" has the octet 300, outside 0–255/);
    assert.match(messages.ja[0] as string, /"10\.10\.1\.300" のオクテット 300 が 0–255 の範囲外です/);
  });

  test('bundle "BYOL" is the byol bundle', () => {
    const text = readFileSync('tests/fixtures/windows/activation.en.broken.constructed.txt', 'utf8');
    const summary = (bundle: string) => run([{ name: 'paste.txt', text }], { bundle, kmsHosts: ['kms01.example.local'] } as Context).map((finding) => `${finding.ruleId}@${finding.line}`);
    assert.deepEqual(summary('BYOL'), summary('byol'));
    assert.deepEqual(messagesOf(run([table([])], { bundle: 'BYOL' } as unknown as Context), 'input-context'), []);
  });

  test('an IPv6 example packet goes to a global unicast address', () => {
    const findings = run([table([{ DestinationIpv6CidrBlock: '::/0', GatewayId: 'igw-0a1b2c3d4e5f60718' }])]);
    const ipv6 = findings.filter((finding) => finding.ruleId === 'path-internet-reachable' && finding.message.includes('::/0'));
    assert.ok(ipv6.length > 0);
    for (const finding of ipv6) {
      assert.match(finding.message, / 2000::1\b/);
      assert.doesNotMatch(finding.message, / ::2\b/);
    }
  });
});
