import { APPLICANT_MEASURES, APPLICATION_ITEMS, FORM_LABELS, ITEM_LABELS, label, MEASURE_LABELS, REVIEW_GROUPS, REVIEW_MEASURES } from '../../vocabulary';
import { compareCells, comparedReports, failedChecks, searchAgencies, type CompareCell } from '../../data/queries';
import { failedChecksOn, isUnitless } from '../../data/figureMarks';
import { checksText, unitlessText } from '../../app/figureText';
import { CheckMarks, WarnMark } from '../shared/CheckMarks';
import { reportName, statusCell } from '../shared/pivot';
import { useQuery } from '../../data/useQuery';
import { formatNumber, useT } from '../../app/i18n';
import { Panel } from '../../app/ui/Panel';
import { QueryStatus } from '../shared/Loading';
import type { ViewProps } from '../shared/types';
import { MAX_AGENCIES, withAgency } from '../../app/route';
import { useAgencyPick } from '../../app/agencyPick';

type Key = [section: string, item: string, measure: string];

/** Rows of the comparison in the official order of the form: table 三 at one applicant column, table 四 whole, then table 二's figures. */
const rowsFor = (applicant: string): Key[] => [
  ...APPLICATION_ITEMS.map((item): Key => ['applications', item, applicant]),
  ...REVIEW_GROUPS.flatMap((g) => REVIEW_MEASURES.map((m): Key => ['review_litigation', g, m])),
  ['active', 'licensing', 'decisions'], ['active', 'penalty', 'decisions'], ['active', 'coercion', 'decisions'],
  ['active', 'procurement', 'items'], ['active', 'procurement', 'amount_10k_yuan'], ['active', 'fees', 'amount_10k_yuan'],
];

export function Compare({ state, navigate }: ViewProps) {
  const { t, lang } = useT();
  const fallback = useQuery((db) => (state.agencies.length ? Promise.resolve([]) : searchAgencies(db, '', 2)), [state.agencies.join()]);
  const ids = state.agencies.length ? state.agencies : (fallback.data ?? []).map((a) => a.agency_id);
  // Per column, the report year asked for (none: the latest report).
  const at = ids.map((_, i) => state.at[i] ?? null);
  const q = useQuery((db) => compareCells(db, ids, at), [ids.join(), at.join()]);
  const years = useQuery((db) => comparedReports(db, ids), [ids.join()]);
  const yearsOf = (agencyId: string) => [...new Set((years.data ?? []).filter((r) => r.agency_id === agencyId && r.report_year !== null).map((r) => r.report_year as number))];
  const cells = q.data ?? [];
  const fails = useQuery((db) => failedChecks(db, cells.map((c) => c.report_id)), [[...new Set(cells.map((c) => c.report_id))].join()]);
  /** The failed checks that compare a cell's figure: it is shown as printed, marked. */
  const checksOf = (c: CompareCell) => failedChecksOn(fails.data ?? [], c.report_id, [c]);
  // Columns in the order the user chose them: the first is the reference for marking differences.
  const columns = ids.map((_, column) => cells.find((c) => c.column === column)).filter((c): c is (typeof cells)[number] => Boolean(c));
  const cell = (a: { column: number }, key: Key) => cells.find((c) => c.column === a.column && c.section === key[0] && c.item === key[1] && c.measure === key[2]);
  const absent = lang === 'zh' ? '该报告的表式没有此行' : 'This report’s form has no such row';
  const unitless = (c: CompareCell) => c.status === 'reported' && isUnitless(c.flags);
  const show = (c: CompareCell) => (unitless(c) ? unitlessText(c.value, lang) : c.status === 'reported' ? formatNumber(c.value, lang) : c.status === 'blank' ? t('blank') : t('unreadable'));
  const rows = rowsFor(state.applicant).filter((key) => columns.some((a) => cell(a, key)));
  // Per column, the failed checks of the rows shown, listed under the table (a cell's ⚠ has them on hover).
  const marks = columns
    .map((a) => ({ name: reportName(a), checks: [...new Map(rows.flatMap((key) => { const c = cell(a, key); return c ? checksOf(c) : []; }).map((c) => [c.check, c])).values()] }))
    .filter((m) => m.checks.length);
  const agencies = columns;
  // A searched agency is added to the columns shown (the two opened by default included).
  useAgencyPick((agencyId) => navigate({ agencies: withAgency(ids, agencyId), at }));
  const setYear = (column: number, year: number | null) => navigate({ agencies: ids, at: at.map((y, i) => (i === column ? year : y)) });
  const removeColumn = (column: number) => navigate({ agencies: ids.filter((_, i) => i !== column), at: at.filter((_, i) => i !== column) });
  /** Another column of the same agency, at a year not shown yet (洪泽区 2023 beside 2024). */
  const otherYear = (a: CompareCell) => yearsOf(a.agency_id).find((y) => !columns.some((c) => c.agency_id === a.agency_id && c.report_year === y));
  const rowName = (key: Key) => `${label(ITEM_LABELS, key[1], lang)}${key[0] !== 'applications' && key[2] !== 'total' ? ` · ${label(MEASURE_LABELS, key[2], lang)}` : ''}`;
  return (
    <>
      <p className="note">
        {lang === 'zh' ? '比较 2–6 个机构的报告（默认最新一年，可在列首改选年份，或加一列同一机构的另一年）；与第一列不同的数值已标出。用搜索框加入机构。' : 'Reports of 2–6 agencies (the latest by default; pick another year at the head of a column, or add a column of another year); values that differ from the first column are marked. Add agencies with the search box.'}
      </p>
      <label className="inline">
        {lang === 'zh' ? '申请情况按申请人' : 'Requests by applicant'}{' '}
        <select value={state.applicant} onChange={(e) => navigate({ applicant: e.target.value })} data-testid="applicant">
          {APPLICANT_MEASURES.map((m) => <option key={m} value={m}>{label(MEASURE_LABELS, m, lang)}</option>)}
        </select>
      </label>
      <QueryStatus query={q} />
      <Panel
        id="compare"
        title={t('compare')}
        csvRows={rows.map((key) => {
          const failing = agencies.map((a) => cell(a, key)).filter((c) => c && checksOf(c).length) as CompareCell[];
          return {
            key: key.join('.'),
            row: rowName(key),
            // Each report's column holds numbers only; its `_status` column says why one is empty (docs/views.md).
            ...Object.fromEntries(agencies.flatMap((a) => { const { value, status } = statusCell(cell(a, key)); return [[reportName(a), value], [`${reportName(a)}_status`, status]]; })),
            failed_checks: failing.map((c) => `${reportName(c)}${lang === 'zh' ? '：' : ': '}${checksText(checksOf(c), lang)}`).join(lang === 'zh' ? '；' : '; '),
          };
        })}
      >
        <div className="table-scroll">
          <table className="compare">
            <thead>
              <tr>
                <th scope="col">{lang === 'zh' ? '项目' : 'Item'}</th>
                {agencies.map((a) => {
                  const other = otherYear(a);
                  return (
                    <th key={a.column} scope="col">
                      {a.agency} {a.report_year}
                      <br />
                      <button type="button" className="link" onClick={() => removeColumn(a.column)} aria-label={`${lang === 'zh' ? '移除' : 'Remove'} ${a.agency} ${a.report_year ?? ''}`}>×</button>
                      {yearsOf(a.agency_id).length > 1 && (
                        <select value={a.report_year ?? ''} onChange={(e) => setYear(a.column, Number(e.target.value))} data-testid={`year-${a.agency_id}`} aria-label={`${a.agency} ${lang === 'zh' ? '报告年份' : 'report year'}`}>
                          {yearsOf(a.agency_id).map((y) => <option key={y} value={y}>{y}</option>)}
                        </select>
                      )}
                      {other !== undefined && columns.length < MAX_AGENCIES && (
                        <button type="button" className="link" onClick={() => navigate({ agencies: [...ids, a.agency_id], at: [...at, other] })}>{lang === 'zh' ? `+ ${other} 年` : `+ ${other}`}</button>
                      )}
                      <span className="note"> {label(FORM_LABELS, a.form_version, lang)}</span>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {rows.map((key) => {
                const first = agencies[0] && cell(agencies[0], key);
                return (
                  <tr key={key.join('.')}>
                    <th scope="row">{rowName(key)}</th>
                    {agencies.map((a, i) => {
                      const c = cell(a, key);
                      const differs = i > 0 && c && first && (c.value !== first.value || c.status !== first.status);
                      if (!c) return <td key={a.column} className="num gap" title={absent}>—</td>;
                      return (
                        <td key={a.column} className={`num${differs ? ' diff' : ''}${c.status !== 'reported' || unitless(c) ? ' gap' : ''}`} title={unitless(c) && c.raw ? c.raw : undefined}>
                          {show(c)}<WarnMark text={checksText(checksOf(c), lang)} />
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <CheckMarks marks={marks} />
        <p className="note">{lang === 'zh' ? '不同表式的同名行仅在两种表式都有该行时比较；空白与无法识别不等于 0。' : 'Rows are compared across forms only where both forms have them; blank and unreadable are not 0.'}</p>
      </Panel>
    </>
  );
}
