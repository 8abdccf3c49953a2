package loaders

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/plangraph/plangraph/graph"
)

func orgTestDoc(region, text string) *Doc {
	d := NewDoc("t.txt", nil)
	d.Text = []rune(text)
	d.Region = region
	_ = Structure(d)
	return d
}

func TestOrganizations(t *testing.T) {
	dicts := MustDictionaries()
	tests := []struct {
		region, text string
		want         map[string]string // agency name -> one alias it must carry ("" for none)
		not          []string
	}{
		{"上海市", "由市经信委牵头，会同市政府各部门推进工作。", map[string]string{"上海市经济和信息化委员会": "市经信委"}, []string{"部门", "政府"}},
		{"上海市", "在市委、市政府领导下，依托市数据共享交换中心开展工作。", map[string]string{"中共上海市委员会": "市委", "上海市人民政府": "市政府"}, nil},
		{"静安区", "区科委和区财政局联合印发通知。", map[string]string{"静安区科学技术委员会": "区科委", "静安区财政局": "区财政局"}, nil},
		{"杭州市", "成立杭州市电子政务协调小组(以下简称协调小组)。", map[string]string{"杭州市电子政务协调小组": "协调小组"}, nil},
		{"上海市", "组建天河产业联盟,推动全市企业合作。", map[string]string{"天河产业联盟": ""}, []string{"企业"}},
		{"上海市", "建成覆盖中心城区的网络,各区县政府和相关部门配合。", nil, []string{"中心城区", "县人民政府", "区县政府"}},
		{"上海市", "新建数据中心3个,一批行业协会加入。", nil, []string{"数据中心", "一批行业协会"}},
		{"上海市", "完善网站功能,提高全局水平,做好部署。", nil, []string{"网站", "全局"}},
	}
	for _, tc := range tests {
		d := orgTestDoc(tc.region, tc.text)
		if err := Organizations(dicts)(d); err != nil {
			t.Fatal(err)
		}
		for name, alias := range tc.want {
			n := d.Node(graph.NodeID(graph.LabelAgency, name))
			if n == nil {
				t.Errorf("%q: no agency %q; have %v", tc.text, name, nodeNames(d, graph.LabelAgency))
				continue
			}
			if alias != "" && !slices.Contains(n.Aliases, alias) {
				t.Errorf("%q: %s aliases %v, want %q", tc.text, name, n.Aliases, alias)
			}
		}
		for _, n := range d.nodes {
			for _, bad := range tc.not {
				if n.Label == graph.LabelAgency && n.Name == bad {
					t.Errorf("%q: unwanted agency %q", tc.text, bad)
				}
			}
		}
	}
}

func TestOrganizationsLocatedIn(t *testing.T) {
	d := orgTestDoc("上海市", "市信息委负责推进。")
	if err := Organizations(MustDictionaries())(d); err != nil {
		t.Fatal(err)
	}
	from, to := graph.NodeID(graph.LabelAgency, "上海市信息化委员会"), graph.NodeID(graph.LabelRegion, "上海市")
	found := false
	for _, e := range d.edges {
		found = found || e.Type == graph.LocatedIn && e.From == from && e.To == to
	}
	if !found {
		t.Errorf("no LOCATED_IN %s -> %s", from, to)
	}
}

func TestResponsibilities(t *testing.T) {
	dicts := MustDictionaries()
	d := orgTestDoc("上海市", "依托市交通信息中心,建设交通信息共享平台。市环保局负责空气监测系统建设。推进中国移动视频创新基地建设。")
	if err := Organizations(dicts)(d); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"交通信息共享平台", "空气监测系统", "中国移动视频创新基地"} {
		d.AddNode(graph.LabelSpecialProject, p, nil, nil, d.spanOf(p, 0))
	}
	if err := Agencies(dicts)(d); err != nil {
		t.Fatal(err)
	}
	if err := Responsibilities(dicts)(d); err != nil {
		t.Fatal(err)
	}
	want := [][2]string{
		{"上海市交通信息中心", "交通信息共享平台"},
		{"上海市环境保护局", "空气监测系统"},
		{"中国移动通信集团有限公司", "中国移动视频创新基地"},
	}
	for _, w := range want {
		from, to := graph.NodeID(graph.LabelAgency, w[0]), graph.NodeID(graph.LabelSpecialProject, w[1])
		if d.edges[string(graph.ResponsibleFor)+"|"+from+"|"+to] == nil {
			t.Errorf("no RESPONSIBLE_FOR %s -> %s; agencies %v", w[0], w[1], nodeNames(d, graph.LabelAgency))
		}
	}
	// A project and an agency in different clauses with no cue: no edge.
	d2 := orgTestDoc("上海市", "市环保局召开会议,空气监测系统运行良好。")
	_ = Organizations(dicts)(d2)
	d2.AddNode(graph.LabelSpecialProject, "空气监测系统", nil, nil, d2.spanOf("空气监测系统", 0))
	_ = Responsibilities(dicts)(d2)
	for _, e := range d2.edges {
		if e.Type == graph.ResponsibleFor {
			t.Errorf("unwanted %s -> %s", e.From, e.To)
		}
	}
}

// TestAgencyBeforeVerbs: a one-character suffix name followed by 配合, 安排,
// 协调 or 参与 is still read.
func TestAgencyBeforeVerbs(t *testing.T) {
	text := "杭州市“十二五”信息化发展规划\n一、保障措施\n市发改委牵头,市财政局安排资金,市科技局配合,区政府参与实施。\n"
	got := agencyNames(t, text)
	for _, want := range []string{"杭州市财政局", "杭州市科学技术局"} {
		if !got[want] && !got[strings.Replace(want, "科学技术", "科技", 1)] {
			t.Errorf("missing %s in %v", want, got)
		}
	}
}

// TestAgenciesSplitAtVerbs: 联合, 会同 and 成立 stand between two bodies.
func TestAgenciesSplitAtVerbs(t *testing.T) {
	text := "浙江省信息化发展规划\n一、保障措施\n省经济和信息化委员会联合省财政厅下达引导资金。省政府成立信息化工作领导小组。\n"
	got := agencyNames(t, text)
	for _, want := range []string{"浙江省经济和信息化委员会", "浙江省财政厅"} {
		if !got[want] {
			t.Errorf("missing %s in %v", want, got)
		}
	}
	if !got["浙江省信息化工作领导小组"] && !got["信息化工作领导小组"] {
		t.Errorf("the group set up is missing: %v", got)
	}
	for name := range got {
		if strings.Contains(name, "联合") || strings.Contains(name, "成立") {
			t.Errorf("%s runs across a verb", name)
		}
	}
}

func TestOrganizationsGenreForms(t *testing.T) {
	dicts := MustDictionaries()
	tests := []struct {
		region, text string
		want         []string
		not          []string
	}{
		// A joint verb ends the partner's name.
		{"西湖区", "区政府与浙江大学合作共建数字经济研究院。", []string{"西湖区人民政府", "浙江大学"}, []string{"浙江大学合作共建数字经济研究院"}},
		// Short forms written without 和, and level prefixes before 城/民/场.
		{"杭州市", "市经济信息化委、市城管委、市城管局、市民政局负责推进。", []string{"杭州市经济和信息化委员会", "杭州市城市管理委员会", "杭州市城市管理局", "杭州市民政局"}, nil},
		{"杭州市", "鼓励市民参与城市管理,激发市场主体活力。", nil, []string{"杭州市民", "杭州市场"}},
		// A group's branch is its own body; the group is not named.
		{"广州市", "支持中国移动广东公司建设基站。", []string{"中国移动广东公司"}, []string{"中国移动通信集团有限公司"}},
		{"广州市", "支持中国移动建设基站。", []string{"中国移动通信集团有限公司"}, nil},
	}
	// An area of several countries is served, not a seat.
	d := orgTestDoc("上海市", "依托亚太地区信息化人才培训中心开展培训。")
	if err := Organizations(dicts)(d); err != nil {
		t.Fatal(err)
	}
	if edgeByName(d, graph.LocatedIn, "亚太地区信息化人才培训中心", "亚太地区") {
		t.Errorf("unwanted LOCATED_IN 亚太地区信息化人才培训中心→亚太地区")
	}
	for _, tc := range tests {
		d := orgTestDoc(tc.region, tc.text)
		for _, st := range []func(*Doc) error{Agencies(dicts), Organizations(dicts)} {
			if err := st(d); err != nil {
				t.Fatal(err)
			}
		}
		for _, name := range tc.want {
			if d.Node(graph.NodeID(graph.LabelAgency, name)) == nil {
				t.Errorf("%q: no agency %q; have %v", tc.text, name, nodeNames(d, graph.LabelAgency))
			}
		}
		for _, name := range tc.not {
			if d.Node(graph.NodeID(graph.LabelAgency, name)) != nil {
				t.Errorf("%q: unwanted agency %q", tc.text, name)
			}
		}
	}
}

func TestCooperation(t *testing.T) {
	dicts := MustDictionaries()
	type edge struct{ from, to string }
	tests := []struct {
		region, text string
		want, not    []edge
	}{
		// A region inside an agency's name is no party.
		{"西湖区", "区政府与浙江大学合作共建研究院。", []edge{{"西湖区人民政府", "浙江大学"}}, []edge{{"西湖区", "浙江省"}}},
		// A group of provinces defined with a short form.
		{"广州市", "泛珠三角九省区(以下简称九省区)信息化部门签署协议。九省区加强电子政务合作。", []edge{{"福建省", "江西省"}, {"广东省", "云南省"}}, nil},
		// Places written as a pair.
		{"上海市", "借助上海-孟买手拉手活动,组织新加坡-上海电子政务研讨会。", []edge{{"上海市", "孟买"}, {"新加坡", "上海市"}}, nil},
		// A foreign country is a partner; the home country is the frame.
		{"上海市", "推动上海与印度软件产业间的交流合作。", []edge{{"上海市", "印度"}}, nil},
		{"上海市", "加强与全国各地的交流合作。", nil, []edge{{"上海市", "中国"}}},
		// A与B、C联合主办: all are hosts; A与B、C合作: A with each only.
		{"上海市", "上海市信息化办公室与中国市长协会、中国信息产业商会联合主办论坛。", []edge{{"中国市长协会", "中国信息产业商会"}}, nil},
		{"上海市", "实现上海与江苏、浙江的数据交换。", []edge{{"上海市", "江苏省"}, {"上海市", "浙江省"}}, []edge{{"江苏省", "浙江省"}}},
		{"上海市", "举办沪-杭高速公路通车仪式。", nil, []edge{{"上海市", "杭州市"}}},
	}
	for _, tc := range tests {
		// a title line first: cooperation reads the body only
		d := orgTestDoc(tc.region, "合作计划\n"+tc.text)
		d.addRegion(dicts, tc.region, d.Evidence(0, 1))
		for _, st := range []func(*Doc) error{Regions(dicts), Agencies(dicts), Organizations(dicts)} {
			if err := st(d); err != nil {
				t.Fatal(err)
			}
		}
		cooperation(dicts, d)
		// the region of a university's name is no seat either
		if edgeByName(d, graph.LocatedIn, "浙江大学", "浙江省") {
			t.Errorf("%s: unwanted LOCATED_IN 浙江大学→浙江省", tc.text)
		}
		for _, e := range tc.want {
			if !edgeByName(d, graph.CooperatesWith, e.from, e.to) && !edgeByName(d, graph.CooperatesWith, e.to, e.from) {
				t.Errorf("%s: want COOPERATES_WITH %s—%s", tc.text, e.from, e.to)
			}
		}
		for _, e := range tc.not {
			if edgeByName(d, graph.CooperatesWith, e.from, e.to) || edgeByName(d, graph.CooperatesWith, e.to, e.from) {
				t.Errorf("%s: unwanted COOPERATES_WITH %s—%s", tc.text, e.from, e.to)
			}
		}
	}
}

// agencyNames extracts a document and returns the names of its agencies.
func agencyNames(t *testing.T, text string) map[string]bool {
	t.Helper()
	x, err := Default().Extract(context.Background(), "t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, n := range x.Nodes {
		if n.Label == graph.LabelAgency {
			got[n.Name] = true
		}
	}
	return got
}

func TestHasStringAt(t *testing.T) {
	text := []rune("aé中文𠀀b")
	tests := []struct {
		i    int
		s    string
		want bool
	}{
		{0, "a", true}, {0, "aé中", true}, {1, "é中文𠀀b", true}, {2, "中文", true}, {4, "𠀀b", true},
		{2, "中字", false}, {1, "e", false}, {5, "bc", false}, {-1, "a", false}, {6, "", true}, {3, "文𠀁", false},
	}
	for _, tt := range tests {
		if got := hasStringAt(text, tt.i, tt.s); got != tt.want {
			t.Errorf("hasStringAt(%q, %d, %q) = %v, want %v", string(text), tt.i, tt.s, got, tt.want)
		}
	}
}
