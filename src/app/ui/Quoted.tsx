/**
 * English text that quotes the reports' Chinese (a flag's meaning: "余, 多, 约, 近"): each Chinese run is
 * marked `lang="zh"`, so a screen reader reads it as Chinese and the page's language stays one.
 */
const CJK_RUN = /([\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+)/;

export function Quoted(props: { text: string }) {
  return <>{props.text.split(CJK_RUN).map((part, i) => (i % 2 ? <span key={i} lang="zh">{part}</span> : part))}</>;
}
