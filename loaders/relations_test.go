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
		{
			name:  "unquoted policy with its issuer glued in front",
			body:  "按照卫生部电子病历基本架构和数据标准,建设健康档案。",
			want:  []graph.Node{{Label: graph.LabelPolicy, Name: "电子病历基本架构和数据标准"}},
			edges: []graph.Edge{{Type: graph.IssuedBy, From: graph.NodeID(graph.LabelPolicy, "电子病历基本架构和数据标准"), To: graph.NodeID(graph.LabelAgency, "卫生部")}, {Type: graph.BasedOn, From: self, To: graph.NodeID(graph.LabelPolicy, "电子病历基本架构和数据标准")}},
		},
		{
			name: "a list of drawn-up instruments, the 的 before the kind word dropped",
			body: "研究制订公共数据开放的管理办法,修订和编制智能建筑布线技术标准、老旧小区光纤改造技术规范等相关标准规范。",
			want: []graph.Node{{Label: graph.LabelPolicy, Name: "公共数据开放管理办法"}, {Label: graph.LabelPolicy, Name: "智能建筑布线技术标准"}, {Label: graph.LabelPolicy, Name: "老旧小区光纤改造技术规范"}},
			not:  []graph.Node{{Label: graph.LabelPolicy, Name: "相关标准规范"}},
		},
		{
			name: "classes of standards are no instrument",
			body: "制定国家和行业标准,推广IP行业标准,遵循有关规范标准,坚持分步实施的原则。",
			not:  []graph.Node{{Label: graph.LabelPolicy, Name: "国家和行业标准"}, {Label: graph.LabelPolicy, Name: "IP行业标准"}, {Label: graph.LabelPolicy, Name: "有关规范标准"}, {Label: graph.LabelPolicy, Name: "分步实施原则"}},
		},
		{
			name:  "a cited guide on trial with its joint issuer",
			body:  "与市财政局联合发布《杭州市信息化项目预算编制指南(试行)》。",
			want:  []graph.Node{{Label: graph.LabelPolicy, Name: "杭州市信息化项目预算编制指南(试行)"}},
			edges: []graph.Edge{{Type: graph.IssuedBy, From: graph.NodeID(graph.LabelPolicy, "杭州市信息化项目预算编制指南(试行)"), To: graph.NodeID(graph.LabelAgency, "杭州市财政局")}},
		},
		{
			name:  "a ministry's numbered order",
			body:  "推进信息产业部第12号令的落实。",
			want:  []graph.Node{{Label: graph.LabelPolicy, Name: "信息产业部第12号令"}},
			edges: []graph.Edge{{Type: graph.IssuedBy, From: graph.NodeID(graph.LabelPolicy, "信息产业部第12号令"), To: graph.NodeID(graph.LabelAgency, "信息产业部")}},
		},
		{
			name:  "the agency opening the sentence issues what its clause publishes",
			body:  "上海超级计算中心完成主机升级,发布《高性能计算应用发展报告》。",
			edges: []graph.Edge{{Type: graph.IssuedBy, From: graph.NodeID(graph.LabelPolicy, "高性能计算应用发展报告"), To: graph.NodeID(graph.LabelAgency, "上海超级计算中心")}},
		},
		{
			name:    "the opening agency does not issue what the clause only uses",
			body:    "上海超级计算中心完成主机升级,按照《高性能计算服务规范》提供服务。",
			noEdges: []graph.Edge{{Type: graph.IssuedBy, From: graph.NodeID(graph.LabelPolicy, "高性能计算服务规范"), To: graph.NodeID(graph.LabelAgency, "上海超级计算中心")}},
		},
		{
			name:    "a generic kind of fund and a fund system are no fund",
			body:    "吸引私募基金投入,建设网上基金业务系统。",
			not:     []graph.Node{{Label: graph.LabelFund, Name: "私募基金"}, {Label: graph.LabelFund, Name: "网上基金"}},
			noEdges: []graph.Edge{{Type: graph.Funds, From: graph.NodeID(graph.LabelFund, "私募基金"), To: self}},
		},
		{
			name: "programmes that lead a section's work",
			body: "以国家科技重大专项和本市重大产业科技攻关项目为引领,推动集成电路产业发展。",
			want: []graph.Node{{Label: graph.LabelFund, Name: "国家科技重大专项"}, {Label: graph.LabelFund, Name: "杭州市重大产业科技攻关项目"}},
		},
		{
			name:  "the quoted work beside a programme",
			body:  "承担的科技部863项目“海量数据存储系统”课题通过验收。",
			edges: []graph.Edge{{Type: graph.Funds, From: graph.NodeID(graph.LabelFund, "国家863计划"), To: graph.NodeID(graph.LabelSpecialProject, "海量数据存储系统")}},
		},
		{
			name:    "the previous plan the document follows",
			body:    "在《杭州市信息化“十一五”规划》指导下,全市信息化取得明显进展。",
			edges:   []graph.Edge{{Type: graph.Supersedes, From: self, To: graph.NodeID(graph.LabelPlan, "杭州市信息化十一五规划")}},
			noEdges: []graph.Edge{{Type: graph.Supersedes, From: graph.NodeID(graph.LabelPlan, "杭州市信息化十一五规划"), To: self}},
		},
		{
			name:    "a national plan of the earlier period is no predecessor",
			body:    "在《国家信息化“十一五”规划》指导下,全市信息化取得明显进展。",
			noEdges: []graph.Edge{{Type: graph.Supersedes, From: self, To: graph.NodeID(graph.LabelPlan, "国家信息化十一五规划")}},
		},
		{
			name:  "plans drawn up without a region are the document's region's",
			body:  "编制信息基础设施布局专项规划,完成滨江园区通信管线专项规划。",
			edges: []graph.Edge{{Type: graph.Covers, From: graph.NodeID(graph.LabelPlan, "信息基础设施布局专项规划"), To: graph.NodeID(graph.LabelRegion, "杭州市")}, {Type: graph.Covers, From: graph.NodeID(graph.LabelPlan, "滨江园区通信管线专项规划"), To: graph.NodeID(graph.LabelRegion, "滨江园区")}},
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

// TestPartsDoNotCooperateWithTheirWhole: a member of a multi-region area is
// not its partner, while the members are each other's.
func TestPartsDoNotCooperateWithTheirWhole(t *testing.T) {
	x := extractText(t, "推动京津冀区域信息化合作,北京市、天津市、河北省联合共建区域数据共享平台。")
	r := func(n string) string { return graph.NodeID(graph.LabelRegion, n) }
	if !hasEdge(x, graph.CooperatesWith, r("北京市"), r("天津市")) {
		t.Error("北京市 and 天津市 do not cooperate")
	}
	for _, m := range []string{"北京市", "天津市", "河北省"} {
		if hasEdge(x, graph.CooperatesWith, r(m), r("京津冀")) {
			t.Errorf("%s cooperates with 京津冀, the area it belongs to", m)
		}
	}
}
