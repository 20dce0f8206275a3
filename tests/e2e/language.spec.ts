/**
 * One language at a time: every view, in Chinese and in English, shows no interface text of the other
 * language. Names and quotes from the reports (agency and place names, raw cells, file names, addresses,
 * SQL the user typed) are allowed: the page marks them `data-source-text` (or with their own `lang`), and
 * the names the dataset itself holds are allowed wherever they appear.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { VIEW_REGISTRY } from '../../src/app/views';
import { LOCAL_MARK, UNSIGNED_MARK } from '../../src/data/queries';
import { expect, open, test } from './fixtures';

/** Deep links that show each view with something in it (a report, agencies, a flag's facts). */
const STATES: Record<string, string> = {
  agency: 'report=94a211353fb0',
  compare: 'agencies=320813-人民政府,220602-民政局',
  trends: 'agencies=320813-人民政府,220602-民政局',
  quality: 'flag=unit_missing&checks=fail,pass,not_assessable',
};

/** Names the dataset holds: they are shown as printed in either language. */
function datasetNames(): string[] {
  const { data } = Papa.parse<Record<string, string>>(readFileSync('data/reports.csv', 'utf8'), { header: true, skipEmptyLines: true });
  const names = data.flatMap((r) => [r.agency, r.agency_as_printed, r.agency_type, r.province, r.city, r.county, r.agency_id]);
  // Longest first, so that a name is removed before a shorter name inside it.
  // The marks of a report added here or without a name are written in both languages on purpose.
  return [...new Set([...names.filter(Boolean), LOCAL_MARK.trim(), UNSIGNED_MARK])].sort((a, b) => b.length - a.length);
}

/** Words a Chinese page writes as they are: product, format and key names, and the dataset's file names. */
const ZH_ALLOWED = /^(SQL|CSV|PNG|JPEG|PDF|DuckDB|WASM|DuckDB-WASM|Parquet|CC|BY|DOCX|OCR|OCR|JSON|IndexedDB|Word|HTML|TXT|MD|LIMIT|Ctrl|Enter|reports|facts|checks|sources|raw|data|MB)$/;

/** Visible text and screen-reader labels of the page, outside what is marked as quoted from a source. */
function interfaceText(): string[] {
  const docLang = document.documentElement.lang.slice(0, 2);
  const quoted = (el: Element | null) => !!el?.closest('[data-source-text]') || (el?.closest('[lang]')?.getAttribute('lang') ?? docLang).slice(0, 2) !== docLang;
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || quoted(el) || ['SCRIPT', 'STYLE', 'TEXTAREA'].includes(el.tagName) || !el.checkVisibility()) continue;
    if (node.nodeValue?.trim()) out.push(node.nodeValue.trim());
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
    if (quoted(el)) continue;
    for (const a of ['aria-label', 'title', 'placeholder']) { const v = el.getAttribute(a); if (v) out.push(v); }
  }
  return out;
}

async function otherLanguage(page: Page, lang: 'zh' | 'en', names: string[]): Promise<string[]> {
  const texts = (await page.evaluate(interfaceText)).map((t) => names.reduce((rest, n) => rest.split(n).join(' '), t));
  if (lang === 'en') return texts.filter((t) => /[\u3400-\u9fff]/.test(t));
  // Addresses, file paths and commands are names; a word is Latin letters standing alone (not inside a hex id).
  const words = (t: string) => t.replace(/https?:\/\/\S+/g, ' ').replace(/[\w./-]*\.(txt|pdf|csv|json|md|docx?|html?|parquet)\b/gi, ' ').replace(/\bnpm run [\w-]+/g, ' ').match(/(?<![\w-])[A-Za-z]{2,}(?:-[A-Za-z]+)*(?![\w-])/g) ?? [];
  return texts.filter((t) => words(t).some((w) => !ZH_ALLOWED.test(w)));
}

for (const lang of ['zh', 'en'] as const) {
  test(`every view in ${lang} shows no interface text of the other language`, async ({ page }) => {
    test.setTimeout(180_000);
    const names = datasetNames();
    const found: string[] = [];
    for (const { id } of VIEW_REGISTRY) {
      const query = [STATES[id], lang === 'en' ? 'lang=en' : ''].filter(Boolean).join('&');
      await open(page, `#/${id}${query ? `?${query}` : ''}`);
      if (id === 'agency') await page.locator('[data-key="applications.new_received.natural_person"] button').click();
      found.push(...(await otherLanguage(page, lang, names)).map((t) => `${id}: ${t.slice(0, 120)}`));
    }
    expect([...new Set(found)]).toEqual([]);
  });
}
