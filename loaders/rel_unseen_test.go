package loaders

import (
	"context"
	"testing"

	"github.com/plangraph/plangraph/graph"
)

// extractRaw runs the default pipeline over a whole short document written
// for the test.
func extractRaw(t *testing.T, text string) *graph.Extraction {
	t.Helper()
	x, err := Default().Extract(context.Background(), "u.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func nodeNamed(x *graph.Extraction, l graph.Label, name string) *graph.Node {
	for i := range x.Nodes {
		if x.Nodes[i].Label == l && x.Nodes[i].Name == name {
			return &x.Nodes[i]
		}
	}
	return nil
}

func TestCountyUnitAt(t *testing.T) {
	tests := []struct {
		text, name, level string
	}{
		{"蜀山区人民政府", "蜀山区", "district"},
		{"龙泉驿区“十四五”规划", "龙泉驿区", "district"},
		{"榆中县信息化规划", "榆中县", "county"},
		{"高新区管委会", "", ""},   // a zone, not a district
		{"中心城区", "", ""},     // a part of a city
		{"各区县人民政府", "", ""},  // a class
		{"智慧城市建设规划", "", ""}, // no unit
		{"“十四五”规划", "", ""},  // not Han
		{"重庆市渝中区", "", ""},   // a city is no stem
		{"经济技术开发区", "", ""},  // too long a stem for a unit
		{"东部新区建设", "", ""},   // a new area
		{"辖区内企业", "", ""},    // 辖区
		{"城关区人民政府", "城关区", "district"},
		{"山区信息化", "", ""}, // the bare word
		{"贫困县", "", ""},   // kinds of county and district
		{"试点区建设", "", ""},
		{"所辖县", "", ""},
		{"一区一品", "", ""},
	}
	for _, tt := range tests {
		name, level, ok := countyUnitAt([]rune(tt.text), 0)
		if name != tt.name || level != tt.level || ok != (tt.name != "") {
			t.Errorf("%s: got %q %q %v, want %q %q", tt.text, name, level, ok, tt.name, tt.level)
		}
	}
}

// TestUnlistedDistrict checks a district plan of a district the dictionary
// does not list: its region, its place in its city, the agencies 区X局 of
// it, and the plan it repeals.
func TestUnlistedDistrict(t *testing.T) {
	x := extractRaw(t, "兰州市城关区人民政府关于印发《城关区“十四五”数字政府建设规划》的通知\n城关府发〔2021〕8号\n"+
		"各街道办事处,区政府各部门:\n现将《城关区“十四五”数字政府建设规划》印发给你们,请认真执行。原《城关区“十三五”信息化发展规划》同时废止。\n"+
		"兰州市城关区人民政府\n2021年9月3日\n一、发展目标\n到2025年,全区建成数字政府。区发改委牵头建设区级政务云平台。\n")
	if r := x.Documents[0].Region; r != "城关区" {
		t.Errorf("region %q, want 城关区", r)
	}
	r := nodeNamed(x, graph.LabelRegion, "城关区")
	if r == nil || r.Props["level"] != "district" || r.Props["parent"] != "兰州市" {
		t.Fatalf("城关区: %+v", r)
	}
	if !hasEdge(x, graph.PartOf, "region:城关区", "region:兰州市") {
		t.Error("no PART_OF 城关区 → 兰州市")
	}
	gov := nodeNamed(x, graph.LabelAgency, "兰州市城关区人民政府")
	if gov == nil || nodeNamed(x, graph.LabelAgency, "城关区人民政府") != nil {
		t.Errorf("the issuer and 区政府 are not one node: %+v", gov)
	}
	if !hasEdge(x, graph.LocatedIn, "agency:兰州市城关区人民政府", "region:城关区") {
		t.Error("no LOCATED_IN issuer → 城关区")
	}
	if nodeNamed(x, graph.LabelAgency, "城关区发展和改革委员会") == nil {
		t.Error("区发改委 is not read as 城关区发展和改革委员会")
	}
	if !hasEdge(x, graph.Supersedes, "plan:城关区十四五数字政府建设规划", "plan:城关区十三五信息化发展规划") {
		t.Error("no SUPERSEDES of the repealed plan")
	}
}

// TestNoRepeal: a repealed rule is no plan the document supersedes, nor is
// a plan that stays in force.
func TestNoRepeal(t *testing.T) {
	x := extractRaw(t, "合肥市信息化“十四五”规划\n一、总则\n原《合肥市“十三五”信息化规划》继续执行至年底。原《合肥市政务信息系统管理办法》同时废止。\n")
	for _, e := range x.Edges {
		if e.Type == graph.Supersedes && e.Props["explicit"] == true {
			t.Errorf("unexpected %s %s → %s", e.Type, e.From, e.To)
		}
	}
}

// TestAgreementParties checks an agreement between two provinces: parties
// with a seal note after the name, the signing date under them, no one
// region of the document, and COVERS to the parties its title names.
func TestAgreementParties(t *testing.T) {
	x := extractRaw(t, "川渝大数据协同发展合作框架协议\n为推动协同发展,双方达成如下协议。\n一、合作内容\n双方共建数据中心。\n"+
		"甲方:四川省经济和信息化厅(盖章)\n乙方:重庆市经济和信息化委员会(盖章)\n签署日期:二〇二一年三月二日\n")
	doc := x.Documents[0]
	if len(doc.Issuer) != 2 || doc.Issuer[0] != "四川省经济和信息化厅" || doc.Issuer[1] != "重庆市经济和信息化委员会" {
		t.Errorf("issuer %v", doc.Issuer)
	}
	if doc.SignedAt != "2021-03-02" {
		t.Errorf("signedAt %q", doc.SignedAt)
	}
	if doc.Region != "" {
		t.Errorf("region %q, want none", doc.Region)
	}
	for _, r := range []string{"四川省", "重庆市"} {
		if !hasEdge(x, graph.Covers, doc.ID, "region:"+r) {
			t.Errorf("no COVERS → %s", r)
		}
	}
}

func TestOrgCountsAndDefinedForms(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"a count of sittings", "建立联席会议制度,每年召开一次联席会议。", nil, []string{"一次联席会议"}},
		{"a defined short form read again", "兰州市大数据管理局(以下简称“兰州市数据局”)负责平台建设。兰州市数据局牵头制定标准。",
			[]string{"兰州市大数据管理局"}, []string{"兰州市数据局"}},
		{"a centre being built", "(一)建设城市运行管理中心\n整合各部门数据。", nil, []string{"(一)建设城市运行管理中心", "建设城市运行管理中心"}},
	}
	for _, tt := range tests {
		x := extractText(t, tt.body)
		for _, w := range tt.want {
			if !hasNode(x, graph.LabelAgency, w) {
				t.Errorf("%s: no agency %s", tt.name, w)
			}
		}
		for _, w := range tt.not {
			if hasNode(x, graph.LabelAgency, w) {
				t.Errorf("%s: agency %s", tt.name, w)
			}
		}
	}
}

func TestFundNameWithAnd(t *testing.T) {
	x := extractText(t, "统筹兰州市工业和信息化专项资金,支持重点项目。")
	if !hasNode(x, graph.LabelFund, "兰州市工业和信息化专项资金") {
		t.Error("no fund 兰州市工业和信息化专项资金")
	}
	if hasNode(x, graph.LabelFund, "信息化专项资金") {
		t.Error("fund cut at 和")
	}
}
