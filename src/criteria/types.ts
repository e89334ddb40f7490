/**
 * The criteria engine's vocabulary: the pure core of `hh-srdi assess` (SPEC §3). A ruleset turns one
 * enterprise's normalised data into a TierAssessment — every criterion pass / fail / unknown with the
 * numbers that decided it, where they came from, and what would close a shortfall.
 */
import type { Enterprise, Indicators, IsoDate, Recognition, TierId } from '../model/types.js';

export type Outcome = 'pass' | 'fail' | 'unknown';
export type Verdict = 'ready' | 'not-ready' | 'insufficient-data';
export type RulesetId = 'miit-2022' | 'miit-2026';
export type Lang = 'zh' | 'en';
export type Unit = '万元' | '%' | '项' | '人' | '年' | '分' | 'pp';

export interface Text {
  zh: string;
  en: string;
}

/** Where a deciding number came from. `year` is absent for enterprise-level fields (niche_since…). */
export interface Provenance {
  field: string;
  year?: number;
  source?: Indicators['source'];
  reported_on?: IsoDate;
  checked_on?: IsoDate;
}

export interface Shortfall {
  /** How far from the threshold, in `unit` (money shortfalls are rounded up to 0.01 万元). */
  amount: number;
  unit: Unit;
  /** What closes it, e.g. "R&D 2.1% of 8,000 万元 revenue < 3% — add 72 万元 of R&D". */
  text: Text;
}

export interface CriterionResult {
  /** Stable id (see labels.ts), unique within one TierAssessment's tree. */
  id: string;
  /** eligibility / 专 / 精 / 特 / 新 / 链 / 品 / route / score … */
  group?: string;
  label: Text;
  outcome: Outcome;
  /** The deciding value, language-neutral ("2.1%", "8,000 万元", "✓"). */
  actual?: string | number;
  /** The threshold, language-neutral ("≥ 3%", "≤ 70%", "≥ 2 年"). */
  required?: string;
  shortfall?: Shortfall;
  /** The fiscal year that decided (for two-year criteria: the latest failing year). */
  year?: number;
  /** Canonical names of the fields whose absence made it unknown (`indicators.2025.rd_expense`). */
  missing: string[];
  sources: Provenance[];
  /** `advisory` never decides the verdict (N's guidance such as audit_filed). Default `required`. */
  severity?: 'required' | 'advisory';
  /** Why it was decided this way when that is not obvious: an input override, a fallback, a waiver. */
  note?: Text;
  /** Composite criteria: `any-of` passes when one child passes (routes); `all-of` when all do. */
  combine?: 'any-of' | 'all-of';
  children?: CriterionResult[];
}

/** A score line: `points` when decided, else the range [lo, hi] the unknown inputs leave open. */
export interface ScoreItem {
  id: string;
  label: Text;
  max: number;
  points?: number;
  range: [number, number];
  actual?: string;
  missing: string[];
  sources: Provenance[];
}

export interface ScoreSection {
  id: string;
  label: Text;
  max: number;
  /** Sub-minimum (M22 annex 1: 创新能力 ≥ 20, 成长性 ≥ 15, 专业化 ≥ 15). */
  min?: number;
  points?: number;
  range: [number, number];
  items: ScoreItem[];
}

export interface Score {
  max: number;
  pass: number;
  total?: number;
  range: [number, number];
  sections: ScoreSection[];
  /** `input` when a given score (srdi_score) overrides the computation. */
  basis: 'computed' | 'input';
  input?: { field: string; value: number; year: number };
  note?: Text;
}

export interface MissingField {
  field: string;
  /** How many still-open criteria this field would decide (or help decide). */
  decides: number;
}

export interface TierAssessment {
  tier: TierId;
  ruleset: RulesetId;
  provisional: boolean;
  verdict: Verdict;
  criteria: CriterionResult[];
  score?: Score;
  /** Most-blocking first: by `decides` descending, then by name. */
  missingFields: MissingField[];
  /** Ruleset-level remarks (provisional text, renewal handling, fallbacks). */
  notes: Text[];
  asOf: IsoDate;
  lastYear: number;
}

export interface AssessConfig {
  /** srdi item 2 and the little-giant 专 growth: mean of the two yearly rates (default) or CAGR. */
  srdiGrowthAverage?: 'mean-of-rates' | 'cagr';
  /** Little-giant 新(a) for revenue < 5000 万元: R&D ≥ 3000 万元 over two years (default) or last year. */
  lgRdPeriod?: 'two-year-total' | 'last-year';
}

export interface AssessInput {
  enterprise: Enterprise;
  recognitions: readonly Recognition[];
  /** This enterprise's indicator rows, sorted by year. */
  indicators: readonly Indicators[];
  asOf: IsoDate;
  /** The last complete fiscal year = year(asOf) − 1. */
  lastYear: number;
  config?: AssessConfig;
}

export interface Ruleset {
  id: RulesetId;
  provisional: boolean;
  label: Text;
  evaluate(input: AssessInput, tier: TierId): TierAssessment;
}
