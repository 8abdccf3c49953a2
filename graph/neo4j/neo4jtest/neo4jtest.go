// Package neo4jtest opens the real Neo4j server that `make test` starts (or
// the one NEO4J_URI names) for tests, emptied, with the seeds loadable.
package neo4jtest

import (
	"context"
	"io/fs"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/plangraph/plangraph/graph"
	"github.com/plangraph/plangraph/graph/neo4j"
	"github.com/plangraph/plangraph/loaders"
	"github.com/plangraph/plangraph/seeds"
)

// Open connects to the test server and deletes everything in it. Without
// NEO4J_URI the test is skipped, except under CI, where it fails: a test run
// that silently skipped the database would prove nothing.
func Open(t testing.TB) *neo4j.Store {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("NEO4J_URI is not set: run the tests with `make test`, which starts Neo4j")
		}
		t.Skip("NEO4J_URI is not set: `make test` starts Neo4j and sets it")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	user := os.Getenv("NEO4J_USER")
	if user == "" {
		user = "neo4j"
	}
	s, err := neo4j.Open(ctx, neo4j.Config{URI: uri, User: user, Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")})
	if err != nil {
		t.Fatalf("open neo4j: %v", err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	if err := s.Wipe(ctx); err != nil {
		t.Fatalf("wipe: %v", err)
	}
	if err := s.Init(ctx); err != nil {
		t.Fatalf("init: %v", err)
	}
	return s
}

var (
	seedOnce sync.Once
	seedXs   []*graph.Extraction
	seedErr  error
)

// Extractions returns the extraction of every seed document, in file order.
// The seeds are extracted once per test binary: the tests that write them
// must not pay for the loaders again and again.
func Extractions(t testing.TB) []*graph.Extraction {
	t.Helper()
	seedOnce.Do(func() {
		names, files := seeds.Documents()
		p := loaders.Default()
		for _, n := range names {
			raw, err := fs.ReadFile(files, n)
			if err != nil {
				seedErr = err
				return
			}
			x, err := p.Extract(context.Background(), n, raw)
			if err != nil {
				seedErr = err
				return
			}
			seedXs = append(seedXs, x)
		}
	})
	if seedErr != nil {
		t.Fatal(seedErr)
	}
	return seedXs
}

// LoadSeeds writes every seed document into s.
func LoadSeeds(t testing.TB, s graph.Store) {
	t.Helper()
	for _, x := range Extractions(t) {
		if _, err := s.WriteDocument(context.Background(), x); err != nil {
			t.Fatalf("write %s: %v", x.Documents[0].File, err)
		}
	}
}
