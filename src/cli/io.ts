/** Everything the CLI takes from the process, injectable so that tests run commands in memory. */
import type { Vfs } from '../load/vfs.js';

export interface Io {
  stdout: (text: string) => void;
  /** Raw bytes to stdout (exports in GB18030); without it, only UTF-8 exports can go to stdout. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  now: () => Date;
  vfs: Vfs;
}

/** A user mistake or an environment problem: one line on stderr, exit 2, no stack trace. */
export class UsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}
