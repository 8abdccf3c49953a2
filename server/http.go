// Package server serves the graph over GraphQL: the gqlgen executable schema
// and its resolvers, GraphiQL from embedded assets, and the health and
// readiness endpoints.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/plangraph/plangraph/graph"
	"github.com/plangraph/plangraph/loaders"
	"github.com/plangraph/plangraph/server/web"
)

// GraphQL error codes, sent in extensions.code.
const (
	CodeNotFound        = "NOT_FOUND"
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeUnavailable     = "UNAVAILABLE"
	CodeInternal        = "INTERNAL"
)

var codes = map[string]string{
	graph.ENOTFOUND:     CodeNotFound,
	graph.EINVALID:      CodeBadUserInput,
	graph.EUNAUTHORIZED: CodeUnauthenticated,
	graph.EUNAVAILABLE:  CodeUnavailable,
	graph.EINTERNAL:     CodeInternal,
}

// NewHandler returns the HTTP handler of the whole service:
//
//	/graphql   GraphQL over POST and GET
//	/graphiql  GraphiQL, from assets embedded in the binary
//	/explorer  a page that draws a node's neighbourhood (cytoscape)
//	/static/   those assets
//	/healthz   200 while the process is up
//	/readyz    200 while Neo4j is reachable, else 503
//	/metrics   request and error counts in the Prometheus text format
func NewHandler(store graph.Store, opts Options) http.Handler {
	m := newMetrics()
	opts.metrics = m
	mux := http.NewServeMux()
	mux.Handle("/graphql", m.instrument("/graphql", GraphQLHandler(store, opts)))
	mux.Handle("/graphiql", m.instrument("/graphiql", web.GraphiQLHandler("/graphql")))
	mux.Handle("/explorer", m.instrument("/explorer", web.ExplorerHandler("/graphql")))
	mux.Handle("/metrics", m)
	mux.Handle("/static/", http.StripPrefix("/static/", web.StaticHandler()))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		if err := store.Ping(ctx); err != nil {
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "error": graph.ErrorMessage(err)})
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		http.Redirect(w, r, "/graphiql", http.StatusFound)
	})
	return mux
}

// Options hold what the server needs besides the store.
type Options struct {
	// APIKeys allow mutations, sent in the X-API-Key header; with none,
	// mutations are off.
	APIKeys []string
	// Pipeline is the loader ingestDocument runs; nil means loaders.Default.
	Pipeline loaders.Pipeline

	metrics *metrics
}

// GraphQLHandler returns the GraphQL endpoint alone. Each request gets its
// own batching loader and carries its API key to the mutation resolvers.
func GraphQLHandler(store graph.Store, opts Options) http.Handler {
	if opts.Pipeline == nil {
		opts.Pipeline = loaders.Default()
	}
	r := &Resolver{Store: store, Pipeline: opts.Pipeline, APIKeys: opts.APIKeys}
	srv := handler.New(NewExecutableSchema(Config{Resolvers: r}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.Use(extension.Introspection{})
	srv.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		e := presentError(ctx, err)
		if opts.metrics != nil {
			code, _ := e.Extensions["code"].(string)
			opts.metrics.graphqlError(code)
		}
		return e
	})
	srv.SetRecoverFunc(func(ctx context.Context, v any) error {
		log.Printf("graphql: panic: %v", v)
		return graph.Errorf(graph.EINTERNAL, "Internal error.")
	})
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		ctx := withLoader(req.Context(), store)
		if key := req.Header.Get("X-API-Key"); key != "" {
			ctx = context.WithValue(ctx, apiKeyKey{}, key)
		}
		srv.ServeHTTP(w, req.WithContext(ctx))
	})
}

// presentError gives every error an extensions.code and a message a person
// understands; internal errors are logged and their text withheld, so that
// no Cypher or stack trace reaches a client.
func presentError(ctx context.Context, err error) *gqlerror.Error {
	gerr := graphql.DefaultErrorPresenter(ctx, err)
	var own *graph.Error
	if !errors.As(err, &own) {
		var ge *gqlerror.Error
		if errors.As(err, &ge) && ge.Extensions != nil && ge.Extensions["code"] != nil {
			return gerr // a validation or parse error from gqlgen itself
		}
		if ge != nil && ge.Unwrap() == nil {
			if gerr.Extensions == nil {
				gerr.Extensions = map[string]any{}
			}
			gerr.Extensions["code"] = CodeBadUserInput
			return gerr
		}
	}
	code := graph.ErrorCode(err)
	if code == graph.EINTERNAL {
		log.Printf("graphql: %v", err)
	}
	gerr.Message = graph.ErrorMessage(err)
	if gerr.Extensions == nil {
		gerr.Extensions = map[string]any{}
	}
	gerr.Extensions["code"] = codes[code]
	return gerr
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
