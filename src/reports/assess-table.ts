/** `assess --format table`: one block per enterprise — criteria table, score, missing data, sources, 施工路线图. */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from '../criteria/types.js';
import {
  type AssessEntry, type AssessFormatOptions, type Cell, drawTable, type AssessReport, OUTCOME_MARK, criterionName, gapText, headerLines, missingLine,
  actualText, paintVerdict, provenanceRefs, provenanceText, refsOf, rowsOf, scoreGapLine, scoreLine, summaryLine, titleLine, verdictText, wrap,
} from './assess-common.js';
import { renderRoadmap } from './roadmap.js';

const WIDTH = { criterion: 48, actual: 24, required: 28 };

function block(e: AssessEntry, lang: Lang, chalk: ChalkInstance): string {
  const r = e.result;
  const a = r.assessment;
  const zh = lang === 'zh';
  const rows = rowsOf(a.criteria);
  const { refs, list } = provenanceRefs(rows);
  const head = (zh ? ['指标', '实际值', '要求', '数据'] : ['criterion', 'actual', 'required', 'data']).map((h) => ({ text: h, paint: (s: string) => chalk.bold(s) }));
  const paint = { pass: chalk.green, fail: chalk.red, unknown: chalk.yellow };
  const cells: Cell[][] = [];
  for (const row of rows) {
    const pad = '  '.repeat(row.depth);
    const name = wrap(`${OUTCOME_MARK[row.c.outcome]} ${criterionName(row.c, lang)}`, WIDTH.criterion, pad, '  ');
    const gap = gapText(row, lang);
    // The criterion's own lines in its outcome's colour, the gap under it plain.
    const nameLines = name.split('\n').length;
    const text = gap !== '' ? `${name}\n${wrap(gap, WIDTH.criterion, `${pad}  `, '  ')}` : name;
    const colour = paint[row.c.outcome];
    cells.push([
      { text, paint: (s, line) => (line < nameLines ? colour(s) : s) },
      { text: wrap(actualText(row.c, lang), WIDTH.actual) },
      { text: wrap(row.c.required ?? '—', WIDTH.required) },
      { text: refsOf(row.c, refs) },
    ]);
  }
  const out = [
    chalk.bold(`${r.name}  ${r.creditCode}`) + `  ${paintVerdict(a.verdict, chalk).bold(verdictText(a.verdict, lang))}`,
    ...headerLines(e, lang),
    drawTable(head, cells),
  ];
  const score = scoreLine(e, lang);
  if (score) out.push(score);
  const lost = scoreGapLine(e, lang);
  if (lost) out.push(wrap(lost, 118, '  ', '  '));
  const missing = missingLine(e, lang);
  if (missing) out.push(missing);
  if (list.length > 0) out.push(`${zh ? '数据来源：' : 'data: '}${list.map((p, i) => `[${i + 1}] ${provenanceText(p, lang)}`).join(zh ? '；' : '; ')}`);
  out.push('', renderRoadmap(r.roadmap, lang));
  return out.join('\n');
}

export function assessTable(report: AssessReport, options: AssessFormatOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const blocks = report.entries.map((e) => block(e, options.lang, chalk));
  return [chalk.bold(titleLine(report, options.lang)), '', ...blocks.flatMap((b) => [b, '']), summaryLine(report, options.lang), ''].join('\n');
}
