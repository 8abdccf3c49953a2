package loaders

import (
	"reflect"
	"testing"
)

func TestQuotedLists(t *testing.T) {
	cases := []struct {
		sentence string
		want     []string
	}{
		// a count and 项目 after the list
		{"参与研发的“量子通信干线原型设备”、“城市级物联感知网”两个项目获市科技进步奖", []string{"量子通信干线原型设备", "城市级物联感知网"}},
		{"牵头的“长江口水文观测浮标阵列”等3项项目入选国家计划", []string{"长江口水文观测浮标阵列"}},
		// 项目 right after a list joined by 和; titles may hold 的 and 与
		{"合作承担的“多源异构环境下的数据与服务融合关键技术研究”和“新型船舶设计仿真系统”项目通过验收",
			[]string{"多源异构环境下的数据与服务融合关键技术研究", "新型船舶设计仿真系统"}},
		// a long single title closed by 项目
		{"与气象台合作的“区域暴雨数值预报并行软件的研制”项目被列为国家项目", []string{"区域暴雨数值预报并行软件的研制"}},
		// a sibling that ends in a project head
		{"参加“城市运河调度管理系统”、“城市运河数字孪生展示厅”等的论证工作", []string{"城市运河调度管理系统", "城市运河数字孪生展示厅"}},
		// slogans and short single quotations are not read here
		{"坚持“统筹规划”、“资源共享”的原则", nil},
		{"“十四五”期间完成“数字家庭”项目", nil},
		{"实现“一网通办”、“一网统管”两个目标", nil},
		{"推进“智慧社区”和“数字乡村”项目管理", nil},
	}
	for _, c := range cases {
		got := mentionNames(quotedLists([]rune(c.sentence)))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.sentence, got, c.want)
		}
	}
}

func TestPreferQuotedTitles(t *testing.T) {
	s := []rune("承担的“分布式环境下的系统与服务协同技术研究”项目通过验收")
	inner := projectMention{Start: 4, End: 12, Name: string(s[4:12])}
	other := projectMention{Start: 0, End: 2, Name: string(s[0:2])}
	got := mentionNames(preferQuotedTitles(s, []projectMention{other, inner}))
	want := []string{string(s[0:2]), "分布式环境下的系统与服务协同技术研究"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	plain := []rune("建成城市运行管理系统")
	ms := []projectMention{{Start: 2, End: 10, Name: string(plain[2:10])}}
	if got := preferQuotedTitles(plain, ms); !reflect.DeepEqual(got, ms) {
		t.Errorf("no quotation: got %v", got)
	}
}

func TestQuotedHeadedAfterClauseVerb(t *testing.T) {
	cases := []struct {
		sentence string
		want     []string
	}{
		// a quoted headed name behind a modifier of a build verb
		{"建立由社会力量支撑的“滨江区便民服务中心”。", []string{"滨江区便民服务中心"}},
		// no build verb in the clause: a quotation only cited
		{"市民可拨打“滨江区便民服务中心”咨询", nil},
		// a quotation inside a longer name is part of it
		{"建设由电子支付“城市一卡通”、通关服务等系统组成的平台", nil},
		{"“滨江区便民服务中心”已建成", nil},
	}
	for _, c := range cases {
		got := mentionNames(quotedProjects([]rune(c.sentence)))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.sentence, got, c.want)
		}
	}
}

func TestPilotWorks(t *testing.T) {
	cases := []struct {
		sentence string
		want     []string
	}{
		{"在两个区和市卫健委开展公共数据开放授权运营试点工作;", []string{"公共数据开放授权运营试点"}},
		{"启动乡镇干部网络远程培训试点工作,完成平台建设", []string{"乡镇干部网络远程培训试点"}},
		// pilots in general, counted or generic
		{"全面推进试点工作", nil},
		{"开展3项试点工作", nil},
		{"开展电子政务试点工作", nil},
		{"总结试点工作经验", nil},
	}
	for _, c := range cases {
		got := mentionNames(pilotWorks([]rune(c.sentence)))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.sentence, got, c.want)
		}
	}
}

func TestCountedBuilders(t *testing.T) {
	cases := []struct {
		sentence string
		name     string
		want     bool
	}{
		{"12个区建立居民健康档案库", "居民健康档案库", true},
		{"9个区县全部建立面向企业的办事门户和统一的咨询热线", "咨询热线", true},
		{"已有300个村建成农业科技服务站", "农业科技服务站", true},
		{"6个部门已建成业务协同系统", "业务协同系统", true},
		// one builder, or a count of other things
		{"市卫健委建立居民健康档案库", "居民健康档案库", false},
		{"建立3个居民健康档案库", "居民健康档案库", false},
		{"12个区的居民健康档案库接入平台", "居民健康档案库", false},
		{"完成12个区县的光纤网络建设,建立居民健康档案库", "居民健康档案库", false},
	}
	for _, c := range cases {
		s := []rune(c.sentence)
		at := indexRunes(s, []rune(c.name), 0)
		m := projectMention{Start: at, End: at + len([]rune(c.name)), Name: c.name}
		if got := countedBuilders(s, m); got != c.want {
			t.Errorf("%s / %s: got %v, want %v", c.sentence, c.name, got, c.want)
		}
	}
}

func TestOfBuildItems(t *testing.T) {
	cases := []struct {
		sentence string
		want     []string
	}{
		{"进一步推进老年活动服务中心和社区阅读驿站的建设,方便居民", []string{"老年活动服务中心", "社区阅读驿站"}},
		{"加快全区智能停车引导屏的建设。", []string{"智能停车引导屏"}},
		// fields, bodies, bare kinds and a clause that goes on
		{"加强队伍和制度的建设,提高能力", nil},
		{"推进信息基础设施和应用系统的建设。", nil},
		{"加快全市养老服务体系的建设,提高水平", nil},
		{"推进社区阅读驿站的建设和管理,", nil},
		{"研究社区阅读驿站的建设,", nil},
	}
	for _, c := range cases {
		got := mentionNames(ofBuildItems([]rune(c.sentence)))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.sentence, got, c.want)
		}
	}
}

func TestRefineMentions(t *testing.T) {
	s := []rune("开展“邻里读书会”、“夜间便民热线”等各类公益活动120项;8个区建立居民健康档案库")
	var ms []projectMention
	for _, n := range []string{"邻里读书会", "夜间便民热线", "居民健康档案库"} {
		at := indexRunes(s, []rune(n), 0)
		ms = append(ms, projectMention{Start: at, End: at + len([]rune(n)), Name: n})
	}
	if got := refineMentions(s, ms); len(got) != 0 {
		t.Errorf("kinds kept: %q", mentionNames(got))
	}
	s = []rune("开通“夜间便民热线”,市卫健委建立居民健康档案库")
	ms = nil
	for _, n := range []string{"夜间便民热线", "居民健康档案库"} {
		at := indexRunes(s, []rune(n), 0)
		ms = append(ms, projectMention{Start: at, End: at + len([]rune(n)), Name: n})
	}
	if got := mentionNames(refineMentions(s, ms)); !reflect.DeepEqual(got, []string{"夜间便民热线", "居民健康档案库"}) {
		t.Errorf("projects dropped: %q", got)
	}
}
