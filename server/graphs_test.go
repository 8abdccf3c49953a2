package server_test

import (
	"strings"
	"testing"

	"github.com/plangraph/plangraph/graph/neo4j/neo4jtest"
	"github.com/plangraph/plangraph/server"
)

const smartCity = "plan:上海市推进智慧城市建设2011-2013年行动计划"

type subgraph struct {
	Nodes []struct {
		ID     string
		Labels []string
	}
	Edges []struct {
		Type, From, To string
		Evidence       []struct {
			DocumentID string
			Start, End int
			Sentence   string
		}
	}
}

// checkSubgraph asserts the flat drawing shape: every edge names two nodes
// of the subgraph and carries evidence.
func checkSubgraph(t *testing.T, name string, sg subgraph) {
	t.Helper()
	ids := map[string]bool{}
	for _, n := range sg.Nodes {
		ids[n.ID] = true
	}
	for _, e := range sg.Edges {
		if !ids[e.From] || !ids[e.To] {
			t.Errorf("%s: edge %s %s→%s names a node outside the subgraph", name, e.Type, e.From, e.To)
		}
		if len(e.Evidence) == 0 || e.Evidence[0].Sentence == "" || e.Evidence[0].DocumentID == "" {
			t.Errorf("%s: edge %s %s→%s has no evidence", name, e.Type, e.From, e.To)
		}
	}
}

func TestGraphShapes(t *testing.T) {
	s := neo4jtest.Open(t)
	neo4jtest.LoadSeeds(t, s)
	h := server.NewHandler(s, server.Options{})
	var data struct {
		Lineage, Neighborhood subgraph
		Path                  subgraph
	}
	decode(t, post(t, h, `query($p: ID!) {
		lineage(id: $p, depth: 2) { nodes { id labels } edges { type from to evidence { documentId start end sentence } } }
		neighborhood(id: "region:静安区", depth: 1, labels: [Plan, Agency], limit: 20) { nodes { id labels } edges { type from to evidence { documentId start end sentence } } }
		path(from: "region:静安区", to: $p, maxHops: 4) { nodes { id labels } edges { type from to evidence { documentId start end sentence } } }
	}`, map[string]any{"p": smartCity}, nil), &data)

	if len(data.Lineage.Nodes) < 2 || data.Lineage.Nodes[0].ID != smartCity {
		t.Errorf("lineage: %+v", data.Lineage.Nodes)
	}
	types := map[string]bool{}
	for _, e := range data.Lineage.Edges {
		types[e.Type] = true
	}
	if !types["BASED_ON"] && !types["SUPERSEDES"] && !types["IMPLEMENTS"] {
		t.Errorf("lineage follows none of SUPERSEDES, BASED_ON, IMPLEMENTS: %v", types)
	}
	checkSubgraph(t, "lineage", data.Lineage)

	if data.Neighborhood.Nodes[0].ID != "region:静安区" || len(data.Neighborhood.Nodes) < 2 || len(data.Neighborhood.Nodes) > 21 {
		t.Errorf("neighborhood nodes: %+v", data.Neighborhood.Nodes)
	}
	for _, n := range data.Neighborhood.Nodes[1:] {
		if n.Labels[0] != "Plan" && n.Labels[0] != "Agency" {
			t.Errorf("neighborhood let through a %s", n.Labels[0])
		}
	}
	checkSubgraph(t, "neighborhood", data.Neighborhood)

	if n := len(data.Path.Nodes); n < 2 || data.Path.Nodes[0].ID != "region:静安区" {
		t.Errorf("path nodes: %+v", data.Path.Nodes)
	}
	if len(data.Path.Edges) != len(data.Path.Nodes)-1 {
		t.Errorf("a path of %d nodes has %d edges", len(data.Path.Nodes), len(data.Path.Edges))
	}
	checkSubgraph(t, "path", data.Path)
}

func TestListsFilterOrderAndPage(t *testing.T) {
	s := neo4jtest.Open(t)
	neo4jtest.LoadSeeds(t, s)
	h := server.NewHandler(s, server.Options{})
	type page struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage bool
			EndCursor   string
		}
		Edges []struct {
			Cursor string
			Node   struct {
				Name   string
				Period []int
			}
		}
	}
	var data struct{ A, B, Bulletin, Years, Named page }
	decode(t, post(t, h, `{
		a: plans(first: 3, orderBy: {field: NAME}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } }
		b: plans(first: 100, orderBy: {field: NAME}) { totalCount edges { node { name } } }
		bulletin: indicators(first: 500, filter: {documentKind: "bulletin"}) { totalCount }
		years: plans(first: 100, filter: {years: [2011, 2012]}) { totalCount edges { node { name period } } }
		named: regions(first: 10, filter: {nameContains: "静安"}) { totalCount edges { node { name } } }
	}`, nil, nil), &data)
	if data.A.TotalCount != data.B.TotalCount || len(data.A.Edges) != 3 || !data.A.PageInfo.HasNextPage {
		t.Fatalf("first page: %+v", data.A)
	}
	for i, e := range data.A.Edges {
		if e.Node.Name != data.B.Edges[i].Node.Name {
			t.Errorf("page order differs from list order at %d", i)
		}
	}
	var next struct{ Plans page }
	decode(t, post(t, h, `query($a: String) { plans(first: 3, after: $a, orderBy: {field: NAME}) { edges { node { name } } } }`,
		map[string]any{"a": data.A.PageInfo.EndCursor}, nil), &next)
	if len(next.Plans.Edges) == 0 || next.Plans.Edges[0].Node.Name != data.B.Edges[3].Node.Name {
		t.Errorf("second page starts at %+v, want %s", next.Plans.Edges, data.B.Edges[3].Node.Name)
	}
	if data.Bulletin.TotalCount == 0 {
		t.Error("no indicators in bulletins")
	}
	if data.Years.TotalCount == 0 {
		t.Error("no plan overlaps 2011–2012")
	}
	for _, e := range data.Years.Edges {
		if p := e.Node.Period; len(p) == 2 && (p[0] > 2012 || p[1] < 2011) {
			t.Errorf("%s (%v) does not overlap 2011–2012", e.Node.Name, p)
		}
	}
	if data.Named.TotalCount != 1 || data.Named.Edges[0].Node.Name != "静安区" {
		t.Errorf("nameContains 静安: %+v", data.Named)
	}
}

func TestRelationshipsBothWays(t *testing.T) {
	s := neo4jtest.Open(t)
	neo4jtest.LoadSeeds(t, s)
	h := server.NewHandler(s, server.Options{})
	var data struct {
		Node struct {
			Name     string
			Projects []struct {
				Node struct {
					ID    string
					Plans []struct{ Node struct{ ID string } }
				}
				Evidence []struct{ Sentence string }
			}
			Regions  []struct{ Node struct{ Name string } }
			Mentions []struct{ DocumentID string }
		}
	}
	decode(t, post(t, h, `query($p: ID!) { node(id: $p) { name mentions { documentId } ... on Plan {
		projects { node { id ... on SpecialProject { plans { node { id } } } } evidence { sentence } }
		regions { node { name } } } } }`, map[string]any{"p": smartCity}, nil), &data)
	if len(data.Node.Projects) < 10 {
		t.Fatalf("the smart-city plan has %d projects", len(data.Node.Projects))
	}
	for _, p := range data.Node.Projects {
		back := false
		for _, q := range p.Node.Plans {
			back = back || q.Node.ID == smartCity
		}
		if !back {
			t.Errorf("%s: project.plans does not lead back to the plan", p.Node.ID)
		}
		if len(p.Evidence) == 0 || p.Evidence[0].Sentence == "" {
			t.Errorf("%s: HAS_PROJECT without evidence", p.Node.ID)
		}
	}
	if len(data.Node.Regions) == 0 || data.Node.Regions[0].Node.Name != "上海市" {
		t.Errorf("regions: %+v", data.Node.Regions)
	}
	if len(data.Node.Mentions) == 0 {
		t.Error("no mentions")
	}
}

func TestSearchTraditional(t *testing.T) {
	s := neo4jtest.Open(t)
	neo4jtest.LoadSeeds(t, s)
	h := server.NewHandler(s, server.Options{})
	var data struct {
		Search []struct {
			Node    struct{ Name string }
			Snippet string
		}
	}
	decode(t, post(t, h, `{ search(text: "智慧城市建設", labels: [Plan], first: 3) { node { name } snippet } }`, nil, nil), &data)
	if len(data.Search) == 0 || !strings.Contains(data.Search[0].Node.Name, "智慧城市建设") {
		t.Errorf("智慧城市建設 found %+v", data.Search)
	}
}

func TestBadArgumentsAreUserErrors(t *testing.T) {
	s := neo4jtest.Open(t)
	neo4jtest.LoadSeeds(t, s)
	h := server.NewHandler(s, server.Options{})
	tests := []struct{ query, code string }{
		{`{ lineage(id: "` + smartCity + `", depth: 50) { nodes { id } } }`, "BAD_USER_INPUT"},
		{`{ neighborhood(id: "region:上海市", limit: 0) { nodes { id } } }`, "BAD_USER_INPUT"},
		{`{ path(from: "region:静安区", to: "region:nowhere") { nodes { id } } }`, "NOT_FOUND"},
		{`{ indicator(id: "region:上海市") { name } }`, "NOT_FOUND"},
		{`{ plans(first: 5, after: "garbage") { totalCount } }`, "BAD_USER_INPUT"},
		{`{ plans(filter: {years: [2010, 2001]}) { totalCount } }`, "BAD_USER_INPUT"},
	}
	for _, tt := range tests {
		res := post(t, h, tt.query, nil, nil)
		if len(res.Errors) == 0 || res.Errors[0].Extensions["code"] != tt.code {
			t.Errorf("%s: %+v, want %s", tt.query, res.Errors, tt.code)
		}
	}
}
