/**
 * What could not be read in a paste of Windows output: a command whose output is not
 * understood, an output none of whose lines were recognised, slmgr labels in an unknown
 * display language, and text that was decoded with the wrong encoding.
 */
import { defineRule, type RuleReport } from '../rules/rule.ts';
import { COMMAND_OF, UNDERSTOOD_COMMANDS } from './read.ts';
import { textAt } from './report.ts';

const COMMANDS = UNDERSTOOD_COMMANDS.join(', ');
const COMMANDS_JA = UNDERSTOOD_COMMANDS.join('、');

export const winOutputRecognised = defineRule({
  id: 'win-output-recognised',
  category: 'win',
  severity: 'warning',
  title: { en: 'Every pasted command output is understood', ja: '貼り付けたコマンドの出力をすべて読み取れる' },
  description: {
    en: `The validators read the output of ${COMMANDS}, in English or Japanese. A prompt line with another command, an output none of whose lines could be read, slmgr labels in a display language whose wording is not known, or text decoded with the wrong encoding is reported here, so that a check that could not be made is never mistaken for a pass.`,
    ja: `検証ツールが読めるのは ${COMMANDS_JA} の出力 (英語または日本語) です。それ以外のコマンドのプロンプト行、1 行も読み取れなかった出力、文言のわからない表示言語で出力された slmgr のラベル、誤った文字コードで読み込まれたテキストをここで報告します。検査できなかったことを、問題なしと取り違えないためです。`,
  },
  messages: {
    unknownCommand: {
      en: 'The output of "{command}" is not read. Understood: {commands}.',
      ja: '"{command}" の出力は読み取りません。読めるのは次のコマンドの出力です: {commands}。',
    },
    nothingRead: {
      en: 'Nothing in this output of {command} could be read ({lines} lines): its checks were not made. Paste the output as the console prints it, in English or Japanese.',
      ja: 'この {command} の出力は 1 行も読み取れなかったため ({lines} 行)、検査していません。コンソールに表示されたとおりの出力 (英語または日本語) を貼り付けてください。',
    },
    slmgrLanguage: {
      en: 'slmgr printed its labels in a display language whose wording is not known here, so License Status could not be read; only the KMS host and the expiration were found by their shape. For English labels, run a copy of the script that sits outside System32: copy %windir%\\System32\\slmgr.vbs %TEMP%\\ then cscript //nologo %TEMP%\\slmgr.vbs /dlv.',
      ja: 'slmgr のラベルが、ここでは文言のわからない表示言語で出力されているため、ライセンスの状態を読み取れませんでした。KMS ホストと有効期限だけは値の形から読み取っています。英語のラベルで出力するには、System32 の外に置いたスクリプトのコピーを実行してください: copy %windir%\\System32\\slmgr.vbs %TEMP%\\ のあと cscript //nologo %TEMP%\\slmgr.vbs /dlv。',
    },
    encoding: {
      en: 'This text contains {what}: part of it was decoded with the wrong encoding, and lines around it may not have been read. Output redirected to a file on a Japanese Windows is Shift_JIS (code page 932), and Windows PowerShell 5.1 redirects as UTF-16: copy the text from the console window, or save it as UTF-8.',
      ja: 'このテキストには{what}が含まれています。一部が誤った文字コードで読み込まれており、その周辺の行は読み取れていない可能性があります。日本語版 Windows でファイルにリダイレクトした出力は Shift_JIS (コードページ 932)、Windows PowerShell 5.1 のリダイレクトは UTF-16 です。コンソール画面からコピーするか、UTF-8 で保存してください。',
    },
  },
  sources: ['ms-slmgr', 'checkmk-slmgr-language'],
  check(analysis) {
    const reports: RuleReport<'encoding' | 'unknownCommand' | 'nothingRead' | 'slmgrLanguage'>[] = [];
    for (const document of analysis.resources.windows) {
      for (const section of document.unread) {
        reports.push({ messageId: 'unknownCommand', severity: 'info', data: { command: section.command.value, commands: COMMANDS }, localizedData: { commands: { en: COMMANDS, ja: COMMANDS_JA } }, at: textAt(section.file, section.command.span) });
      }
      for (const output of document.outputs) {
        const command = output.command?.value ?? COMMAND_OF[output.kind];
        const anchor = output.command?.span ?? { offset: output.span.offset, length: 1 };
        if (output.kind === 'slmgr' && output.language !== 'en' && output.lineCount > 0) {
          const unread = output.licenses.length === 0 ? output.errors.length === 0 : output.licenses.some((license) => !license.status && !license.refreshHint);
          if (unread) {
            reports.push({ messageId: 'slmgrLanguage', at: textAt(output.file, anchor) });
            continue;
          }
        }
        if (output.understood === 0 && output.lineCount > 0) reports.push({ messageId: 'nothingRead', data: { command, lines: output.lineCount }, at: textAt(output.file, anchor) });
      }
      if (document.encoding) {
        const what = document.encoding.kind === 'replacement-characters' ? { en: 'replacement characters (�)', ja: '置換文字 (�)' } : { en: 'NUL characters', ja: 'NUL 文字' };
        reports.push({ messageId: 'encoding', data: { what: what.en }, localizedData: { what }, at: textAt(document.name, document.encoding.span) });
      }
    }
    return reports;
  },
});

export const OUTPUT_RULES = [winOutputRecognised];
