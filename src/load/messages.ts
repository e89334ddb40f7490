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
    zh: () => '未读取 Excel/WPS 工作簿：请将工作表另存为 CSV（UTF-8 或 GBK），按约定文件名放入数据目录',
    en: () => 'Excel/WPS workbooks are not read: save the sheet as CSV (UTF-8 or GBK) under its data-folder name',
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
  'schema.year-mismatch': {
    zh: (a) => `年度 ${s(a, 'year')} 与文件名 ${s(a, 'file')} 的年度 ${s(a, 'file_year')} 不符，无法判断哪个正确；该条记录未读取`,
    en: (a) => `year ${s(a, 'year')} disagrees with the file name ${s(a, 'file')} (${s(a, 'file_year')}), and which is right cannot be told; the record was not read`,
  },
});
