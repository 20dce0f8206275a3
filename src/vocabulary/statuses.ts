/** The closed value lists of the dataset's columns (facts.status, facts.origin, checks.status, reports.*). */
export const FACT_STATUSES = ['reported', 'blank', 'unreadable'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

export const ORIGINS = ['table', 'narrative', 'derived', 'corrected'] as const;
export type Origin = (typeof ORIGINS)[number];

export const SCOPES = ['body', 'jurisdiction', 'unknown'] as const;
export type Scope = (typeof SCOPES)[number];

export const ADMIN_LEVELS = ['province', 'city', 'county', ''] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

/** A check's outcomes, in the order Quality lists them. */
export const CHECK_STATUSES = ['fail', 'not_assessable', 'pass'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** How a source file lays out its report: the front end that read it (data/sources.csv names it). */
export const LAYOUTS = ['pdf', 'html', 'text', 'docx', 'doc', 'crawler_dump', 'space_aligned', 'ocr'] as const;
export type Layout = (typeof LAYOUTS)[number];
