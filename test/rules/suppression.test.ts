import { describe, expect, it } from 'vitest';
import { diagnose, findings } from '../helpers.js';

const BAD = '91530000216524184W';
const yaml = (directive: string) => `${directive}\ncredit_code: ${BAD}\nname: 示例（示例）\ncounty: 蒙自市\n`;

describe('inline suppressions', () => {
  it('a YAML directive with a reason silences that rule on the next line', async () => {
    const list = await findings({ 'enterprises/e.yaml': yaml('# hh-srdi-disable-next-line credit-code -- 工商登记原文如此，已核实') });
    expect(list).toEqual([]);
  });

  it('a directive without a reason has no effect and is reported', async () => {
    const list = await findings({ 'enterprises/e.yaml': yaml('# hh-srdi-disable-next-line credit-code') });
    expect(list).toEqual([
      ['suppression', 'enterprises/e.yaml', 1],
      ['credit-code', 'enterprises/e.yaml', 2],
    ]);
  });

  it('reports unknown rule ids and unused suppressions', async () => {
    const list = await diagnose({ 'enterprises/e.yaml': yaml('# hh-srdi-disable-next-line credit-code, no-such-rule, unknown-county -- reason') });
    expect(list.map((d) => [d.ruleId, d.code, d.line])).toEqual([
      ['suppression', 'suppression.unknown-rule', 1],
      ['suppression', 'suppression.unused', 1],
    ]);
  });

  it('a CSV `suppress` cell silences its row', async () => {
    const csv = `credit_code,tier,recognized_on,suppress\n91530000216586610Q,innovative,2025-01-02,unknown-enterprise -- 企业档案待补\n91530000216563275J,innovative,2025-01-02,\n`;
    expect(await findings({ 'recognitions.csv': csv })).toEqual([['unknown-enterprise', 'recognitions.csv', 3]]);
  });
});
