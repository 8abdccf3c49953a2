package graph

import (
	"context"
	"encoding/base64"
	"strconv"
	"strings"
)

// WriteStats counts what one document's write touched.
type WriteStats struct {
	Document      string `json:"document"`
	Nodes         int    `json:"nodes"`
	Relationships int    `json:"relationships"`
}

// Page asks for one page of a list: at most First items after the cursor
// After ("" for the first page).
type Page struct {
	First int
	After string
}

// Cursor returns the opaque cursor of the item at offset i of a list.
func Cursor(i int) string {
	return base64.StdEncoding.EncodeToString([]byte("o:" + strconv.Itoa(i+1)))
}

// CursorOffset returns the offset a cursor stands for: the position after
// the item it was given for. "" is the start of the list.
func CursorOffset(after string) (int, error) {
	if after == "" {
		return 0, nil
	}
	b, err := base64.StdEncoding.DecodeString(after)
	if err == nil && strings.HasPrefix(string(b), "o:") {
		if n, err := strconv.Atoi(string(b[2:])); err == nil && n >= 0 {
			return n, nil
		}
	}
	return 0, Errorf(EINVALID, "after %q is not a cursor this API gave out", after)
}

// SearchHit is one node found by full-text search.
type SearchHit struct {
	Node    Node
	Score   float64
	Snippet string
}

// Counts is the size of the stored graph.
type Counts struct {
	Nodes         int
	Relationships int
}

// Store persists extractions and answers queries over them.
type Store interface {
	// Init creates, idempotently, the constraints and indexes the store needs.
	Init(ctx context.Context) error
	// Ping reports whether the store is reachable.
	Ping(ctx context.Context) error
	// WriteDocument writes the extraction of exactly one document in one
	// transaction, replacing what an earlier load of the same document wrote:
	// either all of it is stored or none of it.
	WriteDocument(ctx context.Context, x *Extraction) (WriteStats, error)
	// Document returns the document with the given id, or an ENOTFOUND error.
	Document(ctx context.Context, id string) (*Document, error)
	// Node returns the node with the given id, or an ENOTFOUND error.
	Node(ctx context.Context, id string) (*Node, error)
	// Search ranks nodes by full-text match of text over names, aliases and
	// evidence sentences; labels, when given, restrict the hits.
	Search(ctx context.Context, text string, labels []Label, first int) ([]SearchHit, error)
	// List returns one page of the nodes with a label that pass the filter.
	List(ctx context.Context, label Label, f Filter, o Order, p Page) (*NodePage, error)
	// Relations returns, for each of the ids, its relationships of the given
	// types (all types when none) in the given direction, in one round trip.
	Relations(ctx context.Context, ids []string, types []RelType, dir Direction) (map[string][]Relation, error)
	// Nodes returns the nodes with the given ids that exist, by id, in one
	// round trip.
	Nodes(ctx context.Context, ids []string) (map[string]Node, error)
	// Lineage returns the subgraph reached from id through SUPERSEDES,
	// BASED_ON, IMPLEMENTS (and, for a project, the plans and documents
	// naming the same project), at most depth hops away.
	Lineage(ctx context.Context, id string, dir Direction, depth int) (*Subgraph, error)
	// Neighborhood returns the nodes within depth hops of id, optionally only
	// those with the given labels, at most limit of them, and their edges.
	Neighborhood(ctx context.Context, id string, depth int, labels []Label, limit int) (*Subgraph, error)
	// Path returns a shortest path between two nodes of at most maxHops
	// relationships (MENTIONS left out), or an ENOTFOUND error.
	Path(ctx context.Context, from, to string, maxHops int) (*Subgraph, error)
	// Stats counts the graph.
	Stats(ctx context.Context) (*Stats, error)
	// DeleteDocument removes a document, its relationships and every node
	// that only it supported.
	DeleteDocument(ctx context.Context, id string) error
	// Counts returns the number of nodes and relationships stored.
	Counts(ctx context.Context) (Counts, error)
	// Close releases the store's connections.
	Close(ctx context.Context) error
}
