/**
 * Column headers and YAML keys → canonical field names: aliases (统一社会信用代码 ≡ credit_code),
 * blanks and invisible characters ignored, and a unit written into the header (营业收入（万元）,
 * 市场占有率(%)) accepted when it is the field's own unit — and refused, never converted, when not.
 */
import type { z } from 'zod';
import { unitOf } from '../model/fields.js';
import type { NumberUnit } from '../model/parse.js';
import { ALIASES } from '../model/schemas.js';
import { closest } from './suggest.js';

export interface FieldSet {
  known: ReadonlySet<string>;
  units: ReadonlyMap<string, NumberUnit>;
  /** "Did you mean" candidates: the field names and their aliases. */
  suggestions: readonly string[];
}

export type KeyResolution =
  | { kind: 'field'; field: string }
  /** A known field with a unit in its name that is not the field's unit: refused. */
  | { kind: 'wrong-unit'; field: string; unit: string; expected: string; base: string }
  | { kind: 'unknown' };

const INVISIBLE_OR_BRACKET = /[\s\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF（）()]/g;
const cache = new Map<string, string>();

/** Canonical field name of a header or key; memoised, as the same few keys repeat on every record. */
export function canonicalKey(key: string): string {
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = computeCanonicalKey(key);
    if (cache.size < 10_000) cache.set(key, hit);
  }
  return hit;
}

function alias(name: string): string | undefined {
  return Object.hasOwn(ALIASES, name) ? ALIASES[name] : undefined;
}

function computeCanonicalKey(key: string): string {
  const cleaned = key.normalize('NFKC').replace(INVISIBLE_OR_BRACKET, '');
  return alias(cleaned) ?? alias(key.trim()) ?? cleaned.toLowerCase().replace(/-/g, '_');
}

/** plan.yaml's pool_ratios use the tier id `little-giant` as a key. */
function keyName(k: string): string {
  return k === 'little_giant' ? 'little-giant' : k;
}

const fieldSets = new WeakMap<z.ZodObject, Map<string, FieldSet>>();

/** The fields of a schema (minus `omit`), with units and suggestions; memoised per schema. */
export function fieldSet(schema: z.ZodObject, omit: readonly string[] = []): FieldSet {
  let bySchema = fieldSets.get(schema);
  if (!bySchema) fieldSets.set(schema, (bySchema = new Map()));
  const id = omit.join(',');
  let set = bySchema.get(id);
  if (!set) {
    const known = new Set(Object.keys(schema.shape).filter((k) => !omit.includes(k)));
    const units = new Map<string, NumberUnit>();
    for (const k of known) {
      const u = unitOf(schema.shape[k]);
      if (u) units.set(k, u);
    }
    const suggestions = [...known, ...Object.keys(ALIASES).filter((a) => known.has(ALIASES[a]))];
    set = { known, units, suggestions };
    bySchema.set(id, set);
  }
  return set;
}

/** Units a header may carry, by what they measure: those that are the field's own unit, and others. */
const UNITS: Readonly<Record<'money' | 'percent' | 'count', { own: readonly string[]; other: readonly string[] }>> = {
  money: { own: ['万元', '万'], other: ['元', '千元', '百万元', '亿元', '亿'] },
  percent: { own: ['%', '百分比'], other: ['‰'] },
  count: { own: ['人', '个', '件', '项', '名', '家', '次', '篇'], other: [] },
};
// Longest first, so 万元 is not read as 元.
const byLength = (words: string[]): string[] => words.sort((a, b) => b.length - a.length);
const ALL_UNITS = byLength(Object.values(UNITS).flatMap((u) => [...u.own, ...u.other]));
// Without brackets or a separator only money and percent units are split off: 标准件 is not 标准 in 件.
const SUFFIX_UNITS = byLength([...UNITS.money.own, ...UNITS.money.other, ...UNITS.percent.own, ...UNITS.percent.other]);

/** `营业收入（万元）`, `营业收入(万元)`, `营业收入/万元`, `营业收入 万元`, `营业收入万元` → ['营业收入', '万元']. */
function splitUnit(key: string): [string, string] | undefined {
  const text = key.normalize('NFKC').trim();
  if (text.length > 100) return undefined;
  const bracketed = /^(.+?)\s*\(\s*([^()]+?)\s*\)$/u.exec(text);
  if (bracketed) return ALL_UNITS.includes(bracketed[2]) ? [bracketed[1], bracketed[2]] : undefined;
  const separated = /^(.+?)\s*[\s/_]\s*([^\s/_]+)$/u.exec(text);
  if (separated && ALL_UNITS.includes(separated[2])) return [separated[1], separated[2]];
  const unit = SUFFIX_UNITS.find((u) => text.endsWith(u));
  return unit && text.length > unit.length ? [text.slice(0, -unit.length), unit] : undefined;
}

function unitVerdict(fieldUnit: NumberUnit, unit: string): 'own' | 'other' | undefined {
  if (fieldUnit === 'number') return undefined;
  const words = UNITS[fieldUnit];
  return words.own.includes(unit) ? 'own' : words.other.includes(unit) ? 'other' : undefined;
}

/** What a header or key names in `fields`. */
export function resolveKey(key: string, fields: FieldSet): KeyResolution {
  const canonical = keyName(canonicalKey(key));
  if (fields.known.has(canonical)) return { kind: 'field', field: canonical };
  const split = splitUnit(key);
  const field = split && keyName(canonicalKey(split[0]));
  const fieldUnit = field === undefined ? undefined : fields.units.get(field);
  if (split && field !== undefined && fieldUnit !== undefined && fields.known.has(field)) {
    const verdict = unitVerdict(fieldUnit, split[1]);
    if (verdict === 'own') return { kind: 'field', field };
    if (verdict === 'other') return { kind: 'wrong-unit', field, unit: split[1], expected: fieldUnit === 'money' ? '万元' : '%', base: split[0] };
  }
  return { kind: 'unknown' };
}

/** "Did you mean": the closest field name or alias, if close enough to be a typo. */
export function suggestField(key: string, fields: FieldSet): string | undefined {
  return closest(key, fields.suggestions);
}
