// Builds one app into a self-contained deployable: dist/apps/<app>/ with main.js (the app and
// the workspace libs bundled by esbuild), the .proto files, and a package.json listing exactly the
// npm packages main.js imports, pinned to the versions in the lockfile. `npm ci --omit=dev` there
// and `node main.js` is all a host or a container needs.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { serviceNodeFlags } from './pinned-node';

const root = join(import.meta.dirname, '..');
const app = process.argv[2];
if (!app || !/^[a-z-]+$/.test(app)) {
  console.error('usage: build-app.ts <app>');
  process.exit(2);
}
// An optional second argument puts the build under another folder (the benchmark builds its own copy).
const outDir = process.argv[3] ? resolve(process.argv[3], app) : join(root, 'dist', 'apps', app);
const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const deps = Object.keys(rootPkg.dependencies ?? {});
const pinnedNode = readFileSync(join(root, '.nvmrc'), 'utf8').trim();

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const result = await build({
  entryPoints: [join(root, 'apps', app, 'src', 'main.ts')],
  outfile: join(outDir, 'main.js'),
  bundle: true,
  platform: 'node',
  target: `node${pinnedNode}`,
  format: 'esm',
  sourcemap: true,
  tsconfig: join(root, 'tsconfig.base.json'),
  // npm packages stay packages (installed from the generated package.json); workspace code is bundled.
  external: deps,
  metafile: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

const packageOf = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
const used = new Set<string>();
for (const output of Object.values(result.metafile.outputs)) {
  for (const imp of output.imports) if (imp.external && !imp.path.startsWith('node:')) used.add(packageOf(imp.path));
}
const dependencies = Object.fromEntries(
  [...used]
    .filter((d) => deps.includes(d))
    .sort()
    .map((d) => [d, lock.packages?.[`node_modules/${d}`]?.version ?? rootPkg.dependencies[d]]),
);

cpSync(join(root, 'libs', 'contracts', 'proto'), join(outDir, 'proto'), { recursive: true });

// The files patches/ changes (patch-package) in the packages this app uses, as patched here: the
// deployable's postinstall puts them over what npm installed (the same versions, from the lockfile).
const patchDir = join(root, 'patches');
const patched: string[] = [];
for (const patch of existsSync(patchDir) ? readdirSync(patchDir) : []) {
  for (const [, file] of readFileSync(join(patchDir, patch), 'utf8').matchAll(/^diff --git a\/(node_modules\/\S+) b\//gm)) {
    if (!used.has(packageOf(file!.slice('node_modules/'.length)))) continue;
    cpSync(join(root, file!), join(outDir, 'patched', file!));
    patched.push(file!);
  }
}
writeFileSync(
  join(outDir, 'package.json'),
  `${JSON.stringify(
    {
      name: `@asn/${app}`,
      version: rootPkg.version,
      private: true,
      type: 'module',
      engines: rootPkg.engines,
      main: 'main.js',
      scripts: { start: `node ${serviceNodeFlags(app).join(' ')} main.js`, ...(patched.length ? { postinstall: 'cp -R patched/. .' } : {}) },
      dependencies,
      overrides: rootPkg.overrides,
    },
    null,
    2,
  )}\n`,
);
console.log(`built ${outDir}: main.js, proto/, package.json (${Object.keys(dependencies).length} dependencies)${patched.length ? `, patched/ (${patched.join(', ')})` : ''}`);
