import { describe, expect, it } from 'vitest';
import { cityDataset, readSample, writeLoad } from '../bench/dataset';

describe('who the benchmark reads and who it writes', () => {
  it('never loads the employees whose reads it measures, at the city and at a tenth of it', () => {
    for (const scale of [1, 0.1]) {
      const d = cityDataset(scale, new Date('2026-12-01T00:00:00Z'));
      const sampled = readSample(d).map((e) => e.nip);
      const loaded = writeLoad(d).map((e) => e.nip);
      expect(sampled.length).toBeGreaterThanOrEqual(200);
      expect(sampled.filter((nip) => loaded.includes(nip))).toEqual([]);
      // Together they are the whole city, each employee once.
      expect(new Set([...sampled, ...loaded]).size).toBe(d.employees.length);
      expect(sampled.length + loaded.length).toBe(d.employees.length);
    }
  });

  it('reads and loads every employee of a city smaller than the sample (a quick run)', () => {
    const d = cityDataset(0.006, new Date('2026-12-01T00:00:00Z'));
    expect(d.employees.length).toBeLessThan(200);
    expect(readSample(d)).toEqual(d.employees);
    expect(writeLoad(d)).toEqual(d.employees);
  });
});
