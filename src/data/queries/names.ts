/** How a report's agency is named in every view: its printed name, or its place for an unnamed one, marked when added in this browser. */
import { sqlString } from '../sql';

/** Appended to the name of a report added in this browser, in every view. */
export const LOCAL_MARK = ' ⊕本地/local';

/** Put before the place of a report that names no agency: in both languages, as LOCAL_MARK is. */
export const UNSIGNED_MARK = '未署名/unsigned·';

/**
 * An agency's display name. An unnamed agency (002) is shown by its place and the start of its id
 * (`未署名/unsigned·武汉市 #a83f14`), never by a guessed name; a report added in this browser carries LOCAL_MARK.
 * `alias` is the reports table's alias.
 */
export function agencyName(alias: string): string {
  const c = (column: string) => `${alias}.${column}`;
  const place = `coalesce(nullif(${c('county')}, ''), nullif(${c('city')}, ''), nullif(${c('province')}, ''), '')`;
  const local = `CASE WHEN ${c('report_id')} IN (SELECT report_id FROM local_reports) THEN ${sqlString(LOCAL_MARK)} ELSE '' END`;
  return `coalesce(nullif(${c('agency')}, ''), ${sqlString(UNSIGNED_MARK)} || ${place} || ' #' || left(replace(${c('agency_id')}, 'unknown-', ''), 6)) || ${local}`;
}
