package neo4j

import (
	"context"
	"fmt"
	"strings"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/plangraph/plangraph/graph"
)

// batchSize bounds the rows of one UNWIND, so that a large document is
// written in several statements of the same transaction.
const batchSize = 500

// maxSentences bounds the evidence sentences kept on a node for search.
const maxSentences = 12

// WriteDocument writes one document's extraction in a single transaction,
// replacing whatever an earlier load of the same document wrote: its
// relationships are deleted and written anew, and the nodes only it
// supported and no longer names are removed. On any error nothing of the
// document is left changed.
func (s *Store) WriteDocument(ctx context.Context, x *graph.Extraction) (graph.WriteStats, error) {
	if x == nil || len(x.Documents) != 1 {
		return graph.WriteStats{}, graph.Errorf(graph.EINVALID, "an extraction must hold exactly one document to be written")
	}
	doc := x.Documents[0]
	if doc.ID == "" {
		return graph.WriteStats{}, graph.Errorf(graph.EINVALID, "the document has no id")
	}
	nodesByLabel := map[graph.Label][]map[string]any{}
	known := map[string]bool{}
	for _, n := range x.Nodes {
		if !n.Label.Valid() {
			return graph.WriteStats{}, graph.Errorf(graph.EINVALID, "%s: node %q has unknown label %q", doc.File, n.ID, n.Label)
		}
		nodesByLabel[n.Label] = append(nodesByLabel[n.Label], nodeRow(n))
		known[n.ID] = true
	}
	edgesByType := map[graph.RelType][]map[string]any{}
	for i, e := range x.Edges {
		if !e.Type.Valid() {
			return graph.WriteStats{}, graph.Errorf(graph.EINVALID, "%s: relationship %d has unknown type %q", doc.File, i, e.Type)
		}
		if !known[e.From] || !known[e.To] {
			return graph.WriteStats{}, graph.Errorf(graph.EINVALID, "%s: %s relationship from %q to %q names a node the extraction does not hold", doc.File, e.Type, e.From, e.To)
		}
		edgesByType[e.Type] = append(edgesByType[e.Type], edgeRow(i, e))
	}

	s.roundTrips.add(1)
	session := s.driver.NewSession(ctx, driver.SessionConfig{AccessMode: driver.AccessModeWrite, DatabaseName: s.db})
	defer session.Close(ctx)
	stats, err := session.ExecuteWrite(ctx, func(tx driver.ManagedTransaction) (any, error) {
		st := graph.WriteStats{Document: doc.ID}
		prev, err := removeDocument(ctx, tx, doc.ID)
		if err != nil {
			return nil, err
		}
		for _, l := range sortedKeys(nodesByLabel) {
			rows := nodesByLabel[l]
			for _, b := range batches(rows) {
				if err := exec(ctx, tx, mergeNodes(l), map[string]any{"rows": b, "max": maxSentences}); err != nil {
					return nil, err
				}
			}
			st.Nodes += len(rows)
		}
		for _, t := range sortedKeys(edgesByType) {
			rows := edgesByType[t]
			for _, b := range batches(rows) {
				if err := exec(ctx, tx, mergeEdges(t), map[string]any{"rows": b, "doc": doc.ID}); err != nil {
					return nil, err
				}
			}
			st.Relationships += len(rows)
		}
		if err := pruneOrphans(ctx, tx, prev); err != nil {
			return nil, err
		}
		return st, nil
	})
	if err != nil {
		return graph.WriteStats{}, fmt.Errorf("%s: writing to Neo4j: %w", doc.File, s.wrap(err))
	}
	return stats.(graph.WriteStats), nil
}

// removeDocument deletes the relationships a document asserted and
// returns the ids of the nodes it mentioned, for pruneOrphans.
func removeDocument(ctx context.Context, tx driver.ManagedTransaction, doc string) ([]string, error) {
	prev, err := collectIDs(ctx, tx, "MATCH (:Document {id: $doc})-[:MENTIONS]->(n) RETURN n.id AS id", map[string]any{"doc": doc})
	if err != nil {
		return nil, err
	}
	for _, t := range graph.RelTypes {
		q := fmt.Sprintf("MATCH ()-[r:%s]->() WHERE r.doc = $doc DELETE r", t)
		if err := exec(ctx, tx, q, map[string]any{"doc": doc}); err != nil {
			return nil, err
		}
	}
	return prev, nil
}

// pruneOrphans deletes, among the given nodes, those no document mentions
// any more: what only a replaced or deleted document supported.
func pruneOrphans(ctx context.Context, tx driver.ManagedTransaction, ids []string) error {
	return exec(ctx, tx, "UNWIND $ids AS id MATCH (n:Entity {id: id}) "+
		"WHERE NOT n:Document AND NOT ()-[:MENTIONS]->(n) DETACH DELETE n", map[string]any{"ids": ids})
}

// DeleteDocument removes a document, every relationship it asserted and
// every node that only it supported, in one transaction.
func (s *Store) DeleteDocument(ctx context.Context, id string) error {
	if _, err := s.Document(ctx, id); err != nil {
		return err
	}
	s.roundTrips.add(1)
	session := s.driver.NewSession(ctx, driver.SessionConfig{AccessMode: driver.AccessModeWrite, DatabaseName: s.db})
	defer session.Close(ctx)
	_, err := session.ExecuteWrite(ctx, func(tx driver.ManagedTransaction) (any, error) {
		prev, err := removeDocument(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		if err := exec(ctx, tx, "MATCH (d:Document {id: $doc}) DETACH DELETE d", map[string]any{"doc": id}); err != nil {
			return nil, err
		}
		return nil, pruneOrphans(ctx, tx, prev)
	})
	if err != nil {
		return fmt.Errorf("deleting %s: %w", id, s.wrap(err))
	}
	return nil
}

// mergeNodes is the statement that writes one batch of nodes of a label. The
// label comes from the closed list graph.Labels, never from input text.
// Aliases and evidence sentences accumulate across documents.
func mergeNodes(l graph.Label) string {
	extra := ""
	if l == graph.LabelDocument {
		extra = " SET n.name = row.name"
	}
	return `UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.name = row.name
SET n:` + string(l) + `, n += row.props` + extra + `
WITH n, row,
  reduce(a = coalesce(n.aliases, []), x IN row.aliases | CASE WHEN x IN a THEN a ELSE a + x END) AS aliases,
  reduce(a = coalesce(n.sentences, []), x IN row.sentences | CASE WHEN x IN a THEN a ELSE a + x END) AS sentences
SET n.aliases = aliases,
    n.aliasText = reduce(t = '', x IN aliases | t + ' ' + x),
    n.sentences = sentences[0..$max],
    n.searchText = reduce(t = '', x IN sentences[0..$max] | t + ' ' + x)`
}

// mergeEdges is the statement that writes one batch of relationships of a
// type. It creates rather than merges: removeDocument has already deleted
// every relationship the document asserted, and the extraction holds each
// relationship once, so CREATE is idempotent here — and MERGE would scan
// every relationship of a hub node (a document mentions hundreds of nodes)
// once per row.
func mergeEdges(t graph.RelType) string {
	return `UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
CREATE (a)-[r:` + string(t) + ` {doc: $doc, key: row.key}]->(b)
SET r += row.props, r.evStart = row.evStart, r.evEnd = row.evEnd, r.evText = row.evText`
}

func nodeRow(n graph.Node) map[string]any {
	sentences := []string{}
	for _, e := range n.Evidence {
		if e.Text != "" && !containsString(sentences, e.Text) {
			sentences = append(sentences, e.Text)
		}
	}
	props := map[string]any{}
	for k, v := range n.Props {
		if v != nil {
			props[k] = v
		}
	}
	aliases := n.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	return map[string]any{"id": n.ID, "name": n.Name, "aliases": aliases, "sentences": sentences, "props": props}
}

func edgeRow(i int, e graph.Edge) map[string]any {
	var starts, ends []int64
	var texts []string
	for _, ev := range e.Evidence {
		starts = append(starts, int64(ev.Start))
		ends = append(ends, int64(ev.End))
		texts = append(texts, ev.Text)
	}
	props := map[string]any{}
	for k, v := range e.Props {
		if v != nil {
			props[k] = v
		}
	}
	return map[string]any{
		"key": fmt.Sprint(i), "from": e.From, "to": e.To, "props": props,
		"evStart": starts, "evEnd": ends, "evText": texts,
	}
}

func batches(rows []map[string]any) [][]map[string]any {
	var out [][]map[string]any
	for len(rows) > batchSize {
		out = append(out, rows[:batchSize])
		rows = rows[batchSize:]
	}
	return append(out, rows)
}

func exec(ctx context.Context, tx driver.ManagedTransaction, q string, params map[string]any) error {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

func collectIDs(ctx context.Context, tx driver.ManagedTransaction, q string, params map[string]any) ([]string, error) {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(recs))
	for _, r := range recs {
		if v, ok := r.Get("id"); ok {
			if s, ok := v.(string); ok {
				ids = append(ids, s)
			}
		}
	}
	return ids, nil
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// cleanKeys are the node properties the store adds for its own use.
var cleanKeys = map[string]bool{"id": true, "name": true, "aliases": true, "aliasText": true, "sentences": true, "searchText": true}

// isInternal reports whether a node property is the store's own.
func isInternal(k string) bool { return cleanKeys[k] || strings.HasPrefix(k, "_") }
