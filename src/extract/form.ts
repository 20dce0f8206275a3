import type { FormVersion } from '../vocabulary';
/** Which national form a report follows, from the column headings it prints. */

const MARKERS_2021 = /本年制发件数|本年废止件数|现行有效件数|本年处理决定数量|本年收费金额|逾期不补正|收费通知要求缴纳/;
const MARKERS_2019 = /本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|采购项目数量|第二十条第\(九\)项|本年新收政府信息公开申请数量/;
const IS_REPORT = /政府信息公开|政务公开/;

/** `null` when the text is not a government information disclosure report at all. */
export function detectForm(compactText: string): FormVersion | null {
  if (MARKERS_2021.test(compactText)) return '2021';
  if (MARKERS_2019.test(compactText)) return '2019';
  if (IS_REPORT.test(compactText) && /年度报告|工作报告|工作情况/.test(compactText)) return 'pre2019';
  return null;
}
