package loaders

import (
	"testing"

	"github.com/plangraph/plangraph/graph"
)

// TestSharedHeadListsOfItems checks lists whose items share a head: long items
// with ASCII notes, a 的-phrase before the list, compound heads, states
// between 等 and the head, short items sharing the last one's tail, and
// the lists that are not this (regions, levels, verbs, manners, fields).
func TestSharedHeadListsOfItems(t *testing.T) {
	regions := MustDictionaries().regionForms
	tests := []struct {
		sentence  string
		want, not []string
		abbrev    map[string]string
	}{
		// items longer than 12 runes; a note inside an item is dropped,
		// one that ends it names the item
		{"建设高速移动通信协议一致性测试、卫星导航终端低功耗芯片验证、射频识别(RFID)标签封装工艺等平台,提供服务。",
			[]string{"高速移动通信协议一致性测试平台", "卫星导航终端低功耗芯片验证平台", "射频识别标签封装工艺平台"}, nil, nil},
		// the list starts after the last 的, even with a 、 of its own before
		{"推进覆盖省、市两级的社会组织登记、建设项目审批、公共资源交易等系统建设。",
			[]string{"社会组织登记系统", "建设项目审批系统", "公共资源交易系统"}, []string{"省社会组织登记系统"}, nil},
		// a compound head
		{"持续完善残疾人服务、养老服务等信息系统。", []string{"残疾人服务信息系统", "养老服务信息系统"}, []string{"残疾人服务系统"}, nil},
		// a state between 等 and the head, which goes on into the work
		{"推进东亚环线(EAC)、中美直达(CUE)等已建海光缆扩容建设。", []string{"东亚环线海光缆", "中美直达海光缆"}, nil,
			map[string]string{"东亚环线海光缆": "EAC", "中美直达海光缆": "CUE"}},
		// a count closes the list before the name of the whole, which may
		// be made of kind words alone
		{"建成功能统一的水质监测、防汛调度和排水管理三个城市运行管理平台;",
			[]string{"水质监测平台", "防汛调度平台", "排水管理平台", "城市运行管理平台"}, nil, nil},
		// short items share the last one's tail
		{"建设人口、法人基础数据库。", []string{"人口基础数据库", "法人基础数据库"}, nil, nil},
		{"巩固和完善单位、个人信用联合征信系统。", []string{"单位信用联合征信系统", "个人信用联合征信系统"}, nil, nil},
		// not: regions, levels, verbs, manners, a clause with a count
		{"建设浙江、江苏信息平台。", nil, []string{"浙江信息平台"}, nil},
		{"建设市、区县两级平台。", nil, []string{"市两级平台", "市区县两级平台"}, nil},
		{"扩容、优化城域网络。", nil, []string{"扩容城域网络", "优化城域网络"}, nil},
		{"推广数字化、自动化生产控制系统。", nil, []string{"数字化生产控制系统"}, nil},
		{"有计划、有步骤地扶持5个左右行业电子商务平台。", nil, []string{"有计划地扶持5个左右行业电子商务平台"}, nil},
		{"保障铁路、电力等重要信息系统运行。", nil, []string{"铁路等重要信息系统", "铁路重要信息系统"}, nil},
		// not: kinds
		{"整合各类平台、各种系统等平台。", nil, []string{"各类平台平台", "各种系统平台"}, nil},
	}
	for _, tc := range tests {
		s := []rune(tc.sentence)
		ms := addNonOverlapping(findProjectMentionsIn(s, regions), unheadedProjects(s))
		checkMentions(t, tc.sentence, ms, tc.want, tc.not)
		for name, ab := range tc.abbrev {
			for _, m := range ms {
				if m.Name == name && m.Abbrev != ab {
					t.Errorf("%s: %s abbrev %q, want %q", tc.sentence, name, m.Abbrev, ab)
				}
			}
		}
	}
}

// TestListsCalledProjects checks 等-lists closed by 重大项目 with a named
// system among them, the generic centres of a list of built facilities,
// and the parts bracketed after a quoted whole.
func TestListsCalledProjects(t *testing.T) {
	tests := []struct {
		sentence  string
		want, not []string
	}{
		{"人口信息系统、远程医疗、平安社区等重大项目稳步推进。", []string{"人口信息系统", "远程医疗", "平安社区"}, nil},
		// generic items are fields; without a named item the list is of fields
		{"人口信息系统、网络安全、信息共享等重点工程。", []string{"人口信息系统"}, []string{"网络安全", "信息共享"}},
		{"城市网格、数字医疗、电子政务等重大项目不断深化。", nil, []string{"城市网格", "数字医疗"}},
		// a kind before 工程 makes the items uses of a technology
		{"实施远程诊断平台、消防救助、视频监控等应用示范工程。", nil, []string{"消防救助", "视频监控"}},
		{"建设国家通信出口局、区域互联网交换中心、卫星数据处理中心等功能型设施。", []string{"区域互联网交换中心", "卫星数据处理中心"}, nil},
		{"建设数据中心、信息交换中心等基础设施。", nil, []string{"数据中心", "信息交换中心"}},
		{"建成两个“数据港”(城市数据中心、异地灾备中心)。", []string{"两个数据港"}, nil},
		{"推广“一卡通”(智能卡)等服务模式。", nil, []string{"智能卡"}},
	}
	for _, tc := range tests {
		s := []rune(tc.sentence)
		ms := addNonOverlapping(findProjectMentionsIn(s, nil), unheadedProjects(s))
		checkMentions(t, tc.sentence, ms, tc.want, tc.not)
	}
}

// TestQuotedWholeParts checks that the parts bracketed after a quoted
// whole are PART_OF it, also those the head scanner reads on its own
// (市民医保卡).
func TestQuotedWholeParts(t *testing.T) {
	d := runProjectStages(t, "江南市信息化发展规划\n一、主要成绩\n重点推动了两个“一证通”(医保卡、旅游卡)、“校园通”等一批应用项目。\n")
	for _, part := range []string{"医保卡", "旅游卡"} {
		if !edgeByName(d, graph.PartOf, part, "两个一证通") {
			t.Errorf("no PART_OF %s → 两个一证通; nodes %v", part, nodeNames(d, graph.LabelSpecialProject))
		}
	}
	d = runProjectStages(t, "江南市信息化发展规划\n一、主要成绩\n重点推动了两个“一证通”(市民医保卡、旅游卡)、“校园通”等一批应用项目。\n")
	if !edgeByName(d, graph.PartOf, "市民医保卡", "两个一证通") {
		t.Errorf("no PART_OF 市民医保卡 → 两个一证通; nodes %v", nodeNames(d, graph.LabelSpecialProject))
	}
}
