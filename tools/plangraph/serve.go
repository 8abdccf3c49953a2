package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/plangraph/plangraph/server"
)

// runServe serves the API until the context ends, then shuts down gracefully.
func runServe(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", envOr("PLANGRAPH_ADDR", ":8080"), "address to listen on")
	if err := fs.Parse(args); err != nil {
		return err
	}
	store, err := openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close(context.Background())
	if err := store.Init(ctx); err != nil {
		return err
	}
	srv := &http.Server{Addr: *addr, Handler: server.NewHandler(store, server.Options{APIKeys: apiKeys()}), ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	fmt.Fprintf(stderr, "plangraph: serving GraphQL on %s (/graphql, /graphiql, /healthz, /readyz)\n", *addr)
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// apiKeys reads the keys that allow mutations from PLANGRAPH_API_KEYS,
// separated by commas.
func apiKeys() []string {
	var keys []string
	for _, k := range strings.Split(os.Getenv("PLANGRAPH_API_KEYS"), ",") {
		if k = strings.TrimSpace(k); k != "" {
			keys = append(keys, k)
		}
	}
	return keys
}
