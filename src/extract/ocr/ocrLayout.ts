/**
 * Recognised words as the positioned text items the PDF layout reads (src/extract/layout/pdf.ts), so the
 * table readers work on a scan unchanged. Coordinates become points of an A4-wide page, y upwards, and the
 * page's skew is taken out, so words of one printed row share a baseline. Each item keeps its confidence:
 * the lowest of its characters'.
 */
import type { PdfRule, PdfTextItem } from '../layout/pdf';
import type { OcrLine, OcrWord } from './engine';
import { ruleAt, type Grid } from './rules';

/** Scans are laid out on an A4-wide page: the PDF layout's gaps and tolerances are points of printed A4. */
const PAGE_WIDTH = 595;
/** Table rules the cleaning missed come out as bars and brackets: never text of a cell. */
const RULE_RESIDUE = /^[|｜丨[\]]+|[|｜丨[\]]+$/g;

/** The median slope of the long lines: a scan's skew, the same for every line of the page. */
function skewOf(lines: OcrLine[], imageWidth: number): number {
  const slopes = lines
    .filter((l) => l.baseline.x1 - l.baseline.x0 > imageWidth / 4)
    .map((l) => (l.baseline.y1 - l.baseline.y0) / (l.baseline.x1 - l.baseline.x0))
    .sort((a, b) => a - b);
  return slopes.length ? slopes[slopes.length >> 1] : 0;
}

/**
 * A word the engine ran across cell borders (`0000` for four cells each holding 0) is cut where its
 * characters stand further apart than half the word's height. Characters read twice over one another
 * (`00` from one 0) make the piece doubtful: confidence 0.
 */
function pieces(word: OcrWord): { text: string; confidence: number; x0: number; x1: number }[] {
  if (word.symbols.length === 0) return [{ text: word.text, confidence: word.confidence, x0: word.x0, x1: word.x1 }];
  const height = word.y1 - word.y0;
  const out: { text: string; confidence: number; x0: number; x1: number }[] = [];
  let prev: OcrWord['symbols'][number] | null = null;
  for (const s of word.symbols) {
    const piece = out[out.length - 1];
    if (prev && piece && s.x0 - prev.x1 <= height / 2) {
      const overlaps = s.x0 < prev.x1 - (prev.x1 - prev.x0) / 2;
      piece.text += s.text;
      piece.confidence = overlaps ? 0 : Math.min(piece.confidence, s.confidence);
      piece.x1 = Math.max(piece.x1, s.x1);
    } else out.push({ text: s.text, confidence: Math.min(s.confidence, word.confidence), x0: s.x0, x1: s.x1 });
    prev = s;
  }
  return out;
}

/**
 * Every word of a line stands on the line's baseline (a character's own box is no guide: 一 sits high, 府 low),
 * taken where it meets the page's left edge along the page's skew, so the rows of a slightly turned scan stay
 * level. A word the engine lists in two lines is kept once.
 */
export function ocrPageItems(lines: OcrLine[], image: { width: number; height: number }): PdfTextItem[] {
  const scale = PAGE_WIDTH / image.width;
  const skew = skewOf(lines, image.width);
  const items: PdfTextItem[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const baseline = line.baseline.y0 - skew * line.baseline.x0;
    for (const word of line.words) {
      const box = `${word.x0},${word.y0},${word.x1},${word.y1}`;
      if (seen.has(box)) continue;
      seen.add(box);
      for (const p of pieces(word)) {
        const str = p.text.trim().replace(RULE_RESIDUE, '');
        if (!str) continue;
        items.push({ str, x: p.x0 * scale, y: (image.height - baseline) * scale, width: (p.x1 - p.x0) * scale, confidence: p.confidence });
      }
    }
  }
  return items;
}

/**
 * The table's horizontal rules in the items' coordinates (points, y upwards, taken to the page's left edge
 * along the same skew as the words' baselines), so the layout can tell which row band a label line is in.
 */
export function ocrPageRules(grid: Grid, lines: OcrLine[], image: { width: number; height: number }): PdfRule[] {
  const scale = PAGE_WIDTH / image.width;
  const skew = skewOf(lines, image.width);
  return grid.horizontal.map((r) => ({ y: (image.height - (ruleAt(r, r.from) - skew * r.from)) * scale, x0: r.from * scale, x1: r.to * scale }));
}
