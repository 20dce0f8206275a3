/** The metadata of a report before it is kept: what the extractor read, editable where the text was silent or wrong. */
import type { Report } from '../../extract/types';
import { EDITABLE, type EditableField, type MetadataPatch } from '../../data/local/editMetadata';
import { useT } from '../../app/i18n';

const NAMES: Record<EditableField, [string, string]> = {
  agency: ['机构', 'Agency'], agency_type: ['机构类型', 'Agency type'], province: ['省份', 'Province'], city: ['市', 'City'],
  county: ['县区', 'County'], division_code: ['区划代码', 'Division code'], admin_level: ['行政级别', 'Level'],
  scope: ['填报范围', 'Scope'], report_year: ['报告年度', 'Report year'], published_date: ['发布日期', 'Published'],
};
const CHOICES: Partial<Record<EditableField, string[]>> = { admin_level: ['', 'province', 'city', 'county'], scope: ['body', 'jurisdiction', 'unknown'] };

export function MetadataForm(props: { report: Report; patch: MetadataPatch; onChange: (patch: MetadataPatch) => void }) {
  const { lang } = useT();
  const value = (f: EditableField) => props.patch[f] ?? String(props.report[f] ?? '');
  return (
    <fieldset className="metadata">
      <legend>{lang === 'zh' ? '元数据（保留前可修改）' : 'Metadata (editable before keeping)'}</legend>
      {EDITABLE.map((f) => (
        <label key={f}>
          {NAMES[f][lang === 'zh' ? 0 : 1]}
          {CHOICES[f] ? (
            <select name={f} value={value(f)} onChange={(e) => props.onChange({ ...props.patch, [f]: e.target.value })}>
              {CHOICES[f]!.map((c) => <option key={c} value={c}>{c || '—'}</option>)}
            </select>
          ) : (
            <input name={f} value={value(f)} inputMode={f === 'report_year' ? 'numeric' : undefined} maxLength={200}
              onChange={(e) => props.onChange({ ...props.patch, [f]: e.target.value })} />
          )}
        </label>
      ))}
    </fieldset>
  );
}
