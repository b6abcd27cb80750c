package main

// FerretDB v1 runs an update as "query the documents, apply the update in Go, write them back"
// (internal/handler/msg_update.go, then UpdateAll in the SQLite backend), without holding
// anything between the read and the write. Two concurrent updates of one document can therefore
// lose one of them ($inc x100 concurrently gave 8 here), and two conditional updates can both
// "win". MongoDB guarantees single-document atomicity, and the platform relies on it (outbox,
// optimistic concurrency, capacity counters). This proxy restores it for the local server: it
// sits in front of the embedded FerretDB and lets only one document-changing command per
// collection run at a time, from request until its reply. Reads pass through untouched.

import (
	"encoding/binary"
	"errors"
	"io"
	"log/slog"
	"net"
	"sync"
)

const (
	opMsg          = 2013
	flagMoreToCome = 1 << 1
)

var writeCommands = map[string]bool{
	"insert": true, "update": true, "delete": true, "findAndModify": true, "findandmodify": true,
}

type namespaceLocks struct {
	mu    sync.Mutex
	locks map[string]*sync.Mutex
}

func (n *namespaceLocks) get(ns string) *sync.Mutex {
	n.mu.Lock()
	defer n.mu.Unlock()
	l, ok := n.locks[ns]
	if !ok {
		l = &sync.Mutex{}
		n.locks[ns] = l
	}
	return l
}

// serve accepts clients on ln and connects each to the backend at backendAddr (a Unix socket).
func serve(ln net.Listener, backendNetwork, backendAddr string, logger *slog.Logger) {
	locks := &namespaceLocks{locks: map[string]*sync.Mutex{}}
	for {
		client, err := ln.Accept()
		if err != nil {
			if errors.Is(err, net.ErrClosed) {
				return
			}
			logger.Warn("accept failed", "err", err)
			continue
		}
		go proxy(client, backendNetwork, backendAddr, locks, logger)
	}
}

type pendingReplies struct {
	mu      sync.Mutex
	waiting map[int32]chan struct{}
}

func proxy(client net.Conn, backendNetwork, backendAddr string, locks *namespaceLocks, logger *slog.Logger) {
	defer client.Close()
	backend, err := net.Dial(backendNetwork, backendAddr)
	if err != nil {
		logger.Warn("backend dial failed", "err", err)
		return
	}
	defer backend.Close()

	pending := &pendingReplies{waiting: map[int32]chan struct{}{}}
	done := make(chan struct{})

	// backend → client: copy whole messages, and signal the write command a reply answers.
	go func() {
		defer close(done)
		defer client.Close()
		for {
			msg, err := readMessage(backend)
			if err != nil {
				return
			}
			if _, err := client.Write(msg); err != nil {
				return
			}
			responseTo := int32(binary.LittleEndian.Uint32(msg[8:12]))
			pending.mu.Lock()
			if ch, ok := pending.waiting[responseTo]; ok {
				close(ch)
				delete(pending.waiting, responseTo)
			}
			pending.mu.Unlock()
		}
	}()

	// client → backend: write commands hold their collection's lock until their reply arrives.
	for {
		msg, err := readMessage(client)
		if err != nil {
			return
		}
		command, ns, moreToCome := describe(msg)
		if !writeCommands[command] || moreToCome {
			if _, err := backend.Write(msg); err != nil {
				return
			}
			continue
		}
		requestID := int32(binary.LittleEndian.Uint32(msg[4:8]))
		reply := make(chan struct{})
		pending.mu.Lock()
		pending.waiting[requestID] = reply
		pending.mu.Unlock()

		lock := locks.get(ns)
		lock.Lock()
		_, err = backend.Write(msg)
		if err == nil {
			select {
			case <-reply:
			case <-done:
				err = io.EOF
			}
		}
		lock.Unlock()
		if err != nil {
			return
		}
	}
}

func readMessage(r io.Reader) ([]byte, error) {
	var header [4]byte
	if _, err := io.ReadFull(r, header[:]); err != nil {
		return nil, err
	}
	length := int(binary.LittleEndian.Uint32(header[:]))
	if length < 16 || length > 64*1024*1024 {
		return nil, errors.New("bad message length")
	}
	msg := make([]byte, length)
	copy(msg, header[:])
	if _, err := io.ReadFull(r, msg[4:]); err != nil {
		return nil, err
	}
	return msg, nil
}

// describe returns an OP_MSG's command name, its "db.collection" and whether no reply is expected.
func describe(msg []byte) (command, ns string, moreToCome bool) {
	if int32(binary.LittleEndian.Uint32(msg[12:16])) != opMsg || len(msg) < 21 {
		return "", "", false
	}
	flags := binary.LittleEndian.Uint32(msg[16:20])
	moreToCome = flags&flagMoreToCome != 0
	// Sections: find the kind-0 body (drivers send it first).
	pos := 20
	for pos < len(msg) {
		kind := msg[pos]
		pos++
		if kind == 1 {
			if pos+4 > len(msg) {
				return
			}
			pos += int(binary.LittleEndian.Uint32(msg[pos : pos+4]))
			continue
		}
		if kind != 0 || pos+4 > len(msg) {
			return
		}
		size := int(binary.LittleEndian.Uint32(msg[pos : pos+4]))
		if pos+size > len(msg) {
			return
		}
		var collection, db string
		walkDocument(msg[pos:pos+size], func(i int, key string, typ byte, value []byte) {
			if i == 0 {
				command = key
				if typ == 0x02 {
					collection = bsonString(value)
				}
			}
			if key == "$db" && typ == 0x02 {
				db = bsonString(value)
			}
		})
		return command, db + "." + collection, moreToCome
	}
	return
}

func bsonString(v []byte) string {
	if len(v) < 5 {
		return ""
	}
	return string(v[4 : len(v)-1])
}

// walkDocument calls fn for each top-level element of a BSON document with its raw value bytes.
func walkDocument(doc []byte, fn func(i int, key string, typ byte, value []byte)) {
	pos := 4
	for i := 0; pos < len(doc)-1; i++ {
		typ := doc[pos]
		pos++
		end := pos
		for end < len(doc) && doc[end] != 0 {
			end++
		}
		if end >= len(doc) {
			return
		}
		key := string(doc[pos:end])
		pos = end + 1
		size := valueSize(typ, doc[pos:])
		if size < 0 || pos+size > len(doc) {
			return
		}
		fn(i, key, typ, doc[pos:pos+size])
		pos += size
	}
}

func valueSize(typ byte, b []byte) int {
	u32 := func() int {
		if len(b) < 4 {
			return -1
		}
		return int(binary.LittleEndian.Uint32(b[:4]))
	}
	switch typ {
	case 0x01, 0x09, 0x11, 0x12:
		return 8
	case 0x02, 0x0D, 0x0E:
		return 4 + u32()
	case 0x03, 0x04:
		return u32()
	case 0x05:
		return 5 + u32()
	case 0x07:
		return 12
	case 0x08:
		return 1
	case 0x0A, 0x06, 0x7F, 0xFF:
		return 0
	case 0x0B:
		n := 0
		for c := 0; c < 2; c++ {
			for n < len(b) && b[n] != 0 {
				n++
			}
			n++
		}
		return n
	case 0x10:
		return 4
	case 0x13:
		return 16
	case 0x0F:
		return u32()
	case 0x0C:
		return 4 + u32() + 12
	}
	return -1
}
