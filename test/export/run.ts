/** Runs the CLI in-process and keeps stdout as bytes (exports may be GB18030). */
import { run } from '../../src/cli/program.js';
import { nodeVfs } from '../../src/load/vfs.js';

export interface ExportResult {
  code: number;
  bytes: Buffer;
  stdout: string;
  stderr: string;
}

export const FIXTURE = 'test/fixtures/export/data';

export async function exportCli(argv: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<ExportResult> {
  const chunks: Uint8Array[] = [];
  let stderr = '';
  const code = await run(argv, {
    stdout: (s) => void chunks.push(new TextEncoder().encode(s)),
    stdoutBytes: (b) => void chunks.push(b),
    stderr: (s) => {
      stderr += s;
    },
    env: { HH_SRDI_LANG: 'en', ...opts.env },
    cwd: opts.cwd ?? process.cwd(),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: () => new Date('2026-11-28T04:00:00Z'),
    vfs: nodeVfs(),
  });
  const bytes = Buffer.concat(chunks);
  return { code, bytes, stdout: bytes.toString('utf8'), stderr };
}
