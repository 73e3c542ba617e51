/**
 * Runs a collect script against the fake `aws` (fake-aws.sh) in a fresh folder: the recordings are
 * written where the fake finds them, and the calls it received and the bundle written are read back.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Response } from './recordings.ts';

/** What one run of a script did. */
export interface Run {
  status: number | null;
  stderr: string;
  /** Every command line the fake received. */
  calls: string[][];
  /** The bundle's text, when one was written. */
  bundle?: string;
  file: string;
}

let root: string | undefined;
let runs = 0;

/** A folder for this test file's runs, with a `bin/aws` that is the fake; removed when the process exits. */
function workspace(): string {
  if (root === undefined) {
    const made = mkdtempSync(join(tmpdir(), 'cw-collect-'));
    root = made;
    mkdirSync(join(made, 'bin'));
    copyFileSync('tests/collect/fake-aws.sh', join(made, 'bin', 'aws'));
    chmodSync(join(made, 'bin', 'aws'), 0o755);
    process.on('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  return root;
}

/** Writes the recordings where the fake finds them: a folder per command line, named by the cksum of its arguments (one a line). */
function record(dir: string, responses: readonly Response[]): void {
  const keys = join(dir, 'keys');
  mkdirSync(keys, { recursive: true });
  responses.forEach((response, index) => writeFileSync(join(keys, String(index)), response.args.map((arg) => `${arg}\n`).join('')));
  const sums = responses.length === 0 ? '' : spawnSync('cksum', responses.map((_, index) => String(index)), { cwd: keys, encoding: 'utf8' }).stdout;
  for (const line of sums.trim().split('\n').filter((row) => row !== '')) {
    const [sum, , index] = line.split(' ');
    const response = responses[Number(index)] as Response;
    const folder = join(dir, 'responses', sum as string);
    mkdirSync(folder, { recursive: true });
    if (response.stdout !== undefined) writeFileSync(join(folder, 'stdout'), response.stdout);
    if (response.stderr !== undefined) writeFileSync(join(folder, 'stderr'), response.stderr);
    writeFileSync(join(folder, 'status'), String(response.status ?? 0));
  }
}

/** The calls the fake logged: one line each, every argument ended by the unit separator. */
function callsIn(dir: string): string[][] {
  const log = existsSync(join(dir, 'calls.log')) ? readFileSync(join(dir, 'calls.log'), 'utf8') : '';
  return log.split('\n').filter((line) => line !== '').map((line) => line.split('\x1f').slice(0, -1));
}

/**
 * Runs `command` (its last arguments are the script's, then `outputOption FILE` is added when
 * given) with only the fake aws and the system's tools on PATH.
 */
export function runWithFakeAws(command: string[], responses: readonly Response[], options: { env?: Record<string, string>; outputOption?: string } = {}): Run {
  const dir = join(workspace(), `run-${++runs}`);
  mkdirSync(dir);
  record(dir, responses);
  const file = join(dir, 'bundle.json');
  const [program, ...args] = command as [string, ...string[]];
  const result = spawnSync(program, [...args, ...(options.outputOption ? [options.outputOption, file] : [])], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: `${join(workspace(), 'bin')}${delimiter}/usr/bin${delimiter}/bin`, HOME: dir, FAKE_AWS_RESPONSES: join(dir, 'responses'), FAKE_AWS_LOG: join(dir, 'calls.log'), ...options.env },
  });
  return { status: result.status, stderr: result.stderr, calls: callsIn(dir), ...(existsSync(file) ? { bundle: readFileSync(file, 'utf8') } : {}), file };
}
