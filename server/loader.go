package server

import (
	"context"
	"strings"
	"sync"

	"github.com/plangraph/plangraph/graph"
)

// relLoader batches the relationship fields of one request without timing
// windows: every node the request has produced so far (the page of a list,
// the far ends of relationships already loaded) is "seen", and the first
// time a field asks for the relationships of one seen node it fetches them
// for all seen nodes in one round trip. Siblings at the same level of a
// query are all seen before any of their fields resolve, so a nested query
// costs one round trip per field and level, whatever the number of nodes.
type relLoader struct {
	store graph.Store
	mu    sync.Mutex
	seen  []string
	known map[string]bool
	// loads holds, per relationship key, the fetches made or under way.
	loads map[string][]*relFetch
}

// relFetch is one round trip for a set of ids.
type relFetch struct {
	ids    map[string]bool
	done   chan struct{}
	result map[string][]graph.Relation
	err    error
}

func newRelLoader(store graph.Store) *relLoader {
	return &relLoader{store: store, known: map[string]bool{}, loads: map[string][]*relFetch{}}
}

// see records nodes the request has produced.
func (l *relLoader) see(ids ...string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.seeLocked(ids...)
}

func (l *relLoader) seeLocked(ids ...string) {
	for _, id := range ids {
		if id != "" && !l.known[id] {
			l.known[id] = true
			l.seen = append(l.seen, id)
		}
	}
}

// load returns the relationships of id of the given types and direction.
func (l *relLoader) load(ctx context.Context, id string, dir graph.Direction, types ...graph.RelType) ([]graph.Relation, error) {
	parts := []string{string(dir)}
	for _, t := range types {
		parts = append(parts, string(t))
	}
	key := strings.Join(parts, "|")

	l.mu.Lock()
	l.seeLocked(id)
	var f *relFetch
	for _, x := range l.loads[key] {
		if x.ids[id] {
			f = x
			break
		}
	}
	if f == nil {
		// One fetch for every seen node that no fetch of this key covers.
		covered := map[string]bool{}
		for _, x := range l.loads[key] {
			for i := range x.ids {
				covered[i] = true
			}
		}
		f = &relFetch{ids: map[string]bool{}, done: make(chan struct{})}
		var ids []string
		for _, s := range l.seen {
			if !covered[s] {
				f.ids[s] = true
				ids = append(ids, s)
			}
		}
		l.loads[key] = append(l.loads[key], f)
		go l.fetch(ctx, f, ids, dir, types)
	}
	l.mu.Unlock()

	select {
	case <-f.done:
		return f.result[id], f.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (l *relLoader) fetch(ctx context.Context, f *relFetch, ids []string, dir graph.Direction, types []graph.RelType) {
	defer close(f.done)
	// Waiters of other fields share this fetch; it must not die with the
	// context of the field that happened to start it.
	f.result, f.err = l.store.Relations(context.WithoutCancel(ctx), ids, types, dir)
	if f.err != nil {
		return
	}
	// The far ends are the next level's siblings: see them all now, before
	// any of their own fields ask.
	var far []string
	for _, rels := range f.result {
		for _, r := range rels {
			far = append(far, r.Other.ID)
		}
	}
	l.see(far...)
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
