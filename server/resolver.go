package server

// THIS CODE WILL BE UPDATED WITH SCHEMA CHANGES. PREVIOUS IMPLEMENTATION FOR SCHEMA CHANGES WILL BE KEPT IN THE COMMENT SECTION. IMPLEMENTATION FOR UNCHANGED SCHEMA WILL BE KEPT.

import (
	"context"

	"github.com/plangraph/plangraph/graph"
)

// Resolver answers the GraphQL queries from a graph.Store.
type Resolver struct {
	Store graph.Store
}

// Documents is the resolver for the documents field.
func (r *queryResolver) Documents(ctx context.Context, first *int, after *string) (*DocumentConnection, error) {
	p := graph.Page{First: intOr(first, 20)}
	if after != nil {
		p.After = *after
	}
	page, err := r.Store.Documents(ctx, p)
	if err != nil {
		return nil, err
	}
	conn := &DocumentConnection{TotalCount: page.TotalCount, Edges: []DocumentEdge{}, PageInfo: &PageInfo{HasNextPage: page.HasNext}}
	for _, d := range page.Documents {
		conn.Edges = append(conn.Edges, DocumentEdge{Cursor: cursorOf(d.ID), Node: documentModel(d)})
	}
	if page.EndCursor != "" {
		conn.PageInfo.EndCursor = &page.EndCursor
	}
	return conn, nil
}

// Document is the resolver for the document field.
func (r *queryResolver) Document(ctx context.Context, id string) (*Document, error) {
	d, err := r.Store.Document(ctx, id)
	if err != nil {
		return nil, err
	}
	return documentModel(*d), nil
}

// Node is the resolver for the node field.
func (r *queryResolver) Node(ctx context.Context, id string) (Node, error) {
	if n, err := r.Store.Node(ctx, id); err != nil {
		return nil, err
	} else if n.Label == graph.LabelDocument {
		return r.Document(ctx, id)
	} else {
		return entityModel(*n), nil
	}
}

// Search is the resolver for the search field.
func (r *queryResolver) Search(ctx context.Context, text string, labels []Label, first *int) ([]SearchHit, error) {
	ls := make([]graph.Label, len(labels))
	for i, l := range labels {
		ls[i] = graph.Label(l)
	}
	hits, err := r.Store.Search(ctx, toSimplified(text), ls, intOr(first, 20))
	if err != nil {
		return nil, err
	}
	out := make([]SearchHit, 0, len(hits))
	for _, h := range hits {
		var n Node = entityModel(h.Node)
		if h.Node.Label == graph.LabelDocument {
			d, err := r.Store.Document(ctx, h.Node.ID)
			if err != nil {
				return nil, err
			}
			n = documentModel(*d)
		}
		out = append(out, SearchHit{Node: n, Score: h.Score, Snippet: h.Snippet})
	}
	return out, nil
}

// Query returns QueryResolver implementation.
func (r *Resolver) Query() QueryResolver { return &queryResolver{r} }

type queryResolver struct{ *Resolver }
