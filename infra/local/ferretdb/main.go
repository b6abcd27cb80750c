// Command ferretdb-local runs FerretDB (a MongoDB wire-protocol server) embedded as a library,
// with its SQLite backend, so tests and `npm start` have a real Mongo-compatible server without Docker.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on")
	dataDir := flag.String("data", "./data", "directory for the SQLite databases")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	synchronous := flag.String("sqlite-synchronous", "NORMAL", "SQLite synchronous mode: NORMAL (a commit is written to the WAL, which -wal-sync-interval flushes to disk) or FULL (fsync every commit)")
	walSyncInterval := flag.Duration("wal-sync-interval", 100*time.Millisecond, "with NORMAL, how often every database's WAL is flushed to disk (MongoDB's journal commit interval is 100 ms)")
	flag.Parse()
	if *synchronous != "FULL" && *synchronous != "NORMAL" {
		fail(fmt.Errorf("bad -sqlite-synchronous %q: FULL or NORMAL", *synchronous))
	}
	if *walSyncInterval <= 0 {
		fail(fmt.Errorf("bad -wal-sync-interval %s: above zero", *walSyncInterval))
	}

	dir, err := filepath.Abs(*dataDir)
	if err != nil {
		fail(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fail(err)
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fail(fmt.Errorf("bad -log-level %q: %w", *logLevel, err))
	}
	logger := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	// Single-document atomicity, which FerretDB v1 lacks, comes from a patch in the build
	// (patches/serialize_writes.go, applied by infra/local/src/ferretdb.ts).
	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Handler:   "sqlite",
		SQLiteURL: "file:" + dir + "/?_pragma=synchronous(" + *synchronous + ")", // FerretDB requires the trailing slash
		Logger:    logger,
	})
	if err != nil {
		fail(err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if *synchronous == "NORMAL" {
		go syncWALs(ctx, dir, *walSyncInterval, logger)
	}

	fmt.Fprintf(os.Stderr, "ferretdb-local listening on %s, data in %s\n", *listen, dir)
	f.Run(ctx)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "ferretdb-local:", err)
	os.Exit(1)
}

// syncWALs flushes every database's write-ahead log to disk each interval, as MongoDB flushes its
// journal every 100 ms. With synchronous=NORMAL a commit is written to the WAL (so it survives the
// server's crash: the OS holds it) but reaches the disk only at SQLite's next checkpoint; this
// bounds what a power cut can take to the last interval's commits, MongoDB's default guarantee
// (writes acknowledged without j:true), at a fraction of an fsync per commit.
func syncWALs(ctx context.Context, dir string, interval time.Duration, logger *slog.Logger) {
	type walState struct {
		size    int64
		modTime time.Time
	}
	flushed := map[string]walState{}
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
		wals, _ := filepath.Glob(filepath.Join(dir, "*.sqlite-wal"))
		seen := make(map[string]walState, len(wals))
		for _, wal := range wals {
			info, err := os.Stat(wal)
			if err != nil {
				continue
			}
			now := walState{info.Size(), info.ModTime()}
			seen[wal] = now
			// An idle database's log is skipped. A log written lately is flushed even if its size and
			// time look unchanged: the kernel's file times are coarse, so a write just after the last
			// flush can leave both as they were.
			if last, ok := flushed[wal]; ok && last == now && time.Since(now.modTime) > time.Second {
				continue
			}
			f, err := os.OpenFile(wal, os.O_RDWR, 0)
			if err != nil {
				continue
			}
			if err := f.Sync(); err != nil {
				logger.Warn("flushing a write-ahead log failed", "file", wal, "err", err)
			}
			f.Close()
		}
		flushed = seen
	}
}
