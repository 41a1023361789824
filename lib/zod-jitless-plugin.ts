/**
 * Vite plugin for the extension's bundles: zod without eval.
 *
 * - `zod` resolves to lib/zod-jitless.ts, which turns zod's JIT off before any schema exists.
 * - zod still carries the JIT's code (a `new Function("")` probe and the parser compiler), and
 *   `web-ext lint` reads code, not behaviour: it warns DANGEROUS_EVAL for code that never runs. So
 *   the two places that take the Function constructor get a function that throws instead. The probe
 *   catches that throw and reports "no eval", the compiler is unreachable once jitless is set.
 *
 * A zod release that moves that code fails the build here rather than bringing eval back quietly.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const WRAPPER = resolve(import.meta.dirname, 'zod-jitless.ts');
const TAKES_FUNCTION = 'const F = Function;';
const NO_EVAL = "const F = function () { throw new Error('zod is built without eval (lib/zod-jitless-plugin.ts)'); };";
/** zod 4's modules that take the Function constructor: the eval probe and the parser compiler. */
const EVAL_MODULES = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/](util|doc)\.js$/;

export function zodJitlessPlugin(): Plugin {
  return {
    name: 'backstory-zod-jitless',
    enforce: 'pre',
    config: () => ({ resolve: { alias: [{ find: /^zod$/, replacement: WRAPPER }] } }),
    transform(code, id) {
      if (!EVAL_MODULES.test(id)) return undefined;
      if (!code.includes(TAKES_FUNCTION)) this.error(`${id} no longer has "${TAKES_FUNCTION}": check how this zod version evaluates code`);
      return { code: code.replaceAll(TAKES_FUNCTION, NO_EVAL), map: null };
    },
  };
}
