/**
 * For Stryker's TypeScript checker only (its child processes load this with --import). The project compiles
 * with TypeScript 7, whose native compiler has no JavaScript API; the checker needs one, so its imports of
 * `typescript` get TypeScript 6's (devDependency `typescript-6`), which reads the same tsconfig.
 */
import { register } from 'node:module';

register('./typescriptApiHooks.mjs', import.meta.url);
