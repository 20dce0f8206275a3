/** Text clean-up shared by every layout. Raw text is always kept separately for provenance. */

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const HAS_CJK = new RegExp(`[${CJK}]`);

/**
 * The form used to match labels and phrases: NFKC folds full-width digits and brackets （一） → (一),
 * and every space goes, so OCR'd `三、 本 年 度 办 理 结 果` reads 三、本年度办理结果. Quotes are unified.
 */
export function compactLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\*\*|__|[\s\u00a0\u3000\u200b\ufeff]/g, '')
    .replace(/[“”"'‘’「」]/g, '"');
}

export function hasCjk(text: string): boolean {
  return HAS_CJK.test(text);
}

/** Lines that are page furniture, not content: page numbers (— 4 —, -4-, 第3页), scanner watermarks. */
export function isPageFurniture(line: string): boolean {
  const t = line.normalize('NFKC').trim();
  return (
    /^[—–\-－~]+\s*\d{1,4}\s*[—–\-－~]+$/.test(t) ||
    /^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$/.test(t) ||
    /扫描全能王|CamScanner/i.test(t) ||
    /^\[image:[^\]]*\]/.test(t) ||
    /^\[bookmark:[^\]]*\]$/.test(t)
  );
}
