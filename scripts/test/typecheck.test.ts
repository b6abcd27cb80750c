// The Node projects are type-checked in one program (tools/typecheck/tsconfig.json) instead of one
// tsc each. That is the same check only while the program holds exactly the files each project's
// own tsconfig.json holds, with the same options, and no file in it widens another's types.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const UNION = join(root, 'tools', 'typecheck', 'tsconfig.json');

const readJsonc = (file: string) => {
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return config as { compilerOptions?: Record<string, unknown>; include?: string[] };
};

interface Project {
  dir: string;
  name: string;
  typecheck?: { executor: string; dependsOn?: string[]; options?: { command?: string } };
}

function projects(): Project[] {
  const dirs = ['apps', 'libs', 'infra', 'tools'].flatMap((top) => readdirSync(join(root, top)).map((d) => join(top, d))).concat('scripts');
  return dirs
    .filter((d) => existsSync(join(root, d, 'project.json')))
    .map((d) => {
      const p = JSON.parse(readFileSync(join(root, d, 'project.json'), 'utf8')) as { name: string; targets?: Record<string, Project['typecheck']> };
      return { dir: d, name: p.name, typecheck: p.targets?.typecheck };
    });
}

const inUnion = (p: Project) => p.typecheck?.executor === 'nx:noop' && (p.typecheck.dependsOn ?? []).includes('typecheck-node:typecheck');
const unionDir = dirname(UNION);

describe('the Node projects type-checked in one program', () => {
  const all = projects();
  const members = all.filter(inUnion);

  it('holds each member project’s includes and nothing else, with the options each project has', () => {
    expect(members.length).toBeGreaterThan(10);
    const union = readJsonc(UNION);
    const expected = members.flatMap((p) => {
      const own = readJsonc(join(root, p.dir, 'tsconfig.json'));
      // Only what the shared base sets: a project with options of its own needs its own program.
      expect(own.compilerOptions, p.dir).toEqual({ noEmit: true });
      return (own.include ?? []).map((glob) => relative(unionDir, join(root, p.dir, glob)));
    });
    expect([...(union.include ?? [])].sort()).toEqual([...expected].sort());
    expect(union.compilerOptions).toEqual({ noEmit: true });
  });

  it('leaves no project unchecked: every other project with sources runs tsc on its own tsconfig', () => {
    for (const p of all.filter((q) => !inUnion(q) && q.name !== 'typecheck-node' && existsSync(join(root, q.dir, 'tsconfig.json')))) {
      expect(p.typecheck?.options?.command, p.dir).toBe(`tsc -p ${p.dir}/tsconfig.json`);
    }
  });

  it('has no member that augments a module’s or the global types (vitest’s injected values aside)', () => {
    const files = ts.parseJsonConfigFileContent(readJsonc(UNION), ts.sys, unionDir).fileNames;
    expect(files.length).toBeGreaterThan(300);
    const widening = files.filter((f) => /declare\s+global\b|declare\s+module\s+['"](?!vitest['"])/.test(readFileSync(f, 'utf8')));
    expect(widening.map((f) => relative(root, f))).toEqual([]);
  });
});
