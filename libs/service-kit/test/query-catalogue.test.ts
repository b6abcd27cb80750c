import { describe, expect, it } from 'vitest';
import { describeShape, indexGap, shapeOf } from '../src';

describe('query catalogue', () => {
  it('reads a filter and sort as MongoDB would use them', () => {
    const shape = shapeOf('sessions', { _id: 'S1', seatsLeft: { $gt: 0 }, holders: { $ne: 'N' }, status: { $in: ['a', 'b'] }, name: /dewi/i, $or: [{ a: 1 }] }, { startsOn: 1, _id: -1 });
    expect(shape).toEqual({ collection: 'sessions', equals: ['_id', 'status'], ranges: ['seatsLeft'], residual: ['$or', 'holders', 'name'], sort: ['startsOn', '-_id'] });
    expect(describeShape(shape)).toBe('sessions: eq(_id,status) range(seatsLeft) other($or,holders,name) sort(startsOn,-_id)');
  });

  it('accepts an index that starts with the equality fields and then follows the sort (either direction)', () => {
    const page = shapeOf('follow_ups', { status: 'open', opd: 'DLH' }, { dueOn: 1, _id: 1 });
    expect(indexGap(page, { status: 1, opd: 1, dueOn: 1, _id: 1 })).toBeNull();
    expect(indexGap(page, { opd: 1, status: 1, dueOn: -1, _id: -1 })).toBeNull();
    expect(indexGap(shapeOf('ideas', {}, { createdAt: -1, _id: 1 }), { createdAt: -1, _id: 1 })).toBeNull(); // a page walked in index order
    expect(indexGap(shapeOf('agreements', { endsOn: { $lt: '2026-01-01' } }), { endsOn: 1 })).toBeNull();
  });

  it('names what an index does not serve', () => {
    expect(indexGap(shapeOf('employees', { name: /dewi/i }), { opd: 1, name: 1 })).toMatch(/starts with opd/);
    expect(indexGap(shapeOf('follow_ups', { status: 'open' }, { dueOn: 1 }), { status: 1, opd: 1, dueOn: 1 })).toMatch(/sort \(dueOn\) does not follow/);
    expect(indexGap(shapeOf('follow_ups', { status: 'open' }, { dueOn: 1 }), { status: 1, opd: 1, dueOn: 1 }, true)).toBeNull(); // a bounded in-memory sort, declared
    expect(indexGap(shapeOf('ideas', {}, { createdAt: -1 }), { opd: 1, createdAt: -1 })).toMatch(/neither matches/);
  });
});
