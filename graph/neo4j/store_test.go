package neo4j_test

import (
	"context"
	"strings"
	"testing"

	"github.com/plangraph/plangraph/graph"
	"github.com/plangraph/plangraph/graph/neo4j"
	"github.com/plangraph/plangraph/graph/neo4j/neo4jtest"
)

func counts(t *testing.T, s *neo4j.Store) graph.Counts {
	t.Helper()
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestInitIsIdempotent(t *testing.T) {
	s := neo4jtest.Open(t)
	if err := s.Init(context.Background()); err != nil {
		t.Fatalf("second Init: %v", err)
	}
}

func TestReloadLeavesCountsUnchanged(t *testing.T) {
	s := neo4jtest.Open(t)
	neo4jtest.LoadSeeds(t, s)
	first := counts(t, s)
	if first.Nodes == 0 || first.Relationships == 0 {
		t.Fatalf("loading the seeds stored nothing: %+v", first)
	}
	neo4jtest.LoadSeeds(t, s)
	if again := counts(t, s); again != first {
		t.Errorf("second load changed the counts: %+v, then %+v", first, again)
	}
}

func TestDocumentsShareNodes(t *testing.T) {
	s := neo4jtest.Open(t)
	neo4jtest.LoadSeeds(t, s)
	n, err := s.Node(context.Background(), graph.NodeID(graph.LabelRegion, "上海市"))
	if err != nil {
		t.Fatal(err)
	}
	if n.Label != graph.LabelRegion || n.Name != "上海市" {
		t.Errorf("got %+v", n)
	}
	hits, err := s.Search(context.Background(), "上海市", []graph.Label{graph.LabelRegion}, 50)
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, h := range hits {
		if h.Node.Name == "上海市" {
			seen++
		}
	}
	if seen != 1 {
		t.Errorf("上海市 is %d nodes, want one shared by all documents", seen)
	}
	// A plan's target and a bulletin's actual meet on one indicator, and
	// the city is one node named by every Shanghai document.
	shared := map[string]int{
		graph.NodeID(graph.LabelRegion, "上海市"):           4,
		graph.NodeID(graph.LabelIndicator, "集成电路产业销售收入"): 2,
		graph.NodeID(graph.LabelAgency, "上海市人民政府"):       2,
	}
	var ids []string
	for id := range shared {
		ids = append(ids, id)
	}
	rels, err := s.Relations(context.Background(), ids, []graph.RelType{graph.Mentions}, graph.In)
	if err != nil {
		t.Fatal(err)
	}
	for id, min := range shared {
		docs := map[string]bool{}
		for _, r := range rels[id] {
			docs[r.From] = true
		}
		if len(docs) < min {
			t.Errorf("%s is named by %d documents, want at least %d on one node", id, len(docs), min)
		}
	}
}

// TestFailedDocumentLeavesNothing writes a document whose relationships
// Neo4j refuses (a property value that is a map) after its nodes were
// written in the same transaction: nothing of it may remain, and what was
// loaded before must be untouched — including an earlier load of the same
// document.
func TestFailedDocumentLeavesNothing(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Open(t)
	xs := neo4jtest.Extractions(t)
	if _, err := s.WriteDocument(ctx, xs[0]); err != nil {
		t.Fatal(err)
	}
	before := counts(t, s)

	for _, x := range []*graph.Extraction{xs[1], xs[0]} {
		bad := *x
		bad.Edges = append(append([]graph.Edge(nil), x.Edges...), graph.Edge{
			Type: graph.Mentions, From: x.Nodes[0].ID, To: x.Nodes[1].ID,
			Props: map[string]any{"broken": map[string]any{"nested": 1}},
		})
		if _, err := s.WriteDocument(ctx, &bad); err == nil {
			t.Fatalf("%s: writing an invalid property succeeded", x.Documents[0].File)
		} else if !strings.Contains(err.Error(), x.Documents[0].File) {
			t.Errorf("the error does not name the file: %v", err)
		}
		if after := counts(t, s); after != before {
			t.Errorf("%s: a failed write changed the counts: %+v, then %+v", x.Documents[0].File, before, after)
		}
	}
	if _, err := s.Document(ctx, xs[1].Documents[0].ID); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("the failed document is there: %v", err)
	}
	if d, err := s.Document(ctx, xs[0].Documents[0].ID); err != nil || d.Title != xs[0].Documents[0].Title {
		t.Errorf("the document loaded before is damaged: %+v, %v", d, err)
	}
}

func TestWriteRejectsDanglingEdges(t *testing.T) {
	s := neo4jtest.Open(t)
	x := neo4jtest.Extractions(t)[0]
	bad := *x
	bad.Edges = append(append([]graph.Edge(nil), x.Edges...), graph.Edge{Type: graph.Covers, From: x.Documents[0].ID, To: "region:nowhere"})
	_, err := s.WriteDocument(context.Background(), &bad)
	if graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("got %v, want an EINVALID error", err)
	}
}

func TestDocumentsPages(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Open(t)
	neo4jtest.LoadSeeds(t, s)
	var ids []string
	after := ""
	for i := 0; i < 10; i++ {
		p, err := s.List(ctx, graph.LabelDocument, graph.Filter{}, graph.Order{Field: "id"}, graph.Page{First: 2, After: after})
		if err != nil {
			t.Fatal(err)
		}
		if p.TotalCount != 5 {
			t.Errorf("totalCount %d, want 5", p.TotalCount)
		}
		for _, d := range p.Nodes {
			ids = append(ids, d.ID)
		}
		if !p.HasNext {
			break
		}
		after = graph.Cursor(p.Offset + len(p.Nodes) - 1)
	}
	if len(ids) != 5 || ids[0] != "doc:000_de0261f81dc6c388.txt" || ids[4] != "doc:004_a2981d5e6cf20d5a.txt" {
		t.Errorf("paging gave %v", ids)
	}
	if _, err := s.List(ctx, graph.LabelDocument, graph.Filter{}, graph.Order{}, graph.Page{First: 2, After: "not a cursor!"}); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("a bad cursor gave %v, want EINVALID", err)
	}
}

// TestSearchChinese checks the cjk analyzer: a query that leaves out a word
// of a name (互联网出口带宽 for 互联网国际出口带宽) still finds it, and the
// label filter holds.
func TestSearchChinese(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Open(t)
	x := &graph.Extraction{
		Documents: []graph.Document{{ID: "doc:t.txt", File: "t.txt", Title: "测试公报"}},
		Nodes: []graph.Node{
			{ID: "doc:t.txt", Label: graph.LabelDocument, Name: "测试公报", Props: map[string]any{"file": "t.txt", "title": "测试公报"}},
			{ID: "indicator:互联网国际出口带宽", Label: graph.LabelIndicator, Name: "互联网国际出口带宽",
				Evidence: []graph.Evidence{{Doc: "doc:t.txt", Start: 0, End: 9, Text: "互联网国际出口带宽达到60Gbps。"}}},
			{ID: "agency:上海市人民政府", Label: graph.LabelAgency, Name: "上海市人民政府", Aliases: []string{"市政府"}},
		},
		Edges: []graph.Edge{
			{Type: graph.Mentions, From: "doc:t.txt", To: "indicator:互联网国际出口带宽"},
			{Type: graph.Mentions, From: "doc:t.txt", To: "agency:上海市人民政府"},
		},
	}
	if _, err := s.WriteDocument(ctx, x); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text   string
		labels []graph.Label
		want   string
	}{
		{"互联网出口带宽", nil, "互联网国际出口带宽"},
		{"出口带宽", []graph.Label{graph.LabelIndicator}, "互联网国际出口带宽"},
		{"市政府", nil, "上海市人民政府"},
		{"(互联网) AND 带宽", nil, "互联网国际出口带宽"},
	}
	for _, tt := range tests {
		hits, err := s.Search(ctx, tt.text, tt.labels, 5)
		if err != nil {
			t.Fatalf("%s: %v", tt.text, err)
		}
		if len(hits) == 0 || hits[0].Node.Name != tt.want {
			t.Errorf("search %q: got %+v, want %s first", tt.text, hits, tt.want)
		}
	}
	hits, err := s.Search(ctx, "互联网出口带宽", []graph.Label{graph.LabelAgency}, 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.Node.Label != graph.LabelAgency {
			t.Errorf("label filter let through %+v", h.Node)
		}
	}
}
