// Runs once, when the compose MongoDB starts on an empty volume (docker-entrypoint-initdb.d), as
// the root user: one user per service, allowed only its own database. Passwords come from the
// environment (MONGO_PASSWORD_<SERVICE>), with no defaults.
// The gateway keeps idempotency keys and the audit log (spec 8.7, 8.8) in a database of its own.
for (const service of ['personnel', 'learning', 'partnerships', 'innovation', 'evaluation', 'analytics', 'gateway']) {
  const variable = `MONGO_PASSWORD_${service.toUpperCase()}`;
  const pwd = process.env[variable];
  if (!pwd) throw new Error(`set ${variable}`);
  db.getSiblingDB(service).createUser({ user: service, pwd, roles: [{ role: 'readWrite', db: service }] });
}
