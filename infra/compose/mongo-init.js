// Runs once, when the compose MongoDB starts on an empty volume (docker-entrypoint-initdb.d), as
// the root user: one user per service, allowed only its own database. Passwords come from the
// environment (MONGO_PASSWORD_<SERVICE>), with no defaults.
for (const service of ['personnel', 'learning', 'partnerships', 'innovation', 'evaluation', 'analytics']) {
  const variable = `MONGO_PASSWORD_${service.toUpperCase()}`;
  const pwd = process.env[variable];
  if (!pwd) throw new Error(`set ${variable}`);
  db.getSiblingDB(service).createUser({ user: service, pwd, roles: [{ role: 'readWrite', db: service }] });
}
