// Command ferretdb-local runs FerretDB (a MongoDB wire-protocol server) embedded as a library,
// with its SQLite backend, so tests and `npm start` have a real Mongo-compatible server without Docker.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on")
	dataDir := flag.String("data", "./data", "directory for the SQLite databases")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	synchronous := flag.String("sqlite-synchronous", "FULL", "SQLite synchronous mode: FULL (fsync every commit) or NORMAL (WAL: fsync at checkpoints)")
	flag.Parse()
	if *synchronous != "FULL" && *synchronous != "NORMAL" {
		fail(fmt.Errorf("bad -sqlite-synchronous %q: FULL or NORMAL", *synchronous))
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

	// FerretDB itself listens on a Unix socket; clients reach it through the proxy that makes
	// single-document writes atomic (serialize.go).
	// In the temp dir: a Unix socket path must stay under ~100 bytes, wherever the repo is cloned.
	socket := filepath.Join(os.TempDir(), fmt.Sprintf("ferretdb-local-%d.sock", os.Getpid()))
	_ = os.Remove(socket)
	defer os.Remove(socket)
	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{Unix: socket},
		Handler:   "sqlite",
		SQLiteURL: "file:" + dir + "/?_pragma=synchronous(" + *synchronous + ")", // FerretDB requires the trailing slash
		Logger:    logger,
	})
	if err != nil {
		fail(err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		fail(err)
	}
	go func() {
		<-ctx.Done()
		ln.Close()
	}()
	go serve(ln, "unix", socket, logger)

	fmt.Fprintf(os.Stderr, "ferretdb-local listening on %s, data in %s\n", *listen, dir)
	f.Run(ctx)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "ferretdb-local:", err)
	os.Exit(1)
}
