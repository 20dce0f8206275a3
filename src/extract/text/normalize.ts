/** Text clean-up shared by every layout. Raw text is always kept separately for provenance. */

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** CJK punctuation (、。“”) counts too: `三、 本 年 度` is one label. */
const CJK_OR_PUNCT = `${CJK}\\u3001-\\u303f\\u201c\\u201d`;
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK_OR_PUNCT}])\\s+(?=[${CJK_OR_PUNCT}])`, 'g');
const HAS_CJK = new RegExp(`[${CJK}]`);

/** NFKC folds full-width digits and brackets （一） → (一); OCR'd spaces inside words are removed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00a0\u3000\u200b\ufeff]/g, ' ')
    .replace(/\*\*|__/g, '')
    .replace(SPACE_BETWEEN_CJK, '')
    .trim();
}

/** Label form used by row matchers: normalized, every space removed, quotes unified. */
export function compactLabel(text: string): string {
  return normalizeText(text).replace(/\s+/g, '').replace(/[“”"'‘’「」]/g, '"');
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
