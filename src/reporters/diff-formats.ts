/** The `diff` output formats, looked up by name: pure (diff, options) → string. */
import type { DataDiff } from '../reports/diff.js';
import type { DiffFormatOptions } from './diff-common.js';
import { diffMarkdown } from './diff-markdown.js';
import { diffText } from './diff-text.js';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** `--format json`: the DataDiff itself (documented in docs/ci.md), stable key order. */
export function diffJson(d: DataDiff): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}

export const diffFormatters: Record<DiffFormat, (d: DataDiff, options: DiffFormatOptions) => string> = {
  text: diffText,
  markdown: diffMarkdown,
  json: (d) => diffJson(d),
};

export function isDiffFormat(name: string): name is DiffFormat {
  return (DIFF_FORMATS as readonly string[]).includes(name);
}

export type { DiffFormatOptions };
export { headline } from './diff-common.js';
