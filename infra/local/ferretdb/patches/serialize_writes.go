//go:build asn_patched

// This file is not part of the local FerretDB program: infra/local/src/ferretdb.ts copies it into
// a copy of FerretDB's module, as internal/clientconn/asn_serialize.go, and builds with
// -tags asn_patched.
//
// FerretDB v1 runs an update as "query the documents, apply the update in Go, write them back"
// (internal/handler/msg_update.go, then UpdateAll in the SQLite backend), without holding
// anything between the read and the write. Two concurrent updates of one document can therefore
// lose one of them ($inc x100 concurrently gave 8 here), and two conditional updates can both
// "win". MongoDB guarantees single-document atomicity, and the platform relies on it (outbox,
// optimistic concurrency, capacity counters). This restores it with locks taken around each
// document-changing command, from the start of its handler until it has answered:
//   - a command whose every statement names one document by an `_id` equality (a string or an
//     ObjectId: nearly every write of the platform) holds its collection's lock shared and the
//     locks of those documents;
//   - an insert holds its collection's lock shared: SQLite's unique indexes decide duplicates;
//   - any other write (a filter on other fields, `$in` on `_id`...) holds its collection's lock
//     alone, so no write of that collection runs beside it.
//
// Reads are not held. Writes of different documents thus run side by side, and SQLite orders
// their commits.
//
// It used to be a proxy in front of FerretDB that let one write per collection run at a time.
package clientconn

import (
	"hash/maphash"
	"slices"
	"sync"

	"github.com/FerretDB/wire"
	"github.com/FerretDB/wire/wirebson"
)

// asnStatementFields names, per write command, the field (or document sequence) of its statements
// and, in each statement, the filter.
var asnStatementFields = map[string][2]string{
	"update": {"updates", "q"}, "delete": {"deletes", "q"},
}

var (
	asnCollections sync.Map // "db.collection" → *sync.RWMutex
	asnSeed        = maphash.MakeSeed()
	// Documents' locks are striped: two documents may share one, which only orders them.
	asnDocumentLocks [4096]sync.Mutex
)

// asnSerialized runs handle while holding the locks that command needs (see above).
func asnSerialized(command string, msg *wire.OpMsg, handle func() (*wire.OpMsg, error)) (*wire.OpMsg, error) {
	if command != "insert" && command != "update" && command != "delete" && command != "findAndModify" && command != "findandmodify" {
		return handle()
	}
	spec, err := msg.RawSection0().Decode()
	if err != nil {
		return handle() // the handler answers the malformed command
	}
	c, _ := spec.Get(command).(string)
	d, _ := spec.Get("$db").(string)
	ns := d + "." + c
	lock, _ := asnCollections.LoadOrStore(ns, new(sync.RWMutex))
	collection := lock.(*sync.RWMutex)

	if command == "insert" {
		collection.RLock()
		defer collection.RUnlock()
		return handle()
	}
	stripes, ok := asnDocumentStripes(command, ns, spec, msg)
	if !ok {
		collection.Lock()
		defer collection.Unlock() // also when the handler panics: FerretDB recovers and closes only the connection
		return handle()
	}
	collection.RLock()
	defer collection.RUnlock()
	for _, s := range stripes { // in ascending order, so two commands never wait on each other
		asnDocumentLocks[s].Lock()
		defer asnDocumentLocks[s].Unlock()
	}
	return handle()
}

// asnDocumentStripes returns the sorted stripes of the documents command changes, and false
// unless each of its statements names one document by an `_id` equality.
func asnDocumentStripes(command, ns string, spec *wirebson.Document, msg *wire.OpMsg) ([]int, bool) {
	var filters []wirebson.RawDocument
	if command == "findAndModify" || command == "findandmodify" {
		q, _ := spec.Get("query").(wirebson.RawDocument)
		filters = append(filters, q)
	} else {
		fields := asnStatementFields[command]
		statements := asnStatements(fields[0], spec, msg)
		if len(statements) == 0 {
			return nil, false
		}
		for _, raw := range statements {
			statement, err := raw.Decode()
			if err != nil {
				return nil, false
			}
			q, _ := statement.Get(fields[1]).(wirebson.RawDocument)
			filters = append(filters, q)
		}
	}
	stripes := make([]int, 0, len(filters))
	for _, raw := range filters {
		if raw == nil {
			return nil, false
		}
		filter, err := raw.Decode()
		if err != nil {
			return nil, false
		}
		var key string
		switch id := filter.Get("_id").(type) {
		case string:
			key = "s" + id
		case wirebson.ObjectID:
			key = "o" + string(id[:])
		default: // absent, an operator document, a number (1 and 1.0 are one _id)...
			return nil, false
		}
		stripes = append(stripes, int(maphash.String(asnSeed, ns+"\x00"+key)%uint64(len(asnDocumentLocks))))
	}
	slices.Sort(stripes)
	return slices.Compact(stripes), true
}

// asnStatements returns the statements of a write, sent either as a document sequence (kind 1) or
// as an array in the command's document.
func asnStatements(field string, spec *wirebson.Document, msg *wire.OpMsg) []wirebson.RawDocument {
	for _, s := range msg.Sections() {
		if s.Kind == 1 && s.Identifier == field {
			return s.Documents()
		}
	}
	array, _ := spec.Get(field).(wirebson.RawArray)
	if array == nil {
		return nil
	}
	decoded, err := array.Decode()
	if err != nil {
		return nil
	}
	statements := make([]wirebson.RawDocument, 0, decoded.Len())
	for i := range decoded.Len() {
		raw, ok := decoded.Get(i).(wirebson.RawDocument)
		if !ok {
			return nil
		}
		statements = append(statements, raw)
	}
	return statements
}
