/** `hh-srdi init [DIR]`: scaffold a working data folder (official plan and targets, one example of each file; options: init-command.ts). */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCreditCode } from '../model/credit-code.js';
import { isoDateInShanghai, yearOf } from '../model/dates.js';
import { UsageError, type Io } from './io.js';
import { toPosixRelative } from './context.js';
import { jsonSchemas } from '../model/json-schema.js';

/** The package's own folder (holds the embedded data/), found from this module upward. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'data', 'plan.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the hh-srdi package folder');
    dir = parent;
  }
  return dir;
}

const OFFICIAL = ['plan.yaml', 'counties.csv', 'targets.csv'];

export function scaffold(year: number): Record<string, string> {
  const code = makeCreditCode('91532503MA0000001');
  return {
    [`enterprises/${code}.yaml`]: `# yaml-language-server: $schema=../.schemas/enterprise.schema.json
# 示例 — replace with a real enterprise, one file per enterprise, named by its credit code
credit_code: ${code}
name: 红河示例企业有限公司（示例）
county: 蒙自市
niche_since: 2018
main_product: 示例产品
focus_area: 六基/关键基础材料
recognitions:
  - { tier: innovative, level: provincial, recognized_on: ${year - 1}-06-20, batch: 云南省${year - 1}年第一批 }
indicators:
  - { year: ${year - 1}, revenue: 6000, main_revenue: 5600, rd_expense: 240, net_profit: 420, total_assets: 9000,
      total_liabilities: 4100, employees: 120, rd_staff: 18, invention_patents: 2, class1_ip: 2, source: audit }
`,
    'recognitions.csv': `统一社会信用代码,层级,级别,认定日期,批次,文号\n`,
    [`indicators/${year - 1}.csv`]: `统一社会信用代码,营业收入,主营业务收入,研发费用,净利润,资产总额,负债总额,从业人员,研发人员,发明专利,数据来源,填报日期\n`,
    // Not active until renamed to <year>.csv: a pools file makes every county's pool size checked (pool-size).
    [`pools/${year}.csv.example`]: `统一社会信用代码,企业名称,层级,县市,备案日期,申报意愿,拟培育层级,拟申报时间,完善措施,状态,服务员\n${code},红河示例企业有限公司（示例）,专精特新,蒙自市,${year}-01-10,是,专精特新,${year}-06,提高研发投入,in-pool,张示例\n`,
    '.gitattributes': `# Keep CSV line endings as committed (Excel/WPS write CRLF)\n*.csv -text\n`,
    'hh-srdi.config.yaml': `# hh-srdi configuration, looked up from the working directory upward: run hh-srdi in this folder.
data: .
lang: zh
# encoding: gb18030          # force the encoding of every CSV file (detected by default)
# rules:                     # severities: error | warn | info | off (see \`hh-srdi rules\`)
#   pool-size: warn          # e.g. while this year's pools are still being filed
`,
  };
}

/** Creates the folder DIR (relative to the cwd); refuses to overwrite any file. */
export async function runInit(dir: string, io: Io): Promise<void> {
  const target = resolve(io.cwd, dir);
  const year = yearOf(isoDateInShanghai(io.now()));
  const files: Record<string, string> = {};
  const root = packageRoot();
  for (const name of OFFICIAL) files[name] = await readFile(join(root, 'data', name), 'utf8');
  Object.assign(files, scaffold(year));
  // Editors resolve the `$schema` comments against this copy, so completion works offline.
  for (const [name, text] of Object.entries(jsonSchemas())) files[`.schemas/${name}`] = text;
  const existing = Object.keys(files).filter((f) => existsSync(join(target, f)));
  if (existing.length > 0) {
    throw new UsageError(`不会覆盖已有文件：${existing.join(', ')}`, `refusing to overwrite existing files: ${existing.join(', ')}`);
  }
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(target, name)), { recursive: true });
    await writeFile(join(target, name), text, { flag: 'wx' });
  }
  const shown = toPosixRelative(io.cwd, target) || '.';
  io.stderr(`created ${Object.keys(files).length} files in ${shown}; next: hh-srdi check --data ${shown}\n`);
  io.stderr(`rename ${shown}/pools/${year}.csv.example to ${year}.csv when the counties file their ${year} pools (by 01-15)\n`);
}
