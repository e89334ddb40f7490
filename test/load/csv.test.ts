import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvText, detectDelimiter, loadCsv, normaliseNewlines, streamCsv } from '../../src/load/csv.js';
import { runs } from '../fuzz/params.js';
import { diagnose, loadMemory } from '../helpers.js';

/** `[line, column]` of every cell, row by row (header first). */
function positions(text: string): [number, number][][] {
  const csv = loadCsv('f.csv', text);
  const rows = csv.header ? [csv.header.locs, ...csv.rows.map((r) => r.locs)] : [];
  return rows.map((locs) => locs.map((l) => [l.line, l.column]));
}

function cells(text: string): string[][] {
  const csv = loadCsv('f.csv', text);
  return csv.header ? [csv.header.names, ...csv.rows.map((r) => r.cells)] : [];
}

/**
 * The streaming path (blocks of records, locations computed from the text afterwards) read back as
 * `loadCsv` reads: cells and [line, column] of each non-blank record — or undefined when it gave up.
 */
function streamed(text: string, blockChars: number): { cells: string[][]; positions: [number, number][][] } | undefined {
  const normalised = normaliseNewlines(text);
  const located = new CsvText('f.csv', normalised);
  const out = { cells: [] as string[][], positions: [] as [number, number][][] };
  const ok = streamCsv(
    located,
    (cells, line) => {
      if (!cells.some((c) => c.trim() !== '')) return;
      out.cells.push(cells);
      out.positions.push(located.cellLocations(line).map((l) => [l.line, l.column]));
      expect(located.cells(line)).toEqual(cells);
    },
    blockChars,
  );
  return ok ? out : undefined;
}

describe('CSV cell positions', () => {
  const CASES: [string, string, [number, number][][]][] = [
    ['plain cells', 'a,b,c\n1,22,333\n', [[[1, 1], [1, 3], [1, 5]], [[2, 1], [2, 3], [2, 6]]]],
    ['Chinese cells (one column per character)', '县市,层级\n蒙自市,专精特新\n', [[[1, 1], [1, 4]], [[2, 1], [2, 5]]]],
    ['quoted cells with commas and doubled quotes', 'a,b,c\n"x,y","say ""hi""",3\n', [[[1, 1], [1, 3], [1, 5]], [[2, 1], [2, 7], [2, 20]]]],
    ['a quoted cell with an embedded newline', 'a,b,c\n1,"x\ny",3\n4,5,6\n', [[[1, 1], [1, 3], [1, 5]], [[2, 1], [2, 3], [3, 4]], [[4, 1], [4, 3], [4, 5]]]],
    ['a quoted cell with two embedded newlines', 'a,b\n"l1\nl2\nl3",x\ny,z\n', [[[1, 1], [1, 3]], [[2, 1], [4, 5]], [[5, 1], [5, 3]]]],
    ['CRLF line ends', 'a,b,c\r\n1,"x\r\ny",3\r\n4,5,6\r\n', [[[1, 1], [1, 3], [1, 5]], [[2, 1], [2, 3], [3, 4]], [[4, 1], [4, 3], [4, 5]]]],
    ['old Mac CR line ends', 'a,b\r1,2\r', [[[1, 1], [1, 3]], [[2, 1], [2, 3]]]],
    ['tab delimiter', 'a\tb\tc\n1\t22\t333\n', [[[1, 1], [1, 3], [1, 5]], [[2, 1], [2, 3], [2, 6]]]],
    ['tab delimiter with commas inside cells', '名称\t金额\n甲,乙\t1,234.5\n', [[[1, 1], [1, 4]], [[2, 1], [2, 5]]]],
    ['blank lines before, between and after rows', '\n\na,b\n\n1,2\n\n\n3,4\n\n', [[[3, 1], [3, 3]], [[5, 1], [5, 3]], [[8, 1], [8, 3]]]],
    ['no final newline', 'a,b\n1,2', [[[1, 1], [1, 3]], [[2, 1], [2, 3]]]],
    ['empty cells', 'a,b,c\n,,\n1,,3\n', [[[1, 1], [1, 3], [1, 5]], [[3, 1], [3, 3], [3, 4]]]],
  ];
  it.each(CASES)('%s', (_name, text, expected) => {
    expect(positions(text)).toEqual(expected);
  });

  it.each(CASES)('%s: the same cells and positions when streamed in blocks of any size', (_name, text, expected) => {
    for (const block of [1, 2, 5, 1 << 20]) expect(streamed(text, block)).toEqual({ cells: cells(text), positions: expected });
  });

  it('streams exactly what loadCsv reads, whatever the text and the block size (or gives up on a malformed record)', () => {
    const unit = fc.constantFrom(...'ab,\n"\r 甲\t');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), fc.integer({ min: 1, max: 30 }), (text, block) => {
        const got = streamed(text, block);
        if (got === undefined) return; // malformed: the loader then reads the file with loadCsv
        // Whatever the stream accepts, the careful parser accepts too, and reads the same.
        expect(loadCsv('f.csv', text).drafts.filter((d) => d.code !== 'syntax.row-length')).toEqual([]);
        expect(got).toEqual({ cells: cells(text), positions: positions(text) });
      }),
      runs(300),
    );
  });

  it('keeps the text of quoted cells, newlines normalised to \\n', () => {
    expect(cells('a,b\r\n"x\r\ny","say ""hi"""\r\n')).toEqual([['a', 'b'], ['x\ny', 'say "hi"']]);
  });

  it('drops rows whose cells are all blank', () => {
    expect(cells('a,b\n , \n1,2\n')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a\tb\tc\n', '\t'],
    ['a\tb,c\td\n', '\t'],
    ['a,b\tc,d\n', ','],
    ['single\n', ','],
  ])('detects the delimiter of %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('reports a row with too many cells at its first extra cell', () => {
    const { drafts } = loadCsv('f.csv', 'a,b\n1,2\n1,2,3,4\n1,2,\n');
    expect(drafts).toEqual([expect.objectContaining({ ruleId: 'syntax', code: 'syntax.row-length', line: 3, column: 5, args: { actual: 4, expected: 2 } })]);
  });

  it('accepts short rows (missing cells are unknown)', () => {
    const csv = loadCsv('f.csv', 'a,b,c\n1\n');
    expect(csv.drafts).toEqual([]);
    expect(csv.rows.map((r) => r.cells)).toEqual([['1']]);
  });

  it('skips a broken row, reports it, and keeps the rows around it', () => {
    const csv = loadCsv('f.csv', 'a,b\n1,2\n3"x,4\n5,6\n');
    expect(csv.drafts.map((d) => [d.code, d.line])).toEqual([['syntax.csv', 3]]);
    expect(csv.rows.map((r) => [r.line, ...r.cells])).toEqual([
      [2, '1', '2'],
      [4, '5', '6'],
    ]);
  });
});

describe('CSV files in a folder', () => {
  const ENTERPRISES = 'credit_code,name,county\n91530000216586610Q,甲（示例）,蒙自\n91530000216586610Q,乙（示例）,蒙自\n';

  it.each([
    ['UTF-8', ENTERPRISES],
    ['UTF-8 with BOM', `\ufeff${ENTERPRISES}`],
    ['CRLF', ENTERPRISES.replace(/\n/g, '\r\n')],
    ['tab-separated', ENTERPRISES.replace(/,/g, '\t')],
    ['BOM, CRLF and tabs', `\ufeff${ENTERPRISES.replace(/,/g, '\t').replace(/\n/g, '\r\n')}`],
  ])('%s: locates findings at the same cells', async (_name, text) => {
    const list = (await diagnose({ 'enterprises.csv': text })).filter((d) => d.ruleId === 'duplicate-enterprise');
    expect(list.map((d) => [d.line, d.column, d.value])).toEqual([[3, 1, '91530000216586610Q']]);
  });

  it('reads the header of a BOM-prefixed file as credit_code, not "\\ufeffcredit_code"', async () => {
    const { data, drafts } = await loadMemory({ 'enterprises.csv': `\ufeff${ENTERPRISES}` });
    expect(drafts).toEqual([]);
    expect(data.enterprises.map((e) => e.creditCode)).toEqual(['91530000216586610Q', '91530000216586610Q']);
  });

  it('reports a cell after an embedded newline at its own line', async () => {
    const text = 'credit_code,name,county\n91530000216586610Q,"甲（示例）\n第二行",蒙子\n';
    const [d] = (await diagnose({ 'enterprises.csv': text })).filter((x) => x.ruleId === 'unknown-county');
    expect(d).toMatchObject({ line: 3, column: 6, value: '蒙子' });
  });
});
