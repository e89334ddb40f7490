/** Runs the CLI in-process with captured output (no child process, no TTY). */
import { nodeVfs } from '../../src/load/vfs.js';
import { run } from '../../src/cli/program.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], opts: { cwd?: string; env?: Record<string, string>; tty?: boolean } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env: { HH_SRDI_LANG: 'en', ...opts.env },
    cwd: opts.cwd ?? process.cwd(),
    stdoutIsTTY: opts.tty ?? false,
    stderrIsTTY: opts.tty ?? false,
    now: () => new Date('2026-11-28T04:00:00Z'),
    vfs: nodeVfs(),
  });
  return { code, stdout, stderr };
}
