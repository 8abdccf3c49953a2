package loaders

import (
	"slices"
	"testing"

	"github.com/plangraph/plangraph/graph"
)

// TestRelExtraRules runs the whole pipeline over short texts of the genre
// and checks the partner, designation and funded-work readings.
func TestRelExtraRules(t *testing.T) {
	type edge struct {
		typ      graph.RelType
		from, to string
	}
	tests := []struct {
		name      string
		text      string
		want, not []edge
	}{
		{"与A合作的P: the partner runs P too",
			"2009年江南市信息化发展公报\n一、信息基础设施\n市软件评测中心与中国科学院合作开发的政务云测试平台通过验收。\n",
			[]edge{{graph.ResponsibleFor, "中国科学院", "政务云测试平台"}}, nil},
		{"与A交换数据: no partner verb, no responsibility",
			"2009年江南市信息化发展公报\n一、信息基础设施\n市交通信息中心与中国科学院交换政务云测试平台的数据。\n",
			nil, []edge{{graph.ResponsibleFor, "中国科学院", "政务云测试平台"}}},
		{"A认定R为P: the designating body runs P, P is sited in R",
			"2009年苏州市信息化发展公报\n一、电子政务\n工业和信息化部认定苏州市为国家电子政务综合试点城市,在吴江开展区级电子政务综合试点。\n",
			[]edge{{graph.ResponsibleFor, "工业和信息化部", "国家电子政务综合试点城市"}, {graph.LocatedIn, "国家电子政务综合试点城市", "苏州市"}}, nil},
		{"A认定 without 为P: nothing",
			"2009年江南市信息化发展公报\n一、电子政务\n工业和信息化部认定苏州市的电子政务综合试点工作成效显著。\n",
			nil, []edge{{graph.ResponsibleFor, "工业和信息化部", "电子政务综合试点"}}},
		{"a funded quoted work keeps its words and its paragraph's subject",
			"2009年江南市信息化发展公报\n一、功能型服务设施\n　　江南超级计算中心　　中心与中国科学院合作的“海洋环流数值模拟平台的研制”项目被批准列为国家863项目。\n",
			[]edge{{graph.Funds, "国家863计划", "海洋环流数值模拟平台的研制"}, {graph.ResponsibleFor, "中国科学院", "海洋环流数值模拟平台的研制"}}, nil},
	}
	for _, tc := range tests {
		d := NewDoc("test.txt", []byte(tc.text))
		for _, s := range Default() {
			if err := s.Run(d); err != nil {
				t.Fatal(err)
			}
		}
		for _, e := range tc.want {
			if !relEdgeByForm(d, e.typ, e.from, e.to) {
				t.Errorf("%s: want %s %s→%s; have %v", tc.name, e.typ, e.from, e.to, relEdgeList(d))
			}
		}
		for _, e := range tc.not {
			if relEdgeByForm(d, e.typ, e.from, e.to) {
				t.Errorf("%s: unwanted %s %s→%s", tc.name, e.typ, e.from, e.to)
			}
		}
	}
}

func relEdgeByForm(d *Doc, typ graph.RelType, from, to string) bool {
	for _, e := range d.edges {
		if e.Type == typ && slices.Contains(nodeForms(d.nodes[e.From]), from) && slices.Contains(nodeForms(d.nodes[e.To]), to) {
			return true
		}
	}
	return false
}

func relEdgeList(d *Doc) []string {
	var out []string
	for _, k := range d.eord {
		if e := d.edges[k]; e.Type != graph.Mentions {
			out = append(out, string(e.Type)+" "+d.nodes[e.From].Name+"→"+d.nodes[e.To].Name)
		}
	}
	return out
}
