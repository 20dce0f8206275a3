/** On every view: the whole dataset to download, its version and licence. */
import { type DataLayout, PACKED_FILE } from '../data/load/layout';
import { DATASET_FILES } from '../data/schema';
import { useT } from './i18n';

declare const __DATASET_VERSION__: string;
declare const __DATA_LAYOUT__: DataLayout;

/**
 * What the build publishes: the CSVs with their sources and their machine-readable description, or (at
 * scale) the one DuckDB file the site reads.
 */
const FILES = [
  ...(__DATA_LAYOUT__ === 'packed' ? [PACKED_FILE] : [...Object.values(DATASET_FILES), 'sources.csv', 'lines.csv', 'datapackage.json']),
  'dictionary/form-dictionary.csv',
];

export function DatasetFooter() {
  const { t, lang } = useT();
  const data = `${import.meta.env.BASE_URL}data/`;
  return (
    <footer className="site">
      {t('downloadDataset')}:{' '}
      {FILES.map((file) => <a key={file} className="file" href={`${data}${file}`} download>{file}</a>)}
      <span className="note">
        {lang === 'zh' ? '数据集版本' : 'dataset version'} {__DATASET_VERSION__} · <a href={`${data}LICENSE.md`}>CC BY 4.0</a> · <a href={`${data}CHANGELOG.md`}>{lang === 'zh' ? '更新记录' : 'changelog'}</a>
      </span>
    </footer>
  );
}
