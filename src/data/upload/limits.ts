/** What the page accepts from a user, stated in the page and enforced by the extraction worker. */
export { MAX_REPORT_BYTES as MAX_UPLOAD_BYTES } from '../../extract/input';
export const ACCEPTED = '.pdf,.html,.htm,.txt,.md,.csv';
/** Rows per dataset CSV a user brings (the published facts.csv of a few hundred reports fits easily). */
export const MAX_CSV_ROWS = 200_000;
