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
