/** A roadmap item as one spreadsheet cell: what falls short, by how much, or which data is missing. */
import type { Lang } from '../messages.js';
import type { Roadmap, RoadmapItem } from '../reports/roadmap.js';
import { joinList } from './table.js';

const OR: Record<Lang, string> = { zh: ' 或 ', en: ' or ' };

/** The gap of one item in its own words ("R&D 2.1% of 8,000 万元 revenue < 3% — add 72 万元"). */
export function gapText(i: RoadmapItem, lang: Lang): string {
  if (i.alternatives !== undefined) return i.alternatives.map((a) => `${a.label[lang]}：${gapText(a, lang)}`).join(OR[lang]);
  if (i.outcome === 'unknown') {
    const missing = i.missing.join(lang === 'zh' ? '、' : ', ') || '—';
    return lang === 'zh' ? `缺少数据：${missing}` : `missing: ${missing}`;
  }
  if (i.shortfall !== undefined) return i.shortfall.text[lang];
  const req = i.required === undefined ? '' : lang === 'zh' ? `（要求 ${i.required}）` : ` (required ${i.required})`;
  return `${i.actual ?? '—'}${req}`;
}

/** "label: gap" for an item whose gap text does not name its subject. */
export function itemText(i: RoadmapItem, lang: Lang): string {
  if (i.shortfall !== undefined && i.alternatives === undefined && i.outcome === 'fail') return i.shortfall.text[lang];
  return `${i.label[lang]}${lang === 'zh' ? '：' : ': '}${gapText(i, lang)}`;
}

/**
 * The failing required criteria, joined — what keeps the enterprise from applying. A criterion with
 * several routes is named only (its routes' gaps are in the roadmap export).
 */
export function shortfallSummary(r: Roadmap, lang: Lang): string {
  const failing = r.items.filter((i) => i.outcome === 'fail' && !i.advisory);
  return joinList(failing.map((i) => (i.alternatives !== undefined ? i.label[lang] : itemText(i, lang))), lang);
}
