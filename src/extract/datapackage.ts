/**
 * data/datapackage.json: the dataset described as a Frictionless Tabular Data Package, so that other tools
 * (frictionless, pandas readers, CSVW converters) load the files with their types and keys without reading
 * our docs. The column descriptions are docs/data-dictionary.md's column tables, read here, so the page
 * people read and the file machines read cannot drift.
 */
import { CHECK_COLUMNS, FACT_COLUMNS, REPORT_COLUMNS } from './csv';
import { SOURCE_COLUMNS } from './sources';
import { LINE_COLUMNS } from './factLines';

export interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
  constraints?: { enum?: string[]; pattern?: string };
}

export const DATASET_TABLES = {
  reports: REPORT_COLUMNS,
  facts: FACT_COLUMNS,
  checks: CHECK_COLUMNS,
  sources: SOURCE_COLUMNS,
  lines: LINE_COLUMNS,
} as const;

type Table = keyof typeof DATASET_TABLES;

const KEYS: Record<Table, { primaryKey?: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] }> = {
  reports: { primaryKey: ['report_id'] },
  facts: { foreignKeys: [{ fields: ['report_id'], reference: { resource: 'reports', fields: ['report_id'] } }] },
  checks: { primaryKey: ['report_id', 'check'], foreignKeys: [{ fields: ['report_id'], reference: { resource: 'reports', fields: ['report_id'] } }] },
  sources: { primaryKey: ['report_id'], foreignKeys: [{ fields: ['report_id'], reference: { resource: 'reports', fields: ['report_id'] } }] },
  // No primary key: `page` is empty for text files, and a key's fields may not be.
  lines: { foreignKeys: [{ fields: ['report_id'], reference: { resource: 'reports', fields: ['report_id'] } }] },
};

/** Markdown inline code and escapes out of a table cell. */
const plain = (cell: string) => cell.replace(/\\\|/g, '|').trim();

/** The type column of the dictionary's tables, read as a Table Schema type (and an enum when it lists values). */
function fieldType(type: string): Pick<Field, 'type' | 'constraints'> {
  const values = [...type.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  if (values.length > 1 && /\|/.test(type)) return { type: 'string', constraints: { enum: /empty/.test(type) ? [...values, ''] : values } };
  if (/^integer/.test(type)) return { type: 'integer' };
  if (/^number/.test(type)) return { type: 'number' };
  if (/^ISO date/.test(type)) return { type: 'date' };
  if (/12 hex/.test(type)) return { type: 'string', constraints: { pattern: '[0-9a-f]{12}' } };
  if (/64 hex/.test(type)) return { type: 'string', constraints: { pattern: '[0-9a-f]{64}' } };
  if (/6 digits/.test(type)) return { type: 'string', constraints: { pattern: '(\\d{6})?' } };
  return { type: 'string' };
}

/** `## <table>.csv` sections of the data dictionary, each with a `| column | type | definition |` table. */
export function dictionaryFields(markdown: string): Record<string, Field[]> {
  const out: Record<string, Field[]> = {};
  let table: string | null = null;
  for (const line of markdown.split('\n')) {
    const heading = /^## (\w+)\.csv\s*$/.exec(line);
    if (heading) table = heading[1];
    else if (/^#{1,2} /.test(line)) table = null;
    if (!table) continue;
    const row = /^\| `(\w+)` \| (.*?) \| (.*) \|$/.exec(line);
    if (!row) continue;
    const [, name, type, definition] = row;
    (out[table] ??= []).push({ name, ...fieldType(plain(type)), description: plain(definition) });
  }
  return out;
}

/** The dataset's files as the dictionary's first table lists them: `reports` → `report (source file)`. */
export function dictionaryFiles(markdown: string): { name: string; rowPer: string }[] {
  return [...markdown.matchAll(/^\| `data\/(\w+)\.csv` \| (.*?) \| .* \|$/gm)].map((m) => ({ name: m[1], rowPer: plain(m[2]) }));
}

/** The SQL view's tables built from the dataset (`## In the dashboard's SQL view`): name, one row per, what it holds. */
export function dictionaryViews(markdown: string): { name: string; rowPer: string; meaning: string }[] {
  const out: { name: string; rowPer: string; meaning: string }[] = [];
  let inside = false;
  for (const line of markdown.split('\n')) {
    if (/^## /.test(line)) inside = /^## In the dashboard's SQL view/.test(line);
    const row = inside && /^\| `(\w+)` \| (.*?) \| (.*) \|$/.exec(line);
    if (row) out.push({ name: row[1], rowPer: plain(row[2]), meaning: plain(row[3]) });
  }
  return out;
}

/** The descriptor; throws naming every column the dictionary does not describe (or describes out of order). */
export function dataPackage(markdown: string, version: string) {
  const described = dictionaryFields(markdown);
  const problems: string[] = [];
  const resources = (Object.keys(DATASET_TABLES) as Table[]).map((table) => {
    const fields = DATASET_TABLES[table].map((name) => described[table]?.find((f) => f.name === name));
    DATASET_TABLES[table].forEach((name, i) => !fields[i] && problems.push(`${table}.csv: column ${name} is not in docs/data-dictionary.md`));
    return {
      name: table,
      path: `${table}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', header: true, doubleQuote: true, lineTerminator: '\n' },
      schema: { fields: fields.filter(Boolean) as Field[], missingValues: [''], ...KEYS[table] },
    };
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return {
    profile: 'tabular-data-package',
    name: 'gov-info-disclosure-annual-reports',
    title: '政府信息公开工作年度报告 数据集 · Government information disclosure annual reports',
    description: 'Every number of the standard tables of Chinese government agencies’ annual information-disclosure reports, with its source line, blanks apart from zeros, units normalised, and consistency checks. See docs/data-dictionary.md.',
    version,
    licenses: [{ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    resources,
  };
}
