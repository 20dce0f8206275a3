/** A scan being read by OCR: the page being read, of how many, and a button that stops it. */
import type { OcrProgress } from '../../data/upload/extractInWorker';
import { useT } from '../../app/i18n';

export function ScanProgress({ progress, onCancel }: { progress: OcrProgress; onCancel: () => void }) {
  const { lang } = useT();
  const zh = lang === 'zh';
  const { page, total } = progress;
  const text = zh
    ? `正在识别扫描件（OCR）：第 ${page} 页${total ? `，共 ${total} 页` : ''}`
    : `Reading the scan (OCR): page ${page}${total ? ` of ${total}` : ''}`;
  return (
    <span className="note" data-testid="ocr-progress">
      <span role="status">{text}</span>{' '}
      {total ? <progress max={total} value={page - 1} aria-label={text} /> : null}{' '}
      <button type="button" onClick={onCancel}>{zh ? '取消识别' : 'Cancel'}</button>
    </span>
  );
}
