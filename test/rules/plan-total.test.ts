import { describe, expect, it } from 'vitest';
import { diagnose, findings } from '../helpers.js';
import { TARGETS_CSV, targetsWith } from './plan-data.js';

describe('plan-total (全州合计 = sum of the 13 counties)', () => {
  it('passes the official Attachment 2 (155 + 180 = 335, 68 + 90 = 158, 6 + 8 = 14)', async () => {
    expect(await findings({ 'targets.csv': TARGETS_CSV }, 'plan-total')).toEqual([]);
  });

  it('passes a targets file without a total row', async () => {
    const noTotal = TARGETS_CSV.split('\n').filter((l) => !l.startsWith('全州合计')).join('\n');
    expect(await findings({ 'targets.csv': noTotal }, 'plan-total')).toEqual([]);
  });

  it.each([
    ['the total’s baseline cell', '全州合计', 0, 154, 'baseline_innovative', '154', '155'],
    ['the total’s target cell', '全州合计', 8, 15, 'target_little_giant', '15', '14'],
    ['a county’s increase (the total no longer adds up)', '元阳县', 4, 2, 'increase_srdi', '90', '91'],
  ])('reports %s', async (_name, county, column, value, field, shown, expected) => {
    const list = (await diagnose({ 'targets.csv': targetsWith(county, column, value) })).filter((d) => d.ruleId === 'plan-total');
    expect(list.map((d) => [d.file, d.line, d.value, d.expected, d.args.column_en])).toEqual([['targets.csv', 15, shown, expected, field]]);
  });

  it('names the column in Chinese', async () => {
    const [d] = (await diagnose({ 'targets.csv': targetsWith('全州合计', 8, 15) }, { lang: 'zh' })).filter((x) => x.ruleId === 'plan-total');
    expect(d?.message).toBe('全州合计的目标数_小巨人为 15，各县市之和为 14');
  });
});
