/**
 * Column headings of the tables reports print, as printed. A crawler that flattens a table prints them
 * back to back (`信息内容本年新制作数量本年新公开数量…`); two or more of them in a row mark a table header, and
 * whatever follows the last one is the next row's label. Data, not code: a new form adds its headings here.
 */
export const COLUMN_HEADINGS: readonly string[] = [
  // 2019 / 2021 forms, table 二 (主动公开)
  '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '处理决定数量',
  '采购项目数量', '采购总金额', '本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量',
  '本年收费金额（单位：万元）', '本年收费金额',
  // Table 三 (申请)
  '申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计',
  // Table 四 (复议、诉讼)
  '行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '未经复议直接起诉', '复议后起诉',
  // Pre-2019 统计表
  '指标名称', '计量单位', '历年累计',
];

/** A year column of the pre-2019 统计表 (`2013年度`), as a regular expression source. */
export const YEAR_HEADING = '(?:19|20)\\d{2}\\s*年度';
