import { describe, expect, it } from 'vitest';
import { diagnose, findings } from '../helpers.js';
import { PLAN_YAML, TARGETS_CSV, targetsWith } from './plan-data.js';

describe('plan-arithmetic (N Attachment 2: baseline + increase = target)', () => {
  it('passes the official Attachment 2', async () => {
    expect(await findings({ 'targets.csv': TARGETS_CSV, 'plan.yaml': PLAN_YAML }, 'plan-arithmetic')).toEqual([]);
  });

  // columns: 0–2 baseline i/s/l, 3–5 increase, 6–8 target; the finding sits on the target cell
  it.each([
    ['a target cell', '蒙自市', 7, 22, 2, 23, '22', '21'],
    ['an increase cell', '个旧市', 3, 21, 3, 21, '37', '38'],
    ['a baseline cell', '河口县', 2, 1, 14, 21, '0', '1'],
  ])('reports %s change at the row’s target cell', async (_name, county, column, value, line, col, shown, expected) => {
    const list = (await diagnose({ 'targets.csv': targetsWith(county, column, value) })).filter((d) => d.ruleId === 'plan-arithmetic');
    expect(list.map((d) => [d.ruleId, d.file, d.line, d.column, d.value, d.expected])).toEqual([['plan-arithmetic', 'targets.csv', line, col, shown, expected]]);
  });

  it('says what adds up to what, in both languages', async () => {
    const files = { 'targets.csv': targetsWith('蒙自市', 7, 22) };
    const [en] = (await diagnose(files)).filter((d) => d.ruleId === 'plan-arithmetic');
    const [zh] = (await diagnose(files, { lang: 'zh' })).filter((d) => d.ruleId === 'plan-arithmetic');
    expect(en?.message).toBe('蒙自市 srdi: baseline 9 + increase 12 = 21, but the target is 22');
    expect(zh?.message).toBe('蒙自市 专精特新：实有数 9 + 新增数 12 = 21，但目标数为 22');
  });
});
