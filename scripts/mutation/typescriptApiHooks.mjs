/** Module hooks registered by typescriptApi.mjs: `typescript` resolves to the `typescript-6` package. */
export function resolve(specifier, context, next) {
  return next(specifier === 'typescript' ? 'typescript-6' : specifier, context);
}
