package loaders

import (
	"slices"
	"strings"
	"testing"

	"github.com/plangraph/plangraph/graph"
)

func TestFindProjectMentions(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		{"加快建设城市交通诱导系统和停车信息平台。", []string{"城市交通诱导系统", "停车信息平台"}},
		{"完善本市社会救助和市民帮扶信息系统。", []string{"社会救助和市民帮扶信息系统"}},
		{"建成“诚信江南”数据共享平台。", []string{"诚信江南数据共享平台"}},
		{"建设面向中小企业的设计资源共享平台。", []string{"设计资源共享平台"}},
		{"推进下一代广播电视网(NGB)建设。", []string{"下一代广播电视网"}},
		// kinds, not named things
		{"整合各类信息系统和公共服务平台。", nil},
		{"加强互联网管理,推进网格化管理。", nil},
		// a 中心 that is relied on is an agency, one that is built a project
		{"依托市数据交换中心开展工作。", nil},
		{"组建滨江大数据中心。", []string{"滨江大数据中心"}},
		// a head followed by a product or setting word is a modifier
		{"推动家庭网络设备和车载导航系统芯片的发展。", nil},
		{"营造清朗有序网络环境。", nil},
		// a clause about research and products names technologies
		{"推动蓝光播放系统的研发和产业化。", nil},
		{"研制宽带无线接入系统。", nil},
		// ...unless its words go on to name a built platform
		{"建设电池检测系统和电池产业化服务平台。", []string{"电池检测系统", "电池产业化服务平台"}},
		// a name inside a list item is a word of the item
		{"建设传感网络系统(SNS)集成验证、低功耗芯片共性技术开发等平台。", []string{"传感网络系统集成验证平台", "低功耗芯片共性技术开发平台"}},
		// items that share the whole of the last one's tail
		{"完善居民、企业信用评价共享系统。", []string{"居民信用评价共享系统", "企业信用评价共享系统"}},
		// a pilot course is a course, not a pilot
		{"“数据分析基础”等6门试点课程通过评审。", nil},
		// sets and kinds
		{"整合各委办局、各社区服务平台的数据。", nil},
		{"整合区内各类管理系统。", nil},
		{"打通不同业务系统。", nil},
	}
	for _, tt := range tests {
		got := mentionNames(findProjectMentions([]rune(tt.sentence)))
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: got %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

func TestFindProjectMentionsSite(t *testing.T) {
	ms := findProjectMentions([]rune("建设本市统一的电子证照库。"))
	if len(ms) != 1 || !ms[0].Self && !strings.Contains(ms[0].Before, "本市") {
		t.Fatalf("got %+v, want one mention sited by 本市", ms)
	}
	ms = findProjectMentions([]rune("推进下一代广播电视网(NGB)建设。"))
	if len(ms) != 1 || ms[0].Abbrev != "NGB" {
		t.Fatalf("got %+v, want abbreviation NGB", ms)
	}
}

// runProjectStages runs the stages up to and including projects and goals over a
// short text.
func runProjectStages(t *testing.T, text string) *Doc {
	t.Helper()
	d := NewDoc("test.txt", []byte(text))
	for _, s := range Default() {
		if err := s.Run(d); err != nil {
			t.Fatal(err)
		}
		if s.Name == "goals" {
			break
		}
	}
	return d
}

// nodeNames are the names of the nodes of d with label, in the order read.
func nodeNames(d *Doc, label graph.Label) []string {
	var out []string
	for _, id := range d.order {
		if n := d.nodes[id]; n.Label == label {
			out = append(out, n.Name)
		}
	}
	return out
}

// edgeByName reports whether d has an edge of type t between the nodes
// named fromName and toName.
func edgeByName(d *Doc, t graph.RelType, fromName, toName string) bool {
	for _, e := range d.edges {
		f, to := d.nodes[e.From], d.nodes[e.To]
		if e.Type == t && f != nil && to != nil && f.Name == fromName && to.Name == toName {
			return true
		}
	}
	return false
}

const testPlan = `江南市信息化发展三年行动计划
一、发展目标
到2015年,江南市信息化水平继续保持全省领先,初步建成智慧城市框架。
——宽带网络基本普及。家庭接入带宽达到20Mbps。
——政务服务效能明显提升。
二、重点专项
重点专项一:数字医疗建设。
推进区域卫生信息平台建设。
——电子病历共享系统。建设病历调阅子系统和影像共享子系统。
——关键技术研发。突破医学影像识别技术。
重点专项二:智慧教育。
——关键技术研发。研究教育大数据分析方法。
重点任务一:完善规划体系。
加强统筹规划。
`

func TestProjectsHeaded(t *testing.T) {
	d := runProjectStages(t, testPlan)
	got := nodeNames(d, graph.LabelSpecialProject)
	for _, want := range []string{"数字医疗建设", "电子病历共享系统", "区域卫生信息平台", "数字医疗关键技术研发", "智慧教育关键技术研发", "病历调阅子系统"} {
		if !slices.Contains(got, want) {
			t.Errorf("projects %q lack %q", got, want)
		}
	}
	for _, bad := range []string{"完善规划体系", "关键技术研发"} {
		if slices.Contains(got, bad) {
			t.Errorf("projects %q hold %q", got, bad)
		}
	}
	if !edgeByName(d, graph.PartOf, "电子病历共享系统", "数字医疗建设") {
		t.Error("no PART_OF from an item to its heading")
	}
	if !edgeByName(d, graph.PartOf, "病历调阅子系统", "电子病历共享系统") {
		t.Error("no PART_OF from a system named in an item to the item")
	}
}

func TestGoals(t *testing.T) {
	d := runProjectStages(t, testPlan)
	got := nodeNames(d, graph.LabelGoal)
	want := []string{"江南市信息化水平继续保持全省领先", "初步建成智慧城市框架", "宽带网络基本普及", "政务服务效能明显提升"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("goals %q, want %q", got, want)
	}
	for _, n := range d.nodes {
		if n.Label == graph.LabelGoal && n.Props["year"] != 2015 {
			t.Errorf("goal %q year %v, want 2015", n.Name, n.Props["year"])
		}
	}
}

func TestGoalsNotInBulletin(t *testing.T) {
	d := runProjectStages(t, "江南市2014年信息化发展公报\n一、发展目标\n信息化水平继续保持全省领先。\n")
	if got := nodeNames(d, graph.LabelGoal); len(got) != 0 {
		t.Errorf("a bulletin has no plan to hold goals, got %q", got)
	}
}

func TestSharedHeadLists(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		// items without a head share the list's head
		{"启动档案查询、证照核验等子系统建设。", []string{"档案查询子系统", "证照核验子系统"}},
		{"完成票据登记、账务审核和资金划拨子系统。", []string{"票据登记子系统", "账务审核子系统", "资金划拨子系统"}},
		// a counted head phrase is the umbrella of the items
		{"建成水质监测、河道巡查两个流域管理平台。", []string{"水质监测平台", "河道巡查平台", "流域管理平台"}},
		// a list of sites is not a list of names
		{"推进东城区、西城区等区县的物联网产业基地建设。", []string{"物联网产业基地"}},
		// items with heads of their own stay as they are
		{"建设交通诱导系统、停车信息平台。", []string{"交通诱导系统", "停车信息平台"}},
	}
	for _, tt := range tests {
		got := mentionNames(findProjectMentionsIn([]rune(tt.sentence), MustDictionaries().regionForms))
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: got %q, want %q", tt.sentence, got, tt.want)
		}
	}
	ms := findProjectMentions([]rune("建成水质监测、河道巡查两个流域管理平台。"))
	if len(ms) != 3 || ms[0].Parent != "流域管理平台" {
		t.Errorf("got %+v, want items part of 流域管理平台", ms)
	}
}

func TestQuotedProjects(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		{"全面建成“市民书房”。", []string{"市民书房"}},
		{"推进“交通云”、“医疗云”建设。", []string{"交通云", "医疗云"}},
		{"开展“智慧校园”试点。", []string{"智慧校园"}},
		// slogans and periods are not projects
		{"推进“两化”融合,实施“走出去”战略。", nil},
		{"落实“十二五”规划。", nil},
		// a quotation that is not built or launched
		{"市民称之为“贴心人”。", nil},
	}
	for _, tt := range tests {
		got := mentionNames(quotedProjects([]rune(tt.sentence)))
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: got %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

func TestProjectSites(t *testing.T) {
	text := "江南市2014年信息化发展公报\n一、电子政务\n在东城区、西城区开展政务数据共享试点。建设全市统一的电子证照库。\n"
	d := runProjectStages(t, text)
	for _, r := range []string{"东城区", "西城区"} {
		found := false
		for _, e := range d.edges {
			if e.Type == graph.LocatedIn && d.nodes[e.From] != nil && d.nodes[e.From].Name == "政务数据共享试点" && d.nodes[e.To] != nil && strings.HasPrefix(d.nodes[e.To].Name, r[:len(r)-len("区")]) {
				found = true
			}
		}
		if !found {
			t.Errorf("no LOCATED_IN from 政务数据共享试点 to %s; projects %q", r, nodeNames(d, graph.LabelSpecialProject))
		}
	}
}

func TestSameProjectName(t *testing.T) {
	tests := []struct {
		prose, headed string
		want          bool
	}{
		{"跨境通工程", "外贸服务跨境通工程", true},
		{"渔业监测平台", "渔业监测系统", true},
		{"企业网上统一身份核验系统", "企业网上身份统一核验系统", true},
		// an item without a head holds the systems it names
		{"应急备份系统", "数据中心防护和应急备份", false},
		// a longer name with the same start is another project
		{"港口调度共享平台", "港口调度平台", false},
		{"医保结算平台", "交通结算平台", false},
	}
	for _, tt := range tests {
		if got := sameProjectName(tt.prose, tt.headed); got != tt.want {
			t.Errorf("sameProjectName(%q, %q) = %v, want %v", tt.prose, tt.headed, got, tt.want)
		}
	}
}

func TestAbbrevAlias(t *testing.T) {
	tests := map[string]string{
		"第四代移动通信(4G)网络": "4G网络",
		"智能交通系统(ITS)":   "ITS",
		"物流园区(二期)":      "",
		"数据平台(2)":       "",
		"城市管理平台":        "",
	}
	for in, want := range tests {
		if got := abbrevAlias(in); got != want {
			t.Errorf("abbrevAlias(%q) = %q, want %q", in, got, want)
		}
	}
}
