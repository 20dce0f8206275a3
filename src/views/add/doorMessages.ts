/**
 * The door's messages (src/extract, in English, as the CLI prints them) in the page's language. Those about
 * scans and page images, and a file that is not a report, are said in Chinese on a Chinese page; a technical
 * detail from an engine (pdf.js, the OCR engine) stays as it came, marked as English. Any other message is
 * shown as it is.
 */
import type { Lang } from '../../app/i18n';
import { CANCELLED } from '../../extract/ocr/scanLimits';

export interface ShownMessage {
  text: string;
  /** An engine's own words, quoted. */
  detail?: string;
}

const ZH: [RegExp, (m: RegExpExecArray) => ShownMessage][] = [
  [/^scan of (\d+) pages, over the (\d+)-page limit for OCR/, (m) => ({ text: `扫描件共 ${m[1]} 页，超过文字识别（OCR）${m[2]} 页的上限，未识别：请只保留报告本身的页面` })],
  [/^no text recognised in the scan/, () => ({ text: '扫描件中没有识别出文字：不是印刷文字的页面，或过于模糊无法识别' })],
  [/^unreadable image on page (\d+): (.*)$/s, (m) => ({ text: `第 ${m[1]} 页的图像无法读取`, detail: m[2] })],
  [/^unreadable PDF: (.*)$/s, (m) => ({ text: 'PDF 文件无法读取', detail: m[1] })],
  [/^damaged PNG image: it ends inside a chunk/, () => ({ text: 'PNG 图像已损坏：文件不完整（在数据块中途结束）' })],
  [/^damaged PNG image: no header or no image data/, () => ({ text: 'PNG 图像已损坏：缺少文件头或图像数据' })],
  [/^damaged PNG image: palette missing/, () => ({ text: 'PNG 图像已损坏：缺少调色板' })],
  [/^damaged JPEG image/, () => ({ text: 'JPEG 图像已损坏：找不到图像帧头（文件不完整或不是 JPEG）' })],
  [/^interlaced PNG images are not read/, () => ({ text: '不读取隔行扫描的 PNG 图像：请以非隔行方式重新保存该页' })],
  [/^PNG images with transparency are not read/, () => ({ text: '不读取带透明通道的 PNG 图像：请去掉透明通道后重新保存该页' })],
  [/^image of (\d+)×(\d+) pixels is not a page scan/, (m) => ({ text: `${m[1]}×${m[2]} 像素的图像不是页面扫描件` })],
  [/^not an annual report: no 政府信息公开 report title or form table found/, () => ({ text: '不是年度报告：没有找到“政府信息公开”报告标题或统计表' })],
  [new RegExp(`^${CANCELLED}$`), () => ({ text: '已取消，此文件没有保留任何内容' })],
  [/^unexpected error: (.*)$/s, (m) => ({ text: '意外错误', detail: m[1] })],
];

const EN: [RegExp, (m: RegExpExecArray) => ShownMessage][] = [
  [new RegExp(`^${CANCELLED}$`), () => ({ text: 'cancelled: nothing was kept from this file' })],
];

export function doorMessage(message: string, lang: Lang): ShownMessage {
  for (const [pattern, shown] of lang === 'zh' ? ZH : EN) {
    const m = pattern.exec(message);
    if (m) return shown(m);
  }
  return { text: message };
}
