// Package neo4j is the graph.Store on Neo4j. It is the only package that
// speaks Cypher: the constraints and indexes, the batched writes of a
// document's nodes and relationships, and the queries.
package neo4j

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/plangraph/plangraph/graph"
)

// Config says where the Neo4j server is.
type Config struct {
	URI      string
	User     string
	Password string
	// Database is the database name; "" is the server's default.
	Database string
}

// Store is a graph.Store backed by a Neo4j server.
type Store struct {
	driver driver.DriverWithContext
	db     string
	// roundTrips counts the queries sent, for tests that guard against N+1.
	roundTrips counter
}

var _ graph.Store = (*Store)(nil)

// Open connects to the server of cfg and checks that it answers.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	d, err := driver.NewDriverWithContext(cfg.URI, driver.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "neo4j at %s: %v", cfg.URI, err)
	}
	s := &Store{driver: d, db: cfg.Database}
	if err := s.Ping(ctx); err != nil {
		_ = d.Close(ctx)
		return nil, err
	}
	return s, nil
}

// Close releases the driver's connections.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// Ping reports whether the server is reachable with the configured
// credentials.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return graph.Errorf(graph.EUNAVAILABLE, "Neo4j is not reachable: %s", firstLine(err.Error()))
	}
	return nil
}

// RoundTrips returns how many queries the store has sent so far.
func (s *Store) RoundTrips() int64 { return s.roundTrips.load() }

// fulltextIndex is the name of the Chinese full-text index.
const fulltextIndex = "entity_text"

// Init creates the constraints and indexes, idempotently.
func (s *Store) Init(ctx context.Context) error {
	stmts := []string{
		"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
		"CREATE FULLTEXT INDEX " + fulltextIndex + " IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.searchText] " +
			"OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
	}
	for _, l := range graph.Labels {
		stmts = append(stmts, fmt.Sprintf("CREATE INDEX %s_name IF NOT EXISTS FOR (n:%s) ON (n.name)", strings.ToLower(string(l)), l))
	}
	for _, t := range graph.RelTypes {
		stmts = append(stmts, fmt.Sprintf("CREATE INDEX rel_%s_doc IF NOT EXISTS FOR ()-[r:%s]-() ON (r.doc)", strings.ToLower(string(t)), t))
	}
	for _, q := range stmts {
		if _, err := s.run(ctx, q, nil); err != nil {
			return fmt.Errorf("init: %w", err)
		}
	}
	if _, err := s.run(ctx, "CALL db.awaitIndexes(300)", nil); err != nil {
		return fmt.Errorf("init: await indexes: %w", err)
	}
	return nil
}

// run sends one auto-routed query and returns its records.
func (s *Store) run(ctx context.Context, q string, params map[string]any) ([]*driver.Record, error) {
	s.roundTrips.add(1)
	res, err := driver.ExecuteQuery(ctx, s.driver, q, params, driver.EagerResultTransformer,
		driver.ExecuteQueryWithDatabase(s.db))
	if err != nil {
		return nil, s.wrap(err)
	}
	return res.Records, nil
}

// wrap turns a driver error into a graph error without Cypher in its
// message: connection trouble is EUNAVAILABLE, the rest EINTERNAL (whose
// message the server hides).
func (s *Store) wrap(err error) error {
	var connErr *driver.ConnectivityError
	if errors.As(err, &connErr) || driver.IsConnectivityError(err) {
		return fmt.Errorf("%w: %v", graph.Errorf(graph.EUNAVAILABLE, "Neo4j is not reachable."), err)
	}
	return fmt.Errorf("neo4j: %w", err)
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// Counts returns the number of nodes and relationships stored.
func (s *Store) Counts(ctx context.Context) (graph.Counts, error) {
	recs, err := s.run(ctx, "MATCH (n) WITH count(n) AS nodes "+
		"CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels", nil)
	if err != nil {
		return graph.Counts{}, err
	}
	nodes, _ := recs[0].Get("nodes")
	rels, _ := recs[0].Get("rels")
	return graph.Counts{Nodes: int(nodes.(int64)), Relationships: int(rels.(int64))}, nil
}

// sortedKeys returns a map's keys in order, so that batches are written in a
// stable order and lock acquisition is deterministic.
func sortedKeys[K ~string, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

// Wipe deletes every node and relationship. Tests use it; nothing else does.
func (s *Store) Wipe(ctx context.Context) error {
	_, err := s.run(ctx, "MATCH (n) DETACH DELETE n", nil)
	return err
}
