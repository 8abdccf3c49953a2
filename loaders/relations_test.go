package loaders

import (
	"context"
	"testing"

	"github.com/plangraph/plangraph/graph"
)

// extractText runs the default pipeline over a short document written for
// the test: a plan title line, then the body.
func extractText(t *testing.T, body string) *graph.Extraction {
	t.Helper()
	raw := []byte("杭州市信息化“十二五”规划\n一、总则\n" + body + "\n")
	x, err := Default().Extract(context.Background(), "t.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func hasNode(x *graph.Extraction, l graph.Label, name string) bool {
	for _, n := range x.Nodes {
		if n.Label == l && n.Name == name {
			return true
		}
	}
	return false
}

func hasEdge(x *graph.Extraction, t graph.RelType, from, to string) bool {
	for _, e := range x.Edges {
		if e.Type == t && ((e.From == from && e.To == to) || (t == graph.CooperatesWith && e.From == to && e.To == from)) {
			return true
		}
	}
	return false
}

func TestRelations(t *testing.T) {
	self := graph.NodeID(graph.LabelPlan, "杭州市信息化十二五规划")
	tests := []struct {
		name string
		body string
		// nodes that must (want) or must not (not) be read
		want, not []graph.Node
		edges     []graph.Edge
		noEdges   []graph.Edge
	}{
		{
			name:  "unquoted plan with 本市 and period",
			body:  "依据本市电子政务“十二五”专项规划,建设政务网络。",
			want:  []graph.Node{{Label: graph.LabelPlan, Name: "杭州市电子政务十二五专项规划"}},
			edges: []graph.Edge{{Type: graph.BasedOn, From: self, To: graph.NodeID(graph.LabelPlan, "杭州市电子政务十二五专项规划")}, {Type: graph.Covers, From: graph.NodeID(graph.LabelPlan, "杭州市电子政务十二五专项规划"), To: graph.NodeID(graph.LabelRegion, "杭州市")}},
		},
		{
			name:  "strategy carried out",
			body:  "大力实施数字经济优先发展战略,提升产业能级。",
			want:  []graph.Node{{Label: graph.LabelPlan, Name: "数字经济优先发展战略"}},
			edges: []graph.Edge{{Type: graph.Implements, From: self, To: graph.NodeID(graph.LabelPlan, "数字经济优先发展战略")}},
		},
		{
			name: "generic planning words are no plan",
			body: "注重统筹规划和综合协调,服从国家重大战略部署。",
			not:  []graph.Node{{Label: graph.LabelPlan, Name: "统筹规划"}, {Label: graph.LabelPlan, Name: "国家重大战略"}},
		},
		{
			name: "a newspaper in 《》 is nothing",
			body: "在《钱江晚报》开设专栏。",
			not:  []graph.Node{{Label: graph.LabelPlan, Name: "钱江晚报"}, {Label: graph.LabelPolicy, Name: "钱江晚报"}},
		},
		{
			name:  "national plan cited covers the country",
			body:  "按照《国家信息化发展纲要》的要求,推进建设。",
			edges: []graph.Edge{{Type: graph.Covers, From: graph.NodeID(graph.LabelPlan, "国家信息化发展纲要"), To: graph.NodeID(graph.LabelRegion, "中国")}, {Type: graph.BasedOn, From: self, To: graph.NodeID(graph.LabelPlan, "国家信息化发展纲要")}},
		},
		{
			name:  "regions acting together",
			body:  "推动本市与宁波、绍兴开展信息资源共享合作。",
			edges: []graph.Edge{{Type: graph.CooperatesWith, From: graph.NodeID(graph.LabelRegion, "杭州市"), To: graph.NodeID(graph.LabelRegion, "宁波市")}, {Type: graph.CooperatesWith, From: graph.NodeID(graph.LabelRegion, "杭州市"), To: graph.NodeID(graph.LabelRegion, "绍兴市")}},
		},
		{
			name:    "regions merely named",
			body:    "宁波、绍兴经济增长较快。",
			noEdges: []graph.Edge{{Type: graph.CooperatesWith, From: graph.NodeID(graph.LabelRegion, "宁波市"), To: graph.NodeID(graph.LabelRegion, "绍兴市")}},
		},
		{
			name:  "named fund",
			body:  "发挥“西湖创投基金”作用,引导社会资金投入。",
			want:  []graph.Node{{Label: graph.LabelFund, Name: "西湖创投基金"}},
			not:   []graph.Node{{Label: graph.LabelFund, Name: "社会资金"}},
			edges: []graph.Edge{{Type: graph.Funds, From: graph.NodeID(graph.LabelFund, "西湖创投基金"), To: self}},
		},
		{
			name: "a foundation is an agency, not a fund",
			body: "联合慈善基金会开展培训。",
			not:  []graph.Node{{Label: graph.LabelFund, Name: "慈善基金"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := extractText(t, tc.body)
			for _, n := range tc.want {
				if !hasNode(x, n.Label, n.Name) {
					t.Errorf("missing %s %s", n.Label, n.Name)
				}
			}
			for _, n := range tc.not {
				if hasNode(x, n.Label, n.Name) {
					t.Errorf("unwanted %s %s", n.Label, n.Name)
				}
			}
			for _, e := range tc.edges {
				if !hasEdge(x, e.Type, e.From, e.To) {
					t.Errorf("missing %s %s -> %s", e.Type, e.From, e.To)
				}
			}
			for _, e := range tc.noEdges {
				if hasEdge(x, e.Type, e.From, e.To) {
					t.Errorf("unwanted %s %s -> %s", e.Type, e.From, e.To)
				}
			}
		})
	}
}
