/**
 * Table rules (the printed grid lines) wreck OCR of the cells they frame: the engine reads them as `|`, `1`
 * or `l` and runs them into the digits. They are long thin runs of dark pixels, far longer than any stroke of
 * a character, so they are whitened before recognition. A scan a degree off straight breaks a rule into
 * short steps, so runs are measured across a few neighbouring rows (columns) at once.
 */
export interface GreyImage {
  width: number;
  height: number;
  /** One byte a pixel, 0 black … 255 white, row by row. */
  data: Uint8Array;
}

const DARK = 160;
const SPREAD = 2; // rows (columns) either side joined when measuring a run: a 1° skew steps every ~57 px

/** Where the rules ran, in pixels: the table grid. */
export interface Grid {
  horizontal: { y: number; x0: number; x1: number }[];
  vertical: { x: number; y0: number; y1: number }[];
}

/** Runs found on neighbouring rows (columns) that overlap are one rule, at their middle row (column). */
function mergeRuns(runs: { at: number; from: number; to: number }[]): { at: number; from: number; to: number }[] {
  const rules: { at: number; from: number; to: number; last: number; sum: number; n: number }[] = [];
  for (const r of runs) {
    const rule = rules.find((q) => r.at - q.last <= SPREAD + 2 && r.from < q.to && r.to > q.from);
    if (rule) {
      rule.from = Math.min(rule.from, r.from);
      rule.to = Math.max(rule.to, r.to);
      rule.last = r.at;
      rule.sum += r.at;
      rule.n++;
    } else rules.push({ ...r, last: r.at, sum: r.at, n: 1 });
  }
  return rules.map((q) => ({ at: Math.round(q.sum / q.n), from: q.from, to: q.to }));
}

/** A copy of the image with long horizontal and vertical rules whitened, and where they ran. */
export function removeRules(image: GreyImage): { image: GreyImage; grid: Grid } {
  const { width, height, data } = image;
  const out = new Uint8Array(data);
  // A rule is longer than ~4 characters: 1/15 of the page width covers 10.5-pt print at any resolution.
  const minRun = Math.max(30, Math.round(width / 15));
  const dark = (x: number, y: number) => data[y * width + x] < DARK;
  const whiten = (x: number, y: number) => {
    if (x >= 0 && y >= 0 && x < width && y < height) out[y * width + x] = 255;
  };
  const hRuns: { at: number; from: number; to: number }[] = [];
  const vRuns: { at: number; from: number; to: number }[] = [];
  // Horizontal rules.
  for (let y = 0; y < height; y++) {
    let start = -1;
    for (let x = 0; x <= width; x++) {
      let on = false;
      if (x < width) for (let d = -SPREAD; d <= SPREAD && !on; d++) on = y + d >= 0 && y + d < height && dark(x, y + d);
      if (on && start < 0) start = x;
      if (!on && start >= 0) {
        if (x - start >= minRun) {
          for (let xx = start; xx < x; xx++) if (dark(xx, y)) whiten(xx, y);
          hRuns.push({ at: y, from: start, to: x });
        }
        start = -1;
      }
    }
  }
  // Vertical rules.
  for (let x = 0; x < width; x++) {
    let start = -1;
    for (let y = 0; y <= height; y++) {
      let on = false;
      if (y < height) for (let d = -SPREAD; d <= SPREAD && !on; d++) on = x + d >= 0 && x + d < width && dark(x + d, y);
      if (on && start < 0) start = y;
      if (!on && start >= 0) {
        if (y - start >= minRun) {
          for (let yy = start; yy < y; yy++) if (dark(x, yy)) whiten(x, yy);
          vRuns.push({ at: x, from: start, to: y });
        }
        start = -1;
      }
    }
  }
  return {
    image: { width, height, data: out },
    grid: {
      horizontal: mergeRuns(hRuns).map((r) => ({ y: r.at, x0: r.from, x1: r.to })),
      vertical: mergeRuns(vRuns).map((r) => ({ x: r.at, y0: r.from, y1: r.to })),
    },
  };
}
