//go:build asn_patched

// This file is not part of the local FerretDB program: infra/local/src/ferretdb.ts copies it into
// a copy of FerretDB's module, as internal/util/fsql/asn_writes.go, and builds with
// -tags asn_patched.
//
// SQLite lets one write transaction into a database at a time. A writer that finds it taken gets
// SQLITE_BUSY and its busy handler sleeps (1, 2, 5 ... up to 100 ms) and tries again, with no
// queue: under many concurrent writers an unlucky one (a bulk of 25 statements, the outbox relay's
// clears) kept losing and waited seconds while the lock was free most of the time. FerretDB's
// writes to one database now queue on this Go mutex instead, so SQLite never sees two at once.
// Go's mutex hands itself to the longest waiter once one has waited a millisecond.
package fsql

import "sync"

var asnWriteLocks sync.Map // *DB → *sync.Mutex

// AsnLockWrites takes db's write lock and returns its release (exported for the SQLite backend's
// deletes, which run outside InTransaction).
func (db *DB) AsnLockWrites() func() {
	lock, _ := asnWriteLocks.LoadOrStore(db, new(sync.Mutex))
	mu := lock.(*sync.Mutex)
	mu.Lock()
	return mu.Unlock
}
