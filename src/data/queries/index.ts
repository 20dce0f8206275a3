/**
 * Typed queries: the only place SQL is written for the views, one module per subject. Every function takes
 * the connector, so tests run the same SQL on DuckDB for Node. Sums never mix scopes: a jurisdiction-wide
 * report already contains the bodies inside it, so totals are given per scope.
 */
export * from './names';
export * from './overview';
export * from './figures';
export * from './trends';
export * from './reports';
export * from './quality';
export * from './outcomes';
export * from './compare';
export * from './coverage';
export * from './userSql';
export { trendKeys } from './conditions';
