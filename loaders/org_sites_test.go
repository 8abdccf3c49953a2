package loaders

import (
	"strings"
	"testing"

	"github.com/plangraph/plangraph/graph"
)

// orgEdge says d holds an edge of type t between the nodes so named.
// orgSiteDoc reads the regions and agencies of text and adds the named
// projects at their first mention, as the projects stage would.
func orgSiteDoc(t *testing.T, region, text string, projects []string) *Doc {
	t.Helper()
	dicts := MustDictionaries()
	d := orgTestDoc(region, text)
	for _, st := range []func(*Doc) error{Regions(dicts), Organizations(dicts)} {
		if err := st(d); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range projects {
		i := strings.Index(text, p)
		if i < 0 {
			t.Fatalf("%s not in %s", p, text)
		}
		start := len([]rune(text[:i]))
		d.AddNode(graph.LabelSpecialProject, p, nil, nil, d.Evidence(start, start+len([]rune(p))))
	}
	return d
}

func TestSites(t *testing.T) {
	dicts := MustDictionaries()
	type edge struct{ from, to string }
	tests := []struct {
		region, text string
		projects     []string
		want, not    []edge
	}{
		{"杭州市", "建设全市统一的城市运行监测平台。", []string{"城市运行监测平台"}, []edge{{"城市运行监测平台", "杭州市"}}, nil},
		{"杭州市", "建成覆盖余杭区和萧山区的光纤接入网。", []string{"光纤接入网"}, []edge{{"光纤接入网", "余杭区"}, {"光纤接入网", "萧山区"}}, nil},
		{"杭州市", "推动视频监控系统逐步覆盖全市。", []string{"视频监控系统"}, []edge{{"视频监控系统", "杭州市"}}, nil},
		{"杭州市", "完善市级数据共享平台。", []string{"市级数据共享平台"}, []edge{{"市级数据共享平台", "杭州市"}}, nil},
		{"杭州市", "  ——城市大脑中枢系统。推进全市交通数据汇聚。", []string{"城市大脑中枢系统"}, []edge{{"城市大脑中枢系统", "杭州市"}}, nil},
		// The region is the object of another verb, or one party of a list.
		{"杭州市", "支持余杭区企业参与建设,形成工业互联网平台。", []string{"工业互联网平台"}, nil, []edge{{"工业互联网平台", "余杭区"}}},
		{"杭州市", "余杭区与滨江区合作共建创新服务平台。", []string{"创新服务平台"}, nil, []edge{{"创新服务平台", "余杭区"}, {"创新服务平台", "滨江区"}}},
		// A field of work heading an item is no site.
		{"杭州市", "  ——云计算技术研发。支持全市企业开展研发。", []string{"云计算技术研发"}, nil, []edge{{"云计算技术研发", "杭州市"}}},
		// A region inside an agency's name.
		{"上海市", "中心与上海天文台合作的数值计算平台通过验收。", []string{"数值计算平台"}, nil, []edge{{"数值计算平台", "上海市"}}},
		// A field of work framed by a region is not sited in it.
		{"杭州市", "发展余杭区电子政务。", []string{"电子政务"}, nil, []edge{{"电子政务", "余杭区"}}},
		{"杭州市", "在余杭区开展电子政务试点。", []string{"电子政务"}, []edge{{"电子政务", "余杭区"}}, nil},
		// A list closed by 等 names the places; 以R为…范围 gives the scope.
		{"杭州市", "启动余杭新城、萧山科技园等智能电网示范基地建设。", []string{"智能电网示范基地"}, []edge{{"智能电网示范基地", "余杭新城"}, {"智能电网示范基地", "萧山科技园"}}, nil},
		{"杭州市", "建设城市运行数据平台,以上城区和拱墅区为试点区域,开展应用。", []string{"城市运行数据平台"}, []edge{{"城市运行数据平台", "上城区"}, {"城市运行数据平台", "拱墅区"}}, nil},
		{"杭州市", "建设城市运行数据平台,以市场为导向,以余杭区为重点。", []string{"城市运行数据平台"}, []edge{{"城市运行数据平台", "余杭区"}}, nil},
		{"杭州市", "建设城市运行数据平台,推广电子证照库,以余杭区为试点区域。", []string{"城市运行数据平台", "电子证照库"}, []edge{{"电子证照库", "余杭区"}}, []edge{{"城市运行数据平台", "余杭区"}}},
	}
	for _, tc := range tests {
		d := orgSiteDoc(t, tc.region, tc.text, tc.projects)
		if err := Sites(dicts)(d); err != nil {
			t.Fatal(err)
		}
		for _, e := range tc.want {
			if !edgeByName(d, graph.LocatedIn, e.from, e.to) {
				t.Errorf("%s: want LOCATED_IN %s→%s", tc.text, e.from, e.to)
			}
		}
		for _, e := range tc.not {
			if edgeByName(d, graph.LocatedIn, e.from, e.to) {
				t.Errorf("%s: unwanted LOCATED_IN %s→%s", tc.text, e.from, e.to)
			}
		}
	}
}

func TestResponsibilitiesLinks(t *testing.T) {
	dicts := MustDictionaries()
	type edge struct{ from, to string }
	tests := []struct {
		text      string
		projects  []string
		want, not []edge
	}{
		// 依托A和B: both rest on 依托.
		{"依托市数据中心和市认证中心,建设统一的身份认证平台。", []string{"身份认证平台"},
			[]edge{{"上海市数据中心", "身份认证平台"}, {"上海市认证中心", "身份认证平台"}}, nil},
		// A P建设: the verb after the project.
		{"加快上海软件评测中心测试服务平台建设。", []string{"测试服务平台"}, []edge{{"上海软件评测中心", "测试服务平台"}}, nil},
		// 与 between them: another party's project.
		{"市质量技监局与企业信用征信系统交换数据。", []string{"企业信用征信系统"}, nil, []edge{{"上海市质量技术监督局", "企业信用征信系统"}}},
		// An item's project rests on the agency its text names.
		{"  ——应急指挥平台。组建市应急管理中心,统筹建设平台。", []string{"应急指挥平台"}, []edge{{"上海市应急管理中心", "应急指挥平台"}}, nil},
	}
	for _, tc := range tests {
		d := orgSiteDoc(t, "上海市", tc.text, tc.projects)
		if err := Responsibilities(dicts)(d); err != nil {
			t.Fatal(err)
		}
		for _, e := range tc.want {
			if !edgeByName(d, graph.ResponsibleFor, e.from, e.to) {
				var got []string
				for _, x := range d.edges {
					got = append(got, string(x.Type)+" "+d.nodes[x.From].Name+"→"+d.nodes[x.To].Name)
				}
				t.Errorf("%s: want RESPONSIBLE_FOR %s→%s; have %v", tc.text, e.from, e.to, got)
			}
		}
		for _, e := range tc.not {
			if edgeByName(d, graph.ResponsibleFor, e.from, e.to) {
				t.Errorf("%s: unwanted RESPONSIBLE_FOR %s→%s", tc.text, e.from, e.to)
			}
		}
	}
}

func TestSiteItemStart(t *testing.T) {
	tests := []struct {
		line string
		want string // the text after the marker, "" for no item
	}{
		{"  ——无线热点。推进建设。", "无线热点。推进建设。"},
		{"(三)数据平台", "数据平台"},
		{"重点专项二:宽带城市建设。", "宽带城市建设。"},
		{"2.政务云", "政务云"},
		{"到2015年,建成平台。", ""},
		{"2015.6月", ""},
	}
	for _, tc := range tests {
		text := []rune(tc.line)
		i, ok := siteItemStart(text, 0, len(text))
		got := ""
		if ok {
			got = string(text[i:])
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.line, got, tc.want)
		}
	}
}
