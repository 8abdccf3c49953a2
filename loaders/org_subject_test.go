package loaders

import (
	"testing"

	"github.com/plangraph/plangraph/graph"
)

func TestRespSubjects(t *testing.T) {
	tests := []struct {
		text string
		want [][2]string // agency, project
		not  [][2]string
	}{
		// A run-in heading carries across the paragraph and to 中心….
		{"  测试认证中心  建成电子签章平台。中心全年完成密钥服务系统升级。",
			[][2]string{{"测试认证中心", "电子签章平台"}, {"测试认证中心", "密钥服务系统"}}, nil},
		// A sentence opening with an agency carries across its clauses, until
		// another agency opens a clause.
		{"杭州数据中心成为国家级中心,正在建设政务云平台,城市大脑研究院开展交通大脑项目。",
			[][2]string{{"杭州数据中心", "政务云平台"}, {"城市大脑研究院", "交通大脑项目"}},
			[][2]string{{"杭州数据中心", "交通大脑项目"}}},
		// A new sentence without an anaphor drops the subject.
		{"杭州数据中心成为国家级中心。全市建成政务云平台。", nil, [][2]string{{"杭州数据中心", "政务云平台"}}},
	}
	for _, tc := range tests {
		d := orgTestDoc("杭州市", tc.text)
		ags, prs := newMatcher(), newMatcher()
		for _, p := range append(tc.want, tc.not...) {
			ags.add(p[0], graph.NodeID(graph.LabelAgency, p[0]))
			prs.add(p[1], graph.NodeID(graph.LabelSpecialProject, p[1]))
		}
		respSubjects(d, ags, prs)
		has := func(p [2]string) bool {
			key := string(graph.ResponsibleFor) + "|" + graph.NodeID(graph.LabelAgency, p[0]) + "|" + graph.NodeID(graph.LabelSpecialProject, p[1])
			return d.edges[key] != nil
		}
		for _, p := range tc.want {
			if !has(p) {
				t.Errorf("%q: no RESPONSIBLE_FOR %s → %s", tc.text, p[0], p[1])
			}
		}
		for _, p := range tc.not {
			if has(p) {
				t.Errorf("%q: unwanted RESPONSIBLE_FOR %s → %s", tc.text, p[0], p[1])
			}
		}
	}
}

func TestOrgListsAndOffices(t *testing.T) {
	dicts := MustDictionaries()
	d := orgTestDoc("杭州市", "进一步完善海关、检验检疫局、边防总站等口岸单位的系统。")
	if err := Organizations(dicts)(d); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"海关", "检验检疫局", "边防总站"} {
		if d.Node(graph.NodeID(graph.LabelAgency, name)) == nil {
			t.Errorf("no agency %q; have %v", name, nodeNames(d, graph.LabelAgency))
		}
	}
	if d.Node(graph.NodeID(graph.LabelAgency, "进一步完善海关")) != nil {
		t.Errorf("the verb ran into the first item")
	}
	// Not a list of bodies: no class noun after 等.
	d = orgTestDoc("杭州市", "建设数据局、网站等平台。")
	_ = Organizations(dicts)(d)
	if d.Node(graph.NodeID(graph.LabelAgency, "数据局")) != nil {
		t.Errorf("unwanted agency from a list of things")
	}

	d = orgTestDoc("杭州市", "成立市数字经济领导小组,统筹全市工作;领导小组下设办公室,负责日常工作。")
	d.SelfPlan = graph.NodeID(graph.LabelPlan, "杭州市数字经济行动计划")
	if err := Organizations(dicts)(d); err != nil {
		t.Fatal(err)
	}
	office := graph.NodeID(graph.LabelAgency, "杭州市数字经济领导小组办公室")
	if d.Node(office) == nil {
		t.Fatalf("no office; have %v", nodeNames(d, graph.LabelAgency))
	}
	if d.edges[string(graph.ResponsibleFor)+"|"+office+"|"+d.SelfPlan] == nil {
		t.Errorf("office does not run the plan")
	}
}
