/**
 * The explain script as a process: a reader that hangs up early ends it quietly, and bad input
 * exits 2 with one line.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');

interface Run {
  code: number | null;
  stderr: string;
}

function run(args: string[], hangUp: boolean): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(tsx, ['scripts/explain.ts', ...args], { cwd: root });
    // Like `| true` (or `| head -1` on a long answer): the reader hangs up before reading it all.
    if (hangUp) child.stdout.destroy();
    else child.stdout.resume();
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => done({ code, stderr }));
  });
}

describe('explain script', () => {
  it('ends quietly when the reader closes the pipe early (no EPIPE stack)', async () => {
    const r = await run(['--list', 'muscles', '--json'], true);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 60_000);

  it('exits 2 with one line on bad input', async () => {
    const r = await run(['--region', 'OUTER_ELBOW'], false);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/did you mean "outer_elbow"/);
  }, 60_000);
});
