/**
 * The normalised model: what every loader (YAML or CSV, English or Chinese headers) produces.
 * Money is in 万元, shares in percent (12.5 means 12.5 %), dates are ISO calendar dates
 * (`YYYY-MM-DD`, Asia/Shanghai). `undefined` means unknown — never 0.
 */
import type { Location } from '../diagnostics.js';

export const TIERS = ['innovative', 'srdi', 'little-giant'] as const;
export type TierId = (typeof TIERS)[number];

/** ISO calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

/** Where a record and each of its fields were written. */
export interface Origin {
  loc: Location;
  /** Location of each field's value, keyed by the canonical (English) field name. */
  fields: Readonly<Record<string, Location>>;
  /** Raw text of each field as written (for messages). */
  raw?: Readonly<Record<string, string>>;
  /** Rule ids suppressed for this record (`# hh-srdi-disable-next-line` / `suppress` column). */
  suppress?: readonly Suppression[];
}

export interface Suppression {
  ruleId: string;
  reason: string;
  loc: Location;
}

export interface County {
  code: string; // GB/T 2260, e.g. 532503
  name: string; // 蒙自市
  shortName?: string; // 蒙自
  aliases: string[];
  /** Division codes that older credit codes may still carry (蒙自 532522, 弥勒 532526). */
  oldCodes: string[];
  origin: Origin;
}

export type TierCounts = Record<TierId, number>;

/** One row of Attachment 2. `county` is a county code, or `total` for 全州合计. */
export interface TargetRow {
  county: string;
  label: string;
  baseline: TierCounts;
  increase: TierCounts;
  target: TierCounts;
  origin: Origin;
}

export interface AnnualTarget {
  year: number;
  county: string; // county code, or `total`
  tier: TierId;
  increase: number;
  origin: Origin;
}

export interface Plan {
  document: string; // 红政办发〔2025〕30号
  title: string;
  region: { code: string; name: string };
  period: { start: number; end: number }; // 2025..2027
  baselineDate: IsoDate; // 2024-12-31
  /** Pool size multiple of the annual growth target per tier; null = no size rule. */
  poolRatios: Record<TierId, number | null>;
  /** Filing deadline within the pool year, `MM-DD` (01-15). */
  poolDeadline: string;
  criteria: 'miit-2022' | 'miit-2026';
  validityYears: number;
  expiringWithinDays: number;
  origin: Origin;
}

export type RecognitionLevel = 'national' | 'provincial' | 'prefecture' | 'county';

export interface Recognition {
  creditCode: string;
  tier: TierId;
  level?: RecognitionLevel;
  recognizedOn: IsoDate;
  /** Last valid day (inclusive). Defaults to recognizedOn + validity − 1 day. */
  expiresOn: IsoDate;
  expiresOnExplicit: boolean;
  /** `renewal` = 复核 continuing an earlier recognition of the same tier. */
  kind: 'new' | 'renewal';
  revokedOn?: IsoDate;
  batch?: string;
  document?: string;
  /** Why the validity differs from the standard 3 years. */
  note?: string;
  origin: Origin;
}

export interface Award {
  level: 'national' | 'provincial' | 'prefecture';
  kind: 'science' | 'makers-china' | 'other'; // 科技奖 / 创客中国 / other
  rank?: number;
  year: number;
  name?: string;
}

export interface Indicators {
  creditCode: string;
  year: number; // fiscal year
  revenue?: number; // 营业收入 万元
  main_revenue?: number; // 主营业务收入 万元
  rd_expense?: number; // 研发费用 万元
  total_assets?: number;
  total_liabilities?: number;
  net_profit?: number;
  employees?: number;
  rd_staff?: number;
  invention_patents?: number;
  class1_ip?: number;
  class1_ip_own?: number;
  class1_ip_high_value?: number;
  class2_ip?: number;
  market_share_pct?: number;
  market_rank?: number;
  equity_financing?: number; // 万元 raised in this year
  digital_systems?: string[];
  digital_level?: number;
  certifications?: string[];
  standards?: number;
  own_brand?: boolean;
  quality_award?: 'national' | 'provincial' | 'none';
  rd_institution?: 'none' | 'below-city' | 'city' | 'own' | 'joint' | 'provincial' | 'national';
  awards?: Award[];
  high_tech_enterprise?: boolean;
  honours?: string[];
  strategic_emerging?: boolean;
  srdi_tese_score?: number;
  srdi_score?: number;
  dev_score?: number;
  audit_filed?: boolean;
  abnormal_operation?: boolean;
  serious_dishonest?: boolean;
  major_incident?: boolean;
  checked_on?: IsoDate;
  sme?: boolean;
  source?: 'audit' | 'statistics' | 'tax' | 'self-reported' | 'platform';
  reported_on?: IsoDate;
  origin: Origin;
}

export interface Enterprise {
  creditCode: string;
  /** The credit code as written in the file, when that is not `creditCode` (lowercase, blanks, full-width…). */
  creditCodeWritten?: string;
  name: string;
  /** The county as written. */
  countyRaw: string;
  /** Resolved county code; undefined when `countyRaw` names no known county. */
  county?: string;
  /** Earlier counties: an enterprise that moved is counted in its county at each date. */
  countyHistory: { county?: string; countyRaw: string; until: IsoDate }[];
  industry?: string;
  niche_since?: number;
  main_product?: string;
  focus_area?: string;
  chain_role?: '补短板' | '锻长板' | '填空白';
  chain_leader_supplier?: boolean;
  time_honoured?: boolean; // 中华老字号
  origin: Origin;
}

export type PoolStatus = 'in-pool' | 'diagnosed' | 'improving' | 'applied' | 'recognized' | 'withdrawn';

export interface PoolEntry {
  year: number;
  creditCode: string;
  tier: TierId;
  countyRaw: string;
  county?: string;
  filedOn?: IsoDate;
  willing?: boolean;
  plannedTier?: TierId;
  plannedApply?: string; // e.g. 2026-06 or 2026
  measures?: string;
  status?: PoolStatus;
  owner?: string;
  origin: Origin;
}

export interface Dataset {
  /** Data folder, relative to the cwd, POSIX slashes ('' for the cwd). */
  root: string;
  files: string[];
  plan?: Plan;
  counties: County[];
  targets: TargetRow[];
  annualTargets: AnnualTarget[];
  enterprises: Enterprise[];
  recognitions: Recognition[];
  indicators: Indicators[];
  pools: PoolEntry[];
}
