package graph

import "context"

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

// DocumentPage is one page of documents and the number of all of them.
type DocumentPage struct {
	Documents  []Document
	TotalCount int
	// EndCursor is the cursor of the last document of the page.
	EndCursor string
	// HasNext reports whether documents follow this page.
	HasNext bool
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
	// Documents returns one page of documents ordered by id.
	Documents(ctx context.Context, p Page) (*DocumentPage, error)
	// Document returns the document with the given id, or an ENOTFOUND error.
	Document(ctx context.Context, id string) (*Document, error)
	// Node returns the node with the given id, or an ENOTFOUND error.
	Node(ctx context.Context, id string) (*Node, error)
	// Search ranks nodes by full-text match of text over names, aliases and
	// evidence sentences; labels, when given, restrict the hits.
	Search(ctx context.Context, text string, labels []Label, first int) ([]SearchHit, error)
	// Counts returns the number of nodes and relationships stored.
	Counts(ctx context.Context) (Counts, error)
	// Close releases the store's connections.
	Close(ctx context.Context) error
}
