#!/usr/bin/env node
/**
 * make-sample.mjs — regenerates the FICTIONAL sample part of the embedded data folder:
 *   data/enterprises/*.yaml, data/recognitions.csv, data/pools/*.csv
 * Every enterprise is made up (each name contains 示例); credit codes are valid per GB 32100 but
 * invented. The official files (plan.yaml, counties.csv, targets.csv) are hand-written and only read.
 *
 * Deterministic: a seeded PRNG (mulberry32), fixed iteration order, no clock, no locale — running it
 * twice gives byte-identical files. Plain Node ESM, built-ins only.
 *
 * The sample is *designed*: the per-county stories below reproduce the Attachment 2 baseline exactly
 * on 2024-12-31, give a mix of ahead / on track / behind as of AS_OF, and fill the 2026 seed pools
 * with a few deliberate teaching cases. A self-check at the end asserts all of it and throws.
 *
 * Usage: node scripts/make-sample.mjs [--check] [--verbose]
 *   --check    generate in memory and self-check, write nothing
 *   --verbose  also list every enterprise with its profile, pool entry and story
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CC_ALPHABET, creditCheckChar, mulberry32 } from './lib/synthetic.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, 'data');
const SEED = 20250801; // the notice's date
const AS_OF = '2026-11-28'; // the date the growth statuses are designed for
const BASELINE_DATE = '2024-12-31';
const POOL_YEAR = 2026;
const FILED_FROM = '2026-01-05';
const FILED_TO = '2026-01-15'; // N 附件1 任务2: 1月15日前
const LATE_FILED_ON = '2026-01-20';
const VALIDITY_YEARS = 3;
const TIERS = ['innovative', 'srdi', 'little-giant'];
const TIER_ZH = { innovative: '创新型', srdi: '专精特新', 'little-giant': '小巨人' };
const YEARS = [2023, 2024, 2025];

// ---------------------------------------------------------------- PRNG
let rand = mulberry32(SEED);
const uniform = (lo, hi) => lo + (hi - lo) * rand();
const rint = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const chance = (p) => rand() < p;
function shuffle(arr) {
  const a = [...arr];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// ---------------------------------------------------------------- dates
const DAY = 86_400_000;
const ms = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};
const isoOf = (t) => new Date(t).toISOString().slice(0, 10);
/** Last valid day of a recognition made on `iso`: + 3 years − 1 day (M22). */
function expiresOn(iso, years = VALIDITY_YEARS) {
  const [y, m, d] = iso.split('-').map(Number);
  return isoOf(Date.UTC(y + years, m - 1, d) - DAY);
}
const pad2 = (n) => String(n).padStart(2, '0');

// ---------------------------------------------------------------- GB 32100 / GB 11714
const creditCodeValid = (code) =>
  /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code) && creditCheckChar(code.slice(0, 17)) === code[17];
/** Organisation code check character (GB 11714), so the 9-character body looks real too. */
function orgCheckChar(body8) {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i];
    sum += (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55) * w[i];
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
const usedCodes = new Set();
function makeCreditCode(region, style) {
  for (;;) {
    let body;
    if (style === 'numeric') {
      // pre-2015 organisation codes (8 digits)
      body = pick(['5', '6', '7']) + Array.from({ length: 7 }, () => rint(0, 9)).join('');
    } else {
      // codes issued since 2015: MA + 6 characters of the credit-code alphabet
      body = 'MA' + Array.from({ length: 6 }, () => pick([...CC_ALPHABET])).join('');
    }
    const first17 = '91' + region + body + orgCheckChar(body);
    const code = first17 + creditCheckChar(first17);
    if (!usedCodes.has(code)) {
      usedCodes.add(code);
      return code;
    }
  }
}

// ---------------------------------------------------------------- official files (read only)
function readCsv(file) {
  const text = readFileSync(join(DATA, file), 'utf8');
  if (text.charCodeAt(0) === 0xfeff || text.includes('\r')) throw new Error(`${file}: BOM or CR found`);
  const [head, ...rows] = text.trimEnd().split('\n').map((l) => l.split(','));
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}
const COUNTIES = readCsv('counties.csv').map((r) => ({
  code: r.code,
  name: r.name,
  short: r.short_name,
  aliases: r.aliases ? r.aliases.split(';') : [],
  oldCodes: r.old_codes ? r.old_codes.split(';') : [],
}));
const COUNTY = Object.fromEntries(COUNTIES.map((c) => [c.code, c]));
function resolveCounty(text) {
  const c = COUNTIES.find((k) => k.code === text || k.name === text || k.short === text || k.aliases.includes(text));
  return c?.code;
}
const TARGETS = {};
for (const r of readCsv('targets.csv')) {
  const key = r['县市'] === '全州合计' ? 'total' : resolveCounty(r['县市']);
  if (!key) throw new Error(`targets.csv: unknown county ${r['县市']}`);
  const counts = (prefix) => Object.fromEntries(TIERS.map((t) => [t, Number(r[`${prefix}_${TIER_ZH[t]}`])]));
  TARGETS[key] = { label: r['县市'], baseline: counts('实有数'), increase: counts('新增数'), target: counts('目标数') };
}
/** DOMAIN §Annual targets: even split over 2025–2027, remainder to the earliest years. */
function annualTarget(increase, year) {
  const i = year - 2025;
  return Math.floor(increase / 3) + (i < increase % 3 ? 1 : 0);
}

// ---------------------------------------------------------------- recognition batches (fictional dates)
const B = (tier, date, name, document) => ({ tier, date, name, document });
const BATCHES = {
  I22a: B('innovative', '2022-02-11', '云南省2022年第一批创新型中小企业'),
  I22b: B('innovative', '2022-08-12', '云南省2022年第二批创新型中小企业'),
  I23a: B('innovative', '2023-05-19', '云南省2023年第一批创新型中小企业'),
  I23b: B('innovative', '2023-12-15', '云南省2023年第二批创新型中小企业'),
  I24a: B('innovative', '2024-06-07', '云南省2024年第一批创新型中小企业'),
  I24b: B('innovative', '2024-11-15', '云南省2024年第二批创新型中小企业'),
  I25a: B('innovative', '2025-04-18', '云南省2025年第一批创新型中小企业'),
  I25b: B('innovative', '2025-10-17', '云南省2025年第二批创新型中小企业'),
  I26: B('innovative', '2026-06-19', '云南省2026年第一批创新型中小企业', '示例文件·云工信中小〔2026〕示例1号'),
  S22a: B('srdi', '2022-03-25', '云南省2022年第一批专精特新中小企业'),
  S22b: B('srdi', '2022-09-23', '云南省2022年第二批专精特新中小企业'),
  S23a: B('srdi', '2023-06-16', '云南省2023年第一批专精特新中小企业'),
  S23b: B('srdi', '2023-12-22', '云南省2023年第二批专精特新中小企业'),
  S24a: B('srdi', '2024-06-21', '云南省2024年第一批专精特新中小企业'),
  S24b: B('srdi', '2024-11-22', '云南省2024年第二批专精特新中小企业'),
  S25a: B('srdi', '2025-05-23', '云南省2025年第一批专精特新中小企业'),
  S25b: B('srdi', '2025-11-21', '云南省2025年第二批专精特新中小企业'),
  S26: B('srdi', '2026-06-26', '云南省2026年第一批专精特新中小企业', '示例文件·云工信中小〔2026〕示例2号'),
  L22: B('little-giant', '2022-07-22', '工业和信息化部第四批专精特新“小巨人”企业'),
  L23: B('little-giant', '2023-07-21', '工业和信息化部第五批专精特新“小巨人”企业'),
  L24: B('little-giant', '2024-08-16', '工业和信息化部第六批专精特新“小巨人”企业'),
  L25: B('little-giant', '2025-07-25', '工业和信息化部第七批专精特新“小巨人”企业'),
  L26: B('little-giant', '2026-07-24', '工业和信息化部第八批专精特新“小巨人”企业', '示例文件·工信厅企业函〔2026〕示例3号'),
};
/** 复核 batches: the review of an earlier batch is published with the later one. */
const RENEWAL_NAME = {
  L25: '工业和信息化部第四批专精特新“小巨人”企业复核',
  L26: '工业和信息化部第五批专精特新“小巨人”企业复核',
};
const LEVEL = { innovative: 'provincial', srdi: 'provincial', 'little-giant': 'national' };

// ---------------------------------------------------------------- the design
/*
 * One story per enterprise, `[count, 'tokens']`. Tokens:
 *   I22a S23b L24 …   a recognition (tier letter + batch key); a trailing + marks a 复核 renewal
 *   pI pS pL          member of the 2026 innovative / srdi / little-giant seed pool
 *   late              pool entry filed after 15 January (teaching case, exactly one)
 *   inelig            srdi pool member whose innovative recognition lapsed before filing (exactly one)
 *   old               credit code carries the county's old division code (蒙自 532522, 弥勒 532526)
 *   moved=CODE        credit code from another county (credit-code-region teaching case, exactly one)
 *   P:profile         indicator profile (otherwise derived, see profileOf)
 * Comments: A = baseline srdi holders, B = baseline innovative-only, C = new innovative 2025/2026,
 * D = never recognized (innovative pool). Status columns are the designed (innovative, srdi, LG) status
 * on AS_OF; the self-check recomputes them.
 */
const DESIGN = {
  // 蒙自 19/9/0 → 35/16/1: ahead, on track, on track
  '532503': {
    status: ['ahead', 'on track', 'on track'],
    stories: [
      [1, 'I22a S22a I25a+ S25a+ old'], [1, 'I22b S22b old'], [1, 'I23a S23a I26+ S26+'], [1, 'I23b S23b L25'],
      [1, 'I23b S23b'], [2, 'I24a S24a'], [1, 'I24b S24b pL P:l-missing'], [1, 'I24b S24b'], // A
      [1, 'I22a pI I26'], [1, 'I22b old'], [1, 'I22a I25a+'], [1, 'I23a I26+'], [1, 'I23b S25a'], [1, 'I24a S25a'],
      [1, 'I24a S25b'], [1, 'I24b pS S26'], [1, 'I24b pS'], [1, 'I23b pS'], // B
      [1, 'I25a S25b'], [2, 'I25a pS S26'], [1, 'I25b pS S26'], [2, 'I25a pS'], [1, 'I25b pS'], [1, 'I25a'],
      [3, 'I25b'], [7, 'pI I26'], // C
      [1, 'pI late'], [6, 'pI'], // D
    ],
  },
  // 个旧 17/16/5 → 33/25/4: ahead, behind, behind; srdi pool short by 2 (few innovative-only enterprises)
  '532501': {
    status: ['ahead', 'behind', 'behind'],
    stories: [
      [1, 'I22a S22a L22 I25a+ S25a+ L25+'], [1, 'I22a S22a L22 I25a+ S25a+'], [1, 'I22b S22b L23 I25b+ S25b+ L26+'],
      [1, 'I23a S23a L23 I26+ S26+ L26+'], [1, 'I24a S24a L24'], // A, little giants
      [1, 'I22a S22a I25a+ pS'], [1, 'I22b S22b I25b+ pS S26'], [1, 'I22a S22a I25a+ S25a+'],
      [1, 'I22b S22b I25b+ S25b+ pL P:l-ready'], [1, 'I23a S23a I26+ S26+'], [2, 'I23b S23b'],
      [1, 'I23b S23b pL P:l-share'], [2, 'I24a S24a'], [1, 'I24b S24b'], // A
      [1, 'I24a S25a'], // B
      [3, 'I25a S25b'], [3, 'I25a pS S26'], [3, 'I25b pS S26'], [1, 'I25a pS'], [3, 'I25b pS'], [3, 'pI I26'], // C
      [11, 'pI'], // D
    ],
  },
  // 开远 26/7/0 → 45/13/1: on track, ahead, ahead; the ineligible srdi pool member
  '532502': {
    status: ['on track', 'ahead', 'ahead'],
    stories: [
      [1, 'I22a S22a'], [1, 'I22b S22b I25b+ S25b+'], [1, 'I23a S23a I26+ S26+'], [1, 'I23b S23b L25'],
      [1, 'I24a S24a'], [1, 'I24b S24b pL P:l-rd'], [1, 'I24b S24b'], // A
      [1, 'I22b pS inelig'], [1, 'I22a pI'], [1, 'I22b'], [1, 'I23a pS'], [2, 'I22a I25a+'], [1, 'I22b I25b+'],
      [1, 'I23a I26+'], [1, 'I23b S25a'], [1, 'I24a S25a'], [1, 'I24a S25b'], [1, 'I24b S25b'], [1, 'I23b pS S26'],
      [1, 'I24a pS S26'], [1, 'I24b pS S26'], [1, 'I24b pS'], [2, 'I24a'], [1, 'I23b'], // B
      [2, 'I25a pS'], [6, 'I25a'], [6, 'I25b'], [10, 'pI I26'], // C
      [10, 'pI'], // D
    ],
  },
  // 建水 12/5/0 → 20/9/1: on track, on track, ahead; the credit-code-region case
  '532524': {
    status: ['on track', 'on track', 'ahead'],
    stories: [
      [1, 'I22a S22a I25a+ S25a+'], [1, 'I23a S23a I26+ S26+'], [1, 'I23b S23b pL L26'], [1, 'I24a S24a'],
      [1, 'I24b S24b'], // A
      [1, 'I22b'], [1, 'I22a I25a+'], [1, 'I23b S25a'], [1, 'I24a S25b'], [1, 'I24a pS S26'], [1, 'I24b pS'],
      [1, 'I23b pS S26'], // B
      [1, 'I25a pS'], [1, 'I25b pS'], [2, 'I25a'], [1, 'I25b moved=532525'], [4, 'pI I26'], // C
      [6, 'pI'], // D
    ],
  },
  // 石屏 10/3/0 → 15/6/1: behind, ahead, ahead; innovative pool short by 1
  '532525': {
    status: ['behind', 'ahead', 'ahead'],
    stories: [
      [1, 'I22b S22b I25b+ S25b+ pL L26'], [1, 'I23b S23b'], [1, 'I24a S24a'], // A
      [1, 'I22a'], [1, 'I22b pI'], [1, 'I23a'], [1, 'I23b S25a'], [1, 'I24a S25b'], [1, 'I24b pS S26'],
      [1, 'I24a pS'], // B
      [1, 'I25b pS'], [2, 'I25a'], [2, 'I25b'], [3, 'pI I26'], // C
      [3, 'pI'], // D
    ],
  },
  // 弥勒 20/9/1 → 37/17/1: ahead, ahead, on track
  '532504': {
    status: ['ahead', 'ahead', 'on track'],
    stories: [
      [1, 'I22a S22a I25a+ S25a+ old'], [1, 'I22b S22b old'], [1, 'I23a S23a L24 I26+ S26+'],
      [1, 'I23b S23b pL P:l-ready'], [1, 'I23b S23b'], [2, 'I24a S24a'], [2, 'I24b S24b'], // A
      [1, 'I22a'], [1, 'I22b pI I26'], [1, 'I22a I25a+ old'], [1, 'I22b I25b+'], [1, 'I23a I26+'], [1, 'I23b S25a'],
      [1, 'I24a S25a'], [1, 'I24b S25b'], [1, 'I24a pS S26'], [1, 'I24b pS S26'], [1, 'I24a pS'], // B
      [1, 'I25a S25b'], [2, 'I25a pS S26'], [1, 'I25b pS S26'], [2, 'I25a pS'], [1, 'I25b pS'], [2, 'I25a'],
      [3, 'I25b'], [7, 'pI I26'], // C
      [9, 'pI'], // D
    ],
  },
  // 泸西 14/4/0 → 24/6/1: on track, behind, on track
  '532527': {
    status: ['on track', 'behind', 'on track'],
    stories: [
      [1, 'I22a S22a'], [1, 'I23b S23b pL L26'], [1, 'I24a S24a'], [1, 'I24b S24b'], // A
      [1, 'I22a'], [1, 'I22b'], [1, 'I22a I25a+'], [1, 'I23a I26+'], [1, 'I24a S25b'], [1, 'I24a pS S26'],
      [1, 'I24b pS'], [1, 'I23b pS'], [2, 'I24b'], // B
      [1, 'I25a pS S26'], [3, 'I25a'], [3, 'I25b'], [6, 'pI I26'], // C
      [4, 'pI'], // D
    ],
  },
  // 红河县 14/8/0 → 21/16/1: behind, ahead, ahead
  '532529': {
    status: ['behind', 'ahead', 'ahead'],
    stories: [
      [1, 'I22a S22a I25a+ S25a+'], [1, 'I22b S22b I25b+ S25b+'], [1, 'I23a S23a I26+ S26+'],
      [1, 'I23b S23b pL L26'], [1, 'I23b S23b'], [2, 'I24a S24a'], [1, 'I24b S24b'], // A
      [1, 'I22b'], [1, 'I23a pS'], [1, 'I23b S25a'], [1, 'I24a S25a'], [1, 'I24b S25b'], [1, 'I24a pS S26'], // B
      [1, 'I25a S25b'], [2, 'I25a pS S26'], [1, 'I25b pS S26'], [2, 'I25a pS'], [2, 'I25b pS'], [1, 'pI I26'], // C
      [10, 'pI'], // D
    ],
  },
  // 元阳 4/1/0 → 8/1/0: ahead, on track, ahead
  '532528': {
    status: ['ahead', 'on track', 'ahead'],
    stories: [[1, 'I24a S24a'], [1, 'I22b I25b+'], [1, 'I23b pS'], [1, 'I24b'], [1, 'I25a'], [1, 'I25b'], [2, 'pI I26'], [2, 'pI']],
  },
  // 绿春 3/2/0 → 3/3/0: behind, on track, ahead
  '532531': {
    status: ['behind', 'on track', 'ahead'],
    stories: [[1, 'I22b S22b pI'], [1, 'I24a S24a'], [1, 'I24b pS S26'], [1, 'I25a pS S26'], [2, 'pI']],
  },
  // 屏边 6/1/0 → 10/2/0: on track, ahead, ahead
  '532523': {
    status: ['on track', 'ahead', 'ahead'],
    stories: [
      [1, 'I23b S23b'], [1, 'I22a'], [1, 'I22b I25b+'], [1, 'I24a pS S26'], [1, 'I24b'], [1, 'I23a I26+'],
      [2, 'I25a'], [1, 'I25b'], [2, 'pI I26'], [2, 'pI'],
    ],
  },
  // 金平 6/2/0 → 11/2/0: ahead, behind, ahead
  '532530': {
    status: ['ahead', 'behind', 'ahead'],
    stories: [
      [1, 'I23b S23b'], [1, 'I24a S24a'], [1, 'I22a'], [1, 'I24a pS'], [1, 'I24b pS'], [1, 'I23b'], [2, 'I25a'],
      [2, 'I25b'], [2, 'pI I26'], [3, 'pI'],
    ],
  },
  // 河口 4/1/0 → 6/1/0: behind, on track, ahead
  '532532': {
    status: ['behind', 'on track', 'ahead'],
    stories: [[1, 'I24b S24b'], [1, 'I22a'], [1, 'I23b pS'], [1, 'I24a'], [1, 'I25a'], [1, 'I25b'], [1, 'pI I26'], [3, 'pI']],
  },
};
/** Pools deliberately below 2 × the 2026 target: county → tier → how many are missing. */
const DESIGNED_SHORT = { '532525': { innovative: 1 }, '532501': { srdi: 2 } };

// ---------------------------------------------------------------- catalogue of fictional lines of business
const C = (word, product, industry, focus, tech = true) => ({ word, product, industry, focus, tech });
const CATALOG = [
  C('锡业', '高纯锡及锡基无铅焊料', 'C3250', '六基/关键基础材料'),
  C('铟材料', '高纯铟及ITO靶材', 'C3239', '十大重点产业/新材料'),
  C('稀贵金属', '卫星用太阳能电池催化剂', 'C2661', '十大重点产业/新材料'),
  C('锡化工', '锡酸钠等锡化工产品', 'C2613', '六基/关键基础材料'),
  C('精密铸造', '有色金属精密铸件', 'C3392', '六基/先进基础工艺'),
  C('铝材', '高性能铝合金型材', 'C3262', '十大重点产业/新材料'),
  C('铜业', '电子电路用铜箔', 'C3261', '六基/关键基础材料'),
  C('新能源材料', '磷酸铁锂正极材料', 'C3985', '十大重点产业/节能与新能源汽车'),
  C('磷化工', '电子级磷酸', 'C2611', '十大重点产业/新材料'),
  C('电解液', '锂电池电解液添加剂', 'C2669', '十大重点产业/新材料'),
  C('半导体', '磷化铟单晶衬底', 'C3985', '十大重点产业/新一代信息技术产业'),
  C('矿山机械', '矿山机械耐磨配件', 'C3511', '六基/核心基础零部件'),
  C('传动', '工业齿轮减速机', 'C3483', '六基/核心基础零部件'),
  C('电气', '智能配电开关柜', 'C3823', '十大重点产业/电力装备'),
  C('光伏科技', '光伏组件跟踪支架', 'C3825', '十大重点产业/电力装备'),
  C('软件', '冶金过程控制软件', 'I6513', '六基/关键软件'),
  C('信息安全', '工业数据安全网关', 'I6513', '网络强国/数据安全'),
  C('网络科技', '工控网络安全监测服务', 'I6540', '网络强国/网络安全'),
  C('通信', '5G基站配套机柜', 'C3921', '网络强国/信息基础设施'),
  C('电子', '片式电感元件', 'C3989', '六基/元器件'),
  C('检测', '有色金属检测认证服务', 'M7452', '六基/产业技术基础'),
  C('农机', '山地茶园管理机械', 'C3572', '十大重点产业/农机装备'),
  C('汽车部件', '新能源汽车高压线束', 'C3670', '十大重点产业/节能与新能源汽车'),
  C('橡胶', '矿用橡胶密封件', 'C2913', '六基/核心基础零部件'),
  C('仪器', '在线成分分析仪', 'C4014', '六基/产业技术基础'),
  C('医疗器械', '医用敷料', 'C2770', '十大重点产业/高性能医疗器械'),
  C('耐材', '冶金用耐火材料', 'C3089', '六基/关键基础材料'),
  C('智能装备', '冶炼车间巡检机器人', 'C3491', '十大重点产业/高档数控机床和机器人'),
  C('食品', '石榴果汁饮料', 'C1523', null, false),
  C('酒业', '干红葡萄酒', 'C1515', null, false),
  C('茶业', '高山红茶', 'C1530', null, false),
  C('陶瓷', '紫陶茶具', 'C3074', null, false),
  C('生物科技', '中药饮片', 'C2730', null, false),
  C('香料', '八角茴香精油', 'C2684', null, false),
  C('建材', '预拌混凝土', 'C3021', null, false),
  C('包装', '瓦楞纸箱', 'C2231', null, false),
  C('农业科技', '有机肥', 'C2625', null, false),
  C('果业', '香蕉脆片', 'C1373', null, false),
];
const TECH = CATALOG.filter((c) => c.tech);
/** Lines of business each county is known for (the rest are drawn from the whole catalogue). */
const FLAVOUR = {
  '532501': ['锡业', '铟材料', '稀贵金属', '锡化工', '精密铸造', '检测', '矿山机械', '耐材'],
  '532502': ['磷化工', '矿山机械', '传动', '电气', '建材', '智能装备'],
  '532503': ['新能源材料', '电子', '信息安全', '食品', '铜业'],
  '532504': ['酒业', '磷化工', '电解液', '包装', '汽车部件'],
  '532524': ['陶瓷', '农机', '传动'],
  '532525': ['食品', '农业科技', '光伏科技'],
  '532527': ['铝材', '光伏科技', '农业科技'],
  '532529': ['茶业', '农机', '橡胶'],
  '532530': ['香料', '生物科技', '茶业'],
  '532532': ['果业', '通信', '电子'],
};
const BRAND_A = [...'滇瑞恒弘嘉宏联信华源峰远达泽隆盛兴泰鑫安'];
const BRAND_B = [...'锦晟辉诚德润丰益明阳创捷科昊宇川和聚然拓'];
/** Two-character brands that are well-known real trade names — never used. */
const BRAND_AVOID = new Set(['华润', '华宇', '华创', '华明', '华阳', '华和', '联创', '鑫科', '盛和', '信和', '达阳']);
const NAME_PREFIX = (c) => (c.short || c.name).replace(/县$/, '') === '红河' ? '红河县' : (c.short || c.name).replace(/(县|市)$/, '');
const SERVICE_STAFF = [...'张李王赵刘陈杨黄周吴徐孙马朱胡郭何罗高林'].map((s) => `${s}示例`);

// ---------------------------------------------------------------- indicator profiles
/*
 * Ranges for the last fiscal year (2025); earlier years are derived backwards with growth drawn per
 * year. Money 万元, ratios as fractions here (written as numbers / percent in the files).
 */
const PROFILES = {
  // little-giant holders
  lg: { rev: [15000, 36000], main: [0.86, 0.95], g: [0.06, 0.13], rd: [0.036, 0.06], margin: [0.08, 0.13], debt: [0.35, 0.58], share: [10.5, 28], emp: [260, 780], staff: [0.14, 0.26], c1: [7, 16], c2: [10, 40], dl: 3, certs: 'strong', inst: ['provincial', 'national'], niche: [2006, 2016], tech: true, chain: 1, brand: 1, audit: 1, hte: 0.85, award: 0.25 },
  // srdi holders in the little-giant pool
  'l-ready': { rev: [15000, 32000], main: [0.87, 0.95], g: [0.07, 0.12], rd: [0.038, 0.055], margin: [0.08, 0.12], debt: [0.35, 0.55], share: [11.5, 24], emp: [240, 650], staff: [0.15, 0.24], c1: [6, 12], c2: [8, 30], dl: 3, certs: 'strong', inst: ['own'], niche: [2008, 2016], tech: true, chain: 1, brand: 1, audit: 1, hte: 0.8, award: 0 },
  'l-share': { rev: [13000, 22000], main: [0.86, 0.94], g: [0.06, 0.1], rd: [0.036, 0.05], margin: [0.06, 0.1], debt: [0.4, 0.6], share: [4, 7.5], emp: [200, 500], staff: [0.12, 0.2], c1: [4, 8], c2: [6, 20], dl: 3, certs: 'strong', inst: ['own'], niche: [2010, 2016], tech: true, chain: 1, brand: 1, audit: 1, hte: 0.7, award: 0 },
  'l-rd': { rev: [6200, 8800], main: [0.84, 0.93], g: [0.06, 0.1], rd: [0.038, 0.048], margin: [0.07, 0.1], debt: [0.4, 0.6], share: [11, 16], emp: [150, 320], staff: [0.14, 0.22], c1: [4, 7], c2: [5, 15], dl: 3, certs: 'strong', inst: ['joint'], niche: [2010, 2016], tech: true, chain: 1, brand: 1, audit: 1, hte: 0.6, award: 0 },
  'l-missing': { rev: [14000, 26000], main: [0.86, 0.94], g: [0.07, 0.12], rd: [0.038, 0.055], margin: [0.08, 0.12], debt: [0.35, 0.55], share: null, emp: [220, 600], staff: [0.15, 0.24], c1: [5, 10], c2: [6, 20], dl: 3, certs: 'strong', inst: ['own'], niche: [2009, 2016], tech: true, chain: 1, brand: 1, audit: 1, omit: ['market_share_pct'], hte: 0.7, award: 0 },
  // srdi holders not in a pool
  srdi: { rev: [3000, 16000], main: [0.78, 0.95], g: [0.02, 0.14], rd: [0.032, 0.065], margin: [0.04, 0.12], debt: [0.3, 0.65], share: [1, 9], emp: [60, 400], staff: [0.08, 0.22], c1: [1, 8], c2: [3, 20], dl: 2, certs: 'mid', inst: ['city', 'provincial', 'own'], niche: [2008, 2019], tech: true, chain: 0.6, brand: 0.9, audit: 0.8, hte: 0.6, award: 0.1 },
  // srdi pool members
  's-ready': { rev: [8000, 16000], main: [0.86, 0.95], g: [0.11, 0.18], rd: [0.046, 0.065], margin: [0.1, 0.15], debt: [0.3, 0.47], share: [2, 9], emp: [120, 400], staff: [0.15, 0.25], c1: [2, 6], c2: [4, 16], dl: 3, certs: 'mid', inst: ['provincial', 'city'], niche: [2010, 2019], tech: true, chain: 1, brand: 1, audit: 1, hte: 0.5, award: 0 },
  's-weak': { rev: [1500, 6000], main: [0.7, 0.88], g: [-0.03, 0.06], rd: [0.012, 0.027], margin: [0.01, 0.05], debt: [0.55, 0.78], share: [0.2, 3], emp: [40, 220], staff: [0.04, 0.1], c1: [0, 1], c2: [1, 6], dl: 1, certs: 'low', inst: ['none', 'city'], niche: [2016, 2022], tech: null, chain: 0.2, brand: 0.5, audit: 0.3, hte: 0.1, award: 0 },
  's-weak2': { rev: [1200, 2600], main: [0.75, 0.9], g: [0.05, 0.2], rd: [0.031, 0.038], margin: [0.0, 0.03], debt: [0.62, 0.8], share: [0.2, 2], emp: [30, 120], staff: [0.08, 0.15], c1: [0, 2], c2: [2, 8], dl: 1, certs: 'low', inst: ['none'], niche: [2025, 2025], tech: null, chain: 0, brand: 0.3, audit: 0.2, hte: 0, award: 0 },
  's-missing': { rev: [2500, 9000], main: [0.78, 0.92], g: [0.03, 0.12], rd: [0.03, 0.045], margin: [0.03, 0.09], debt: [0.4, 0.65], share: null, emp: [60, 260], staff: null, c1: [1, 4], c2: [2, 12], dl: 2, certs: 'mid', inst: ['city', 'none'], niche: [2012, 2020], tech: true, chain: 0.5, brand: 0.8, audit: 0.6, omit: ['rd_staff', 'market_share_pct'], hte: 0.3, award: 0 },
  // innovative holders not in a pool
  innov: { rev: [800, 8000], main: [0.7, 0.95], g: [0.0, 0.15], rd: [0.02, 0.06], margin: [0.02, 0.1], debt: [0.3, 0.7], share: [0.1, 4], emp: [30, 260], staff: [0.06, 0.2], c1: [0, 4], c2: [1, 12], dl: 2, certs: 'mixed', inst: ['none', 'city', 'own'], niche: [2010, 2022], tech: null, chain: 0.2, brand: 0.7, audit: 0.5, hte: 0.2, award: 0 },
  // innovative pool members
  'i-ready': { rev: [600, 5000], main: [0.8, 0.97], g: [0.16, 0.25], rd: [0.052, 0.09], margin: [0.04, 0.12], debt: [0.25, 0.5], share: [0.1, 2], emp: [25, 150], staff: [0.1, 0.25], c1: [1, 3], c2: [2, 10], dl: 2, certs: 'mixed', inst: ['none', 'city'], niche: [2015, 2022], tech: true, chain: 0.3, brand: 0.8, audit: 0.5, hte: 0.1, award: 0 },
  'i-mid': { rev: [500, 4000], main: [0.65, 0.85], g: [0.03, 0.12], rd: [0.02, 0.045], margin: [0.01, 0.07], debt: [0.45, 0.7], share: [0.05, 1.5], emp: [20, 140], staff: [0.05, 0.15], c1: [0, 1], c2: [1, 5], dl: 1, certs: 'mixed', inst: ['none', 'city'], niche: [2016, 2023], tech: null, chain: 0, brand: 0.6, audit: 0.3, hte: 0, award: 0 },
  'i-weak': { rev: [300, 3000], main: [0.45, 0.6], g: [-0.12, -0.01], rd: [0.003, 0.012], margin: [-0.02, 0.03], debt: [0.6, 0.85], share: [0.05, 1], emp: [15, 120], staff: [0.02, 0.06], c1: [0, 0], c2: [0, 1], dl: 1, certs: 'low', inst: ['none'], niche: [2019, 2024], tech: false, chain: 0, brand: 0.3, audit: 0.1, hte: 0, award: 0 },
  'i-missing': { rev: [500, 4000], main: [0.7, 0.92], g: [0.05, 0.18], rd: [0.022, 0.045], margin: [0.02, 0.08], debt: [0.35, 0.65], share: [0.05, 1.5], emp: [20, 150], staff: null, c1: null, c2: [1, 6], dl: 1, certs: 'mixed', inst: ['none', 'city'], niche: [2016, 2023], tech: null, chain: 0, brand: 0.6, audit: 0.3, omit: ['invention_patents', 'class1_ip', 'class1_ip_own', 'class2_ip', 'rd_staff', 'high_tech_enterprise', 'honours', 'awards'], hte: 0, award: 0 },
};
const MISSING_PROFILES = new Set(['l-missing', 's-missing', 'i-missing']);
const ROTATION = {
  srdi: ['s-weak', 's-ready', 's-weak', 's-missing', 's-weak2'],
  innovative: ['i-weak', 'i-ready', 'i-missing', 'i-weak', 'i-mid'],
};

const round1 = (x) => Math.round(x * 10) / 10;
function certsFor(kind) {
  switch (kind) {
    case 'strong': return pick([['ISO9001', 'ISO14001', 'ISO45001'], ['ISO9001', 'ISO14001'], ['ISO9001', 'ISO14001', 'ISO45001', 'CE']]);
    case 'mid': return pick([['ISO9001'], ['ISO9001', 'ISO14001']]);
    case 'mixed': return pick([[], ['ISO9001'], ['ISO9001'], ['ISO9001', 'ISO14001']]);
    default: return [];
  }
}
function systemsFor(level) {
  if (level >= 3) return pick([['ERP', 'MES', 'PLM'], ['ERP', 'MES', 'SRM'], ['ERP', 'MES', 'CAX', 'CRM']]);
  if (level === 2) return pick([['ERP', 'OA'], ['ERP', 'CRM'], ['ERP']]);
  return pick([['OA'], []]);
}

/** Three fiscal years of indicators, drawn until the profile's design check holds. */
function makeIndicators(p, ent) {
  for (let attempt = 0; attempt < 500; attempt++) {
    const rows = drawIndicators(p, ent);
    if (profileHolds(ent.profile, ent, rows)) return rows;
  }
  throw new Error(`${ent.code}: could not draw indicators for profile ${ent.profile}`);
}
function drawIndicators(p, ent) {
  const rows = {};
  let rev = uniform(...p.rev);
  let mainShare = uniform(...p.main);
  let main = rev * mainShare;
  let emp = rint(...p.emp);
  let c1 = p.c1 ? rint(...p.c1) : 0;
  let c2 = rint(...p.c2);
  let share = p.share ? uniform(...p.share) : 0;
  const staffRatio = p.staff ? uniform(...p.staff) : 0.1;
  const c1OwnFrac = uniform(0.55, 1);
  const level = p.dl;
  const systems = systemsFor(level);
  const certs = certsFor(p.certs);
  const brand = chance(p.brand);
  const inst = pick(p.inst);
  const standards = p.certs === 'strong' ? rint(2, 6) : p.certs === 'mid' ? rint(0, 3) : rint(0, 1);
  const audit = chance(p.audit);
  const source = p.certs === 'strong' || p.certs === 'mid' ? 'audit' : pick(['statistics', 'tax', 'self-reported', 'audit']);
  const equityYear = ['lg', 'l-ready', 'srdi', 's-ready'].includes(ent.profile) && chance(0.25) ? pick(YEARS) : 0;
  // ratios are properties of the enterprise: one base value, a little year-to-year drift
  // direct routes (M22): 高新技术企业, listed honours, S&T awards — stated, so "none" is known, not unknown
  const hte = chance(p.hte);
  const honours = hte && chance(0.15) ? ['知识产权优势企业'] : [];
  const award = chance(p.award) ? { level: 'provincial', kind: 'science', rank: rint(2, 3), year: 2024, name: '云南省科学技术进步奖' } : null;
  const base = { rd: uniform(...p.rd), margin: uniform(...p.margin), debt: uniform(...p.debt), assets: uniform(0.9, 1.6) };
  const drift = (key, range) => {
    const v = base[key] * uniform(0.93, 1.07);
    return range ? Math.min(range[1], Math.max(range[0], v)) : v;
  };
  for (const year of [...YEARS].reverse()) {
    const rd = rev * drift('rd', p.rd);
    const assets = rev * drift('assets');
    const own1 = Math.max(p.c1 && p.c1[0] >= 1 ? 1 : 0, Math.round(c1 * c1OwnFrac));
    const row = {
      year,
      revenue: round1(rev),
      main_revenue: round1(main),
      rd_expense: round1(rd),
      net_profit: round1(rev * drift('margin', p.margin)),
      total_assets: round1(assets),
      total_liabilities: round1(assets * drift('debt', p.debt)),
      employees: emp,
      rd_staff: Math.max(1, Math.round(emp * staffRatio)),
      invention_patents: Math.max(0, c1 - (c1 >= 3 ? rint(0, 1) : 0)),
      class1_ip: c1,
      class1_ip_own: Math.min(c1, own1),
      class2_ip: c2,
      market_share_pct: round1(share),
      equity_financing: year === equityYear ? rint(3, 30) * 100 : 0,
      digital_systems: systems,
      digital_level: level,
      certifications: certs,
      standards,
      own_brand: brand,
      rd_institution: inst,
      strategic_emerging: ent.catalog.tech,
      high_tech_enterprise: hte,
      honours,
      awards: award && award.year === year ? [award] : [],
      audit_filed: audit,
      abnormal_operation: false,
      serious_dishonest: false,
      major_incident: false,
      source,
      reported_on: `${year + 1}-${pad2(rint(2, 5))}-${pad2(rint(1, 28))}`,
    };
    for (const f of p.omit ?? []) delete row[f];
    rows[year] = row;
    // step one year back
    const g = uniform(...p.g);
    mainShare = Math.min(0.99, Math.max(0.4, mainShare + uniform(-0.015, 0.015)));
    main = main / (1 + g);
    rev = main / mainShare;
    emp = Math.max(8, Math.round(emp / (1 + uniform(0.01, 0.08))));
    c1 = Math.max(p.c1 ? p.c1[0] : 0, c1 - rint(0, 2));
    c2 = Math.max(p.c2[0], c2 - rint(0, 3));
    if (p.share) share = Math.max(p.share[0], share - uniform(0, 0.8));
  }
  return YEARS.map((y) => rows[y]);
}

// ---------------------------------------------------------------- design checks (simplified miit-2022)
const pct = (a, b) => (a / b) * 100;
const byYear = (rows, y) => rows.find((r) => r.year === y);
const known = (...v) => v.every((x) => x !== undefined);
function innovativeScore(rows) {
  const r = byYear(rows, 2025);
  const q = byYear(rows, 2024);
  if (!known(r.class1_ip, r.class2_ip)) return { unknown: true };
  const ip = r.class1_ip_own >= 1 ? 15 : r.class1_ip >= 1 ? 10 : r.class2_ip >= 1 ? 5 : 0;
  const rdr = pct(r.rd_expense, r.revenue);
  const rd = rdr >= 5 ? 20 : rdr >= 3 ? 15 : rdr >= 2 ? 10 : rdr >= 1 ? 5 : 0;
  const gr = (r.main_revenue / q.main_revenue - 1) * 100;
  const growth = gr >= 15 ? 20 : gr >= 10 ? 15 : gr >= 5 ? 10 : gr >= 0 ? 5 : 0;
  const dr = pct(r.total_liabilities, r.total_assets);
  const debt = dr <= 55 ? 10 : dr <= 75 ? 5 : 0;
  const field = r.strategic_emerging ? 10 : 5;
  const mr = pct(r.main_revenue, r.revenue);
  const main = mr >= 70 ? 20 : mr >= 60 ? 15 : mr >= 55 ? 10 : mr >= 50 ? 5 : 0;
  const total = ip + rd + growth + debt + field + main;
  const equity3 = rows.reduce((s, x) => s + (x.equity_financing ?? 0), 0);
  const direct = equity3 >= 500 || ['provincial', 'national'].includes(r.rd_institution);
  return { total, pass: total >= 60 && ip + rd >= 20 && growth + debt >= 15 && field + main >= 15, direct };
}
function srdiCheck(ent, rows) {
  const r = byYear(rows, 2025);
  const q = byYear(rows, 2024);
  const p = byYear(rows, 2023);
  const niche = 2026 - ent.niche_since; // year(as-of) − niche_since
  const rdr = pct(r.rd_expense, r.revenue);
  const prereq = niche >= 2 && r.rd_expense >= 100 && rdr >= 3 && r.revenue >= 1000;
  const mr = pct(r.main_revenue, r.revenue);
  const g = ((r.main_revenue / q.main_revenue - 1) * 100 + (q.main_revenue / p.main_revenue - 1) * 100) / 2;
  const margin = pct(r.net_profit, r.revenue);
  const dr = pct(r.total_liabilities, r.total_assets);
  const quality = Math.min(5, 3 * [r.certifications.some((c) => c.startsWith('ISO')), r.own_brand, r.standards > 0].filter(Boolean).length);
  const rdAmt = r.rd_expense >= 500 ? 10 : r.rd_expense >= 400 ? 8 : r.rd_expense >= 300 ? 6 : r.rd_expense >= 200 ? 4 : r.rd_expense >= 100 ? 2 : 0;
  const rdPct = rdr >= 10 ? 10 : rdr >= 8 ? 8 : rdr >= 6 ? 6 : rdr >= 4 ? 4 : rdr >= 3 ? 2 : 0;
  const staffR = r.rd_staff === undefined ? undefined : pct(r.rd_staff, r.employees);
  const score = [
    mr >= 80 ? 5 : mr >= 70 ? 3 : mr >= 60 ? 1 : 0,
    g >= 10 ? 10 : g >= 8 ? 8 : g >= 6 ? 6 : g >= 4 ? 4 : g >= 0 ? 2 : 0,
    Math.min(5, Math.floor(niche / 2)),
    ent.chain_role ? 5 : ent.focus_area?.startsWith('六基') ? 3 : 0,
    r.digital_level >= 3 ? 5 : r.digital_level === 2 ? 3 : 0,
    quality,
    margin >= 10 ? 10 : margin >= 8 ? 8 : margin >= 6 ? 6 : margin >= 4 ? 4 : margin >= 2 ? 2 : 0,
    dr <= 50 ? 5 : dr <= 60 ? 3 : dr <= 70 ? 1 : 0,
    r.class1_ip_own >= 1 ? 8 : r.class1_ip >= 1 ? 6 : r.class2_ip >= 1 ? 2 : 0,
    Math.max(rdAmt, rdPct),
    staffR === undefined ? 0 : staffR >= 20 ? 5 : staffR >= 10 ? 3 : staffR >= 5 ? 1 : 0,
    // own/joint count as "below city" (2) — the conservative reading
    { national: 10, provincial: 8, city: 4, own: 2, joint: 2, none: 0 }[r.rd_institution],
  ].reduce((a, b) => a + b, 0);
  return { prereq, score, pass: prereq && score >= 60 };
}
/** Every little-giant criterion: true / false / undefined (unknown). */
function lgCriteria(ent, rows) {
  const r = byYear(rows, 2025);
  const q = byYear(rows, 2024);
  const p = byYear(rows, 2023);
  const g = ((r.main_revenue / q.main_revenue - 1) * 100 + (q.main_revenue / p.main_revenue - 1) * 100) / 2;
  const rdOk = r.revenue >= 10000
    ? pct(r.rd_expense, r.revenue) >= 3 && pct(q.rd_expense, q.revenue) >= 3
    : r.revenue >= 5000 ? pct(r.rd_expense, r.revenue) >= 6 && pct(q.rd_expense, q.revenue) >= 6 : false;
  return {
    sme: r.employees < 1000 || r.revenue < 40000,
    niche: 2026 - ent.niche_since >= 3,
    main: pct(r.main_revenue, r.revenue) >= 70,
    growth: g >= 5,
    digital: r.digital_systems.some((s) => ['CAX', 'CAM', 'ERP', 'OA', 'CRM', 'SRM'].includes(s)),
    cert: r.certifications.length > 0,
    debt: pct(r.total_liabilities, r.total_assets) <= 70,
    share: r.market_share_pct === undefined ? undefined : r.market_share_pct >= 10,
    brand: r.own_brand,
    rd: rdOk,
    inst: ['own', 'joint', 'provincial', 'national'].includes(r.rd_institution),
    ip: r.class1_ip >= 2,
    chain: Boolean(ent.chain_role),
    focus: Boolean(ent.focus_area),
    patents: rows.every((x) => x.invention_patents >= 2),
  };
}
const failing = (crit) => Object.entries(crit).filter(([, v]) => v !== true).map(([k, v]) => `${k}${v === undefined ? '?' : ''}`);
/** The design intent of each profile, verified on the drawn numbers. */
function profileHolds(profile, ent, rows) {
  const sane = rows.every((r) =>
    r.main_revenue <= r.revenue && r.total_liabilities <= r.total_assets && (r.rd_staff ?? 0) <= r.employees &&
    (r.market_share_pct ?? 0) <= 100 && r.revenue > 0);
  if (!sane) return false;
  const f = () => failing(lgCriteria(ent, rows)).join(',');
  switch (profile) {
    case 'lg': case 'l-ready': return f() === '';
    case 'l-share': return f() === 'share';
    case 'l-rd': return f() === 'rd';
    case 'l-missing': return f() === 'share?';
    case 's-ready': return srdiCheck(ent, rows).pass && srdiCheck(ent, rows).score >= 65;
    case 's-weak': case 's-weak2': { const s = srdiCheck(ent, rows); return !s.prereq && s.score + 15 < 60; }
    case 'i-ready': { const s = innovativeScore(rows); return s.pass && s.total >= 65; }
    case 'i-weak': { const s = innovativeScore(rows); return !s.pass && !s.direct && s.total < 50; }
    case 'srdi': return pct(byYear(rows, 2025).rd_expense, byYear(rows, 2025).revenue) >= 3;
    default: return true;
  }
}

// ---------------------------------------------------------------- build the enterprises
function parseStory(text) {
  const st = { recs: [], pool: null, late: false, old: false, inelig: false, moved: null, profile: null };
  for (const tok of text.split(/\s+/)) {
    let m;
    if ((m = /^([ISL])(2[2-6][ab]?)(\+)?$/.exec(tok))) {
      const key = m[1] + m[2];
      if (!BATCHES[key]) throw new Error(`unknown batch ${key}`);
      st.recs.push({ key, renewal: Boolean(m[3]) });
    } else if (tok === 'pI' || tok === 'pS' || tok === 'pL') st.pool = { pI: 'innovative', pS: 'srdi', pL: 'little-giant' }[tok];
    else if (tok === 'late' || tok === 'old' || tok === 'inelig') st[tok] = true;
    else if ((m = /^moved=(\d{6})$/.exec(tok))) st.moved = m[1];
    else if ((m = /^P:(.+)$/.exec(tok))) st.profile = m[1];
    else throw new Error(`bad story token ${tok}`);
  }
  return st;
}
function profileOf(st, ent, rotation) {
  if (st.profile) return st.profile;
  const gained = (tier) => ent.recs.some((r) => r.tier === tier && r.date.startsWith(String(POOL_YEAR)) && !r.renewal);
  if (st.recs.some((r) => r.key[0] === 'L')) return 'lg';
  if (st.pool === 'little-giant') return 'l-ready';
  if (st.pool === 'srdi') return gained('srdi') ? 's-ready' : ROTATION.srdi[rotation.srdi++ % ROTATION.srdi.length];
  if (st.pool === 'innovative') {
    return gained('innovative') ? 'i-ready' : ROTATION.innovative[rotation.innovative++ % ROTATION.innovative.length];
  }
  if (st.recs.some((r) => r.key[0] === 'S')) return 'srdi';
  return 'innov';
}
function countyForm(c, i) {
  // mostly the full name; every 8th the code, every 8th (offset) the short name or alias
  if (i % 8 === 3) return c.code;
  if (i % 8 === 6) {
    const forms = [c.short, ...c.aliases].filter(Boolean);
    if (forms.length > 0) return forms[Math.floor(i / 8) % forms.length];
  }
  return c.name;
}

function generate() {
  rand = mulberry32(SEED);
  usedCodes.clear();
  const enterprises = [];
  const rotation = { srdi: 0, innovative: 0 };
  let chainIdx = 0;
  for (const county of COUNTIES) {
    const design = DESIGN[county.code];
    if (!design) throw new Error(`no design for ${county.code}`);
    const brands = shuffle(BRAND_A.flatMap((a) => BRAND_B.map((b) => a + b)).filter((b) => !BRAND_AVOID.has(b)));
    let idx = 0;
    for (const [count, text] of design.stories) {
      for (let k = 0; k < count; k++, idx++) {
        const st = parseStory(text);
        const recs = st.recs.map(({ key, renewal }) => {
          const b = BATCHES[key];
          return {
            tier: b.tier, level: LEVEL[b.tier], date: b.date, expires: expiresOn(b.date), renewal, key,
            batch: renewal ? (RENEWAL_NAME[key] ?? `${b.name}（复核）`) : b.name, document: b.document,
          };
        }).sort((a, b) => a.date.localeCompare(b.date) || TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier));
        const established = recs.length > 0 && recs[0].date < '2025-01-01';
        const region = st.moved ?? (st.old ? county.oldCodes[0] : county.code);
        if (!region) throw new Error(`${county.code}: 'old' used but the county has no old code`);
        const code = makeCreditCode(region, established && chance(0.65) ? 'numeric' : st.old ? 'numeric' : 'MA');
        const ent = { code, county: county.code, countyRaw: countyForm(county, idx), story: text, st, recs };
        ent.profile = profileOf(st, ent, rotation);
        const strong = ['lg', 'l-ready', 'l-share', 'l-rd', 'l-missing', 's-ready', 'srdi'].includes(ent.profile);
        const p = PROFILES[ent.profile];
        const flavour = (FLAVOUR[county.code] ?? []).map((w) => CATALOG.find((c) => c.word === w));
        const pool = p.tech === true ? TECH : p.tech === false ? CATALOG.filter((c) => !c.tech) : CATALOG;
        const local = flavour.filter((c) => pool.includes(c));
        ent.catalog = local.length > 0 && chance(0.6) ? pick(local) : pick(pool);
        ent.name = `${NAME_PREFIX(county)}示例${brands[idx]}${ent.catalog.word}有限公司（示例）`;
        ent.industry = ent.catalog.industry;
        ent.niche_since = rint(...p.niche);
        ent.main_product = ent.catalog.product;
        ent.focus_area = ent.catalog.focus ?? undefined;
        ent.chain_role = ent.focus_area && chance(p.chain) ? ['补短板', '锻长板', '填空白'][chainIdx++ % 3] : undefined;
        if (strong && !ent.focus_area) throw new Error('strong profile without focus area');
        ent.indicators = makeIndicators(p, ent);
        enterprises.push(ent);
      }
    }
  }
  const pools = buildPools(enterprises);
  return { enterprises, pools };
}

// ---------------------------------------------------------------- pools
const MEASURES = {
  'i-ready': '整理知识产权与研发费用归集材料，按期申报创新型中小企业',
  'i-mid': '加快主营产品迭代，研发投入占比提升至3%以上',
  'i-weak': '建立研发费用辅助账，研发投入占比提升至2%以上；申请实用新型专利；聚焦主营业务',
  'i-missing': '补齐知识产权和研发人员数据后开展诊断',
  's-ready': '完善特色化指标佐证材料，申报省级专精特新中小企业',
  's-weak': '研发费用占比提升至3%以上；导入ISO9001质量管理体系；建设市级企业技术中心',
  's-weak2': '深耕细分市场满2年后申报；提高净利润率、降低资产负债率',
  's-missing': '补齐研发人员和细分市场占有率数据；开展管理诊断',
  'l-ready': '论证全国细分市场占有率，准备国家级专精特新“小巨人”企业申报材料',
  'l-share': '拓展全国市场，力争主导产品全国细分市场占有率超过10%',
  'l-rd': '研发投入占营业收入比重提升至6%以上，或营业收入突破1亿元',
  'l-missing': '委托第三方论证全国细分市场占有率',
};
/** One entry gets an ASCII comma in its measures, so the CSV exercises RFC 4180 quoting. */
const COMMA_MEASURES = 'ERP,MES系统上线；研发费用占比提升至3%以上';

function buildPools(enterprises) {
  const entries = [];
  let commaUsed = false;
  for (const county of COUNTIES) {
    const ci = COUNTIES.indexOf(county);
    const members = enterprises.filter((e) => e.county === county.code && e.st.pool);
    const baseDay = 5 + ((ci * 4) % 10); // each county files on its own day between 5 and 14 January
    members.forEach((e, i) => {
      const tier = e.st.pool;
      const profile = MEASURES[e.profile] ? e.profile : tier === 'little-giant' ? 'l-ready' : tier === 'srdi' ? 's-ready' : 'i-ready';
      const recognized = e.recs.some((r) => r.tier === tier && r.date.startsWith(String(POOL_YEAR)));
      const ready = ['i-ready', 's-ready', 'l-ready'].includes(profile);
      let status;
      let planned;
      if (recognized) {
        status = 'recognized';
        planned = tier === 'little-giant' ? '2026-04' : '2026-05';
      } else if (ready) {
        // ready but not in the first 2026 batch: applied to the next one (or, for LG, next year's)
        status = tier === 'little-giant' ? 'diagnosed' : 'applied';
        planned = tier === 'little-giant' ? '2027-04' : '2026-10';
      } else {
        status = MISSING_PROFILES.has(profile) ? 'in-pool' : profile.endsWith('mid') ? 'diagnosed' : 'improving';
        planned = tier === 'little-giant' ? '2027-04' : '2027-05';
      }
      let measures = MEASURES[profile];
      if (!commaUsed && profile === 's-weak') {
        measures = COMMA_MEASURES;
        commaUsed = true;
      }
      const day = Math.min(15, baseDay + (tier === 'innovative' ? 0 : 1) + (i % 7 === 6 ? 1 : 0));
      entries.push({
        code: e.code,
        name: e.name,
        tier,
        county: county.code,
        countyRaw: county.short && county.aliases.length > 0 ? county.short : county.name,
        filedOn: e.st.late ? LATE_FILED_ON : `${POOL_YEAR}-01-${pad2(day)}`,
        willing: true,
        plannedTier: tier,
        planned,
        measures,
        status,
        owner: SERVICE_STAFF[(ci * 2 + (i % 2)) % SERVICE_STAFF.length],
        late: e.st.late,
        inelig: e.st.inelig,
      });
    });
  }
  if (!commaUsed) throw new Error('no entry carries the quoted measures');
  return entries.sort((a, b) => a.county.localeCompare(b.county) || a.code.localeCompare(b.code));
}

// ---------------------------------------------------------------- writers
const YAML_PLAIN_UNSAFE = /^[\s\-?:,[\]{}#&*!|>'"%@`]|[,[\]{}]|: | #|\s$/;
function yScalar(v) {
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `[${v.map(yScalar).join(', ')}]`;
  if (v !== null && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${yScalar(x)}`).join(', ')} }`;
  const s = String(v);
  if (s === '' || YAML_PLAIN_UNSAFE.test(s) || /^(true|false|null|~|yes|no|on|off|y|n)$/i.test(s) ||
    /^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s) || /^0[xo]/i.test(s)) return JSON.stringify(s);
  return s;
}
/** A flow mapping wrapped at ~100 columns, continuation lines indented under the first key. */
function flowMapping(obj, indent) {
  const parts = Object.entries(obj).map(([k, v]) => `${k}: ${yScalar(v)}`);
  const lines = [];
  let line = '{ ';
  for (let i = 0; i < parts.length; i++) {
    const piece = parts[i] + (i < parts.length - 1 ? ',' : ' }');
    if (line.length > 2 && indent.length + line.length + piece.length > 100) {
      lines.push(line.trimEnd());
      line = '  ';
    }
    line += piece + ' ';
  }
  lines.push(line.trimEnd());
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}
function enterpriseYaml(e, blockStyle) {
  const out = [
    '# yaml-language-server: $schema=../../schemas/enterprise.schema.json',
    '# 示例数据 — fictional sample',
    `credit_code: ${yScalar(e.code)}`,
    `name: ${yScalar(e.name)}`,
    `county: ${yScalar(e.countyRaw)}`,
    `industry: ${e.industry}`,
    `niche_since: ${e.niche_since}`,
    `main_product: ${yScalar(e.main_product)}`,
  ];
  if (e.focus_area) out.push(`focus_area: ${yScalar(e.focus_area)}`);
  if (e.chain_role) out.push(`chain_role: ${e.chain_role}`);
  const embedded = e.recs.filter((r) => !r.date.startsWith(String(POOL_YEAR)));
  if (embedded.length > 0) {
    out.push('recognitions:');
    for (const r of embedded) {
      const m = { tier: r.tier, level: r.level, recognized_on: r.date, batch: r.batch };
      if (r.renewal) m.kind = 'renewal';
      out.push(`  - ${flowMapping(m, '    ')}`);
    }
  }
  out.push('indicators:');
  for (const row of e.indicators) {
    if (blockStyle) {
      const [first, ...rest] = Object.entries(row);
      out.push(`  - ${first[0]}: ${yScalar(first[1])}`);
      for (const [k, v] of rest) out.push(`    ${k}: ${yScalar(v)}`);
    } else {
      out.push(`  - ${flowMapping(row, '    ')}`);
    }
  }
  return out.join('\n') + '\n';
}
function csvField(v) {
  const s = String(v ?? '');
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
const csv = (header, rows) => [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';

function render({ enterprises, pools }) {
  const files = new Map();
  const sorted = [...enterprises].sort((a, b) => a.county.localeCompare(b.county) || a.code.localeCompare(b.code));
  sorted.forEach((e, i) => files.set(`enterprises/${e.code}.yaml`, enterpriseYaml(e, i % 9 === 4)));
  const recRows = [];
  for (const e of sorted) {
    for (const r of e.recs.filter((x) => x.date.startsWith(String(POOL_YEAR)))) {
      recRows.push([e.code, r.tier, r.level, r.date, r.batch, r.document ?? '']);
    }
  }
  files.set('recognitions.csv', csv(['credit_code', 'tier', 'level', 'recognized_on', 'batch', 'document'], recRows));
  files.set(`pools/${POOL_YEAR}.csv`, csv(
    ['统一社会信用代码', '企业名称', '层级', '县市', '备案日期', '申报意愿', '拟培育层级', '拟申报时间', '完善措施', '状态', '服务员'],
    pools.map((p) => [p.code, p.name, TIER_ZH[p.tier], p.countyRaw, p.filedOn, p.willing ? '是' : '否', TIER_ZH[p.plannedTier], p.planned, p.measures, p.status, p.owner]),
  ));
  return files;
}

// ---------------------------------------------------------------- self-check
function assert(cond, message) {
  if (!cond) throw new Error(`self-check failed: ${message}`);
}
const validOn = (r, d) => r.date <= d && d <= r.expires;
const holds = (e, tier, d) => e.recs.some((r) => r.tier === tier && validOn(r, d));
function countOn(enterprises, county, tier, d) {
  return enterprises.filter((e) => e.county === county && holds(e, tier, d)).length;
}
function paceStatus(actual, baseline, increase, asOf, extraDay) {
  const total = (ms('2027-12-31') - ms('2025-01-01')) / DAY + 1;
  const elapsed = (ms(asOf) - ms('2025-01-01')) / DAY + extraDay;
  const expected = baseline + (increase * elapsed) / total;
  return actual >= expected ? 'ahead' : actual >= Math.floor(expected) ? 'on track' : 'behind';
}

function selfCheck({ enterprises, pools }, files) {
  const report = [];
  // GB 32100 test vectors (DOMAIN.md)
  for (const v of ['91110000600037341L', '121200004013590816', '9144030071526726XG', '91530000216586610Q', '91530000216563275J', '9153000021652214XX']) {
    assert(creditCodeValid(v), `GB 32100 vector ${v} must validate`);
  }
  assert(!creditCodeValid('91530000216524184W'), 'GB 32100 invalid vector must not validate');
  // official files
  const countySum = (k, t) => COUNTIES.reduce((s, c) => s + TARGETS[c.code][k][t], 0);
  for (const t of TIERS) {
    for (const k of ['baseline', 'increase', 'target']) assert(TARGETS.total[k][t] === countySum(k, t), `targets total ${k} ${t}`);
    for (const c of [...COUNTIES.map((x) => x.code), 'total']) {
      const row = TARGETS[c];
      assert(row.baseline[t] + row.increase[t] === row.target[t], `targets arithmetic ${c} ${t}`);
    }
  }
  assert(TARGETS.total.baseline.innovative === 155 && TARGETS.total.baseline.srdi === 68 && TARGETS.total.baseline['little-giant'] === 6, 'baseline totals');
  assert(COUNTIES.length === 13 && Object.keys(TARGETS).length === 14, '13 counties + total');

  // enterprises: codes, names, regions
  const codes = new Set();
  const names = new Set();
  let mismatches = 0;
  for (const e of enterprises) {
    assert(creditCodeValid(e.code), `credit code ${e.code}`);
    assert(!codes.has(e.code), `duplicate code ${e.code}`);
    codes.add(e.code);
    assert(e.name.includes('示例') && !names.has(e.name), `name ${e.name}`);
    names.add(e.name);
    assert(resolveCounty(e.countyRaw) === e.county, `county form ${e.countyRaw}`);
    const region = e.code.slice(2, 8);
    const ok = region === e.county || COUNTY[e.county].oldCodes.includes(region);
    if (!ok) {
      mismatches++;
      assert(e.st.moved === region, `unexpected region mismatch ${e.code}`);
    }
    for (const r of e.indicators) {
      assert(r.main_revenue <= r.revenue && r.total_liabilities <= r.total_assets, `indicator sanity ${e.code}`);
      assert((r.rd_staff ?? 0) <= r.employees && (r.market_share_pct ?? 0) <= 100, `indicator sanity ${e.code}`);
      assert(r.reported_on > `${r.year}-12-31` && r.reported_on <= AS_OF, `reported_on ${e.code}`);
    }
    assert(profileHolds(e.profile, e, e.indicators), `profile ${e.profile} of ${e.code}`);
  }
  assert(mismatches === 1, `exactly one credit-code region mismatch (found ${mismatches})`);
  assert(enterprises.some((e) => e.code.slice(2, 8) === '532522') && enterprises.some((e) => e.code.slice(2, 8) === '532526'), 'old codes used');

  // recognitions: validity, no same-tier overlap, ladder at every recognition date, renewals continue
  for (const e of enterprises) {
    for (const r of e.recs) {
      assert(r.expires === expiresOn(r.date), 'validity = 3 years − 1 day');
      assert(r.date <= AS_OF, `recognition in the future ${e.code}`);
      const same = e.recs.filter((x) => x.tier === r.tier && x !== r);
      assert(same.every((x) => r.expires < x.date || x.expires < r.date), `overlap ${e.code} ${r.tier}`);
      if (r.renewal) assert(same.some((x) => x.expires < r.date), `renewal without earlier recognition ${e.code}`);
      if (r.tier === 'srdi') assert(holds(e, 'innovative', r.date), `ladder: srdi without valid innovative ${e.code} ${r.date}`);
      if (r.tier === 'little-giant') assert(holds(e, 'srdi', r.date), `ladder: LG without valid srdi ${e.code} ${r.date}`);
    }
    const baselineRecs = e.recs.filter((r) => r.date <= BASELINE_DATE);
    assert(baselineRecs.every((r) => r.date >= '2022-02-01' && r.date <= '2024-11-30'), `baseline recognitions 2022-02..2024-11 ${e.code}`);
  }

  // baseline on 2024-12-31 == Attachment 2, per county and tier
  report.push('county        baseline i/s/l (计)   as-of i/s/l  status i / s / l');
  const allTiers = [];
  for (const c of COUNTIES) {
    const actual = TIERS.map((t) => countOn(enterprises, c.code, t, BASELINE_DATE));
    const expected = TIERS.map((t) => TARGETS[c.code].baseline[t]);
    assert(actual.join('/') === expected.join('/'), `baseline ${c.name}: ${actual.join('/')} ≠ ${expected.join('/')}`);
    const now = TIERS.map((t) => countOn(enterprises, c.code, t, AS_OF));
    const status = TIERS.map((t, i) => {
      const a = paceStatus(now[i], TARGETS[c.code].baseline[t], TARGETS[c.code].increase[t], AS_OF, 0);
      const b = paceStatus(now[i], TARGETS[c.code].baseline[t], TARGETS[c.code].increase[t], AS_OF, 1);
      assert(a === b, `${c.name} ${t}: status depends on the day-count convention (${a} / ${b})`);
      return a;
    });
    assert(status.join('|') === DESIGN[c.code].status.join('|'), `${c.name}: status ${status.join('|')} ≠ designed ${DESIGN[c.code].status.join('|')}`);
    report.push(`${c.name.padEnd(11, '　')} ${actual.join('/').padEnd(8)} = ${expected.join('/').padEnd(8)}  ${now.join('/').padEnd(11)}  ${status.join(' / ')}`);
    const everHeld = TIERS.every((t) => enterprises.some((e) => e.county === c.code && e.recs.some((r) => r.tier === t)));
    if (everHeld) allTiers.push(c.name);
  }
  assert(allTiers.length >= 8, `≥ 8 counties with enterprises at all three tiers (got ${allTiers.length})`);
  report.push(`counties with all three tiers (${allTiers.length}): ${allTiers.join(' ')}`);

  // pools
  const entOf = Object.fromEntries(enterprises.map((e) => [e.code, e]));
  let late = 0;
  let inelig = 0;
  for (const p of pools) {
    const e = entOf[p.code];
    assert(e && resolveCounty(p.countyRaw) === e.county && p.county === e.county, `pool county ${p.code}`);
    if (p.filedOn === LATE_FILED_ON) late++;
    else assert(p.filedOn >= FILED_FROM && p.filedOn <= FILED_TO, `filing date ${p.filedOn}`);
    const d = p.filedOn;
    if (p.tier === 'innovative') {
      assert(!holds(e, 'innovative', d) && !holds(e, 'srdi', d) && !holds(e, 'little-giant', d), `innovative pool member holds a recognition ${p.code}`);
    } else if (p.tier === 'srdi') {
      assert(!holds(e, 'srdi', d), `srdi pool member already srdi ${p.code}`);
      if (!holds(e, 'innovative', d)) {
        inelig++;
        assert(p.inelig && e.recs.some((r) => r.tier === 'innovative' && r.expires < d), `unexpected ineligible ${p.code}`);
      }
    } else {
      assert(holds(e, 'srdi', d) && !holds(e, 'little-giant', d) && p.willing, `LG pool member ${p.code}`);
      assert(e.indicators.every((r) => r.invention_patents >= 2), `LG pool member patents ${p.code}`);
    }
    if (p.status === 'recognized') assert(e.recs.some((r) => r.tier === p.tier && r.date > d && r.date <= AS_OF), `recognized status ${p.code}`);
    else assert(!e.recs.some((r) => r.tier === p.tier && r.date > d), `recognition without recognized status ${p.code}`);
  }
  assert(late === 1, `exactly one late filing (got ${late})`);
  assert(inelig === 1, `exactly one ineligible srdi pool member (got ${inelig})`);
  report.push('county        pool innovative filed/required   srdi filed/required   LG filed');
  const shortFound = [];
  for (const t of ['innovative', 'srdi']) {
    let filedTotal = 0;
    for (const c of COUNTIES) {
      const all = pools.filter((p) => p.county === c.code && p.tier === t);
      const clean = all.filter((p) => !p.late && !p.inelig).length;
      const required = 2 * annualTarget(TARGETS[c.code].increase[t], POOL_YEAR);
      const short = DESIGNED_SHORT[c.code]?.[t] ?? 0;
      filedTotal += all.length;
      if (short > 0) {
        assert(all.length === required - short && clean === all.length, `${c.name} ${t} pool must be short by ${short}`);
        shortFound.push(`${c.name} ${TIER_ZH[t]} −${short}`);
      } else {
        assert(clean >= required, `${c.name} ${t} pool ${clean} < ${required}`);
      }
    }
    const totalRequired = 2 * annualTarget(TARGETS.total.increase[t], POOL_YEAR);
    assert(filedTotal >= totalRequired, `prefecture ${t} pool ${filedTotal} < ${totalRequired}`);
    report.push(`prefecture ${TIER_ZH[t]} pool: ${filedTotal} filed, ${totalRequired} required`);
  }
  for (const c of COUNTIES) {
    const n = (t) => pools.filter((p) => p.county === c.code && p.tier === t).length;
    const req = (t) => 2 * annualTarget(TARGETS[c.code].increase[t], POOL_YEAR);
    report.push(`${c.name.padEnd(11, '　')} ${String(n('innovative')).padStart(3)}/${String(req('innovative')).padEnd(3)}                  ${String(n('srdi')).padStart(3)}/${String(req('srdi')).padEnd(3)}             ${n('little-giant')}`);
  }
  assert(shortFound.length === 2, 'exactly two short counties');
  report.push(`short pools: ${shortFound.join('; ')}`);
  const poolCodes = new Set(pools.map((p) => p.code));
  const missing = pools.filter((p) => MISSING_PROFILES.has(entOf[p.code].profile)).length;
  report.push(`pool members with incomplete indicators: ${missing} of ${pools.length} (${Math.round((100 * missing) / pools.length)}%)`);
  assert(missing / pools.length >= 0.08 && missing / pools.length <= 0.15, 'about 10% of pool members incomplete');
  assert(poolCodes.size === pools.length, 'an enterprise is in one pool at most');

  // files: UTF-8 without BOM, LF only, deterministic order
  for (const [name, text] of files) {
    assert(!text.includes('\r') && text.charCodeAt(0) !== 0xfeff && text.endsWith('\n'), `${name}: LF, no BOM`);
  }
  report.push(`enterprises: ${enterprises.length}; recognitions: ${enterprises.reduce((s, e) => s + e.recs.length, 0)} (${files.get('recognitions.csv').trimEnd().split('\n').length - 1} in recognitions.csv); pool entries: ${pools.length}`);
  return report;
}

// ---------------------------------------------------------------- main
function run() {
  const model = generate();
  const files = render(model);
  // determinism: a second generation must be byte-identical
  const again = render(generate());
  assert(files.size === again.size && [...files].every(([k, v]) => again.get(k) === v), 'generation is not deterministic');
  const report = selfCheck(model, files);
  return { model, files, report };
}

const { model, files, report } = run();
if (!process.argv.includes('--check')) {
  rmSync(join(DATA, 'enterprises'), { recursive: true, force: true });
  rmSync(join(DATA, 'pools'), { recursive: true, force: true });
  rmSync(join(DATA, 'recognitions.csv'), { force: true });
  for (const [name, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    mkdirSync(dirname(join(DATA, name)), { recursive: true });
    writeFileSync(join(DATA, name), text);
  }
}
process.stdout.write(report.join('\n') + '\n');
if (process.argv.includes('--verbose')) {
  for (const e of model.enterprises) {
    const pool = model.pools.find((p) => p.code === e.code);
    process.stdout.write(`${e.county} ${e.code} ${e.profile.padEnd(10)} ${pool ? `${pool.tier}:${pool.status}` : '-'} ${e.story}  ${e.name}\n`);
  }
}
