import { type DictionaryEntry, FLAGS, FORM_LABELS, ITEM_LABELS, label, MEASURE_LABELS } from '../../vocabulary';
import { useEffect, useState } from 'react';
import { flagMeaning, flagName } from '../../app/flagLabels';
import { loadFormDictionary } from '../../data/dictionary';
import { NO_FILTERS } from '../../data/filters';
import { LOCAL_MARK, SQL_ROW_LIMIT, overviewTotals, reportList } from '../../data/queries';
import { MAX_DATASET_ROWS, MAX_OCR_PAGES, MAX_UPLOAD_BYTES } from '../../data/upload/limits';
import { MAX_AGENCIES } from '../../app/route';
import { MAX_BARS } from '../shared/SectionPanel';
import { TABLE_ROWS } from '../sql/SqlView';
import { useQuery } from '../../data/useQuery';
import { formatNumber, useT } from '../../app/i18n';
import { DataTable } from '../../app/ui/DataTable';
import { Panel } from '../../app/ui/Panel';
import { Quoted } from '../../app/ui/Quoted';
import { type SourceFile, servedOnSite, sourceFiles, webAddress } from '../../data/sourceFiles';

/** Sources listed on the page; the rest are in reports.csv. */
const SOURCES_SHOWN = 1000;

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
  const [files, setFiles] = useState<Map<string, SourceFile>>(new Map());
  useEffect(() => {
    sourceFiles().then(setFiles);
  }, []);
  const sources = useQuery((db) => Promise.all([reportList(db, NO_FILTERS, SOURCES_SHOWN), overviewTotals(db, NO_FILTERS)]), []);
  const [sourceRows, totals] = sources.data ?? [[], undefined];
  const moreSources = (totals?.coverage.reports ?? 0) - sourceRows.length;
  const n = (v: number) => formatNumber(v, lang);
  /** A key with its Chinese and English names, each marked with its language. */
  const bilingual = [
    { key: 'key', label: zh ? '键' : 'Key', render: (r: { key: string }) => <code data-source-text>{r.key}</code> },
    { key: 'zh', label: zh ? '中文' : 'Chinese', render: (r: { zh: string }) => <span lang="zh">{r.zh}</span> },
    { key: 'en', label: zh ? '英文' : 'English', render: (r: { en: string }) => <span lang="en">{r.en}</span> },
  ];
  const nameOf = new Map(sourceRows.map((r) => [r.report_id, `${r.agency || r.agency_id} ${r.report_year ?? ''}`.trim()]));
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
          <li>{zh
            ? `在“添加报告”中加入的报告只存在于您的浏览器，名称后标有“${LOCAL_MARK.trim()}”；它们不属于已发布的数据集，引用时不带数据集版本。`
            : `Reports added on “Add a report” exist only in your browser and carry “${LOCAL_MARK.trim()}” after their name; they are not part of the published dataset, and their citations name no dataset version.`}</li>
        </ul>
        <p><a href={`${import.meta.env.BASE_URL}data/dictionary/form-dictionary.csv`} download>form-dictionary.csv</a></p>
      </Panel>
      <Panel id="about-limits" title={zh ? '限制' : 'Limits'}>
        <ul>
          <li>{zh ? `添加的文件每个不超过 ${MAX_UPLOAD_BYTES / 1048576} MB；更大的文件不读取，并提示原因。` : `Each file added is at most ${MAX_UPLOAD_BYTES / 1048576} MB; a larger one is not read, and a message says why.`}</li>
          <li>{zh ? `扫描件（无文字层的 PDF、PNG 或 JPEG 页面图像）在本浏览器中做文字识别（OCR），每页需数秒，超过 ${MAX_OCR_PAGES} 页的不识别；识别出的数字都带 OCR 标记，置信度不够或所在合计不符的记为“无法识别”。` : `Scans (a PDF without a text layer, PNG or JPEG page images) are read by OCR in this browser, a few seconds a page; one over ${MAX_OCR_PAGES} pages is not read. Every number read so is flagged ocr; one read without enough confidence, or whose sums do not hold, is recorded as unreadable.`}</li>
          <li>{zh ? `数据集 CSV（网站载入的 reports、facts、checks，或添加的 CSV）每个文件不超过 ${n(MAX_DATASET_ROWS)} 行；超出的文件不载入，提示中写明文件名和限制。` : `A dataset CSV (the site's reports, facts and checks, or a CSV you add) has at most ${n(MAX_DATASET_ROWS)} rows per file; a larger file is not loaded, and a message names it and the limit.`}</li>
          <li>{zh ? `SQL 结果最多 ${n(SQL_ROW_LIMIT)} 行，多出的行不返回，并会注明结果已截断；表格显示前 ${n(TABLE_ROWS)} 行，导出 CSV 含全部结果。` : `An SQL result keeps at most ${n(SQL_ROW_LIMIT)} rows and says when it was cut; the table shows the first ${n(TABLE_ROWS)}, the CSV export all of them.`}</li>
          <li>{zh ? `每张图最多画出数值最大的 ${MAX_BARS} 份报告，其余在该图的 CSV 中。` : `A chart draws at most the ${MAX_BARS} reports with the largest values; the rest are in its CSV.`}</li>
          <li>{zh ? `比较和趋势最多同时显示 ${MAX_AGENCIES} 个机构。` : `Compare and Trends show at most ${MAX_AGENCIES} agencies at once.`}</li>
        </ul>
      </Panel>
      <Panel id="about-sources" title={zh ? '来源：每份报告的原始文件' : 'Sources: the original file of every report'}>
        {moreSources > 0 && (
          <p className="note" data-testid="sources-more">{zh
            ? `列出前 ${n(sourceRows.length)} 份；另有 ${n(moreSources)} 份见 reports.csv 的 source_file 列，或在 SQL 中查询。`
            : `The first ${n(sourceRows.length)} are listed; ${n(moreSources)} more are in reports.csv (column source_file), or ask SQL.`}</p>
        )}
        <p className="note">{zh
          ? '本网站只提供 data/raw 中的文件；其余文件来自公开仓库，请按原文网址查看。两个机关以各自名义发布同一文本的，两份报告都保留，各归其机关，并在“与之文本相同的报告”一列注明。'
          : 'This site serves the files in data/raw only; the others come from public repositories: follow the address where each was published. Where two bodies published one text under their own names, both reports are kept, each under its own body, and the column “Same text as” says so.'}</p>
        <DataTable
          rows={sourceRows}
          columns={[
            { key: 'agency', label: zh ? '机构' : 'Agency', render: (r) => <span data-source-text>{r.agency || r.agency_id}</span> },
            { key: 'report_year', label: zh ? '年度' : 'Year' },
            {
              key: 'source_file',
              label: zh ? '文件' : 'File',
              // Only data/raw is served; a file kept elsewhere is named, with no link that would not open.
              render: (r) => {
                const file = files.get(r.report_id);
                return file && !servedOnSite(file.location)
                  ? <><span data-source-text>{r.source_file}</span> <span className="note">{zh ? '（不在本网站上）' : '(not on this site)'}</span></>
                  : <a href={`${import.meta.env.BASE_URL}data/raw/${encodeURIComponent(r.source_file)}`} data-source-text>{r.source_file}</a>;
              },
            },
            {
              key: 'source_url',
              label: zh ? '原文网址' : 'Published at',
              render: (r) => { const url = webAddress(r.source_url); return url ? <a href={url} target="_blank" rel="noopener noreferrer" data-source-text>{url}</a> : '—'; },
            },
            {
              key: 'shares_text_with',
              label: zh ? '与之文本相同的报告' : 'Same text as',
              render: (r) => (files.get(r.report_id)?.sharesTextWith ?? []).map((id) => nameOf.get(id) ?? id).join(zh ? '、' : ', '),
            },
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
              { key: 'key', label: zh ? '键（分节 · 项目 · 指标）' : 'Key (section · item · measure)', render: (e) => <code data-source-text>{`${e.section} · ${e.item} · ${e.measure}`}</code> },
              { key: 'label_zh', label: zh ? '中文' : 'Chinese', render: (e) => <span lang="zh">{e.label_zh}</span> },
              { key: 'label_en', label: zh ? '英文' : 'English', render: (e) => <span lang="en">{englishName(e)}</span> },
              { key: 'forms', label: zh ? '表式' : 'Forms', render: (e) => e.forms.split(/\s+/).filter(Boolean).map((f) => label(FORM_LABELS, f, lang)).join(zh ? '、' : ', ') },
              // The dictionary's notes are written in English, quoting the form's Chinese wording.
              { key: 'note', label: zh ? '说明（英文）' : 'Note', render: (e) => <span data-source-text>{e.note}</span> },
            ]}
          />
        )}
      </Panel>
      <Panel id="about-items" title={zh ? '项目（行）' : 'Items (rows)'}>
        <DataTable rows={Object.entries(ITEM_LABELS).map(([key, l]) => ({ key, ...l }))} columns={bilingual} />
      </Panel>
      <Panel id="about-measures" title={zh ? '指标（列）' : 'Measures (columns)'}>
        <DataTable rows={Object.entries(MEASURE_LABELS).map(([key, l]) => ({ key, ...l }))} columns={bilingual} />
      </Panel>
      <Panel id="about-flags" title={zh ? '标记' : 'Flags'}>
        <DataTable
          rows={Object.keys(FLAGS).map((flag) => ({ flag }))}
          columns={[
            { key: 'flag', label: zh ? '标记（数据中的写法）' : 'Flag (as written in the flags column)', render: (f) => <><code data-source-text>{f.flag}</code> {zh ? flagName(f.flag, lang) : ''}</> },
            { key: 'meaning', label: zh ? '含义' : 'Meaning', render: (f) => <Quoted text={flagMeaning(f.flag, lang)} /> },
          ]}
        />
      </Panel>
    </>
  );
}
