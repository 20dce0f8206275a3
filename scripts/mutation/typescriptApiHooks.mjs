/**
 * Module hooks registered by typescriptApi.mjs: `typescript` resolves to the `typescript-6` package, through
 * typescriptWithParseCache.mjs (which keeps the checker from parsing every file again for each mutant).
 */
const withParseCache = new URL('./typescriptWithParseCache.mjs', import.meta.url).href;

export function resolve(specifier, context, next) {
  if (specifier === 'typescript') return { url: withParseCache, shortCircuit: true };
  return next(specifier, context);
}
