/**
 * CSV for people who open it in Excel/WPS: UTF-8 with BOM by default (or GB18030), CRLF, every
 * cell that a spreadsheet would run as a formula neutralised (OWASP CSV injection).
 */
import { stringify } from 'csv-stringify/sync';

export type ExportEncoding = 'utf8-bom' | 'utf8' | 'gb18030';
export const EXPORT_ENCODINGS: readonly ExportEncoding[] = ['utf8-bom', 'utf8', 'gb18030'];

export type Cell = string | number | boolean | undefined | null;

/** A leading = + - @ TAB or CR makes Excel evaluate a cell; a leading apostrophe shows it as text. */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function render(cell: Cell): string {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return neutralise(cell);
}

export function toCsvText(header: readonly string[], rows: readonly (readonly Cell[])[], footer: readonly string[] = []): string {
  const body = stringify([header.map(neutralise), ...rows.map((r) => r.map(render))], { record_delimiter: '\r\n', quoted_match: /[\r\n",]/ });
  const notes = footer.map((line) => stringify([[neutralise(line)]], { record_delimiter: '\r\n' })).join('');
  return body + notes;
}

/** GB18030 needs iconv-lite (Node can decode but not encode it); loaded only for such exports. */
export async function encodeCsv(text: string, encoding: ExportEncoding): Promise<Uint8Array> {
  if (encoding === 'gb18030') {
    const { default: iconv } = await import('iconv-lite');
    return new Uint8Array(iconv.encode(text, 'gb18030'));
  }
  const bytes = new TextEncoder().encode(text);
  if (encoding === 'utf8') return bytes;
  const out = new Uint8Array(bytes.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(bytes, 3);
  return out;
}
