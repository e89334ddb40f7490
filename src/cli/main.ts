/** Process entry point: the only place that reads process.* and sets the exit code. */
import { nodeVfs } from '../load/vfs.js';
import { run } from './program.js';

// `hh-srdi export roadmap | head`: the reader has gone, so stop quietly instead of a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

const code = await run(process.argv.slice(2), {
  stdout: (s) => void process.stdout.write(s),
  stdoutBytes: (b) => void process.stdout.write(b),
  stderr: (s) => void process.stderr.write(s),
  env: process.env,
  cwd: process.cwd(),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  now: () => new Date(),
  vfs: nodeVfs(),
});
process.exitCode = code;
