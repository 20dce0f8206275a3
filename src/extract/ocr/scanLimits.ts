/**
 * What a scan may be and how its reading ends, apart from the OCR pipeline: the Add view names the page limit
 * and the cancelled message without loading the pipeline into the page (src/app/pageImports.test.ts).
 */

/** An annual report runs to a few dozen pages; a longer scan is refused rather than kept running for an hour. */
export const MAX_OCR_PAGES = 40;

/** A scan that cannot be read, with a message for the person who added it. */
export class ScanError extends Error {}

/** The message of a reading stopped by its signal. */
export const CANCELLED = 'cancelled';
