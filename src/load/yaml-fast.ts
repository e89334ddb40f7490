/**
 * A hand-written parser for the YAML subset the data files are written in: block mappings and
 * sequences (including the compact `- key: value` and `key:\n- item` styles), flow collections that
 * may break lines after `[`, `{` and `,`, single-line plain and quoted scalars, and comment lines at
 * column 0 or after a value. It gives exactly what the yaml-library path of `loadYaml` gives — the
 * same values (YAML 1.2 core schema, long codes and leading zeros kept as text) and the same
 * locations, from the same node ranges — at a fraction of the cost (issue 9).
 *
 * Anything else (anchors, tags, block scalars, multi-line scalars, indented comment lines,
 * duplicate or prototype keys, syntax errors, …) makes it bail out: `fastTree` returns undefined and
 * the yaml library parses the file, so a finding never depends on which parser ran.
 *
 * Locations are computed on demand: parsing records only offsets, per collection.
 */
import type { LocatedTree } from './yaml.js';
import { located, type Coll } from './yaml-located.js';
import { COLON, CR, DASH, ESCAPES, HASH, HEX, isFlowIndicator, LF, plainStart, plainValue, resolvePlain, SPACE } from './yaml-scalars.js';

/** Deeper nesting is left to the yaml library, which enforces MAX_DEPTH with a located finding. */
const DEPTH_LIMIT = 32;
/** yaml reports keys whose `:` is more than 1024 characters after their start (strict mode). */
const KEY_LIMIT = 1000;
/** Keys the yaml path reports (prototype members) or that the yaml library may treat specially (merge). */
const SPECIAL_KEYS = new Set(['__proto__', 'constructor', 'prototype', '<<']);
/** Characters outside printable ASCII, LF/CR and the common BMP ranges: rare, so only then is OUTSIDE tested. */
const UNUSUAL = /[^\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
/**
 * What the subset never contains: control characters (tabs included), NEL and other C1 controls,
 * Unicode line/paragraph separators, a BOM, non-characters and lone surrogates.
 */
const OUTSIDE = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_CR = /\r(?!\n)/;

/** Thrown (one shared instance) when the text leaves the subset. */
class Bail {}
const BAIL = new Bail();

/** The located tree of `text`, or undefined when it is outside the subset (the yaml library then parses it). */
export function fastTree(file: string, text: string): LocatedTree | undefined {
  if ((UNUSUAL.test(text) && OUTSIDE.test(text)) || (text.includes('\r') && LONE_CR.test(text))) return undefined;
  const parser = new Parser(text);
  let value: unknown;
  try {
    value = parser.document();
  } catch (e) {
    if (e === BAIL) return undefined;
    throw e;
  }
  return located(file, text, value, parser.coll);
}

/**
 * Recursive descent over the text. Each parse method leaves `start`/`end` (the node's range as yaml
 * gives it), `tail` (where yaml ends the node with its trailing comment and line break: the end of
 * a block collection is the tail of its last item) and `coll` (its offsets, if a collection).
 * Block methods leave `pos` at the first character of the next content line, `indent` its indent.
 */
class Parser {
  pos = 0;
  indent = 0;
  /** Whether the lines skipped by the last `nextLine` included a comment line. */
  sawComment = false;
  start = 0;
  end = 0;
  tail = 0;
  coll: Coll | undefined;
  private readonly n: number;

  constructor(private readonly s: string) {
    this.n = s.length;
  }

  document(): unknown {
    const first = this.nextLine();
    if (first === -1) return null;
    if (first !== 0) throw BAIL;
    let value: unknown;
    const c = this.s.charCodeAt(this.pos);
    if (c === 0x5b || c === 0x7b) {
      value = this.flow(1, 1);
      this.lineEnd();
      this.nextLine();
    } else value = this.atDash() ? this.blockSeq(0, 1) : this.blockMap(0, 1);
    if (this.indent !== -1) throw BAIL;
    return value;
  }

  private blockMap(indent: number, depth: number): Record<string, unknown> {
    if (depth > DEPTH_LIMIT) throw BAIL;
    const out: Record<string, unknown> = {};
    const keys: string[] = [];
    const spans: number[] = [];
    const kids: (Coll | undefined)[] = [];
    const start = this.pos;
    for (;;) {
      const key = this.key(false);
      if (Object.hasOwn(out, key)) throw BAIL;
      spans.push(this.start, this.end);
      this.pos++;
      keys.push(key);
      out[key] = this.mapValue(indent, depth + 1);
      spans.push(this.start, this.end);
      kids.push(this.coll);
      if (this.indent !== indent) break;
      if (this.atDash()) throw BAIL;
    }
    if (this.indent > indent) throw BAIL;
    return this.closeBlock(start, keys, spans, kids, out);
  }

  /** The value after `key:` in a mapping at `indent` (`pos` just after the colon). */
  private mapValue(indent: number, depth: number): unknown {
    let c = this.s.charCodeAt(this.pos);
    if (c === SPACE) c = this.skipSpaces();
    else if (!this.atLineEnd(c)) throw BAIL;
    if (c !== HASH && !this.atLineEnd(c)) {
      const value = this.inline(indent + 1, depth);
      this.lineEnd();
      this.nextLine();
      return value;
    }
    const emptyAt = this.pos;
    this.lineEnd(true);
    if (this.nextLine() > indent) return this.block(depth);
    if (this.indent === indent && this.atDash()) return this.blockSeq(indent, depth);
    // An empty value: its range moves with a comment after it, which is left to the yaml library.
    if (c === HASH || this.sawComment) throw BAIL;
    this.start = this.end = this.tail = emptyAt;
    this.coll = undefined;
    return null;
  }

  private blockSeq(indent: number, depth: number): unknown[] {
    if (depth > DEPTH_LIMIT) throw BAIL;
    const out: unknown[] = [];
    const spans: number[] = [];
    const kids: (Coll | undefined)[] = [];
    const start = this.pos;
    for (;;) {
      out.push(this.seqItem(indent, depth + 1));
      spans.push(this.start, this.end);
      kids.push(this.coll);
      if (this.indent !== indent || !this.atDash()) break;
    }
    if (this.indent > indent) throw BAIL;
    return this.closeBlock(start, undefined, spans, kids, out);
  }

  /** One `- …` item of a sequence at `indent` (`pos` on the dash). */
  private seqItem(indent: number, depth: number): unknown {
    const dash = this.pos;
    let c = this.s.charCodeAt(++this.pos);
    if (c === SPACE) c = this.skipSpaces();
    if (c === HASH || this.atLineEnd(c)) {
      // `-` alone on its line: the item is the block collection below it (an empty item is left out).
      this.lineEnd(true);
      if (this.nextLine() <= indent) throw BAIL;
      return this.block(depth);
    }
    if (this.atDash()) throw BAIL; // `- - x`
    const value = this.inline(indent + 1, depth);
    if (this.s.charCodeAt(this.pos) !== COLON || this.coll) {
      this.lineEnd();
      this.nextLine();
      return value;
    }
    // `- key: value`: a mapping whose keys are at the column of the first one.
    this.pos = this.start;
    return this.blockMap(indent + this.pos - dash, depth);
  }

  /** The block collection that starts at the current line. */
  private block(depth: number): unknown {
    return this.atDash() ? this.blockSeq(this.indent, depth) : this.blockMap(this.indent, depth);
  }

  private closeBlock<T>(start: number, keys: string[] | undefined, spans: number[], kids: (Coll | undefined)[], out: T): T {
    // A block collection ends where its last item's trailing part ends (resolve-block-map/-seq).
    this.start = start;
    this.end = this.tail;
    this.coll = { start, end: this.tail, keys, spans, kids };
    return out;
  }

  /** A mapping key up to its `:` (which must follow at once); leaves `start`/`end` on the key. */
  private key(inFlow: boolean): string {
    const c = this.s.charCodeAt(this.pos);
    let key: unknown;
    if (c === 0x22) key = this.doubleQuoted();
    else if (c === 0x27) key = this.singleQuoted();
    else {
      this.plainEnd(inFlow);
      // The yaml path names a key String(value): a key that reads as null, a boolean or a number differs.
      key = resolvePlain(this.s.slice(this.start, this.end));
    }
    if (typeof key !== 'string' || key === '' || key.includes('.') || SPECIAL_KEYS.has(key)) throw BAIL;
    if (this.s.charCodeAt(this.pos) !== COLON || this.pos - this.start > KEY_LIMIT) throw BAIL;
    this.coll = undefined;
    return key;
  }

  /** A value that starts on the current line: a flow collection or a one-line scalar. */
  private inline(minIndent: number, depth: number, inFlow = false): unknown {
    const c = this.s.charCodeAt(this.pos);
    if (c === 0x5b || c === 0x7b) return this.flow(minIndent, depth);
    this.coll = undefined;
    if (c === 0x22) return this.doubleQuoted();
    if (c === 0x27) return this.singleQuoted();
    this.plainEnd(inFlow);
    return plainValue(this.s.slice(this.start, this.end));
  }

  /** `[…]` or `{…}`; lines may break after `[`, `{` and `,`, continuing at `minIndent` or more. */
  private flow(minIndent: number, depth: number): unknown {
    if (depth > DEPTH_LIMIT) throw BAIL;
    const s = this.s;
    const start = this.pos;
    const isMap = s.charCodeAt(start) === 0x7b;
    const close = isMap ? 0x7d : 0x5d;
    const out: Record<string, unknown> | unknown[] = isMap ? {} : [];
    const keys: string[] | undefined = isMap ? [] : undefined;
    const spans: number[] = [];
    const kids: (Coll | undefined)[] = [];
    this.pos++;
    let c = this.flowSpace(minIndent);
    while (c !== close) {
      let key = '';
      if (keys) {
        key = this.flowKey();
        spans.push(this.start, this.end);
        if (Object.hasOwn(out, key)) throw BAIL;
      }
      const value = this.inline(minIndent, depth + 1, true);
      if (Array.isArray(out)) out.push(value);
      else {
        keys?.push(key);
        out[key] = value;
      }
      spans.push(this.start, this.end);
      kids.push(this.coll);
      c = s.charCodeAt(this.pos);
      if (c === SPACE) c = this.skipSpaces();
      if (c === 0x2c) {
        this.pos++;
        c = this.flowSpace(minIndent);
      } else if (c !== close) throw BAIL;
    }
    this.pos++;
    this.start = start;
    this.end = this.pos;
    this.coll = { start, end: this.pos, keys, spans, kids };
    return out;
  }

  /** A flow mapping key and its `:`, then spaces up to the value (on the same line); leaves `start`/`end` on the key. */
  private flowKey(): string {
    const quoted = this.s.charCodeAt(this.pos) === 0x22 || this.s.charCodeAt(this.pos) === 0x27;
    const key = this.key(true);
    let next = this.s.charCodeAt(++this.pos);
    // A plain key needs a space after its `:` (`a:b` is one scalar); a quoted one may be JSON-like.
    if (next === SPACE) next = this.skipSpaces();
    else if (!quoted) throw BAIL;
    // An empty value (`{a: }`, `{a:,}`) or one on the next line: left to the yaml library.
    if (next === 0x2c || next === 0x7d || next === 0x5d || next === HASH || this.atLineEnd(next)) throw BAIL;
    return key;
  }

  /** Skips spaces and line breaks inside a flow collection; returns the next character. */
  private flowSpace(minIndent: number): number {
    const s = this.s;
    for (;;) {
      let c = s.charCodeAt(this.pos);
      if (c === SPACE) c = this.skipSpaces();
      if (c !== LF && c !== CR) {
        if (c === HASH || this.pos >= this.n) throw BAIL;
        return c;
      }
      this.pos += c === CR ? 2 : 1;
      const lineStart = this.pos;
      c = this.skipSpaces();
      // Blank lines, comments and lines indented too little are left to the yaml library.
      if (this.pos - lineStart < minIndent || c === HASH || c === LF || c === CR || this.pos >= this.n) throw BAIL;
    }
  }

  /**
   * Scans a one-line plain scalar; leaves `start`/`end` on it (trailing spaces excluded) and `pos`
   * at its end. Bails on what the subset leaves out: a `:` or `#` inside.
   */
  private plainEnd(inFlow: boolean): void {
    const s = this.s;
    const n = this.n;
    const start = this.pos;
    if (!plainStart(s.charCodeAt(start), s.charCodeAt(start + 1))) throw BAIL;
    let end = start + 1;
    for (let i = end; i < n; ) {
      const c = s.charCodeAt(i);
      if (c === COLON) {
        const next = s.charCodeAt(i + 1);
        if (next === SPACE || next === LF || next === CR || i + 1 >= n || (inFlow && isFlowIndicator(next))) break;
        throw BAIL;
      }
      if (c === SPACE) {
        let j = i + 1;
        while (s.charCodeAt(j) === SPACE) j++;
        const next = s.charCodeAt(j);
        if (j >= n || next === HASH || next === LF || next === CR || next === COLON || (inFlow && isFlowIndicator(next))) break;
        i = j;
        continue;
      }
      if (c === LF || c === CR || (inFlow && isFlowIndicator(c))) break;
      if (c === HASH) throw BAIL;
      end = ++i;
    }
    this.start = start;
    this.end = this.pos = end;
  }

  /** A one-line double-quoted scalar with exact escapes (yaml's doubleQuotedValue). */
  private doubleQuoted(): string {
    const s = this.s;
    const start = this.pos;
    let out = '';
    let from = start + 1;
    let i = from;
    for (;;) {
      if (i >= this.n) throw BAIL;
      const c = s.charCodeAt(i);
      if (c === 0x22) break;
      if (c === LF || c === CR) throw BAIL;
      if (c !== 0x5c) {
        i++;
        continue;
      }
      out += s.slice(from, i);
      const e = s[i + 1];
      if (Object.hasOwn(ESCAPES, e)) {
        out += ESCAPES[e];
        i += 2;
      } else if (e === 'x' || e === 'u' || e === 'U') {
        const length = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = s.slice(i + 2, i + 2 + length);
        const code = hex.length === length && HEX.test(hex) ? parseInt(hex, 16) : NaN;
        if (!(code <= 0x10ffff)) throw BAIL;
        out += String.fromCodePoint(code);
        i += 2 + length;
      } else throw BAIL;
      from = i;
    }
    this.start = start;
    this.end = this.pos = i + 1;
    return out + s.slice(from, i);
  }

  /** A one-line single-quoted scalar (`''` is a quote). */
  private singleQuoted(): string {
    const s = this.s;
    const start = this.pos;
    let out = '';
    let from = start + 1;
    let i = from;
    for (;;) {
      if (i >= this.n) throw BAIL;
      const c = s.charCodeAt(i);
      if (c === 0x27) {
        if (s.charCodeAt(i + 1) !== 0x27) break;
        out += s.slice(from, i + 1);
        i += 2;
        from = i;
        continue;
      }
      if (c === LF || c === CR) throw BAIL;
      i++;
    }
    this.start = start;
    this.end = this.pos = i + 1;
    return out + s.slice(from, i);
  }

  /** After a value on a block line: spaces, an optional comment (after a space) and the line break. */
  private lineEnd(afterSpace = false): void {
    const s = this.s;
    const from = this.pos;
    const c = this.skipSpaces();
    if (c === HASH) {
      if (this.pos === from && !afterSpace) throw BAIL;
      const lf = s.indexOf('\n', this.pos);
      this.pos = lf === -1 ? this.n : lf + 1;
    } else if (c === LF) this.pos++;
    else if (c === CR) this.pos += 2;
    else if (this.pos < this.n) throw BAIL;
    this.tail = this.pos;
  }

  /** Skips blank and comment lines; sets `indent` to the next content line's (-1 at the end). */
  private nextLine(): number {
    const s = this.s;
    this.sawComment = false;
    for (;;) {
      const lineStart = this.pos;
      const c = this.skipSpaces();
      if (this.pos >= this.n) return (this.indent = -1);
      if (c === LF) this.pos++;
      else if (c === CR) this.pos += 2;
      else if (c === HASH) {
        // Indented comment lines can join the previous node (atIndentedComment): not in the subset.
        if (this.pos !== lineStart) throw BAIL;
        this.sawComment = true;
        const lf = s.indexOf('\n', this.pos);
        this.pos = lf === -1 ? this.n : lf + 1;
      } else {
        // `---` and `...` at column 0 are document markers (`---x` is not, but is left out too).
        if (this.pos === lineStart && (c === DASH || c === 0x2e) && s.charCodeAt(this.pos + 1) === c && s.charCodeAt(this.pos + 2) === c) throw BAIL;
        return (this.indent = this.pos - lineStart);
      }
    }
  }

  private skipSpaces(): number {
    const s = this.s;
    let c = s.charCodeAt(this.pos);
    while (c === SPACE) c = s.charCodeAt(++this.pos);
    return c;
  }

  /** A block sequence indicator: `-` followed by a space or the end of the line. */
  private atDash(): boolean {
    return this.s.charCodeAt(this.pos) === DASH && this.atLineEnd(this.s.charCodeAt(this.pos + 1), SPACE);
  }

  private atLineEnd(c: number, also = -1): boolean {
    return c === LF || c === CR || c === also || Number.isNaN(c);
  }
}
