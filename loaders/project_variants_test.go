package loaders

import (
	"slices"
	"testing"

	"github.com/plangraph/plangraph/graph"
)

func TestProjectVariants(t *testing.T) {
	const head = "杭州市智慧城市建设三年行动计划\n一、主要任务\n"
	tests := []struct {
		name string
		body string
		// want maps each expected project to the aliases it must carry:
		// the shortest name leads, as other documents are likeliest to
		// share it, unless it is a short form the text defines
		want map[string][]string
		// apart are names that must stay nodes of their own
		apart []string
	}{
		{
			name: "a modifier left off the front",
			body: "建设突发公共卫生事件应急指挥系统。完善公共卫生事件应急指挥系统的功能。\n",
			want: map[string][]string{"公共卫生事件应急指挥系统": {"突发公共卫生事件应急指挥系统"}},
		},
		{
			name: "the city's name and level words",
			body: "建设杭州市政务协同网。完善市政务协同网。推进市级政务协同网扩容。\n",
			want: map[string][]string{"市政务协同网": {"杭州市政务协同网", "市级政务协同网"}},
		},
		{
			name: "the name without the city",
			body: "建设杭州市政务协同网。完善政务协同网。\n",
			want: map[string][]string{"政务协同网": {"杭州市政务协同网"}},
		},
		{
			name: "a work word added",
			body: "实施“书香校园”工程。推广书香校园工程的做法,书香校园覆盖全市。实施“书香校园”。\n",
			want: map[string][]string{"书香校园": {"书香校园工程"}},
		},
		{
			name: "a word left out inside",
			body: "建设食品安全综合追溯查询平台。依托食品安全追溯查询平台开展监管。\n",
			want: map[string][]string{"食品安全追溯查询平台": {"食品安全综合追溯查询平台"}},
		},
		{
			name: "two words swapped",
			body: "建设地下管线基础信息平台。完善地下管线信息基础平台。\n",
			want: map[string][]string{"地下管线基础信息平台": {"地下管线信息基础平台"}},
		},
		{
			name: "a short name in brackets",
			body: "实施杭州市青年信息人才培养工程(“青鸟工程”)。\n",
			want: map[string][]string{"杭州市青年信息人才培养工程": {"青鸟工程"}},
		},
		{
			name:  "a plain word that opens with the level word",
			body:  "建设市民健康服务平台。完善居民健康服务平台。\n",
			apart: []string{"市民健康服务平台", "居民健康服务平台"},
		},
		{
			name:  "an unquoted name in brackets may be another thing",
			body:  "完善电子政务外网(政务云平台)。\n",
			apart: []string{"电子政务外网", "政务云平台"},
		},
		{
			name:  "a kind shared by two things stays a kind",
			body:  "建设专业网格化监管系统和城市网格化监管系统。推广网格化监管系统。\n",
			apart: []string{"专业网格化监管系统", "城市网格化监管系统", "网格化监管系统"},
		},
		{
			name:  "a numbered phase is another thing",
			body:  "建成港口物流信息系统。启动港口物流信息二期系统建设。\n",
			apart: []string{"港口物流信息系统", "港口物流信息二期系统"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := runProjectStages(t, head+tt.body)
			names := nodeNames(d, graph.LabelSpecialProject)
			for name, aliases := range tt.want {
				n := d.Node(graph.NodeID(graph.LabelSpecialProject, name))
				if n == nil {
					t.Fatalf("no project %s among %q", name, names)
				}
				for _, a := range aliases {
					if !slices.Contains(n.Aliases, a) {
						t.Errorf("%s: aliases %q lack %s", name, n.Aliases, a)
					}
					if slices.Contains(names, a) {
						t.Errorf("%s is still a node of its own", a)
					}
				}
			}
			for _, name := range tt.apart {
				if !slices.Contains(names, name) {
					t.Errorf("%s merged away: projects %q", name, names)
				}
			}
		})
	}
}

func TestMergeNodesMovesRelationships(t *testing.T) {
	d := NewDoc("test.txt", nil)
	plan := d.AddNode(graph.LabelPlan, "规划", nil, nil)
	long := d.AddNode(graph.LabelSpecialProject, "杭州市政务网", nil, nil)
	short := d.AddNode(graph.LabelSpecialProject, "市政务网", nil, nil)
	region := d.AddNode(graph.LabelRegion, "杭州市", nil, nil)
	d.AddEdge(graph.HasProject, plan.ID, long.ID, nil)
	d.AddEdge(graph.HasProject, plan.ID, short.ID, nil)
	d.AddEdge(graph.LocatedIn, short.ID, region.ID, nil)
	d.AddEdge(graph.PartOf, short.ID, long.ID, nil)
	d.mergeNodes(map[string]string{short.ID: long.ID})
	if d.Node(short.ID) != nil || slices.Contains(d.order, short.ID) {
		t.Fatal("merged node still there")
	}
	if !slices.Contains(long.Aliases, "市政务网") {
		t.Errorf("aliases %q lack the merged name", long.Aliases)
	}
	x := d.Extraction()
	var got []string
	for _, e := range x.Edges {
		got = append(got, string(e.Type)+" "+d.nodes[e.From].Name+"→"+d.nodes[e.To].Name)
	}
	want := []string{"HAS_PROJECT 规划→杭州市政务网", "LOCATED_IN 杭州市政务网→杭州市"}
	if !slices.Equal(got, want) {
		t.Errorf("edges %q, want %q", got, want)
	}
}

func TestAddKnownFindsMergedNames(t *testing.T) {
	d := NewDoc("test.txt", nil)
	long := d.AddNode(graph.LabelSpecialProject, "江南市政务网", []string{"市政务网"}, nil)
	if n := d.addKnown(graph.LabelSpecialProject, "市政务网", graph.Evidence{Start: 5, End: 9}); n != long || len(n.Evidence) != 1 {
		t.Errorf("a merged name made node %+v, want the node that carries it", n)
	}
	if n := d.addKnown(graph.LabelSpecialProject, "城市数据平台", graph.Evidence{}); n == long || n.Name != "城市数据平台" {
		t.Errorf("a new name gave %+v", n)
	}
}
