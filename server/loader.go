package server

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/plangraph/plangraph/graph"
)

// batchWait is how long the loader gathers ids before it asks the store.
// gqlgen resolves the elements of a list concurrently, so every sibling's
// request arrives within this window and one query serves them all.
const batchWait = 2 * time.Millisecond

// relLoader batches the relationship fields of one request: all the ids
// that ask for the same types in the same direction within batchWait go to
// the store in one round trip. This is what keeps nested queries free of
// N+1: one round trip per field per level of nesting.
type relLoader struct {
	store   graph.Store
	mu      sync.Mutex
	pending map[string]*relBatch
}

type relBatch struct {
	ids    []string
	seen   map[string]bool
	done   chan struct{}
	result map[string][]graph.Relation
	err    error
}

func newRelLoader(store graph.Store) *relLoader {
	return &relLoader{store: store, pending: map[string]*relBatch{}}
}

// load returns the relationships of id of the given type and direction.
func (l *relLoader) load(ctx context.Context, id string, dir graph.Direction, types ...graph.RelType) ([]graph.Relation, error) {
	parts := []string{string(dir)}
	for _, t := range types {
		parts = append(parts, string(t))
	}
	key := strings.Join(parts, "|")
	l.mu.Lock()
	b, ok := l.pending[key]
	if !ok {
		b = &relBatch{seen: map[string]bool{}, done: make(chan struct{})}
		l.pending[key] = b
		time.AfterFunc(batchWait, func() {
			l.mu.Lock()
			delete(l.pending, key)
			ids := b.ids
			l.mu.Unlock()
			// The batch outlives the request that opened it, so it must
			// not die with that request's context alone.
			qctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
			defer cancel()
			b.result, b.err = l.store.Relations(qctx, ids, types, dir)
			close(b.done)
		})
	}
	if !b.seen[id] {
		b.seen[id] = true
		b.ids = append(b.ids, id)
	}
	l.mu.Unlock()
	select {
	case <-b.done:
		return b.result[id], b.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

type loaderKey struct{}

// withLoader gives a request its own loader, so that batches never mix
// requests.
func withLoader(ctx context.Context, store graph.Store) context.Context {
	return context.WithValue(ctx, loaderKey{}, newRelLoader(store))
}

func loaderFrom(ctx context.Context, store graph.Store) *relLoader {
	if l, ok := ctx.Value(loaderKey{}).(*relLoader); ok {
		return l
	}
	return newRelLoader(store)
}
