/** Messages of the loaders' findings about messy input (issue 7), registered at import time. */
import type { MessageArgs } from '../diagnostics.js';
import { registerMessages } from '../messages.js';

const s = (a: MessageArgs, k: string): string => String(a[k] ?? '');

registerMessages({
  'syntax.unexpected-file': {
    zh: (a) =>
      `未读取此文件：数据目录中没有这个位置${a.suggestion ? `，是否应为 “${s(a, 'suggestion')}”？` : '（文件名和位置见 README “数据目录”）'}`,
    en: (a) =>
      `file not read: the data folder has no place for it${a.suggestion ? ` — did you mean "${s(a, 'suggestion')}"?` : ' (see the names and places in README, Data folder)'}`,
  },
  'syntax.spreadsheet': {
    zh: () => '未读取此工作簿：只读取 .xlsx 和 CSV；请另存为 .xlsx 或 CSV（UTF-8 或 GBK），按约定文件名放入数据目录',
    en: () => 'workbook not read: only .xlsx and CSV are read; save it as .xlsx or CSV (UTF-8 or GBK) under its data-folder name',
  },
  'schema.header-unit': {
    zh: (a) =>
      `列 “${s(a, 'column')}” 的单位是 ${s(a, 'unit')}，而 ${s(a, 'field')} 以 ${s(a, 'expected')} 计：请把数值换算为${s(a, 'expected')}，列名改为 “${s(a, 'rename')}”；此列未读取（不自动换算）`,
    en: (a) =>
      `column "${s(a, 'column')}" is in ${s(a, 'unit')} but ${s(a, 'field')} is in ${s(a, 'expected')}: convert the values to ${s(a, 'expected')} and name the column "${s(a, 'rename')}"; the column was not read (units are never converted silently)`,
  },
  'unknown-field.more': {
    zh: (a) => `另有 ${s(a, 'count')} 个未知列（只逐一列出前 ${s(a, 'shown')} 个）`,
    en: (a) => `${s(a, 'count')} more unknown columns (only the first ${s(a, 'shown')} are listed)`,
  },
  'syntax.csv-quote': {
    zh: () => 'CSV 引号未闭合：从此行开始的记录一直延续到文件末尾，其后各行均未读取',
    en: () => 'CSV quote never closed: the record starting on this line runs to the end of the file, so the lines after it were not read',
  },
  'syntax.value-too-large': {
    zh: (a) => `值长 ${s(a, 'length')} 个字符，超过上限 ${s(a, 'limit')}，未读取`,
    en: (a) => `a value of ${s(a, 'length')} characters exceeds the ${s(a, 'limit')}-character limit and was not read`,
  },
  'schema.missing-columns': {
    zh: (a) => `缺少列 ${s(a, 'columns')}：这些数目未知，报表中按 0 计；请按附件2补齐`,
    en: (a) => `no ${s(a, 'columns')} column: those counts are unknown and read as 0 in reports — add them from Attachment 2`,
  },
  'schema.year-mismatch': {
    zh: (a) => `年度 ${s(a, 'year')} 与文件名 ${s(a, 'file')} 的年度 ${s(a, 'file_year')} 不符，无法判断哪个正确；该条记录未读取`,
    en: (a) => `year ${s(a, 'year')} disagrees with the file name ${s(a, 'file')} (${s(a, 'file_year')}), and which is right cannot be told; the record was not read`,
  },
});
