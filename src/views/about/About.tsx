import { useEffect, useState } from 'react';
import { ITEM_LABELS, MEASURE_LABELS, label } from '../../app/labels';
import { type DictionaryEntry, loadFormDictionary } from '../../data/dictionary';
import { NO_FILTERS } from '../../data/filters';
import { reportList } from '../../data/queries';
import { useQuery } from '../../data/useQuery';
import { FLAGS } from '../../extract/flags';
import { useT } from '../../app/i18n';
import { DataTable } from '../../app/ui/DataTable';
import { Panel } from '../../app/ui/Panel';

/** English name of a dictionary key; `*` covers every row or column of its section. */
const englishName = (e: DictionaryEntry) =>
  `${e.item === '*' ? 'every row' : label(ITEM_LABELS, e.item, 'en')} · ${e.measure === '*' ? 'every column' : label(MEASURE_LABELS, e.measure, 'en')}`;

export function About() {
  const { lang } = useT();
  const zh = lang === 'zh';
  const [dictionary, setDictionary] = useState<DictionaryEntry[] | Error | null>(null);
  useEffect(() => {
    loadFormDictionary().then(setDictionary, setDictionary);
  }, []);
  const sources = useQuery((db) => reportList(db, NO_FILTERS), []);
  return (
    <>
      <Panel id="about-method" title={zh ? '方法' : 'Method'}>
        <p>{zh
          ? '数据来自各机构发布的政府信息公开工作年度报告（扫描件、网页、DOCX 导出和 OCR 文本）。提取程序把标准表格的每一个数字连同原文行号记录下来；空白单元格与 0 分开；金额统一为万元；无法确定位置的单元格记为“无法识别”，从不猜测。'
          : 'The data comes from the annual government information disclosure reports agencies publish (scans, web pages, DOCX exports, OCR text). The extractor records every number of the standard tables with its source line; blank cells are kept apart from zeros; money is in 10,000 yuan; a cell that cannot be placed without guessing is recorded as unreadable.'}</p>
        <ul>
          <li>{zh ? '比率不在机构之间取平均；份额按合计数计算。' : 'Ratios are never averaged across agencies; shares come from summed counts.'}</li>
          <li>{zh ? '不同表式（2019、2021）的数字只在两种表式都有该行时比较。' : 'Counts from the 2019 and 2021 forms are compared only where the row exists in both.'}</li>
          <li>{zh ? '人民政府报告全辖区数字时（范围“全辖区”），不与辖区内机构的报告相加。' : 'A people’s government reporting for its whole area (scope “jurisdiction”) is never added to the bodies inside it.'}</li>
          <li>{zh ? '同一数字有多个来源时，优先级为：表格 > 更正 > 正文 > 推算。' : 'Where a number has several origins: table > corrected > narrative > derived.'}</li>
        </ul>
        <p><a href={`${import.meta.env.BASE_URL}data/dictionary/form-dictionary.csv`} download>form-dictionary.csv</a></p>
      </Panel>
      <Panel id="about-sources" title={zh ? '来源：每份报告的原始文件' : 'Sources: the original file of every report'}>
        <DataTable
          rows={sources.data ?? []}
          columns={[
            { key: 'agency', label: zh ? '机构' : 'Agency', render: (r) => r.agency || r.agency_id },
            { key: 'report_year', label: zh ? '年度' : 'Year' },
            { key: 'source_file', label: zh ? '文件' : 'File', render: (r) => <a href={`${import.meta.env.BASE_URL}data/raw/${encodeURIComponent(r.source_file)}`}>{r.source_file}</a> },
            { key: 'published_date', label: zh ? '落款日期' : 'Signed' },
          ]}
        />
      </Panel>
      <Panel id="about-dictionary" title={zh ? '表式字典：每个键' : 'Form dictionary: every key'} csvRows={Array.isArray(dictionary) ? dictionary.map((e) => ({ ...e, label_en: englishName(e) })) : undefined}>
        {dictionary instanceof Error && <p className="error" role="alert">{dictionary.message}</p>}
        {Array.isArray(dictionary) && (
          <DataTable
            rows={dictionary}
            columns={[
              { key: 'key', label: 'section · item · measure', render: (e) => `${e.section} · ${e.item} · ${e.measure}` },
              { key: 'label_zh', label: '中文' },
              { key: 'label_en', label: 'English', render: englishName },
              { key: 'forms', label: zh ? '表式' : 'Forms' },
              { key: 'note', label: zh ? '说明' : 'Note' },
            ]}
          />
        )}
      </Panel>
      <Panel id="about-items" title={zh ? '项目（行）' : 'Items (rows)'}>
        <DataTable rows={Object.entries(ITEM_LABELS).map(([key, l]) => ({ key, ...l }))} columns={[{ key: 'key', label: 'key' }, { key: 'zh', label: '中文' }, { key: 'en', label: 'English' }]} />
      </Panel>
      <Panel id="about-measures" title={zh ? '指标（列）' : 'Measures (columns)'}>
        <DataTable rows={Object.entries(MEASURE_LABELS).map(([key, l]) => ({ key, ...l }))} columns={[{ key: 'key', label: 'key' }, { key: 'zh', label: '中文' }, { key: 'en', label: 'English' }]} />
      </Panel>
      <Panel id="about-flags" title={zh ? '标记' : 'Flags'}>
        <DataTable rows={Object.entries(FLAGS).map(([flag, meaning]) => ({ flag, meaning }))} columns={[{ key: 'flag', label: 'flag' }, { key: 'meaning', label: zh ? '含义（英文）' : 'Meaning' }]} />
      </Panel>
    </>
  );
}
