/**
 * Resolving what people type on the `assess` command line: an enterprise by credit code or name
 * (exact, else a part naming exactly one), a county by code, name or alias. A miss is a one-line
 * usage error with a "did you mean"; an ambiguous name lists the candidates.
 */
import { closest } from '../load/suggest.js';
import { normaliseCreditCode } from '../model/credit-code.js';
import type { DatasetIndex } from '../model/dataset-index.js';
import type { Dataset, Enterprise } from '../model/types.js';
import { UsageError } from './io.js';

const CODE_SHAPE = /^[0-9A-Z]{18}$/u;
/** Candidates listed for an ambiguous name. */
const LISTED = 10;

const key = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();

export function resolveEnterprise(arg: string, data: Dataset, index: DatasetIndex): Enterprise {
  const { code } = normaliseCreditCode(arg.trim());
  if (CODE_SHAPE.test(code)) {
    const found = index.enterprise(code);
    if (found) return found;
    const hint = closest(code, data.enterprises.map((e) => e.creditCode));
    throw new UsageError(
      `未找到统一社会信用代码为 ${code} 的企业${hint ? `，是否指 ${hint}（${index.enterprise(hint)?.name ?? ''}）？` : ''}`,
      `no enterprise with credit code ${code}${hint ? ` — did you mean ${hint} (${index.enterprise(hint)?.name ?? ''})?` : ''}`,
    );
  }
  const wanted = key(arg);
  const unique = (list: Enterprise[]): Enterprise[] => [...new Map(list.map((e) => [e.creditCode, e])).values()];
  const exact = unique(data.enterprises.filter((e) => key(e.name) === wanted));
  if (exact.length === 1) return exact[0];
  const matches = exact.length > 1 ? exact : unique(data.enterprises.filter((e) => key(e.name).includes(wanted) || e.creditCode.includes(wanted.toUpperCase())));
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    const shown = [...matches].sort((a, b) => (a.creditCode < b.creditCode ? -1 : 1)).slice(0, LISTED).map((e) => `\n  ${e.creditCode}  ${e.name}`).join('');
    const more = matches.length > LISTED ? matches.length - LISTED : 0;
    throw new UsageError(
      `“${arg}” 匹配到 ${matches.length} 家企业，请写得更具体或使用统一社会信用代码：${shown}${more ? `\n  ……另有 ${more} 家` : ''}`,
      `"${arg}" matches ${matches.length} enterprises — be more specific or use the credit code:${shown}${more ? `\n  … and ${more} more` : ''}`,
    );
  }
  const hint = suggestName(arg, data.enterprises);
  throw new UsageError(
    `未找到名称为或包含 “${arg}” 的企业${hint ? `，是否指 “${hint}”？` : ''}`,
    `no enterprise named or containing "${arg}"${hint ? ` — did you mean "${hint}"?` : ''}`,
  );
}

/** A typo in a part of a name: compare with every stretch of each name as long as the input. */
function suggestName(arg: string, enterprises: readonly Enterprise[]): string | undefined {
  const needle = arg.normalize('NFKC').trim();
  const chars = Array.from(needle);
  const byWindow = new Map<string, string>();
  for (const e of enterprises) {
    const name = Array.from(e.name);
    for (let i = 0; i + chars.length <= name.length; i++) {
      const window = name.slice(i, i + chars.length).join('');
      if (!byWindow.has(window)) byWindow.set(window, e.name);
    }
  }
  const best = closest(needle, [...byWindow.keys()]);
  return best === undefined ? undefined : byWindow.get(best);
}

export function resolveCounty(text: string, index: DatasetIndex, data: Dataset): string {
  const county = index.county(text);
  if (county) return county.code;
  const names = data.counties.flatMap((c) => [c.name, c.shortName ?? c.name, c.code, ...c.aliases]);
  const hint = closest(text, names);
  throw new UsageError(`未知县市 “${text}”${hint ? `，是否指 “${hint}”？` : ''}`, `unknown county "${text}"${hint ? ` — did you mean "${hint}"?` : ''}`);
}
