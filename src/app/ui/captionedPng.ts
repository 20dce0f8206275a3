/** A chart's image with its caption drawn above and below it (src/app/ui/citation.ts says what it holds). */
import type { Caption } from './citation';

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Words broken into lines no wider than `width` (Chinese has no spaces: any character may break, an address too). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && ctx.measureText(line + ch).width > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  return [...lines, line];
}

const image = (src: string) => new Promise<HTMLImageElement>((resolve, reject) => {
  const img = new Image();
  img.onload = () => resolve(img);
  img.onerror = () => reject(new Error('chart image'));
  img.src = src;
});

/** The chart's PNG (a data URL at `scale` pixels per CSS pixel) on a taller white canvas with the caption's lines. */
export async function captionedPng(chartPng: string, caption: Caption, scale = 2): Promise<string> {
  const chart = await image(chartPng);
  const pad = 16 * scale;
  const width = chart.width;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const styles = { title: { size: 18 * scale, weight: 'bold', color: '#111' }, meta: { size: 13 * scale, weight: 'normal', color: '#444' } };
  type Line = { text: string; style: keyof typeof styles };
  const lay = (texts: string[], first: keyof typeof styles): Line[] => texts.flatMap((text, i) => {
    const style = i === 0 ? first : 'meta';
    ctx.font = `${styles[style].weight} ${styles[style].size}px ${FONT}`;
    return wrap(ctx, text, width - 2 * pad).map((t) => ({ text: t, style }));
  });
  const head = lay(caption.head, 'title');
  const foot = lay(caption.foot, 'meta');
  const height = (lines: Line[]) => lines.reduce((h, l) => h + styles[l.style].size * 1.4, 0);
  canvas.width = width;
  canvas.height = Math.ceil(pad + height(head) + pad / 2 + chart.height + pad / 2 + height(foot) + pad);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  let y = pad;
  const draw = (lines: Line[]) => {
    for (const l of lines) {
      const s = styles[l.style];
      ctx.font = `${s.weight} ${s.size}px ${FONT}`;
      ctx.fillStyle = s.color;
      ctx.textBaseline = 'top';
      ctx.fillText(l.text, pad, y);
      y += s.size * 1.4;
    }
  };
  draw(head);
  y += pad / 2;
  ctx.drawImage(chart, 0, y);
  y += chart.height + pad / 2;
  draw(foot);
  return canvas.toDataURL('image/png');
}
