/**
 * `npm run store:check`, after `npm run zip` (or `npm run build:amo`): checks what goes to the stores.
 *
 * 1. docs/store.md justifies every permission and host match of both built manifests
 *    (.output/chrome-mv3 and .output/firefox-mv2).
 * 2. The Firefox zip passes `web-ext lint` with no error (the zip is unpacked to a temporary folder:
 *    web-ext lints folders). Errors, warnings and notices are counted and listed.
 * 3. The AMO sources zip rebuilds it: unpacked into an empty temporary folder, `npm ci` and
 *    `npm run build:amo` there (the steps docs/amo-source.md gives reviewers) must give a Firefox zip
 *    with the same files, byte for byte (compared by path, size and SHA-256).
 *
 * `--quick` skips step 3, which needs the npm registry (or npm's cache) and about a minute.
 * Needs `unzip` (Debian: apt-get install unzip).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { compareListings, type ListedFile, listingsMatch, type ManifestLike, manifestGrants, undocumentedGrants } from './store-assets';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const FIREFOX_ZIP = resolve('.output', `${pkg.name}-${pkg.version}-firefox.zip`);
const SOURCES_ZIP = resolve('.output', `${pkg.name}-${pkg.version}-sources.zip`);

function run(command: string, args: string[], cwd: string, quiet = false): string {
  const env = { ...process.env };
  delete env.BACKSTORY_PACKS; // the build must read the packs in the sources, as a reviewer's would
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0 && !quiet) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

function unzip(zip: string, into: string): void {
  run('unzip', ['-q', zip, '-d', into], process.cwd());
}

function listing(dir: string): Map<string, ListedFile> {
  const files = new Map<string, ListedFile>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        files.set(relative(dir, path), { size: statSync(path).size, sha256: createHash('sha256').update(bytes).digest('hex') });
      }
    }
  };
  walk(dir);
  return files;
}

interface LintMessage {
  readonly code: string;
  readonly message: string;
  readonly file?: string;
}

function lint(dir: string): { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] } {
  const webExt = resolve('node_modules', '.bin', 'web-ext');
  // web-ext exits non-zero when it finds errors; the JSON report says which.
  const out = run(webExt, ['lint', '--source-dir', dir, '--output=json', '--warnings-as-errors=false'], process.cwd(), true);
  const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors?: LintMessage[]; warnings?: LintMessage[]; notices?: LintMessage[] };
  return { errors: report.errors ?? [], warnings: report.warnings ?? [], notices: report.notices ?? [] };
}

/** Step 1: every grant of both built manifests is named in docs/store.md. */
function documented(): boolean {
  const doc = readFileSync(join('docs', 'store.md'), 'utf8');
  let ok = true;
  for (const build of ['chrome-mv3', 'firefox-mv2']) {
    const manifest = JSON.parse(readFileSync(join('.output', build, 'manifest.json'), 'utf8')) as ManifestLike;
    const grants = manifestGrants(manifest);
    const missing = undocumentedGrants(grants, doc);
    console.log(
      `${build}: ${grants.map((grant) => `\`${grant}\``).join(', ')}; ${missing.length === 0 ? 'each justified in docs/store.md' : `not in docs/store.md: ${missing.join(', ')}`}`,
    );
    if (missing.length > 0) ok = false;
  }
  return ok;
}

function main() {
  const quick = process.argv.includes('--quick');
  for (const zip of quick ? [FIREFOX_ZIP] : [FIREFOX_ZIP, SOURCES_ZIP]) {
    if (!existsSync(zip)) throw new Error(`${relative(process.cwd(), zip)} is missing: run "npm run zip" first.`);
  }
  let failed = !documented();
  const work = mkdtempSync(join(tmpdir(), 'backstory-store-'));
  try {
    const shipped = join(work, 'firefox');
    unzip(FIREFOX_ZIP, shipped);
    const report = lint(shipped);
    console.log(
      `web-ext lint on ${relative(process.cwd(), FIREFOX_ZIP)}: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`,
    );
    for (const kind of ['errors', 'warnings', 'notices'] as const) {
      for (const message of report[kind])
        console.log(`  ${kind.slice(0, -1)} ${message.code}${message.file ? ` (${message.file})` : ''}: ${message.message}`);
    }
    if (report.errors.length > 0) failed = true;
    if (!quick) failed = !rebuildMatches(work, shipped) || failed;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (failed) process.exit(1);
}

/** Step 2: rebuild from the sources zip in `work` and compare with the unpacked shipped zip. */
function rebuildMatches(work: string, shipped: string): boolean {
  const sources = join(work, 'sources');
  unzip(SOURCES_ZIP, sources);
  console.log(`Sources zip: ${listing(sources).size} files, unpacked in ${sources}`);
  const started = Date.now();
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], sources);
  run('npm', ['run', 'build:amo'], sources);
  console.log(`npm ci and npm run build:amo from the sources took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const rebuiltZip = join(sources, '.output', `${pkg.name}-${pkg.version}-firefox.zip`);
  const rebuilt = join(work, 'rebuilt');
  unzip(rebuiltZip, rebuilt);
  const difference = compareListings(listing(shipped), listing(rebuilt));
  if (listingsMatch(difference)) {
    console.log(`Rebuilt from the sources zip: the same ${difference.same} files, byte for byte.`);
    return true;
  }
  console.log(`Rebuilt from the sources zip: ${difference.same} files the same, and these differ:`);
  for (const path of difference.onlyInFirst) console.log(`  only in the shipped zip: ${path}`);
  for (const path of difference.onlyInSecond) console.log(`  only in the rebuilt zip: ${path}`);
  for (const change of difference.changed) console.log(`  different: ${change.path} (${change.firstSize} → ${change.secondSize} bytes)`);
  return false;
}

main();
