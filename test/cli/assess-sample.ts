/**
 * A quick-loading copy of part of the embedded sample for the `assess` CLI tests: the 2026 pool
 * members of 个旧市 and 开远市 plus the designed 蒙自 insufficient-data case, with their enterprise
 * files and recognitions (each enterprise's assessment depends only on its own records, so their
 * output is the same as on the whole sample — docs/assess.md's examples run on the whole of it).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const COUNTIES = new Set(['个旧市', '开远市']);
const EXTRA = new Set(['91532503694605214B']);

let made: { dir: string; poolMembers: number } | undefined;

/** The folder holding `data/` (made once per test file) and how many 2026 pool entries it has. */
export function sample(): { dir: string; poolMembers: number } {
  if (made) return made;
  const dir = mkdtempSync(join(tmpdir(), 'hh-assess-sample-'));
  const data = join(dir, 'data');
  mkdirSync(join(data, 'enterprises'), { recursive: true });
  mkdirSync(join(data, 'pools'));
  for (const f of ['plan.yaml', 'counties.csv', 'targets.csv']) copyFileSync(join('data', f), join(data, f));
  const [head, ...rows] = readFileSync('data/pools/2026.csv', 'utf8').trimEnd().split('\n');
  // The first four columns (code, name, tier, county) are never quoted in the sample.
  const kept = rows.filter((r) => {
    const [code, , , county] = r.split(',');
    return COUNTIES.has(county) || EXTRA.has(code);
  });
  const codes = new Set(kept.map((r) => r.split(',')[0]));
  writeFileSync(join(data, 'pools', '2026.csv'), `${[head, ...kept].join('\n')}\n`);
  for (const code of codes) copyFileSync(join('data', 'enterprises', `${code}.yaml`), join(data, 'enterprises', `${code}.yaml`));
  const [rhead, ...recs] = readFileSync('data/recognitions.csv', 'utf8').trimEnd().split('\n');
  writeFileSync(join(data, 'recognitions.csv'), `${[rhead, ...recs.filter((r) => codes.has(r.split(',')[0]))].join('\n')}\n`);
  writeFileSync(join(dir, 'hh-srdi.config.yaml'), '{}\n');
  made = { dir, poolMembers: kept.length };
  return made;
}
