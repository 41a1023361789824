import { describe, expect, it } from 'vitest';
import { importCycles, parseImports, parseSubsystemReadme } from '../../scripts/architecture';

describe('architecture check helpers', () => {
  it('reads static, type-only, re-export and dynamic imports, not commented ones', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "import './side-effect.css';",
      "const d = await import('./d');",
      "// import { e } from './e';",
      "/* import { f } from './f'; */",
      "import {\n  g,\n  h,\n} from './gh';",
    ].join('\n');
    expect(parseImports(source)).toEqual(['./a', '../b', './c', './side-effect.css', './gh', './d']);
  });

  it('finds each cycle once, self-imports included, and nothing in a tree', () => {
    const tree = new Map([
      ['a', ['b', 'c']],
      ['b', ['c']],
      ['c', []],
    ]);
    expect(importCycles(tree)).toEqual([]);
    const cyclic = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['d']],
      ['e', ['a']],
    ]);
    expect(importCycles(cyclic)).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('reads a subsystem README’s rules and refuses one without them', () => {
    const readme = '# lib/x\n\nWhat it does.\n\nMay import: `engine`, `settings`\nPublic modules: `one`, `node/two`\n';
    expect(parseSubsystemReadme('x', readme)).toEqual({ name: 'x', uses: ['engine', 'settings'], publicModules: ['one', 'node/two'] });
    expect(parseSubsystemReadme('y', 'May import: nothing\nPublic modules: `a`').uses).toEqual([]);
    expect(() => parseSubsystemReadme('z', '# nothing here')).toThrow(/May import/);
  });
});
