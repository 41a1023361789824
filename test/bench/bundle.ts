/** Bundles the page side of the benchmark into one minified IIFE with Vite's JS build API. */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

interface OutputChunkLike {
  readonly type: string;
  readonly code?: string;
}

export async function bundlePageEntry(): Promise<string> {
  return bundleScript('./page-entry.ts', 'BackstoryBench');
}

/** Bundles one of the bench's page scripts (a path relative to this folder) as an IIFE with global `name`. */
export async function bundleScript(relativePath: string, name: string): Promise<string> {
  const entry = fileURLToPath(new URL(relativePath, import.meta.url));
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      target: 'esnext',
      lib: { entry, formats: ['iife'], name, fileName: 'backstory-bench' },
      minify: true,
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Array<{ output?: OutputChunkLike[] }>;
  const chunk = outputs.flatMap((o) => o.output ?? []).find((item) => item.type === 'chunk' && typeof item.code === 'string');
  if (!chunk?.code) throw new Error('Vite produced no JavaScript chunk for the bench page entry.');
  // The bundle is inlined in a <script> element: never let it close that element early.
  return chunk.code.replace(/<\/script/gi, '<\\/script');
}
