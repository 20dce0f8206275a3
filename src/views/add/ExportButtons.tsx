/** Reports as the dataset's own three files, to contribute back or to bring again later. */
import { checksCsv, factsCsv, reportsCsv } from '../../extract/csv';
import type { LocalEntry } from '../../data/local/types';
import { download } from '../../app/ui/download';

export function ExportButtons({ name, entries }: { name: string; entries: LocalEntry[] }) {
  const files = [
    ['reports.csv', () => reportsCsv(entries.map((e) => e.report))],
    ['facts.csv', () => factsCsv(entries.flatMap((e) => e.facts))],
    ['checks.csv', () => checksCsv(entries.flatMap((e) => e.checks))],
  ] as const;
  return (
    <div className="actions">
      {files.map(([file, csv]) => (
        <button key={file} type="button" onClick={() => download(`${name}-${file}`, csv())}>{file}</button>
      ))}
    </div>
  );
}
