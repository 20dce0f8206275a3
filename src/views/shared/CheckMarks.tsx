/** The list under a table or chart of its figures whose check fails, each with what the check compared. */
import type { FailedCheck } from '../../data/figureMarks';
import { WARN, checksText } from '../../app/figureText';
import { useT } from '../../app/i18n';

export function CheckMarks(props: { marks: { name: string; checks: FailedCheck[] }[] }) {
  const { lang } = useT();
  const zh = lang === 'zh';
  if (props.marks.length === 0) return null;
  return (
    <div className="note check-marks" role="note" data-testid="check-marks">
      {WARN} {zh ? '以下报告的核对不符，数值按报告所印显示：' : 'These reports fail a check; their figures are shown as printed:'}
      <ul>
        {props.marks.map((m) => <li key={m.name}>{m.name}{zh ? '：' : ': '}{checksText(m.checks, lang)}</li>)}
      </ul>
    </div>
  );
}

/** ⚠ beside a number whose check fails; the check's words in its title and for screen readers. */
export function WarnMark(props: { text: string }) {
  if (!props.text) return null;
  return <> <span className="warn mark" role="img" title={props.text} aria-label={props.text}>{WARN}</span></>;
}
