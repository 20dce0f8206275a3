import type { QueryState } from '../../data/useQuery';
import { useT } from '../../app/i18n';

/** Shows a query's error as a message, or a quiet placeholder while it runs. */
export function QueryStatus(props: { query: QueryState<unknown> }) {
  const { t } = useT();
  if (props.query.error) return <p className="error" role="alert">{props.query.error.message}</p>;
  if (props.query.loading && props.query.data === undefined) return <p className="note" aria-busy="true">{t('loadingData')}</p>;
  return null;
}
