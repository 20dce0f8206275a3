/**
 * The form vocabulary, one module for the extractor, the data layer and the pages: form versions, dataset
 * keys, the pre-2019 crosswalk, flags, value lists and zh/en labels. docs/vocabulary.md says what to touch
 * to add a form.
 */
export * from './crosswalk';
export * from './dictionary';
export * from './flags';
export * from './forms';
export * from './keys';
export * from './labels';
export * from './statuses';
