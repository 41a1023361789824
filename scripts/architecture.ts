/** Pure helpers for scripts/check-architecture.ts: import parsing, cycle finding, subsystem rules. */

/** Every module specifier a source file imports or re-exports (type-only and dynamic imports included). */
export function parseImports(source: string): string[] {
  const specifiers: string[] = [];
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const statement = /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g;
  const dynamic = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of code.matchAll(statement)) specifiers.push(match[1]!);
  for (const match of code.matchAll(dynamic)) specifiers.push(match[1]!);
  return specifiers;
}

/** Each import cycle once, as the list of modules around it (Tarjan's strongly connected components). */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = (graph.get(node) ?? []).includes(node);
      if (component.length > 1 || selfLoop) cycles.push(component.reverse());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}

export interface Subsystem {
  readonly name: string;
  /** The other subsystems it may import. */
  readonly uses: string[];
  /** Its modules that others may import (paths inside the folder, without extension). */
  readonly publicModules: string[];
}

/**
 * Reads a lib/<name>/README.md's two rule lines:
 *   May import: `engine`, `settings`   (or: nothing)
 *   Public modules: `alias-index`, `scan-text`
 */
export function parseSubsystemReadme(name: string, readme: string): Subsystem {
  const line = (label: string) => {
    const found = readme.match(new RegExp(`^${label}:(.*)$`, 'im'));
    if (!found) throw new Error(`README.md has no "${label}:" line`);
    return [...found[1]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
  };
  return { name, uses: line('May import'), publicModules: line('Public modules') };
}
