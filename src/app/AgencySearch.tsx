/** Find an agency by name, place or division code, from any view. */
import { type KeyboardEvent, useState } from 'react';
import { searchAgencies } from '../data/queries';
import { useQuery } from '../data/useQuery';
import { useT } from './i18n';

export function AgencySearch(props: { onPick: (agencyId: string, reportId: string) => void }) {
  const { t } = useT();
  const [text, setText] = useState('');
  const hits = useQuery((db) => (text.trim() ? searchAgencies(db, text.trim(), 10) : Promise.resolve([])), [text]);
  /** Escape closes the list; the arrow keys move between the input and the hits. */
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      setText('');
      e.currentTarget.querySelector('input')?.focus();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const stops = [...e.currentTarget.querySelectorAll<HTMLElement>('input, .hits button')];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    stops[Math.min(stops.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
    e.preventDefault();
  };
  return (
    <div className="search" role="search" onKeyDown={onKeyDown}>
      <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('search')} aria-label={t('search')} maxLength={100} />
      {text.trim() && hits.data && (
        <ul className="hits">
          {hits.data.length === 0 && <li className="note">{t('noData')}</li>}
          {hits.data.map((h) => (
            <li key={h.agency_id}>
              <button type="button" onClick={() => { props.onPick(h.agency_id, h.last_report_id); setText(''); }}>
                <strong>{h.agency}</strong> <span className="note">{[h.province, h.city, h.county].filter(Boolean).join(' ')} {h.division_code} · {h.reports}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
