/** A chart's legend in HTML: it wraps on a phone and never cuts or pages a name away. */
import { seriesColour } from '../../charts/options';

export function Legend(props: { names: string[]; extra?: { colour: string; text: string } }) {
  if (props.names.length < 2 && !props.extra) return null;
  return (
    <ul className="chart-legend" data-testid="legend">
      {props.names.map((name, i) => <li key={name}><i style={{ background: seriesColour(i) }} aria-hidden="true" />{name}</li>)}
      {props.extra && <li className="extra"><i style={{ background: props.extra.colour }} aria-hidden="true" />{props.extra.text}</li>}
    </ul>
  );
}
