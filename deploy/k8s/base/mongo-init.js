// Run by the mongo-replica-set-init Job with mongosh, as the root user, against the first member:
// initiates replica set rs0 over MONGO_HOSTS (the asn-platform ConfigMap), waits for a primary,
// then creates (or updates the password of) one user per app, allowed only its own database.
const members = process.env.MONGO_HOSTS.split(',');
let initiated = true;
try {
  rs.status();
} catch (e) {
  initiated = false;
}
// The first member is preferred as primary; on a set formed earlier the primary may be another.
if (!initiated) rs.initiate({ _id: 'rs0', members: members.map((host, i) => ({ _id: i, host, priority: i === 0 ? 2 : 1 })) });
let hello = db.hello();
while (!hello.primary) {
  sleep(1000);
  hello = db.hello();
}
const root = `${encodeURIComponent(process.env.MONGO_ROOT_USERNAME)}:${encodeURIComponent(process.env.MONGO_ROOT_PASSWORD)}`;
const primary = hello.isWritablePrimary ? db : connect(`mongodb://${root}@${hello.primary}/admin`);
for (const app of ['personnel', 'learning', 'partnerships', 'innovation', 'evaluation', 'analytics', 'gateway']) {
  const pwd = process.env[`MONGO_PASSWORD_${app.toUpperCase()}`];
  if (!pwd) throw new Error(`MONGO_PASSWORD_${app.toUpperCase()} is not set (Secret asn-mongo-users, key ${app}-password)`);
  const appDb = primary.getSiblingDB(app);
  if (appDb.getUser(app)) appDb.updateUser(app, { pwd });
  else appDb.createUser({ user: app, pwd, roles: [{ role: 'readWrite', db: app }] });
}
print('replica set rs0 ready; users of every app in place');
