import { describe, expect, it } from 'vitest';
import { replaceBetweenMarkers } from '../bench/report';

const begin = '<!-- bench:begin -->';
const end = '<!-- bench:end -->';

describe('the benchmark report in BENCHMARKS.md', () => {
  it('replaces only the table between the markers, and keeps what was written around them', () => {
    const before = `# Benchmarks\n\n## A round\n\ntext\n\n${begin}\n## City-scale benchmark (--scale 1)\n\nold table\n${end}\n\n## After\n`;
    const next = replaceBetweenMarkers(before, begin, end, '## City-scale benchmark (quick run)\n\nnew table\n');
    expect(next).toBe(`# Benchmarks\n\n## A round\n\ntext\n\n${begin}\n## City-scale benchmark (quick run)\n\nnew table\n${end}\n\n## After\n`);
  });

  it('moves a section written by hand between the markers above them instead of dropping it', () => {
    const before = `# Benchmarks\n\n${begin}\n## Tracing (by hand)\n\nfigures\n\n## Chaos (by hand)\n\nmore\n\n## City-scale benchmark (--scale 1)\n\nold table\n${end}\n`;
    const next = replaceBetweenMarkers(before, begin, end, '## City-scale benchmark (--scale 1)\n\nnew table\n');
    expect(next).toBe(`# Benchmarks\n\n## Tracing (by hand)\n\nfigures\n\n## Chaos (by hand)\n\nmore\n\n${begin}\n## City-scale benchmark (--scale 1)\n\nnew table\n${end}\n`);
    expect(next).not.toContain('old table');
  });
});
