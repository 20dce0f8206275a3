/** data/datapackage.json describes the committed files truthfully: every value fits its field, keys hold. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dataPackage, dictionaryFields, dictionaryFiles, dictionaryViews, type Field } from './datapackage';

const descriptor = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as ReturnType<typeof dataPackage>;
const dictionary = readFileSync('docs/data-dictionary.md', 'utf8');

/** What is wrong with one value under a Table Schema field ('' is the missing value). */
function valueProblem(field: Field, value: string): string | null {
  if (value === '') return null;
  const ok = {
    string: true,
    integer: /^-?\d+$/.test(value),
    number: value.trim() !== '' && Number.isFinite(Number(value)),
    boolean: value === 'true' || value === 'false',
    date: /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
  }[field.type];
  if (!ok) return `not a ${field.type}`;
  if (field.constraints?.enum && !field.constraints.enum.includes(value)) return `not one of ${field.constraints.enum.join('/')}`;
  if (field.constraints?.pattern && !new RegExp(`^(?:${field.constraints.pattern})$`).test(value)) return `does not match ${field.constraints.pattern}`;
  return null;
}

const tables = new Map<string, string[][]>(
  descriptor.resources.map((r) => [r.name, Papa.parse<string[]>(readFileSync(`data/${r.path}`, 'utf8'), { skipEmptyLines: true }).data]),
);

describe('data/datapackage.json', () => {
  it('is a tabular data package of the five dataset files, under CC BY 4.0, at the dataset version', () => {
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.resources.map((r) => r.path)).toEqual(['reports.csv', 'facts.csv', 'checks.csv', 'sources.csv', 'lines.csv']);
    expect(descriptor.licenses[0].name).toBe('CC-BY-4.0');
    expect(descriptor.version).toMatch(/^[0-9a-f]{12}$/);
  });

  for (const resource of descriptor.resources) {
    it(`describes ${resource.path}: its header, and the type, values and keys of every row`, () => {
      const [header, ...rows] = tables.get(resource.name)!;
      const fields = resource.schema.fields;
      expect(header).toEqual(fields.map((f) => f.name));
      expect(rows.length).toBeGreaterThan(0);
      const problems: string[] = [];
      rows.forEach((row, i) => fields.forEach((f, j) => {
        const problem = valueProblem(f, row[j] ?? '');
        if (problem) problems.push(`${resource.path} row ${i + 2} ${f.name} "${row[j]}": ${problem}`);
      }));
      expect(problems.slice(0, 10)).toEqual([]);
      const column = (name: string) => header.indexOf(name);
      if ('primaryKey' in resource.schema && resource.schema.primaryKey) {
        const keys = rows.map((r) => resource.schema.primaryKey!.map((k) => r[column(k)]).join('|'));
        expect(new Set(keys).size, `${resource.path} primary key`).toBe(keys.length);
      }
      for (const fk of ('foreignKeys' in resource.schema ? resource.schema.foreignKeys : undefined) ?? []) {
        const [target, ...targetRows] = tables.get(fk.reference.resource)!;
        const known = new Set(targetRows.map((r) => r[target.indexOf(fk.reference.fields[0])]));
        const orphans = rows.map((r) => r[column(fk.fields[0])]).filter((v) => !known.has(v));
        expect(orphans, `${resource.path} → ${fk.reference.resource}`).toEqual([]);
      }
    });
  }

  it('has a test that can fail: a value of the wrong type or outside its list is caught', () => {
    const reports = descriptor.resources[0].schema.fields;
    expect(valueProblem(reports.find((f) => f.name === 'report_year')!, '20x4')).toBe('not a integer');
    expect(valueProblem(reports.find((f) => f.name === 'published_date')!, '2024-13-45')).toBe('not a date');
    expect(valueProblem(reports.find((f) => f.name === 'scope')!, 'city')).toMatch(/^not one of body/);
    expect(valueProblem(reports.find((f) => f.name === 'report_id')!, 'ABC')).toMatch(/does not match/);
  });

  it('is written from docs/data-dictionary.md: a column the page does not describe stops the build, named', () => {
    expect(dictionaryFields(dictionary).facts.map((f) => f.name)).toContain('flags');
    const without = dictionary.replace(/^\| `shares_text_with` .*$/m, '');
    expect(() => dataPackage(without, 'x')).toThrow('sources.csv: column shares_text_with is not in docs/data-dictionary.md');
  });

  it('reads the files and the SQL view’s derived tables the dictionary describes (the SQL view’s schema panel shows them)', () => {
    expect(dictionaryFiles(dictionary).map((f) => f.name)).toEqual(['reports', 'facts', 'checks', 'sources', 'lines']);
    expect(dictionaryFiles(dictionary)[2].rowPer).toBe('consistency check (勾稽关系) run on a report');
    const views = dictionaryViews(dictionary);
    expect(views.map((v) => v.name)).toEqual(['facts_shown', 'facts_preferred', 'chart_cells', 'key_coverage', 'flag_coverage', 'jurisdiction_nesting', 'report_wide', 'local_reports']);
    expect(views[1]).toEqual({ name: 'facts_preferred', rowPer: 'report, year and key with a value', meaning: "`facts_shown` where `status = 'reported'`" });
  });
});

describe('dataPackage', () => {
  // Built in the test, not at load: mutation runs count code run at load as covered by every test.
  it('builds the committed data/datapackage.json from docs/data-dictionary.md (npm run extract writes it so)', () => {
    expect(dataPackage(dictionary, descriptor.version)).toEqual(descriptor);
  });

  it('gives every resource the CSV dialect the files are written in, with empty as the missing value', () => {
    const facts = dataPackage(dictionary, 'v1').resources[1];
    expect(facts).toMatchObject({
      name: 'facts', path: 'facts.csv', profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8',
      dialect: { delimiter: ',', header: true, doubleQuote: true, lineTerminator: '\n' },
    });
    expect(facts.schema.missingValues).toEqual(['']);
    expect(facts.schema).not.toHaveProperty('primaryKey');
    expect(facts.schema.foreignKeys).toEqual([{ fields: ['report_id'], reference: { resource: 'reports', fields: ['report_id'] } }]);
    const written = readFileSync('data/facts.csv', 'utf8');
    expect([written.includes('\r'), written.endsWith('\n')]).toEqual([false, true]);
  });

  it('names every column of a table the dictionary lacks, each on its own line', () => {
    const without = dictionary.replace('## lines.csv', '## lines.tsv');
    expect(() => dataPackage(without, 'x')).toThrow(
      ['report_id', 'page', 'line', 'start', 'line_length', 'around', 'text'].map((c) => `lines.csv: column ${c} is not in docs/data-dictionary.md`).join('\n'),
    );
  });
});

describe('dictionaryFields', () => {
  const fieldOf = (type: string) => {
    const [field] = dictionaryFields(`## reports.csv\n\n| column | type | definition |\n|---|---|---|\n| \`c\` | ${type} | d |\n`).reports;
    const { name, description, ...rest } = field;
    expect([name, description]).toEqual(['c', 'd']);
    return rest;
  };

  it.each<[string, Omit<Field, 'name' | 'description'>]>([
    ['`body` \\| `jurisdiction` \\| `unknown`', { type: 'string', constraints: { enum: ['body', 'jurisdiction', 'unknown'] } }],
    ['`province` \\| `city` \\| `county` \\| empty', { type: 'string', constraints: { enum: ['province', 'city', 'county', ''] } }],
    ['`true` \\| `false`', { type: 'string', constraints: { enum: ['true', 'false'] } }],
    ['`2019` \\| `2021`', { type: 'string', constraints: { enum: ['2019', '2021'] } }],
    ['text, e.g. `民政局`, `人民政府`', { type: 'string' }],
    ['text', { type: 'string' }],
    ['key', { type: 'string' }],
    ['integer', { type: 'integer' }],
    ['integer or empty', { type: 'integer' }],
    ['`;`-separated integers', { type: 'string' }],
    ['number or empty', { type: 'number' }],
    ['text (a number and its unit)', { type: 'string' }],
    ['ISO date or empty', { type: 'date' }],
    ['text (not an ISO date)', { type: 'string' }],
    ['text (12 hex)', { type: 'string', constraints: { pattern: '[0-9a-f]{12}' } }],
    ['text (64 hex)', { type: 'string', constraints: { pattern: '[0-9a-f]{64}' } }],
    ['text (6 digits)', { type: 'string', constraints: { pattern: '(\\d{6})?' } }],
  ])('reads the type %s', (type, field) => {
    expect(fieldOf(type)).toEqual(field);
  });

  it('reads a padded row of an aligned table, and escaped pipes in a definition', () => {
    const fields = dictionaryFields('## facts.csv\n| `flags` | text   | `a` \\| `b`, `;`-separated   |\n').facts;
    expect(fields).toEqual([{ name: 'flags', type: 'string', description: '`a` | `b`, `;`-separated' }]);
  });

  it('reads rows under `## <table>.csv` only: a third-level heading keeps the table, the next section ends it', () => {
    const markdown = [
      '| `before` | text | before any table |',
      '## reports.csv ',
      '| `a` | text | first |',
      '### Notes',
      '| `b` | integer | under a sub-heading |',
      '> | `quoted` | text | a quoted row |',
      '## Keys',
      '| `c` | text | not a column |',
      '## facts.csv, explained',
      '| `d` | text | not a column |',
      '# facts.csv',
      '| `e` | text | not a column |',
    ].join('\n');
    expect(dictionaryFields(markdown)).toEqual({
      reports: [{ name: 'a', type: 'string', description: 'first' }, { name: 'b', type: 'integer', description: 'under a sub-heading' }],
    });
  });
});

describe('dictionaryFiles and dictionaryViews', () => {
  it('read only rows that are rows of their own table', () => {
    const markdown = [
      '| `facts_shown` | before | any section |',
      '| `data/reports.csv` | report | `report_id` |',
      '> | `data/quoted.csv` | quoted | no |',
      '## In the dashboard\'s SQL view',
      '| `facts_preferred` | report and key | `facts_shown` \\| reported |',
      '### A sub-heading',
      '| `chart_cells` | cell | what a chart shows |',
      '> | `quoted` | x | y |',
      '## Sidecars',
      '| `corrections` | row | not a view |',
    ].join('\n');
    expect(dictionaryFiles(markdown)).toEqual([{ name: 'reports', rowPer: 'report' }]);
    expect(dictionaryViews(markdown)).toEqual([
      { name: 'facts_preferred', rowPer: 'report and key', meaning: '`facts_shown` | reported' },
      { name: 'chart_cells', rowPer: 'cell', meaning: 'what a chart shows' },
    ]);
  });
});
