/**
 * Keeps the code's shape honest (run by `npm run check`):
 * - no import cycles anywhere in the extension's code, type-only imports included;
 * - a lib/ subsystem imports only the subsystems its README allows, and reaches into another
 *   subsystem only through the modules that README lists as public;
 * - the content script and the background share nothing but lib/messages.ts (and what it needs).
 * Exits 1 with one line per problem.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { importCycles, parseImports, parseSubsystemReadme, type Subsystem } from './architecture';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const SCANNED = ['lib', 'components', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The project file an import specifier names, or undefined for packages and assets. */
function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = normalize(join(dirname(from), specifier.replace(/\?.*$/, '')));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.d.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(join(root, candidate)).isFile()) return /\.(ts|tsx)$/.test(candidate) ? candidate : undefined;
    } catch {}
  }
  return undefined;
}

const files = SCANNED.flatMap(sourceFiles);
const graph = new Map<string, string[]>();
for (const file of files) {
  const targets = parseImports(readFileSync(join(root, file), 'utf8'))
    .map((specifier) => resolveImport(file, specifier))
    .filter((target): target is string => target !== undefined);
  graph.set(file, targets);
}

const problems: string[] = [];
for (const cycle of importCycles(graph)) problems.push(`import cycle: ${cycle.join(' → ')}`);

const subsystems = new Map<string, Subsystem>();
for (const name of readdirSync(join(root, 'lib'))) {
  const readme = join(root, 'lib', name, 'README.md');
  try {
    subsystems.set(name, parseSubsystemReadme(name, readFileSync(readme, 'utf8')));
  } catch (error) {
    if (statSync(join(root, 'lib', name)).isDirectory()) problems.push(`lib/${name}: ${(error as Error).message}`);
  }
}
const subsystemOf = (file: string) => (file.startsWith('lib/') ? subsystems.get(file.split('/')[1]!) : undefined);

for (const [file, targets] of graph) {
  const from = subsystemOf(file);
  for (const target of targets) {
    const to = subsystemOf(target);
    if (!to || to === from) continue;
    const module = relative(join('lib', to.name), target).replace(/\.(d\.)?tsx?$/, '');
    if (from && !from.uses.includes(to.name)) problems.push(`${file}: lib/${from.name} may not import lib/${to.name} (${module})`);
    if (!to.publicModules.includes(module))
      problems.push(`${file}: ${target} is internal to lib/${to.name}; use one of its public modules`);
  }
}

/** Every project file a module reaches, itself included. */
function reach(start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...(graph.get(file) ?? []));
  }
  return seen;
}
// The background owns the stored data; the content script asks it, through lib/messages.ts.
const storage = new Set(['lib/database.ts', ...files.filter((file) => graph.get(file)?.includes('lib/database.ts'))]);
const contentReach = new Set(files.filter((f) => f.startsWith('entrypoints/content/')).flatMap((f) => [...reach(f)]));
for (const file of contentReach) {
  if (storage.has(file)) problems.push(`the content script reaches ${file}, the background's stored data; ask the background instead`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log(`architecture: ${files.length} modules, no cycles, ${subsystems.size} subsystems within their rules`);
