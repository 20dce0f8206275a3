/** Provinces as tiles in their rough places, coloured by reports held; a tile sets (or clears) the province filter. */
import { formatNumber, useT } from '../../app/i18n';
import { PROVINCE_TILES, TILE_STEPS, tileColour } from './provinceTiles';

export function ProvinceTiles(props: { counts: Map<string, number>; selected: readonly string[]; onPick: (province: string) => void }) {
  const { lang } = useT();
  const zh = lang === 'zh';
  return (
    <div className="tiles-wrap">
      <div className="tiles" role="group" aria-label={zh ? '各省份报告数（点击筛选）' : 'Reports by province (select to filter)'}>
        {PROVINCE_TILES.map((p) => {
          const n = props.counts.get(p.name) ?? 0;
          const on = props.selected.includes(p.name);
          const name = zh ? p.name : p.en;
          return (
            <button
              key={p.name}
              type="button"
              className={`tile${n >= TILE_STEPS[3].min ? ' dark' : ''}`}
              style={{ gridRow: p.row + 1, gridColumn: p.col + 1, background: tileColour(n) }}
              aria-pressed={on}
              title={name}
              data-province={p.name}
              onClick={() => props.onPick(p.name)}
            >
              {/* The tile's name is the words read out (an aria-label would not contain the short visible text, and voice control would not find it). */}
              <span className="tile-name" aria-hidden="true">{zh ? p.short : p.iso}</span>
              <span className="tile-count" aria-hidden="true">{n > 0 ? formatNumber(n, lang) : ''}</span>
              <span className="visually-hidden">{zh ? `${name}：${formatNumber(n, lang)} 份报告` : `${name}: ${formatNumber(n, lang)} ${n === 1 ? 'report' : 'reports'}`}</span>
            </button>
          );
        })}
      </div>
      <ul className="tile-legend" aria-label={zh ? '图例' : 'Legend'}>
        {!zh && <li className="note">Tiles show ISO 3166-2:CN codes; point at a tile for its name.</li>}
        <li><i style={{ background: tileColour(0) }} />{zh ? '无报告' : 'none'}</li>
        {TILE_STEPS.map((s, i) => {
          const next = TILE_STEPS[i + 1];
          const range = next ? (next.min - 1 === s.min ? `${s.min}` : `${s.min}–${next.min - 1}`) : `${s.min}+`;
          return <li key={s.min}><i style={{ background: s.colour }} />{range}</li>;
        })}
      </ul>
    </div>
  );
}
