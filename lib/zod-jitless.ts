/**
 * zod as the extension's bundles see it (wxt.config.ts aliases `zod` to this module): configured
 * jitless before any schema is built. zod 4 otherwise compiles a fast parser for each object schema
 * with the Function constructor, which extension pages' CSP forbids and AMO's review flags.
 * Importing through this module is what guarantees the order: every schema module's `zod` import
 * runs this body first.
 */
import { config } from 'zod/v4';

config({ jitless: true });

export * from 'zod/v4';
export { default } from 'zod/v4';
