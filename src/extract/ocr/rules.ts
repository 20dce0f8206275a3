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

/**
 * Where the rules ran, in pixels: the table grid. A rule of a turned page is slanted: `slope` is its drift
 * across (down) the page per pixel along it, about its middle `at` (y of a horizontal rule, x of a vertical).
 */
export interface Rule {
  at: number;
  from: number;
  to: number;
  slope: number;
}

export interface Grid {
  horizontal: Rule[];
  vertical: Rule[];
}

/** Where a rule is at a position along it. */
export const ruleAt = (r: Rule, along: number) => r.at + r.slope * (along - (r.from + r.to) / 2);

/**
 * Runs found on neighbouring rows (columns) that overlap are one rule. The middles of its runs lie on it
 * (the ±SPREAD rows centre each run on the rule): a least-squares line through them, weighted by length.
 */
function mergeRuns(runs: { at: number; from: number; to: number }[]): Rule[] {
  type Acc = { from: number; to: number; last: number; w: number; sx: number; sy: number; sxx: number; sxy: number };
  const rules: Acc[] = [];
  for (const r of runs) {
    let q = rules.find((c) => r.at - c.last <= SPREAD + 2 && r.from < c.to && r.to > c.from);
    if (!q) rules.push((q = { from: r.from, to: r.to, last: r.at, w: 0, sx: 0, sy: 0, sxx: 0, sxy: 0 }));
    q.from = Math.min(q.from, r.from);
    q.to = Math.max(q.to, r.to);
    q.last = r.at;
    const [w, x, y] = [r.to - r.from, (r.from + r.to) / 2, r.at];
    q.w += w;
    q.sx += w * x;
    q.sy += w * y;
    q.sxx += w * x * x;
    q.sxy += w * x * y;
  }
  return rules.map((q) => {
    const [mx, my] = [q.sx / q.w, q.sy / q.w];
    const varX = q.sxx / q.w - mx * mx;
    const slope = varX > 1 ? (q.sxy / q.w - mx * my) / varX : 0;
    return { at: my + slope * ((q.from + q.to) / 2 - mx), from: q.from, to: q.to, slope };
  });
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
    grid: { horizontal: mergeRuns(hRuns), vertical: mergeRuns(vRuns) },
  };
}
