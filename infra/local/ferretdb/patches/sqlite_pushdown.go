//go:build asn_patched

// This file is not part of the local FerretDB program: infra/local/src/ferretdb.ts copies it into
// a copy of FerretDB's module, as internal/backends/sqlite/asn_pushdown.go, and builds with
// -tags asn_patched.
//
// FerretDB 1.24's SQLite backend pushes only an `_id` equality down to SQL; every other filter is
// evaluated in Go over every document of the collection. This narrows the SQL query by each
// top-level equality (or `$in`) on a string or boolean, with the very expression the backend's
// indexes are built on (`_ferretdb_sjson->"field"`), so SQLite answers it from an index.
//
// The narrowing returns a superset of the matching documents: every handler still applies the
// whole filter to what the query returns. Mongo's `{ f: v }` also matches an array `f` that holds
// `v`, so each condition keeps documents whose `f` is an array (its JSON text starts with `[`; the
// range below is answered from the same index).
package sqlite

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/FerretDB/FerretDB/internal/backends/sqlite/metadata"
	"github.com/FerretDB/FerretDB/internal/handler/sjson"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/iterator"
)

// plainField is a top-level field whose quoted form is the one the backend's indexes use.
var plainField = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// maxInValues bounds an `$in` list pushed down (SQLite's bound parameters are limited).
const maxInValues = 500

// scalarJSON returns the JSON text SQLite's `->` yields for v, when that text is certain to be
// byte-identical to what the backend stored: strings that need no escaping, and booleans.
func scalarJSON(v any) (string, bool) {
	switch v := v.(type) {
	case bool:
		if v {
			return "true", true
		}

		return "false", true
	case string:
		b, err := sjson.MarshalSingleValue(v)
		if err != nil || string(b) != `"`+v+`"` {
			return "", false
		}

		return string(b), true
	case types.ObjectID:
		b, err := sjson.MarshalSingleValue(v)
		if err != nil {
			return "", false
		}

		return string(b), true
	default:
		return "", false
	}
}

// pushdownValues returns the values a filter's field can equal: one for `v`, several for `{ $in: [...] }`.
func pushdownValues(v any) ([]string, bool) {
	if s, ok := scalarJSON(v); ok {
		return []string{s}, true
	}

	doc, ok := v.(*types.Document)
	if !ok || doc.Len() != 1 || doc.Keys()[0] != "$in" {
		return nil, false
	}

	arr, ok := valueOrNil(doc.Get("$in")).(*types.Array)
	if !ok || arr.Len() == 0 || arr.Len() > maxInValues {
		return nil, false
	}

	values := make([]string, arr.Len())

	for i := 0; i < arr.Len(); i++ {
		s, ok := scalarJSON(valueOrNil(arr.Get(i)))
		if !ok {
			return nil, false
		}

		values[i] = s
	}

	return values, true
}

func valueOrNil(v any, err error) any {
	if err != nil {
		return nil
	}

	return v
}

// asnPushdownWhere returns a WHERE clause (with its arguments) that narrows a query to a superset of
// the documents the filter matches, or "" when nothing can be pushed down.
func asnPushdownWhere(filter *types.Document) (string, []any) {
	if filter.Len() == 0 {
		return "", nil
	}

	keys := filter.Keys()
	seen := make(map[string]bool, len(keys))

	for _, k := range keys {
		if seen[k] {
			return "", nil // a duplicated key: leave the whole filter to the handler
		}

		seen[k] = true
	}

	var conditions []string
	var args []any

	iter := filter.Iterator()
	defer iter.Close()

	for {
		k, v, err := iter.Next()
		if err != nil {
			if errors.Is(err, iterator.ErrIteratorDone) {
				break
			}

			return "", nil
		}

		if !plainField.MatchString(k) {
			continue
		}

		values, ok := pushdownValues(v)
		if !ok {
			continue
		}

		placeholders := strings.TrimSuffix(strings.Repeat("?, ", len(values)), ", ")
		for _, s := range values {
			args = append(args, s)
		}

		if k == "_id" {
			// `_id` is never an array.
			conditions = append(conditions, fmt.Sprintf(`%s IN (%s)`, metadata.IDColumn, placeholders))
			continue
		}

		column := fmt.Sprintf(`%s->"%s"`, metadata.DefaultColumn, k)
		conditions = append(conditions, fmt.Sprintf(`(%[1]s IN (%[2]s) OR (%[1]s >= '[' AND %[1]s < '\'))`, column, placeholders))
	}

	if len(conditions) == 0 {
		return "", nil
	}

	return " WHERE " + strings.Join(conditions, " AND "), args
}
