package loaders

import (
	"slices"
	"testing"

	"github.com/plangraph/plangraph/graph"
)

// TestRunInHeadings checks a bulletin's run-in headings: a specific name
// whose paragraph reports its use, or that a section of projects lists,
// is a project; a field of work is not.
func TestRunInHeadings(t *testing.T) {
	text := "江南市2012年信息化公报\n一、社会领域信息化\n" +
		"　　惠民e站\u00a0 至年末,惠民e站注册用户达12万人,平台累计交易300万笔。" +
		"　　电子商务\u00a0 全年电子商务交易额达300亿元,电子商务平台用户增长。" +
		"　　社区服务信息化\u00a0 社区服务信息化覆盖全市,系统用户增长。" +
		"　　网上读书节\u00a0 被列为2012年区政府实事项目,参加人数达5万人。" +
		"　　重要会展\u00a0 举办信息化博览会。\n" +
		"区政府实事项目　　在全区推广“家医通”系统。　　百所学校数字教室改造\u00a0 完成改造任务。\n"
	d := runProjectStages(t, text)
	checkNames(t, "projects", nodeNames(d, graph.LabelSpecialProject),
		[]string{"惠民e站", "网上读书节", "百所学校数字教室改造"},
		[]string{"电子商务", "社区服务信息化", "重要会展", "区政府实事项目"})
}

// TestRunInChunks checks how a line splits at the gaps a bulletin uses.
func TestRunInChunks(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"数据平台  至年末,平台上线。", []string{"数据平台", "至年末,平台上线。"}},
		{"交通信息化\u3000\u3000建成交通平台。", []string{"交通信息化", "建成交通平台。"}},
		{"建成 TD 网络。", []string{"建成 TD 网络。"}},
	}
	for _, tc := range tests {
		rs := []rune(tc.line)
		var got []string
		for _, c := range runInChunks(rs, 0, len(rs)) {
			got = append(got, string(rs[c.start:c.end]))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestRecallLists checks the lists that call their items projects or
// built facilities, and the ones that do not.
func TestRecallLists(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
		not      []string
	}{
		{"重点推广了“家医通”、“学易通”、邻里驿站等一批惠民应用项目。", []string{"家医通", "学易通", "邻里驿站"}, nil},
		// without quoted names the items are fields of work
		{"推进电子政务、电子商务、远程教育等一批示范项目。", nil, []string{"电子政务", "电子商务", "远程教育"}},
		// quoted slogans listed without a project word
		{"践行“城市让生活更美好”、“绿色出行”等理念。", nil, []string{"绿色出行"}},
		{"加快建设国际通信出入口局、北方数据处理中心、云计算交换中心等功能型基础设施。", []string{"国际通信出入口局", "北方数据处理中心", "云计算交换中心"}, nil},
		// a list of centres the text does not build
		{"依托国际通信出入口局、北方数据处理中心等基础设施开展服务。", nil, []string{"北方数据处理中心"}},
		{"推动建设东亚地区重要的卫星遥感接收中心,增强服务能力。", []string{"卫星遥感接收中心"}, nil},
		{"引导组建动漫产业的创意孵化中心、技术研发中心和版权交易中心。", []string{"动漫产业创意孵化中心", "动漫产业技术研发中心", "动漫产业版权交易中心"}, nil},
		// a website in a list of built facilities is left to the head scanner
		{"建设江南政务网站、城市数据处理中心等重点项目。", []string{"城市数据处理中心"}, []string{"江南政务网站"}},
		// a centre that is not built
		{"发挥本地区重要的金融结算中心作用。", nil, []string{"金融结算中心"}},
	}
	for _, tc := range tests {
		checkMentions(t, tc.sentence, unheadedProjects([]rune(tc.sentence)), tc.want, tc.not)
	}
}

// TestColonListProjects checks the quoted items a build verb lists after a
// colon, across the sentences its ';' make.
func TestColonListProjects(t *testing.T) {
	text := "江南市智慧城市行动计划\n一、重点任务\n重点建设:“交通云”,服务出行调度;“教育云”,面向学校提供资源;“政务云”,整合部门资源。\n" +
		"倡导理念:“低碳生活”,减少排放。\n"
	d := runProjectStages(t, text)
	checkNames(t, "projects", nodeNames(d, graph.LabelSpecialProject),
		[]string{"交通云", "教育云", "政务云"}, []string{"低碳生活"})
}

// TestPlantHeads checks the heads of built plant and stations, and the
// kinds they must not read.
func TestPlantHeads(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
		not      []string
	}{
		{"建成第六代AMOLED生产线。", []string{"第六代AMOLED生产线"}, nil},
		{"加快8英寸生产线建设。", nil, []string{"8英寸生产线"}},
		{"建设滨海无线电固定监测站。", []string{"滨海无线电固定监测站"}, nil},
		{"完成东亚直达海光缆的登陆建设。", []string{"东亚直达海光缆"}, nil},
		{"确保国际通信海底光缆等重要设施的安全。", nil, []string{"国际通信海底光缆"}},
		{"建设高纯硅材料制造工厂。", []string{"高纯硅材料制造工厂"}, nil},
	}
	for _, tc := range tests {
		checkMentions(t, tc.sentence, findProjectMentions([]rune(tc.sentence)), tc.want, tc.not)
	}
}
