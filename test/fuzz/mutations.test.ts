/**
 * Mutation fuzzing of the embedded data folder: real files with a few random edits (bytes flipped,
 * lines dropped, duplicated or swapped, hostile words spliced in, re-encoded) must still load and
 * check without throwing, with every finding located. Few runs in `npm test`, many under `npm run fuzz`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { loadFolder } from '../../src/load/folder.js';
import { memoryVfs } from '../../src/load/vfs.js';
import { PROPERTY_TIMEOUT, runs } from './params.js';

const DATA = 'data';
const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
// The official files, the pools and recognitions, and the first 20 enterprises: checking all 360 takes seconds per run.
const FILES: Record<string, string> = Object.fromEntries(
  walk(DATA)
    .map((f) => relative(DATA, f).split(sep).join('/'))
    .filter((p, _, all) => !p.startsWith('enterprises/') || all.filter((q) => q.startsWith('enterprises/')).indexOf(p) < 20)
    .map((p) => [p, readFileSync(join(DATA, p), 'utf8')]),
);
const PATHS = Object.keys(FILES).filter((p) => /\.(csv|ya?ml)$/u.test(p));

const WORDS = ['__proto__: 1', 'constructor', '&a [*a]', '*a', '[[[[', '"', ',,,,', '\t', '\r', '\u0000', '\ufeff', '\u202e', '营业收入（元）', '1.2亿元', '45903', '2025/9/3 0:00', '２０２５年９月３日', '-1', '1e400', '#', '- ', ': ', '{', '}', '---'];

type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'drop-line' | 'dup-line'; at: number }
  | { kind: 'swap-lines'; at: number; with: number }
  | { kind: 'splice'; at: number; word: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.nat({ max: 255 }) }),
  fc.record({ kind: fc.constantFrom('drop-line' as const, 'dup-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), word: fc.constantFrom(...WORDS) }),
);

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = m.at % Math.max(1, lines.length);
  switch (m.kind) {
    case 'flip': {
      const at = m.at % Math.max(1, text.length);
      return text.slice(0, at) + String.fromCharCode(m.byte) + text.slice(at + 1);
    }
    case 'drop-line':
      return lines.filter((_, n) => n !== i).join('\n');
    case 'dup-line':
      return [...lines.slice(0, i + 1), ...lines.slice(i)].join('\n');
    case 'swap-lines': {
      const j = m.with % Math.max(1, lines.length);
      const out = [...lines];
      [out[i], out[j]] = [out[j], out[i]];
      return out.join('\n');
    }
    case 'splice': {
      const at = m.at % Math.max(1, text.length);
      return text.slice(0, at) + m.word + text.slice(at);
    }
  }
}

const encodings = fc.constantFrom('utf8', 'utf8-bom', 'gb18030', 'utf16le', 'crlf');
function encode(text: string, encoding: string): string | Uint8Array {
  if (encoding === 'utf8') return text;
  if (encoding === 'crlf') return text.replace(/\n/gu, '\r\n');
  if (encoding === 'utf8-bom') return `\ufeff${text}`;
  return new Uint8Array(iconv.encode(text, encoding));
}

describe('mutation fuzzing of the embedded data folder', () => {
  it(
    'a few edits to a few files: loads and checks without throwing, every finding located',
    async () => {
      const edit = fc.record({ path: fc.constantFrom(...PATHS), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }), encoding: encodings });
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
          const files: Record<string, string | Uint8Array> = { ...FILES };
          for (const e of edits) files[e.path] = encode(e.mutations.reduce(mutate, FILES[e.path]), e.encoding);
          const load = await loadFolder({ vfs: memoryVfs(files), root: '', displayRoot: '' });
          const { diagnostics } = check(load, { asOf: '2026-11-28', lang: 'en' });
          for (const d of diagnostics) {
            expect(Number.isInteger(d.line) && d.line >= 1 && Number.isInteger(d.column) && d.column >= 1, `${d.file}:${d.line}:${d.column}`).toBe(true);
            expect(d.message).not.toMatch(/undefined|NaN|\[object Object\]/u);
          }
          // Untouched files are still read: every enterprise file nobody edited is in the dataset.
          const edited = new Set(edits.map((e) => e.path));
          const untouched = PATHS.filter((p) => p.startsWith('enterprises/') && !edited.has(p));
          const loaded = new Set(load.data.enterprises.map((e) => e.origin.loc.file));
          for (const p of untouched) expect(loaded.has(p), p).toBe(true);
        }),
        runs(8),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
