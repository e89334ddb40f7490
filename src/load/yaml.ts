/**
 * YAML → plain values with the location of every value (CST parser + composer + `LineCounter`).
 * YAML 1.2 core schema (dates stay strings), duplicate keys are located errors, alias expansion and
 * nesting depth are bounded, and `__proto__`-style keys never reach an object prototype.
 */
import { Composer, CST, isAlias, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, Parser, YAMLParseError, type Document } from 'yaml';
import type { Draft, Location, SuppressionDirective } from '../diagnostics.js';
import { displayPath } from './records.js';
import { fastTree } from './yaml-fast.js';

/** The plain value of a YAML document and, on demand, where each of its parts is written. */
export interface LocatedTree {
  value: unknown;
  /** Location of the value at a dotted path (`recognitions.0.tier`; '' is the root), if there is one. */
  at(path: string): Location | undefined;
  /** Location of the mapping key at a dotted path, if there is one. */
  keyAt(path: string): Location | undefined;
}

export interface YamlOptions {
  /** Try the fast parser of the common subset first (default true; false = always the yaml library). */
  fast?: boolean;
}

export interface YamlLoad {
  tree?: LocatedTree;
  drafts: Draft[];
  suppressions: SuppressionDirective[];
}

export const MAX_ALIASES = 100;
export const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const DIRECTIVE = /^#\s*hh-srdi-disable-next-line\s+([\w,\s-]+?)\s*(?:--\s*(.*))?$/;

class LimitError extends Error {
  constructor(
    readonly code: 'syntax.aliases' | 'syntax.too-deep',
    readonly limit: number,
    readonly offset: number,
  ) {
    super(code);
  }
}

export function loadYaml(file: string, text: string, opts: YamlOptions = {}): YamlLoad {
  if (opts.fast !== false) {
    const tree = fastTree(file, text);
    if (tree) return { tree, drafts: [], suppressions: collectDirectives(file, text) };
  }
  const lineCounter = new LineCounter();
  const at = (offset: number): Location => {
    const p = lineCounter.linePos(offset);
    return { file, line: p.line, column: p.col };
  };
  const span = (range: readonly [number, number, number] | null | undefined): Location => {
    if (!range) return { file, line: 1, column: 1 };
    const start = lineCounter.linePos(range[0]);
    const end = lineCounter.linePos(range[1]);
    return { file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
  const drafts: Draft[] = [];
  const suppressions = collectDirectives(file, text);
  const parsed = parseBounded(text, lineCounter);
  if (!parsed.doc) {
    drafts.push({ ...at(parsed.tooDeepAt), ruleId: 'syntax', code: 'syntax.too-deep', args: { limit: MAX_DEPTH } });
    return { drafts, suppressions };
  }
  const doc = parsed.doc;
  // Only the first error: one bad token often cascades into many more (SPEC: one located finding).
  const error = doc.errors[0];
  if (error) {
    drafts.push({ ...at(error.pos[0]), ruleId: 'syntax', code: 'syntax.yaml', args: { detail: firstLine(error.message) } });
    return { drafts, suppressions };
  }

  const locs = new Map<string, Location>();
  const keyLocs = new Map<string, Location>();
  let aliases = 0;
  const toValue = (node: unknown, path: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new LimitError('syntax.too-deep', MAX_DEPTH, rangeStart(node));
    if (isAlias(node)) {
      if (++aliases > MAX_ALIASES) throw new LimitError('syntax.aliases', MAX_ALIASES, node.range?.[0] ?? 0);
      return toValue(node.resolve(doc), path, depth + 1);
    }
    if (isScalar(node) || isMap(node) || isSeq(node)) {
      if (!locs.has(path)) locs.set(path, span(node.range));
    }
    if (isScalar(node)) return scalarValue(node.value, node.source);
    if (isSeq(node)) return node.items.map((item, i) => toValue(item, join(path, String(i)), depth + 1));
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyPath = join(path, key);
        keyLocs.set(keyPath, span(isScalar(pair.key) ? pair.key.range : null));
        if (FORBIDDEN_KEYS.has(key)) {
          drafts.push({ ...span(isScalar(pair.key) ? pair.key.range : null), ruleId: 'unknown-field', code: 'unknown-field', args: { field: key }, path: displayPath(keyPath), value: key });
          continue;
        }
        if (Object.hasOwn(out, key)) {
          // The first occurrence wins; the finding points at the second.
          drafts.push({ ...span(isScalar(pair.key) ? pair.key.range : null), ruleId: 'duplicate-key', code: 'duplicate-key', args: { key }, path: displayPath(keyPath), value: key });
          continue;
        }
        out[key] = pair.value === null ? null : toValue(pair.value, keyPath, depth + 1);
        if (pair.value === null && !locs.has(keyPath)) locs.set(keyPath, span(isScalar(pair.key) ? pair.key.range : null));
      }
      return out;
    }
    return null;
  };
  try {
    const value = doc.contents === null ? null : toValue(doc.contents, '', 0);
    return { tree: { value, at: (p) => locs.get(p), keyAt: (p) => keyLocs.get(p) }, drafts, suppressions };
  } catch (e) {
    if (!(e instanceof LimitError)) throw e;
    drafts.push({ ...at(e.offset), ruleId: 'syntax', code: e.code, args: { limit: e.limit } });
    return { drafts, suppressions };
  }
}

/**
 * `parseDocument` without its recursion risk: the CST parser is iterative, so the token tree's depth
 * is measured before the (recursive) composer sees it — a 20 000-deep `[[[…` would otherwise overflow
 * the stack and can take the whole process down.
 */
function parseBounded(text: string, lineCounter: LineCounter): { doc: Document.Parsed; tooDeepAt?: undefined } | { doc?: undefined; tooDeepAt: number } {
  const flowTooDeep = firstTooDeepFlow(text);
  if (flowTooDeep !== undefined) {
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i !== -1 && i < flowTooDeep; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    return { tooDeepAt: flowTooDeep };
  }
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const tooDeepAt = firstTooDeep(tokens, MAX_DEPTH + 1); // + 1: the CST has a document level
  if (tooDeepAt !== undefined) return { tooDeepAt };
  const composer = new Composer({ version: '1.2', schema: 'core', uniqueKeys: false, strict: true });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  // compose(…, forceDoc = true) always yields a document.
  if (!doc) throw new Error('yaml: no document composed');
  return { doc };
}

// Lexer tokens that mark a state change and stand for no source text.
const CONTROL_TOKENS = new Set(['\u0002', '\u0018', '\u001f']);

/**
 * Offset of the first flow collection (`[`, `{`) nested deeper than MAX_DEPTH, from the lexer alone:
 * building the CST of `[[[[…` costs seconds per 100 000 levels, lexing it a few milliseconds.
 * (Block nesting needs indentation, so its depth is bounded by the file size anyway.)
 */
function firstTooDeepFlow(text: string): number | undefined {
  // Depth can never exceed the number of opening brackets: most files need no lexing at all.
  let opens = 0;
  for (let i = 0; i < text.length && opens <= MAX_DEPTH; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) opens++; // [ {
  }
  if (opens <= MAX_DEPTH) return undefined;
  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'flow-seq-start' || type === 'flow-map-start') {
      if (++depth > MAX_DEPTH) return offset;
    } else if ((type === 'flow-seq-end' || type === 'flow-map-end') && depth > 0) depth--;
    if (!CONTROL_TOKENS.has(token)) offset += token.length;
  }
  return undefined;
}

/** Offset of the first token nested deeper than `limit`, walking the CST with an explicit stack. */
function firstTooDeep(tokens: readonly CST.Token[], limit: number): number | undefined {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top) break;
    const [token, depth] = top;
    if (depth > limit) return token.offset;
    const children: (CST.Token | null | undefined)[] = [];
    if (token.type === 'document') children.push(token.value);
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) children.push(item.key, item.value);
    }
    for (const child of children) if (child) stack.push([child, depth + 1]);
  }
  return undefined;
}

/** Keeps the digits of long codes (18-digit credit codes) and leading zeros that a number would lose. */
function scalarValue(value: unknown, source: unknown): unknown {
  if (typeof value === 'number' && typeof source === 'string' && (/^0\d/.test(source) || (Number.isInteger(value) && !Number.isSafeInteger(value)))) return source;
  return value;
}

function rangeStart(node: unknown): number {
  return isScalar(node) || isMap(node) || isSeq(node) || isAlias(node) ? (node.range?.[0] ?? 0) : 0;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** `# hh-srdi-disable-next-line id[, id] -- reason` silences those rules on the next non-blank, non-comment line. */
function collectDirectives(file: string, text: string): SuppressionDirective[] {
  if (!text.includes('hh-srdi-disable')) return [];
  const lines = text.split(/\r\n|\n|\r/);
  const out: SuppressionDirective[] = [];
  lines.forEach((raw, i) => {
    const trimmed = raw.trim();
    const m = DIRECTIVE.exec(trimmed);
    if (!m) return;
    let target = i + 1;
    while (target < lines.length && (lines[target].trim() === '' || lines[target].trim().startsWith('#'))) target++;
    out.push({
      file,
      line: target + 1,
      ruleIds: m[1].split(/[\s,]+/).filter(Boolean),
      reason: (m[2] ?? '').trim(),
      at: { file, line: i + 1, column: raw.indexOf('#') + 1 },
    });
  });
  return out;
}
