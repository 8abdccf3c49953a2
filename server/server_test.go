package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"

	"github.com/plangraph/plangraph/graph/neo4j/neo4jtest"
	"github.com/plangraph/plangraph/server"
)

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func query(t *testing.T, h http.Handler, q string) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": q})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var out gqlResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatalf("%s: status %d, body %s", q, rec.Code, rec.Body.String())
	}
	return out
}

func TestDocumentsQuery(t *testing.T) {
	s := neo4jtest.Open(t)
	neo4jtest.LoadSeeds(t, s)
	h := server.NewHandler(s, server.Options{})
	res := query(t, h, `{ documents(first: 10) { totalCount edges { node { id title kind issuer docNumber publishedAt period region } } } }`)
	if len(res.Errors) > 0 {
		t.Fatalf("errors: %+v", res.Errors)
	}
	var data struct {
		Documents struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					ID, Title, Kind string
					Issuer          []string
					DocNumber       *string
					Period          []int
					Region          *string
				}
			}
		}
	}
	if err := json.Unmarshal(res.Data, &data); err != nil {
		t.Fatal(err)
	}
	if data.Documents.TotalCount != 5 || len(data.Documents.Edges) != 5 {
		t.Fatalf("got %d documents (%d edges), want 5", data.Documents.TotalCount, len(data.Documents.Edges))
	}
	var kinds []string
	for _, e := range data.Documents.Edges {
		kinds = append(kinds, e.Node.Kind)
		if e.Node.Title == "" || e.Node.Region == nil || len(e.Node.Period) != 2 {
			t.Errorf("incomplete document %+v", e.Node)
		}
	}
	sort.Strings(kinds)
	if got := strings.Join(kinds, ","); got != "action_plan,bulletin,cooperation_plan,plan,plan" {
		t.Errorf("kinds %s", got)
	}
	first := data.Documents.Edges[0].Node
	if first.DocNumber == nil || *first.DocNumber != "沪府发〔2007〕23号" || first.Issuer[0] != "上海市人民政府" {
		t.Errorf("first document %+v", first)
	}
}

func TestNodeAndSearchQueries(t *testing.T) {
	s := neo4jtest.Open(t)
	neo4jtest.LoadSeeds(t, s)
	h := server.NewHandler(s, server.Options{})
	res := query(t, h, `{ node(id: "region:上海市") { id name labels  } search(text: "静安區", first: 3) { node { name labels } score snippet } }`)
	if len(res.Errors) > 0 {
		t.Fatalf("errors: %+v", res.Errors)
	}
	var data struct {
		Node struct {
			ID, Name string
			Labels   []string
		}
		Search []struct {
			Node    struct{ Name string }
			Score   float64
			Snippet string
		}
	}
	if err := json.Unmarshal(res.Data, &data); err != nil {
		t.Fatal(err)
	}
	if data.Node.Name != "上海市" || data.Node.Labels[0] != "Region" {
		t.Errorf("node: %+v", data.Node)
	}
	if len(data.Search) == 0 || !strings.Contains(data.Search[0].Node.Name, "静安") || data.Search[0].Score <= 0 {
		t.Errorf("traditional 静安區 found %+v", data.Search)
	}
}

func TestErrorsHaveCodes(t *testing.T) {
	s := neo4jtest.Open(t)
	h := server.NewHandler(s, server.Options{})
	tests := []struct {
		query, code string
	}{
		{`{ node(id: "region:nowhere") { id } }`, "NOT_FOUND"},
		{`{ document(id: "doc:missing.txt") { id } }`, "NOT_FOUND"},
		{`{ documents(first: 0) { totalCount } }`, "BAD_USER_INPUT"},
		{`{ search(text: "  ") { score } }`, "BAD_USER_INPUT"},
		{`{ nosuchfield }`, "GRAPHQL_VALIDATION_FAILED"},
	}
	for _, tt := range tests {
		res := query(t, h, tt.query)
		if len(res.Errors) == 0 {
			t.Errorf("%s: no error", tt.query)
			continue
		}
		e := res.Errors[0]
		if e.Extensions["code"] != tt.code {
			t.Errorf("%s: code %v, want %s (%s)", tt.query, e.Extensions["code"], tt.code, e.Message)
		}
		if strings.Contains(e.Message, "MATCH") || strings.Contains(e.Message, "goroutine") {
			t.Errorf("%s: message leaks internals: %s", tt.query, e.Message)
		}
	}
}

func TestHealthAndReady(t *testing.T) {
	s := neo4jtest.Open(t)
	h := server.NewHandler(s, server.Options{})
	for _, path := range []string{"/healthz", "/readyz", "/metrics"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK {
			t.Errorf("%s: %d %s", path, rec.Code, rec.Body.String())
		}
	}
}

// TestReadyzWhenNeo4jIsGone checks that /readyz says 503 once the store can
// no longer reach Neo4j, while /healthz still says the process is up.
func TestReadyzWhenNeo4jIsGone(t *testing.T) {
	s := neo4jtest.Open(t)
	h := server.NewHandler(s, server.Options{})
	if err := s.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]int{"/readyz": http.StatusServiceUnavailable, "/healthz": http.StatusOK} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != want {
			t.Errorf("%s: %d, want %d (%s)", path, rec.Code, want, rec.Body.String())
		}
	}
}

func TestMetricsCountRequestsAndErrors(t *testing.T) {
	s := neo4jtest.Open(t)
	h := server.NewHandler(s, server.Options{})
	query(t, h, `{ node(id: "region:nowhere") { id } }`)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	body := rec.Body.String()
	for _, want := range []string{`plangraph_http_requests_total{path="/graphql",status="200"} 1`, `plangraph_graphql_errors_total{code="NOT_FOUND"} 1`} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s:\n%s", want, body)
		}
	}
}
