/**
 * The README's start command (`npm start`, Vite's dev server, React StrictMode on) must draw every chart:
 * StrictMode mounts each chart twice, and a chart that was not given its option again stayed empty with
 * no error while every test of the built site passed.
 */
import { VIEW_REGISTRY } from '../../src/app/views';
import { expect, open, test } from './fixtures';

/** How many pixels each chart canvas in the view has painted (0 = an empty chart). */
function paintedPixels() {
  return [...document.querySelectorAll('main .chart canvas')].map((node) => {
    const canvas = node as HTMLCanvasElement;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
    return painted;
  });
}

test('npm start: every view draws every chart it has', async ({ page }) => {
  // The views that draw charts with the committed dataset; the others must not grow an empty one.
  for (const { id: view, charts } of VIEW_REGISTRY) {
    await open(page, `#/${view}`);
    if (charts) {
      // ECharts animates its first frame, some panels wait for a second query, and a cold dev server may reload the
      // page once it has bundled a dependency it met late: poll until every chart has painted.
      await expect
        .poll(async () => { const painted = await page.evaluate(paintedPixels); return painted.length > 0 && painted.every((n) => n > 0); }, { message: `an empty chart in ${view}`, timeout: 30_000 })
        .toBe(true);
    } else {
      expect(await page.evaluate(paintedPixels), view).toEqual([]);
    }
  }
  await open(page, '#/overview');
  await page.screenshot({ path: 'test-results/dev-overview.png' });
});
