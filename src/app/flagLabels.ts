/**
 * Flags (src/vocabulary/flags.ts FLAGS, the extractor's vocabulary) in the page's language: a short name and
 * what the flag means. The English meaning is the extractor's own text; the type makes a new flag without
 * a Chinese wording a build error.
 */
import { type Flag, FLAGS } from '../vocabulary';
import type { Lang } from './i18n';

const ZH: Record<Flag, { name: string; meaning: string }> = {
  unit_missing: { name: '未注明单位', meaning: '金额未写单位：按原文保留数字，单位留空，合计时不计入。' },
  approximate: { name: '约数', meaning: '原文给出下限或估计（余、多、约、近）；数值即原文所写。' },
  ocr_repaired: { name: '识别错误已清除', meaning: '去除了 OCR 或导出造成的损坏（如 PDF 或文本文件中被空格拆开的小数点、多余的符号），未改动任何数字；原文见 raw。' },
  label_garbled: { name: '行名无法辨认', meaning: '行名无法识别，按官方表式固定的行序定位该行。' },
  year_inferred: { name: '年份系推断', meaning: '报告未写年份，据落款日期推断。' },
  narrative_conflict: { name: '正文与表格不一致', meaning: '正文所述数字与表格中同一项目的数字不同。' },
  extra_cells: { name: '多出的单元格', meaning: '该行数字多于表式的列数，但各数相同，每个单元格都能确定。' },
  cells_missing: { name: '单元格缺失', meaning: '该行数字少于表式的列数，无法不靠猜测定位（记为无法识别）。' },
  cells_misaligned: { name: '单元格错位', meaning: '该行数字多于表式的列数且各不相同，无法定位（记为无法识别）。' },
  number_in_label: { name: '行名格内有数字', meaning: 'Word 或网页表格的行名单元格内有数字（如“行政处罚”与“7”分两段写在同一格）：不作为数值定位，该行的空单元格记为无法识别，原文为该数字，因为它可能属于其中之一。' },
  row_missing: { name: '缺行', meaning: '表式有此行，但表格中未找到（记为无法识别）。' },
  not_a_number: { name: '非数字', meaning: '单元格内容不是数字（记为无法识别，原文见 raw）。' },
  dash_blank: { name: '横线视为空白', meaning: '单元格只有横线或斜线，视为空白。' },
  corrected: { name: '已更正', meaning: '提取值已被人工更正替换（旧值、原因和依据见 data/raw/corrections.csv）。' },
  synthetic: { name: '合成数据', meaning: '测试用的合成数据，从不属于真实数据集。' },
  split_run: { name: '连写数字已拆分', meaning: '单元格取自一串未分隔的数字（网页抓取文本）；表式规则和合计只允许一种拆法。' },
  ambiguous_split: { name: '连写数字拆法不唯一', meaning: '该行数字连写，符合表式规则与合计的拆法不止一种（或有限搜索无法判断）：整串记为无法识别，原文见 raw。' },
  split_no_solution: { name: '连写数字无法拆分', meaning: '该行数字连写，没有一种拆法符合表式规则与合计：整串记为无法识别，原文见 raw。' },
  ocr: { name: '文字识别', meaning: '由 OCR 从扫描页或页面图片识别（此类报告的每个数字都带此标记）。' },
  ocr_low_confidence: { name: '识别置信度低', meaning: 'OCR 对其中至少一个字符的置信度低于阈值（见 docs/ocr.md）：记为无法识别，识别文字见 raw。' },
  ocr_check_failed: { name: '识别后勾稽不符', meaning: 'OCR 识别，且涵盖它的合计或平衡关系（勾稽关系）不成立：其中必有误读，均不采用（记为无法识别，识别文字见 raw）。' },
  ocr_unchecked: { name: '识别后无法核对', meaning: 'OCR 识别，且涵盖它的合计或平衡关系都因其他单元格无法识别而无法核对：未经核对不采用（记为无法识别，识别文字见 raw）。' },
};

const known = (flag: string): flag is Flag => Object.prototype.hasOwnProperty.call(FLAGS, flag);

/** A flag's name: in English its id in words; a flag outside the vocabulary exactly as the data has it. */
export function flagName(flag: string, lang: Lang): string {
  if (!known(flag)) return flag;
  return lang === 'zh' ? ZH[flag].name : flag.replace(/_/g, ' ');
}

/** What the flag means; '' for a flag outside the vocabulary (a hostile or newer dataset). */
export function flagMeaning(flag: string, lang: Lang): string {
  if (!known(flag)) return '';
  return lang === 'zh' ? ZH[flag].meaning : FLAGS[flag];
}

/** A fact's `flags` column (semicolon-separated) as names. */
export const flagNames = (flags: string | null | undefined, lang: Lang) => (flags ?? '').split(';').filter(Boolean).map((f) => flagName(f, lang)).join(lang === 'zh' ? '、' : ', ');
