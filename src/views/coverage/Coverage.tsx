/**
 * What the dataset covers and what not, computed from the data: provinces as tiles, counts by province,
 * level, form and file layout, and which agency reported for which year.
 */
import { type CoverageCount, type CoverageDimension, agencyYears, coverageBy } from '../../data/queries';
import { useQuery } from '../../data/useQuery';
import { formatNumber, useT } from '../../app/i18n';
import { DataTable } from '../../app/ui/DataTable';
import { Panel } from '../../app/ui/Panel';
import { QueryStatus } from '../shared/Loading';
import type { ViewProps } from '../shared/types';
import { ProvinceTiles } from './ProvinceTiles';
import { PROVINCE_TILES } from './provinceTiles';

/** Agencies shown in the grid; the rest are counted and named as left out. */
const GRID_ROWS = 200;

const VALUE_LABELS: Record<CoverageDimension, Record<string, { zh: string; en: string }>> = {
  province: {},
  admin_level: { province: { zh: '省级', en: 'Province' }, city: { zh: '地市级', en: 'City' }, county: { zh: '县区级', en: 'County' }, '': { zh: '未定', en: 'Not resolved' } },
  form_version: { pre2019: { zh: '2019 年以前', en: 'Before 2019' }, '2019': { zh: '2019 年表式', en: '2019 form' }, '2021': { zh: '2021 年表式', en: '2021 form' } },
  layout: {
    pdf: { zh: 'PDF', en: 'PDF' }, html: { zh: '网页', en: 'Web page' }, text: { zh: '文本（OCR、导出）', en: 'Text (OCR, exports)' },
    docx: { zh: 'Word（.docx）', en: 'Word (.docx)' }, doc: { zh: 'Word（.doc）', en: 'Word (.doc)' },
    crawler_dump: { zh: '网页抓取文本', en: 'Web crawler text' }, space_aligned: { zh: 'PDF 转换文本', en: 'Text converted from PDF' },
    '': { zh: '未记录', en: 'Not recorded' },
  },
};

export function Coverage({ state, navigate }: ViewProps) {
  const { t, lang } = useT();
  const zh = lang === 'zh';
  const f = state.filters;
  // The tiles count every province under the other filters, so picking one does not empty the rest.
  const tiles = useQuery((db) => coverageBy(db, { ...f, provinces: [] }, 'province'), [f]);
  const byProvince = useQuery((db) => coverageBy(db, f, 'province'), [f]);
  const byLevel = useQuery((db) => coverageBy(db, f, 'admin_level'), [f]);
  const byForm = useQuery((db) => coverageBy(db, f, 'form_version'), [f]);
  const byLayout = useQuery((db) => coverageBy(db, f, 'layout'), [f]);
  const grid = useQuery((db) => agencyYears(db, f, GRID_ROWS), [f]);
  const fmt = (n: number) => formatNumber(n, lang);
  const valueName = (dimension: CoverageDimension, value: string) => {
    if (dimension === 'province') return (zh ? value : PROVINCE_TILES.find((p) => p.name === value)?.en ?? value) || (zh ? '未定' : 'Not resolved');
    return VALUE_LABELS[dimension][value]?.[lang] ?? value;
  };
  const pick = (province: string) =>
    navigate({ filters: { ...f, provinces: f.provinces.length === 1 && f.provinces[0] === province ? [] : [province] } });
  const countTable = (id: string, title: string, dimension: CoverageDimension, rows: CoverageCount[] | undefined) => (
    <Panel id={id} title={title} csvRows={(rows ?? []) as unknown as Record<string, unknown>[]}>
      {rows && (
        <DataTable
          rows={rows}
          columns={[
            { key: 'value', label: zh ? '类别' : 'Group', render: (r) => valueName(dimension, r.value) },
            { key: 'reports', label: t('reports'), numeric: true, render: (r) => fmt(r.reports) },
            { key: 'agencies', label: t('agencies'), numeric: true, render: (r) => fmt(r.agencies) },
          ]}
        />
      )}
    </Panel>
  );
  const years = grid.data && grid.data.first !== null && grid.data.last !== null
    ? Array.from({ length: grid.data.last - grid.data.first + 1 }, (_, i) => grid.data!.first! + i)
    : [];
  return (
    <>
      <p className="lead">
        {zh
          ? '本数据集是已收集报告的汇编，不是有代表性的抽样：下面列出它包含哪些省份、层级、表式和年份，以及缺少哪些。'
          : 'The dataset is a collection of the reports gathered so far, not a representative sample: below is what it holds, by province, level, form and year, and what it lacks.'}
      </p>
      <Panel id="coverage-provinces" title={zh ? '各省份报告数' : 'Reports by province'} csvRows={(tiles.data ?? []) as unknown as Record<string, unknown>[]}>
        <QueryStatus query={tiles} />
        {tiles.data && <ProvinceTiles counts={new Map(tiles.data.map((r) => [r.value, r.reports]))} selected={f.provinces} onPick={pick} />}
        {tiles.data?.some((r) => r.value === '') && (
          <p className="note">{zh ? `另有 ${fmt(tiles.data.find((r) => r.value === '')!.reports)} 份报告的省份未能确定。` : `${fmt(tiles.data.find((r) => r.value === '')!.reports)} more reports whose province could not be resolved.`}</p>
        )}
      </Panel>
      <div className="coverage-counts">
        {countTable('coverage-by-province', zh ? '按省份' : 'By province', 'province', byProvince.data)}
        {countTable('coverage-by-level', zh ? '按行政级别' : 'By level', 'admin_level', byLevel.data)}
        {countTable('coverage-by-form', zh ? '按表式' : 'By form', 'form_version', byForm.data)}
        {countTable('coverage-by-layout', zh ? '按文件形式' : 'By file layout', 'layout', byLayout.data)}
      </div>
      <Panel
        id="coverage-grid"
        title={zh ? '机构 × 年份：已收录与缺少的报告' : 'Agencies × years: reports held and missing'}
        csvRows={(grid.data?.rows ?? []).map((r) => ({ agency_id: r.agency_id, agency: r.agency, province: r.province, ...Object.fromEntries(years.map((y) => [y, r.reports.filter((x) => x.year === y).length])) }))}
      >
        <QueryStatus query={grid} />
        {grid.data && (
          <div className="table-scroll">
            <table className="coverage-grid">
              <thead>
                <tr>
                  <th scope="col">{t('agencies')}</th>
                  {years.map((y) => <th key={y} scope="col" className="num">{y}</th>)}
                </tr>
              </thead>
              <tbody>
                {grid.data.rows.map((r) => (
                  <tr key={r.agency_id} data-agency={r.agency_id}>
                    <th scope="row">{r.agency}</th>
                    {years.map((y) => {
                      const held = r.reports.filter((x) => x.year === y);
                      return held.length > 0 ? (
                        <td key={y} className="held" data-year={y}>
                          <a href={`#/agency?report=${held[0].report_id}${zh ? '' : '&lang=en'}`} aria-label={zh ? `${r.agency} ${y} 年报告` : `${r.agency}, ${y} report`}>
                            {held.length > 1 ? `●×${held.length}` : '●'}
                          </a>
                        </td>
                      ) : (
                        <td key={y} className="missing" data-year={y} aria-label={zh ? '缺少' : 'missing'}>·</td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="note">
          {zh ? '● 已收录；· 数据集中没有该年度的报告（不一定表示机构未发布）。' : '● held; · the dataset has no report for that year (which does not mean the agency published none).'}
          {grid.data && grid.data.agencies > grid.data.rows.length &&
            (zh ? ` 只列出报告最多的 ${fmt(grid.data.rows.length)} 个机构，共 ${fmt(grid.data.agencies)} 个。` : ` Only the ${fmt(grid.data.rows.length)} agencies with most reports are listed, of ${fmt(grid.data.agencies)}.`)}
        </p>
      </Panel>
    </>
  );
}
