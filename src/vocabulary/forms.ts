/** The official forms a report's tables follow (reports.form_version). */
export const FORM_VERSIONS = ['pre2019', '2019', '2021'] as const;
export type FormVersion = (typeof FORM_VERSIONS)[number];

/** The national forms with fixed tables (二 主动公开, 三 依申请, 四 复议诉讼); the year each came into use is its name. */
export const TABLE_FORMS = ['2019', '2021'] as const satisfies readonly FormVersion[];
export type TableForm = (typeof TABLE_FORMS)[number];
