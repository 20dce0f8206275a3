/** The SQL view's schema: every table and view a statement can read, its columns and what they hold. */
import { schemaColumns } from '../../data/queries';
import { useQuery } from '../../data/useQuery';
import { useT } from '../../app/i18n';
import { SCHEMA_TABLES, columnMeaning } from './schemaDocs';

export function SchemaPanel() {
  const { lang } = useT();
  const columns = useQuery((db) => schemaColumns(db, SCHEMA_TABLES.map((t) => t.name)), []);
  const of = (table: string) => (columns.data ?? []).filter((c) => c.table_name === table);
  // Meanings are the data dictionary's, in English: quoted as such on the Chinese page.
  return (
    <details className="schema" data-testid="sql-schema" open>
      <summary>{lang === 'zh' ? '表和视图（点开查看各列；说明摘自数据字典，英文）' : 'Tables and views (open one for its columns; from the data dictionary)'}</summary>
      <ul>
        {SCHEMA_TABLES.filter((t) => !columns.data || of(t.name).length > 0).map((t) => (
          <li key={t.name} data-table={t.name}>
            <details>
              <summary><code data-source-text>{t.name}</code> <span lang="en" data-source-text>{t.meaning}</span></summary>
              {/* A list, not a table: the page's tables are the query's result. */}
              <ul className="columns">
                {of(t.name).map((c) => (
                  <li key={c.column_name} data-column={c.column_name}>
                    <code data-source-text>{c.column_name}</code> <span className="note" data-source-text>{c.data_type}</span> <span lang="en" data-source-text>{columnMeaning(t.name, c.column_name)}</span>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </details>
  );
}
