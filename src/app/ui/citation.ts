/**
 * What a published chart carries with it (a downloaded PNG's caption, an embedded chart's footer): its
 * title, unit, the filters that made it, the dataset's version and licence, and the address that draws it
 * again. Pure, so Node tests read the same words the page draws.
 */
import type { Filters } from '../../data/filters';
import { type Lang, type MessageKey, message } from '../i18n';
import { FORM_LABELS, LEVEL_LABELS, label } from '../../vocabulary';

/** The dataset's licence, as data/datapackage.json and data/LICENSE.md give it. */
export const LICENCE = 'CC BY 4.0';

/** `数据：政府信息公开工作年度报告数据集 v1c8fd354926c, CC BY 4.0`: the line a reuse must keep. */
export function sourceLine(version: string, lang: Lang): string {
  return lang === 'zh' ? `数据：政府信息公开工作年度报告数据集 v${version}, ${LICENCE}` : `Data: Government information disclosure annual reports dataset v${version}, ${LICENCE}`;
}

const FIELDS: { key: keyof Filters; label: MessageKey; labels?: typeof FORM_LABELS }[] = [
  { key: 'years', label: 'year' },
  { key: 'provinces', label: 'province' },
  { key: 'levels', label: 'level', labels: LEVEL_LABELS },
  { key: 'agencyTypes', label: 'agencyType' },
  { key: 'forms', label: 'form', labels: FORM_LABELS },
];

/** The filters in words (`筛选：年份 2023；表式 2021 年表式`), or that every report is in. */
export function filtersLine(filters: Filters, lang: Lang): string {
  const zh = lang === 'zh';
  const parts = FIELDS.filter((f) => filters[f.key].length > 0).map((f) => {
    const values = (filters[f.key] as (string | number)[]).map((v) => (f.labels ? label(f.labels, String(v), lang) : String(v)));
    return `${message(f.label, lang)} ${values.join(zh ? '、' : ', ')}`;
  });
  if (parts.length === 0) return zh ? '筛选：无（全部报告）' : 'Filters: none (every report)';
  return `${zh ? '筛选：' : 'Filters: '}${parts.join(zh ? '；' : '; ')}`;
}

export interface Caption {
  /** Drawn above the chart: the title, then the unit and the filters. */
  head: string[];
  /** Drawn below it: the source line and the page address. */
  foot: string[];
}

export function chartCaption(c: { title: string; unit?: string; filters?: Filters; version: string; address: string; lang: Lang }): Caption {
  const zh = c.lang === 'zh';
  const second = [c.unit && `${zh ? '单位：' : 'Unit: '}${c.unit}`, c.filters && filtersLine(c.filters, c.lang)].filter(Boolean).join(zh ? '　' : ' · ');
  return { head: [c.title, ...(second ? [second] : [])], foot: [sourceLine(c.version, c.lang), c.address] };
}

/** The page address that draws the chart again: the current one without the embed parameters. */
export function reproducingAddress(href: string): string {
  const [page, hash = ''] = href.split('#');
  const [path, query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  params.delete('embed');
  params.delete('chart');
  const rest = params.toString();
  return hash ? `${page}#${path}${rest ? `?${rest}` : ''}` : page;
}
