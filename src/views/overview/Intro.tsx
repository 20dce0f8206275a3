/**
 * The first thing a visitor reads: what the site is, what the whole dataset covers (computed from it, so
 * it never goes stale), that it is a collection and not a sample, and where to read how reports were
 * chosen and how to add one.
 */
import { FORM_LABELS, label, LEVEL_LABELS } from '../../vocabulary';
import { NO_FILTERS } from '../../data/filters';
import { type Coverage, type FilterOptions, filterOptions, overviewTotals } from '../../data/queries';
import { useQuery, useSnapshot } from '../../data/useQuery';
import { formatNumber, useT } from '../../app/i18n';
import type { View } from '../../app/views';

export function Intro(props: { go: (view: View) => void }) {
  const { t, lang } = useT();
  const snapshot = useSnapshot();
  const zh = lang === 'zh';
  const queried = useQuery(async (db) => ({ options: await filterOptions(db), coverage: (await overviewTotals(db, NO_FILTERS)).coverage }), [], snapshot === null);
  const whole: { options: FilterOptions; coverage: Coverage } | undefined = snapshot ?? queried.data;
  const link = (view: View) => (
    <a href={`#/${view}`} onClick={(e) => { e.preventDefault(); props.go(view); }}>{t(view)}</a>
  );
  if (!whole) return null;
  const { coverage: c, options: o } = whole;
  const n = (v: number) => formatNumber(v, lang);
  // In the tables' own order (forms by date, levels top down), not alphabetically.
  const list = (values: string[], labels: typeof FORM_LABELS) =>
    Object.keys(labels).filter((k) => values.includes(k)).map((v) => label(labels, v, lang)).join(zh ? '、' : ', ');
  const years = `${c.first_year ?? '—'}–${c.last_year ?? '—'}`;
  return (
    <p className="intro" data-testid="intro">
      {zh ? <>
        本站把各级政府机关发布的政府信息公开工作年度报告中的数字整理成可比较的数据集：共 <b data-intro="reports">{n(c.reports)}</b> 份报告，来自 <b data-intro="agencies">{n(c.agencies)}</b> 个机关、<b data-intro="provinces">{n(c.provinces)}</b> 个省份，年度 <b data-intro="years">{years}</b>，行政级别 {list(o.levels, LEVEL_LABELS)}，表式 {list(o.forms, FORM_LABELS)}。
        这些报告是收集来的，不是有代表性的抽样，不能代表全国。报告如何选取见{link('coverage')}和{link('about')}；如何添加一份报告见{link('add')}。
      </> : <>
        This site turns the numbers in the annual government information disclosure reports that Chinese agencies publish into a dataset you can compare: <b data-intro="reports">{n(c.reports)}</b> reports from <b data-intro="agencies">{n(c.agencies)}</b> agencies in <b data-intro="provinces">{n(c.provinces)}</b> provinces, years <b data-intro="years">{years}</b>, levels {list(o.levels, LEVEL_LABELS)}, forms {list(o.forms, FORM_LABELS)}.
        The reports were collected, not sampled: they do not represent the country. How they were chosen: {link('coverage')} and {link('about')}; how to add a report: {link('add')}.
      </>}
    </p>
  );
}
