/** The located tree of a document read by `yaml-fast.ts`: offsets per collection, Locations on demand. */
import type { Location } from '../diagnostics.js';
import type { LocatedTree } from './yaml.js';

/**
 * Offsets of one collection. `spans` holds, per item, [key start, key end,] value start, value end
 * (yaml's range[0] and range[1]); `kids` the items that are collections themselves.
 */
export interface Coll {
  start: number;
  end: number;
  keys: string[] | undefined;
  spans: number[];
  kids: (Coll | undefined)[];
}

export function located(file: string, text: string, value: unknown, root: Coll | undefined): LocatedTree {
  let lineStarts: number[] | undefined;
  // The yaml library's LineCounter: a line starts after every LF (CRLF included), columns are 1-based.
  const linePos = (offset: number): [number, number] => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    }
    let low = 0;
    let high = lineStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (lineStarts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    if (lineStarts[low] === offset) return [low + 1, 1];
    return [low, offset - lineStarts[low - 1] + 1];
  };
  const span = (from: number, to: number): Location => {
    const [line, column] = linePos(from);
    const [endLine, endColumn] = linePos(to);
    return { file, line, column, endLine, endColumn };
  };
  const find = (path: string, key: boolean): Location | undefined => {
    if (!root) return undefined;
    if (path === '') return key ? undefined : span(root.start, root.end);
    let coll = root;
    for (let from = 0; ; ) {
      const dot = path.indexOf('.', from);
      const segment = dot === -1 ? path.slice(from) : path.slice(from, dot);
      const i = coll.keys ? coll.keys.indexOf(segment) : itemIndex(segment, coll.kids.length);
      if (i < 0) return undefined;
      if (dot === -1) {
        if (!coll.keys) return key ? undefined : span(coll.spans[2 * i], coll.spans[2 * i + 1]);
        return key ? span(coll.spans[4 * i], coll.spans[4 * i + 1]) : span(coll.spans[4 * i + 2], coll.spans[4 * i + 3]);
      }
      const kid = coll.kids[i];
      if (!kid) return undefined;
      coll = kid;
      from = dot + 1;
    }
  };
  return { value, at: (path) => find(path, false), keyAt: (path) => find(path, true) };
}

function itemIndex(segment: string, length: number): number {
  const i = Number(segment);
  return Number.isInteger(i) && i >= 0 && i < length && String(i) === segment ? i : -1;
}

