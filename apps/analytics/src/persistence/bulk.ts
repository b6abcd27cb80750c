/**
 * Statements per bulk command: FerretDB v1 keeps each statement's read open until the whole command
 * ends, and a command of more statements than its SQLite pool has connections (100) never ends.
 */
export const BULK_CHUNK = 50;
