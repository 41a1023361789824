/**
 * zod without eval in the extension's bundles (lib/zod-jitless.ts, lib/zod-jitless-plugin.ts):
 * schemas still parse with the JIT off, and the build swaps zod's Function constructor for a
 * function that throws, so web-ext lint finds no eval.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from '../../lib/zod-jitless';
import { zodJitlessPlugin } from '../../lib/zod-jitless-plugin';

type Transform = (code: string, id: string) => { code: string } | undefined;

function transformOf(errors: string[]): Transform {
  const plugin = zodJitlessPlugin();
  const hook = plugin.transform as unknown as (this: unknown, code: string, id: string) => { code: string } | undefined;
  const context = {
    error(message: string): never {
      errors.push(message);
      throw new Error(message);
    },
  };
  return (code, id) => hook.call(context, code, id);
}

const zodCore = (file: string) => resolve('node_modules/zod/v4/core', file);

describe('zod without eval', () => {
  it('is configured jitless before a schema is built, and schemas still parse', () => {
    expect(z.config().jitless).toBe(true);
    const schema = z.object({ id: z.string(), count: z.number().int() });
    expect(schema.parse({ id: 'a', count: 2 })).toEqual({ id: 'a', count: 2 });
    expect(schema.safeParse({ id: 'a', count: 'two' }).success).toBe(false);
  });

  it('takes the Function constructor out of the zod modules that use it', () => {
    const transform = transformOf([]);
    for (const file of ['util.js', 'doc.js']) {
      const id = zodCore(file);
      const result = transform(readFileSync(id, 'utf8'), id);
      expect(result?.code, file).not.toMatch(/=\s*Function\b/);
      expect(result?.code, file).toContain('zod is built without eval');
    }
  });

  it('leaves other modules alone and fails the build when zod moved its eval', () => {
    const errors: string[] = [];
    const transform = transformOf(errors);
    expect(transform('const F = Function;', '/project/lib/other.ts')).toBeUndefined();
    expect(() => transform('export const x = 1;', '/project/node_modules/zod/v4/core/util.js')).toThrow();
    expect(errors[0]).toMatch(/no longer has "const F = Function;"/);
  });

  it('aliases the bare "zod" import to the jitless module', () => {
    const config = (zodJitlessPlugin().config as () => { resolve: { alias: Array<{ find: RegExp; replacement: string }> } })();
    const [alias] = config.resolve.alias;
    expect(alias?.find.test('zod')).toBe(true);
    expect(alias?.find.test('zod/v4')).toBe(false);
    expect(alias?.replacement).toMatch(/lib[\\/]zod-jitless\.ts$/);
  });
});
