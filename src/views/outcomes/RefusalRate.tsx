/**
 * The refusal rate journalists quote, per report: refused ÷ handled, with its n. "Refused" is the form's
 * 不予公开 rows (its eight withheld_* reasons), "handled" its 办理结果总计 (docs/views.md).
 */
import { rateOption, type BarOrder } from '../../charts/options';
import { failedChecks, refusalRates } from '../../data/queries';
import { failedChecksOn, figureKeys } from '../../data/figureMarks';
import { useQuery } from '../../data/useQuery';
import type { Filters } from '../../data/filters';
import { APPLICATION_ITEMS } from '../../vocabulary';
import { WARN, checksText } from '../../app/figureText';
import { formatNumber, useT } from '../../app/i18n';
import { Panel } from '../../app/ui/Panel';
import { CheckMarks } from '../shared/CheckMarks';
import { QueryStatus } from '../shared/Loading';
import { reportName } from '../shared/pivot';
import { JURISDICTION_MARK, jurisdictionNote } from '../shared/SectionPanel';

const WITHHELD = APPLICATION_ITEMS.filter((i) => i.startsWith('withheld_'));
const COUNTED = [...WITHHELD, 'total_handled'].flatMap((item) => figureKeys('applications', item, 'total'));

export function RefusalRate(props: { filters: Filters; order: BarOrder }) {
  const { lang } = useT();
  const zh = lang === 'zh';
  const q = useQuery((db) => refusalRates(db, props.filters, WITHHELD), [props.filters]);
  const all = q.data ?? [];
  const fails = useQuery((db) => failedChecks(db, all.map((r) => r.report_id)), [all.map((r) => r.report_id).join()]);
  const checksOf = (reportId: string) => failedChecksOn(fails.data ?? [], reportId, COUNTED);
  const rated = all.filter((r) => r.missing === null);
  const name = (r: (typeof all)[number]) => `${checksOf(r.report_id).length ? `${WARN} ` : ''}${r.scope === 'jurisdiction' ? `${JURISDICTION_MARK} ` : ''}${reportName(r)}`;
  const percent = (r: (typeof all)[number]) => (r.missing === null ? Math.round((10000 * r.refused!) / r.handled!) / 100 : null);
  const why = { gaps: zh ? '有空白或无法识别的行' : 'a row is blank or unreadable', none_handled: zh ? '办理总数为 0' : 'none handled' };
  const unrated = all.filter((r) => r.missing !== null);
  const title = zh ? '拒绝率（不予公开 ÷ 办理总数）' : 'Refusal rate (withheld ÷ handled)';
  return (
    <Panel
      id="outcomes-refusal"
      title={title}
      csvRows={q.data ? all.map((r) => ({
        // Numbers only, each with its `_status` beside it (docs/views.md): `gaps` where a row it needs is blank or unreadable.
        agency: r.agency, agency_id: r.agency_id, year: r.report_year, scope: r.scope,
        refused: r.refused, refused_status: r.refused === null ? 'gaps' : '', handled: r.handled, handled_status: r.handled === null ? 'gaps' : '',
        refusal_rate_percent: percent(r), refusal_rate_percent_status: r.missing ?? '', failed_checks: checksText(checksOf(r.report_id), lang),
      })) : undefined}
      option={rated.length ? rateOption({
        categories: rated.map(name),
        rates: rated.map((r) => ({ part: r.refused!, whole: r.handled! })),
        name: zh ? '拒绝率' : 'Refusal rate',
        format: (v) => formatNumber(v, lang),
        order: props.order,
        categoryNotes: rated.map((r) => [r.scope === 'jurisdiction' ? jurisdictionNote(lang) : '', checksOf(r.report_id).length ? `${WARN} ${checksText(checksOf(r.report_id), lang)}` : ''].filter(Boolean).join(lang === 'zh' ? '；' : '; ') || null),
      }) : undefined}
      chartHeight={Math.max(200, 70 + rated.length * 48)}
    >
      <QueryStatus query={q} />
      <p className="note" role="note" data-testid="refusal-definition">
        {zh
          ? '拒绝率 = 不予公开（表三第三项的 8 项理由之和）÷ 办理结果总计，按每份报告计算；n 为办理总数。有空白或无法识别的行的报告不计算（空白不等于 0），n < 5 的以灰色显示。'
          : 'Refusal rate = withheld (the sum of the 8 reasons of table 3, row 3) ÷ total handled, per report; n is the number handled. A report with a blank or unreadable row has no rate (blank is not 0); n < 5 is grey.'}
      </p>
      {unrated.length > 0 && (
        <p className="note" data-testid="refusal-unrated">
          {zh ? '未计算：' : 'No rate: '}{unrated.map((r) => (zh ? `${reportName(r)}（${why[r.missing!]}）` : `${reportName(r)} (${why[r.missing!]})`)).join(zh ? '、' : ', ')}
        </p>
      )}
      <CheckMarks marks={rated.filter((r) => checksOf(r.report_id).length).map((r) => ({ name: reportName(r), checks: checksOf(r.report_id) }))} />
    </Panel>
  );
}
