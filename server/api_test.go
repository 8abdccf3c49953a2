package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/plangraph/plangraph/graph"
	"github.com/plangraph/plangraph/graph/neo4j/neo4jtest"
	"github.com/plangraph/plangraph/server"
)

func post(t *testing.T, h http.Handler, q string, vars map[string]any, header map[string]string) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var out gqlResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatalf("status %d, body %s", rec.Code, rec.Body.String())
	}
	return out
}

func decode(t *testing.T, res gqlResponse, v any) {
	t.Helper()
	if len(res.Errors) > 0 {
		t.Fatalf("errors: %+v", res.Errors)
	}
	if err := json.Unmarshal(res.Data, v); err != nil {
		t.Fatal(err)
	}
}

// syntheticPlans is a document with n plans, each with two projects, an
// issuing agency and a region, so that nesting cost can be measured.
func syntheticPlans(n int) *graph.Extraction {
	doc := "doc:synthetic.txt"
	ev := []graph.Evidence{{Doc: doc, Start: 0, End: 2, Text: "测试"}}
	x := &graph.Extraction{Documents: []graph.Document{{ID: doc, File: "synthetic.txt", Title: "测试规划汇编", Kind: "plan"}}}
	x.Nodes = append(x.Nodes, graph.Node{ID: doc, Label: graph.LabelDocument, Name: "测试规划汇编", Props: map[string]any{"file": "synthetic.txt", "title": "测试规划汇编", "kind": "plan"}})
	add := func(l graph.Label, name string) string {
		id := graph.NodeID(l, name)
		x.Nodes = append(x.Nodes, graph.Node{ID: id, Label: l, Name: name, Evidence: ev})
		x.Edges = append(x.Edges, graph.Edge{Type: graph.Mentions, From: doc, To: id, Evidence: ev})
		return id
	}
	for i := 0; i < n; i++ {
		p := add(graph.LabelPlan, fmt.Sprintf("第%d号测试规划", i))
		a := add(graph.LabelAgency, fmt.Sprintf("第%d测试委员会", i))
		r := add(graph.LabelRegion, fmt.Sprintf("第%d测试区", i))
		x.Edges = append(x.Edges,
			graph.Edge{Type: graph.IssuedBy, From: p, To: a, Evidence: ev},
			graph.Edge{Type: graph.Covers, From: p, To: r, Evidence: ev})
		for j := 0; j < 2; j++ {
			sp := add(graph.LabelSpecialProject, fmt.Sprintf("第%d-%d号测试工程", i, j))
			x.Edges = append(x.Edges, graph.Edge{Type: graph.HasProject, From: p, To: sp, Evidence: ev})
		}
	}
	return x
}

// TestNestedFieldsAreBatched counts the Cypher round trips of a nested query
// over 5 and over 50 plans: they must not grow with the number of plans.
func TestNestedFieldsAreBatched(t *testing.T) {
	s := neo4jtest.Open(t)
	if _, err := s.WriteDocument(context.Background(), syntheticPlans(50)); err != nil {
		t.Fatal(err)
	}
	h := server.NewHandler(s, server.Options{})
	q := `query($n: Int) { plans(first: $n, filter: {nameContains: "测试规划"}) { totalCount edges { node {
		name
		projects { node { name ... on SpecialProject { plans { node { name } } } } evidence { sentence } }
		issuedBy { node { name } }
		regions { node { name } } } } } }`
	trips := map[int]int64{}
	for _, n := range []int{5, 50} {
		before := s.RoundTrips()
		var data struct {
			Plans struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Projects []struct{ Node struct{ Plans []any } }
						IssuedBy []any
						Regions  []any
					}
				}
			}
		}
		decode(t, post(t, h, q, map[string]any{"n": n}, nil), &data)
		trips[n] = s.RoundTrips() - before
		if len(data.Plans.Edges) != n || data.Plans.TotalCount != 50 {
			t.Fatalf("got %d plans of %d", len(data.Plans.Edges), data.Plans.TotalCount)
		}
		for _, e := range data.Plans.Edges {
			if len(e.Node.Projects) != 2 || len(e.Node.IssuedBy) != 1 || len(e.Node.Regions) != 1 || len(e.Node.Projects[0].Node.Plans) != 1 {
				t.Fatalf("incomplete plan %+v", e.Node)
			}
		}
	}
	if trips[50] != trips[5] || trips[50] > 6 {
		t.Errorf("round trips: %d for 5 plans, %d for 50; want the same, one per level and field", trips[5], trips[50])
	}
}

func TestMutationsNeedAKey(t *testing.T) {
	s := neo4jtest.Open(t)
	const ingest = `mutation($f: String!, $t: String!) { ingestDocument(filename: $f, text: $t) { nodes relationships document { id title kind region } } }`
	text := "杭州市推进智慧城市建设2012-2015年行动计划\n为加快杭州市信息化发展，制订本行动计划。到2015年，全市互联网出口带宽达到800Gbps。\n"
	vars := map[string]any{"f": "hz.txt", "t": text}

	off := server.NewHandler(s, server.Options{})
	on := server.NewHandler(s, server.Options{APIKeys: []string{"k1"}})
	for name, c := range map[string]struct {
		h      http.Handler
		header map[string]string
	}{
		"no keys configured": {off, map[string]string{"X-API-Key": "k1"}},
		"no key sent":        {on, nil},
		"wrong key":          {on, map[string]string{"X-API-Key": "nope"}},
	} {
		res := post(t, c.h, ingest, vars, c.header)
		if len(res.Errors) == 0 || res.Errors[0].Extensions["code"] != "UNAUTHENTICATED" {
			t.Errorf("%s: %+v", name, res.Errors)
		}
	}
	if c, _ := s.Counts(context.Background()); c.Nodes != 0 {
		t.Fatalf("a refused mutation wrote %d nodes", c.Nodes)
	}

	key := map[string]string{"X-API-Key": "k1"}
	var got struct {
		IngestDocument struct {
			Nodes, Relationships int
			Document             struct{ ID, Title, Kind, Region string }
		}
	}
	decode(t, post(t, on, ingest, vars, key), &got)
	d := got.IngestDocument
	if d.Document.ID != "doc:hz.txt" || d.Document.Kind != "action_plan" || d.Document.Region != "杭州市" || d.Nodes == 0 {
		t.Errorf("ingested %+v", d)
	}
	// A second document shares the region; deleting the first keeps it.
	if _, err := s.WriteDocument(context.Background(), neo4jtest.Extractions(t)[0]); err != nil {
		t.Fatal(err)
	}
	res := post(t, on, `mutation { deleteDocument(id: "doc:hz.txt") }`, nil, key)
	if len(res.Errors) > 0 {
		t.Fatalf("delete: %+v", res.Errors)
	}
	res = post(t, on, `{ document(id: "doc:hz.txt") { id } }`, nil, nil)
	if len(res.Errors) == 0 || res.Errors[0].Extensions["code"] != "NOT_FOUND" {
		t.Errorf("the deleted document is still there: %+v", res)
	}
	if _, err := s.Node(context.Background(), "region:杭州市"); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("a region only the deleted document named survived: %v", err)
	}
	if _, err := s.Node(context.Background(), "region:上海市"); err != nil {
		t.Errorf("a region another document names was deleted: %v", err)
	}
	res = post(t, on, `mutation { deleteDocument(id: "doc:hz.txt") }`, nil, key)
	if len(res.Errors) == 0 || res.Errors[0].Extensions["code"] != "NOT_FOUND" {
		t.Errorf("deleting twice: %+v", res)
	}
}
