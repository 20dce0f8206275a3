/** Interface text in Chinese (default) and English. */
import { createContext, useContext } from 'react';

export type Lang = 'zh' | 'en';

const MESSAGES = {
  title: { zh: '政府信息公开年度报告比较', en: 'Government information disclosure reports' },
  overview: { zh: '概览', en: 'Overview' },
  coverage: { zh: '数据覆盖', en: 'Coverage' },
  requests: { zh: '申请', en: 'Requests' },
  outcomes: { zh: '办理结果', en: 'Outcomes' },
  procurement: { zh: '采购与收费', en: 'Procurement & fees' },
  actions: { zh: '行政行为', en: 'Administrative actions' },
  appeals: { zh: '复议与诉讼', en: 'Appeals & lawsuits' },
  trends: { zh: '趋势', en: 'Trends' },
  compare: { zh: '比较', en: 'Compare' },
  agency: { zh: '单份报告', en: 'Agency report' },
  quality: { zh: '数据质量', en: 'Data quality' },
  sql: { zh: 'SQL', en: 'SQL' },
  add: { zh: '添加报告', en: 'Add a report' },
  about: { zh: '说明', en: 'About' },
  views: { zh: '视图', en: 'Views' },
  filters: { zh: '筛选', en: 'Filters' },
  loadingEngine: { zh: '正在启动数据库（DuckDB-WASM）…', en: 'Starting the database (DuckDB-WASM)…' },
  loadingData: { zh: '正在载入数据…', en: 'Loading the data…' },
  loadFailed: { zh: '数据载入失败', en: 'The data could not be loaded' },
  retry: { zh: '重试', en: 'Retry' },
  year: { zh: '年份', en: 'Year' },
  province: { zh: '省份', en: 'Province' },
  level: { zh: '行政级别', en: 'Level' },
  agencyType: { zh: '机构类型', en: 'Agency type' },
  form: { zh: '表式', en: 'Form' },
  all: { zh: '全部', en: 'All' },
  clearFilters: { zh: '清除筛选', en: 'Clear filters' },
  search: { zh: '搜索机构、地区或区划代码', en: 'Search agency, place or division code' },
  reports: { zh: '报告', en: 'Reports' },
  agencies: { zh: '机构', en: 'Agencies' },
  provinces: { zh: '省份', en: 'Provinces' },
  years: { zh: '年份', en: 'Years' },
  downloadCsv: { zh: '下载 CSV', en: 'Download CSV' },
  downloadPng: { zh: '下载图片', en: 'Download PNG' },
  downloadDataset: { zh: '下载完整数据集', en: 'Download the dataset' },
  noData: { zh: '没有符合条件的数据', en: 'No data for these filters' },
  blank: { zh: '空白', en: 'blank' },
  unitShare: { zh: '占比（%）', en: 'share (%)' },
  unreadable: { zh: '无法识别', en: 'unreadable' },
  scope_body: { zh: '本机关', en: 'Agency itself' },
  scope_jurisdiction: { zh: '全辖区', en: 'Whole jurisdiction' },
  scope_unknown: { zh: '范围不明', en: 'Scope unknown' },
  offline: {
    zh: '网络不可用：显示的是本浏览器上次访问时保存的数据，可能不是最新版本（版本号见页脚）。',
    en: 'No network: these are the data this browser kept from an earlier visit and may not be the latest (the version is in the footer).',
  },
  badLink: { zh: '链接中的部分参数无效，已改用默认值：', en: 'Parts of this link were not valid and defaults were used: ' },
} as const;

export type MessageKey = keyof typeof MESSAGES;

export const LangContext = createContext<Lang>('zh');

/** A message outside React (pure helpers that are given the language). */
export const message = (key: MessageKey, lang: Lang): string => MESSAGES[key][lang];

export function useT(): { t: (key: MessageKey) => string; lang: Lang } {
  const lang = useContext(LangContext);
  return { t: (key) => MESSAGES[key][lang], lang };
}

export function formatNumber(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits }).format(value);
}
