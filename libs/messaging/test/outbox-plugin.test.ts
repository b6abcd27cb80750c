import mongoose, { Schema } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPage } from '@asn/service-kit';
import { testInfra } from '@asn/testing';
import { createEvent, outboxPlugin, withEvents } from '../src';

// The outbox lives in the aggregate's document; reads through the model never return it (the kit's
// paging and loading know nothing of it), while the relay's driver-level reads do.
describe('outboxPlugin', () => {
  const connection = mongoose.createConnection();
  const schema = new Schema({ _id: String, name: String }, { versionKey: false });
  schema.plugin(outboxPlugin);
  const Employee = connection.model('OutboxPluginEmployee', schema, 'employees');
  const nip = '198507142010011003';

  beforeAll(async () => {
    await connection.openUri(testInfra().mongoUrl, { dbName: `outbox_plugin_${process.pid}` });
    const data = { nip, name: 'Dewi', opd: 'DLH', position: { code: 'JF', title: 'JF', kind: 'functional' as const }, grade: 'III/a', education: 'S1' as const, status: 'active' as const };
    await Employee.collection.insertOne(withEvents({ _id: nip, name: 'Dewi' }, [createEvent('personnel.employee.registered', nip, data)]) as never);
  });
  afterAll(async () => {
    await connection.db?.dropDatabase();
    await connection.close();
  });

  it('keeps the pending events out of every read through the model', async () => {
    expect(await Employee.findById(nip).lean()).toEqual({ _id: nip, name: 'Dewi', _outboxPending: true, _outboxVersion: 1 });
    expect((await findPage(Employee, {}, { page: 1, pageSize: 10, sort: { _id: 1 } })).docs[0]).not.toHaveProperty('_outbox');
    // The relay reads them through the driver's collection.
    expect((await Employee.collection.findOne({ _id: nip as never }))?._outbox).toHaveLength(1);
  });
});
