/** Blobs out of one long-lived `git cat-file --batch` process, requests pipelined (git-vfs.ts). */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

interface Pending {
  oid: string;
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

/**
 * One `git cat-file --batch` process: requests are written as they come, answers arrive in the
 * same order as `<oid> <type> <size>\n<bytes>\n` (or `<oid> missing\n`).
 */
export class BlobReader {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue: Pending[] = [];
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Size of the body being read, once its header line is in. */
  private body: number | undefined;
  private failed: Error | undefined;

  constructor(top: string) {
    this.child = spawn('git', ['cat-file', '--batch'], { cwd: top, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.take(chunk));
    let stderr = '';
    this.child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
    this.child.on('error', (e) => this.fail(e));
    this.child.on('close', () => this.fail(new Error(`git cat-file ended early${stderr ? `: ${stderr.trim()}` : ''}`)));
    this.child.stdin.on('error', (e) => this.fail(e));
  }

  read(oid: string): Promise<Uint8Array> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.queue.push({ oid, resolve, reject });
      this.child.stdin.write(`${oid}\n`);
    });
  }

  close(): void {
    this.child.stdin.end();
  }

  private fail(error: Error): void {
    this.failed ??= error;
    for (const p of this.queue.splice(0)) p.reject(error);
  }

  private take(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.body === undefined) {
        const all = this.joined();
        const nl = all.indexOf(10);
        if (nl < 0) return;
        const header = all.subarray(0, nl).toString('utf8');
        this.rest(all.subarray(nl + 1));
        if (header.endsWith(' missing')) {
          this.queue.shift()?.reject(new Error(`git object missing: ${header}`));
          continue;
        }
        this.body = Number(header.split(' ')[2]);
      }
      if (this.buffered < this.body + 1) return;
      const all = this.joined();
      const bytes = all.subarray(0, this.body);
      this.rest(all.subarray(this.body + 1));
      this.body = undefined;
      const copy = new Uint8Array(bytes.length);
      copy.set(bytes);
      this.queue.shift()?.resolve(copy);
    }
  }

  /** The buffered bytes as one Buffer (copied only when they span chunks). */
  private joined(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private rest(rest: Buffer): void {
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
  }
}
