/**
 * The unit a figure is counted in, as the forms word it: 件 for requests, cases and documents, 项 for
 * projects, 条 for items published, 万元 and 元 for money. An axis title and a tooltip carry it; a number
 * printed without a unit never gets one (figureText's unitlessText says so instead).
 */
import type { Lang } from './i18n';

const UNITS = {
  requests: { zh: '件', en: 'requests' },
  cases: { zh: '件', en: 'cases' },
  decisions: { zh: '件', en: 'decisions' },
  documents: { zh: '件', en: 'documents' },
  projects: { zh: '项', en: 'items' },
  published: { zh: '条', en: 'items' },
  tenThousandYuan: { zh: '万元', en: '10k yuan' },
  yuan: { zh: '元', en: 'yuan' },
} as const;

type Unit = keyof typeof UNITS;

function unitKey(section: string, item: string, measure: string): Unit | null {
  if (measure === 'amount_10k_yuan') return 'tenThousandYuan';
  if (measure === 'amount_yuan' || measure === 'cumulative_amount_yuan') return 'yuan';
  if (section === 'applications') return 'requests';
  if (section === 'review_litigation') return 'cases';
  if (section === 'active_volume') return 'published';
  if (section === 'active') {
    if (item === 'procurement' && measure === 'items') return 'projects';
    if (measure === 'decisions') return 'decisions';
    if (measure === 'prev_year_items' || measure === 'change') return 'projects';
    return 'documents';
  }
  if (section === 'pre2019') {
    if (item.startsWith('requests') || item.startsWith('replies')) return 'requests';
    if (['admin_review', 'litigation', 'complaints'].includes(item)) return 'cases';
  }
  return null;
}

/** A figure's unit in the page's language, or '' where the form names none we know of. */
export function unitOf(key: { section: string; item: string; measure: string }, lang: Lang): string {
  const unit = unitKey(key.section, key.item, key.measure);
  return unit ? UNITS[unit][lang] : '';
}
