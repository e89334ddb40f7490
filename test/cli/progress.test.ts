import { describe, expect, it } from 'vitest';
import { PROGRESS_AFTER_MS, progressLine } from '../../src/cli/progress.js';

function run(tty: boolean, times: number[], lang: 'zh' | 'en' = 'en'): string {
  let out = '';
  const clock = [0, ...times];
  let i = 0;
  const p = progressLine({ stderr: (s) => (out += s), stderrIsTTY: tty }, lang, () => clock[Math.min(i++, clock.length - 1)]);
  times.forEach((_, k) => p.update(k + 1, times.length));
  p.end();
  return out;
}

describe('progress line', () => {
  it('stays silent on a load shorter than a second', () => {
    expect(run(true, [10, 200, PROGRESS_AFTER_MS - 1])).toBe('');
  });

  it('draws files loaded / total after a second, at most ten times a second, the last always, then erases itself', () => {
    const out = run(true, [500, 1000, 1050, 1200, 1250, 1260]);
    expect(out).toBe('\rreading files 2/6\u001b[K\rreading files 4/6\u001b[K\rreading files 6/6\u001b[K\r\u001b[K');
  });

  it('speaks Chinese when the run does', () => {
    expect(run(true, [2000], 'zh')).toBe('\r读取文件 1/1\u001b[K\r\u001b[K');
  });

  it('never writes when stderr is not a terminal (pipes, CI logs)', () => {
    expect(run(false, [2000, 3000, 4000])).toBe('');
  });
});
