import { MongoClient } from 'mongodb';
const c = await new MongoClient('mongodb://127.0.0.1:27017').connect();
const ns = process.argv[2] ?? 'bench0p02';
const time = async (label: string, f: () => Promise<unknown>, reps = 10) => { await f(); const t = performance.now(); let r; for (let i = 0; i < reps; i++) r = await f(); console.log(label.padEnd(40), ((performance.now() - t) / reps).toFixed(1).padStart(7), 'ms', JSON.stringify(r).slice(0, 100)); };
const dbs = (await c.db().admin().listDatabases()).databases.map((d) => d.name).filter((n) => n.startsWith(ns));
console.log(dbs);
for (const d of dbs) for (const col of await c.db(d).listCollections().toArray()) {
  const n = await c.db(d).collection(col.name).estimatedDocumentCount();
  const one = await c.db(d).collection(col.name).findOne({});
  console.log(`${d}.${col.name}`.padEnd(50), n, JSON.stringify(one ?? {}).length, 'B/doc');
}
const L = c.db(`${ns}_learning`), E = c.db(`${ns}_evaluation`), A = c.db(`${ns}_analytics`);
const prog = await L.collection('programs').findOne({});
const emp = await L.collection('enrollments').findOne({});
await time('sessions by programId', async () => (await L.collection('sessions').find({ programId: prog!._id }, { projection: { _outbox: 0 } }).sort({ startsOn: 1 }).toArray()).length);
await time('enrollments by nip', async () => (await L.collection('enrollments').find({ nip: emp!.nip }, { projection: { _outbox: 0 } }).toArray()).length);
await time('followups open', async () => (await E.collection('follow_ups').find({ status: 'open' }, { projection: { _outbox: 0 } }).sort({ dueOn: 1, _id: 1 }).toArray()).length);
await time('feedback by nip', async () => (await E.collection('feedbacks').find({ nip: emp!.nip }).toArray()).length);
await time('analytics employee', async () => JSON.stringify(await A.collection('employees').findOne({ _id: emp!.nip })).length);
await time('analytics employee_facts', async () => JSON.stringify(await A.collection('employee_facts').findOne({ _id: emp!.nip })).length);
await time('analytics programs all', async () => (await A.collection('programs').find({}).toArray()).length);
await c.close();
