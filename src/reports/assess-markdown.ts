/** `assess --format markdown`: an overview table, then one section per enterprise (for a PR comment or a 季度调度 note). */
import type { Lang } from '../criteria/types.js';
import {
  type AssessEntry, type AssessFormatOptions, type AssessReport, OUTCOME_MARK, actualText, countyText, criterionName, gapText, headerLines,
  missingLine, provenanceRefs, provenanceText, refsOf, rowsOf, scoreGapLine, scoreLine, summaryLine, tierText, titleLine, verdictText,
} from './assess-common.js';
import { renderRoadmap } from './roadmap.js';

export function escapeCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\*/g, '\\*').replace(/[\r\n]+/g, ' ');
}

export function mdTable(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(head), `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(line)];
}

function overview(report: AssessReport, lang: Lang): string[] {
  const zh = lang === 'zh';
  const head = zh ? ['县市', '统一社会信用代码', '企业名称', '现有层级', '目标层级', '结论', '短板（✗ 不符合 / ? 待定）', '拟申报时间'] : ['county', 'credit code', 'enterprise', 'current', 'target', 'verdict', 'gaps (✗ fail / ? unknown)', 'planned'];
  const rows = report.entries.map((e) => {
    const r = e.result;
    const items = r.roadmap.items.filter((i) => !i.advisory);
    const fails = items.filter((i) => i.outcome === 'fail').length;
    const open = items.length - fails;
    return [countyText(e), r.creditCode, r.name, tierText(r.currentTier, lang), tierText(r.targetTier, lang), verdictText(r.assessment.verdict, lang), `✗ ${fails} · ? ${open}`, r.roadmap.plannedApply.value];
  });
  return mdTable(head, rows);
}

function section(e: AssessEntry, lang: Lang): string[] {
  const zh = lang === 'zh';
  const r = e.result;
  const rows = rowsOf(r.assessment.criteria);
  const { refs, list } = provenanceRefs(rows);
  const cells = rows.map((row) => {
    const gap = gapText(row, lang);
    const name = `${'&emsp;'.repeat(row.depth)}${OUTCOME_MARK[row.c.outcome]} ${criterionName(row.c, lang)}`;
    return [name, actualText(row.c, lang), row.c.required ?? '—', gap, refsOf(row.c, refs)];
  });
  const out = [`#### ${r.name} ${r.creditCode} — ${verdictText(r.assessment.verdict, lang)}`, '', ...headerLines(e, lang).map((l) => `${l}  `), ''];
  out.push(...mdTable(zh ? ['指标', '实际值', '要求', '差距 / 缺少数据', '数据'] : ['criterion', 'actual', 'required', 'gap / missing', 'data'], cells), '');
  for (const line of [scoreLine(e, lang), scoreGapLine(e, lang), missingLine(e, lang)]) if (line) out.push(escapeCell(line), '');
  if (list.length > 0) {
    out.push(`${zh ? '数据来源：' : 'Data: '}${list.map((p, i) => `[${i + 1}] ${provenanceText(p, lang)}`).join(zh ? '；' : '; ')}`, '');
  }
  out.push('```text', renderRoadmap(r.roadmap, lang), '```', '');
  return out;
}

export function assessMarkdown(report: AssessReport, options: AssessFormatOptions): string {
  const { lang } = options;
  return [`### ${titleLine(report, lang)}`, '', ...overview(report, lang), '', ...report.entries.flatMap((e) => section(e, lang)), summaryLine(report, lang), ''].join('\n');
}
