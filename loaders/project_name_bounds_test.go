package loaders

import (
	"strings"
	"testing"
)

// TestNameBoundaries checks where names found in prose start and what is
// cut out of them: a 从X向Y move, a setting before 的, a term made with a
// verb, a measured size or a count of users, the building of a centre.
func TestNameBoundaries(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
		not      []string
	}{
		// a move from one thing to another is named with both
		{"推进电视信号从模拟向数字转换工程。", []string{"电视信号从模拟向数字转换工程"}, []string{"数字转换工程"}},
		{"启动校园网从IPv4到IPv6过渡试点。", []string{"校园网从IPv4到IPv6过渡试点"}, nil},
		// 向 with no move after it ends the name
		{"推动企业向园区管理平台集中。", nil, []string{"企业向园区管理平台"}},
		// a setting restricts which system is meant; a describing clause does not
		{"建设移动网络环境下的数字签名系统。", []string{"移动网络环境下的数字签名系统"}, nil},
		{"建设覆盖全市的交通诱导系统。", []string{"交通诱导系统"}, []string{"覆盖全市的交通诱导系统"}},
		{"开展“分布式环境下的系统集成方法研究”。", nil, []string{"分布式环境下的系统"}},
		// a verb compounds with the modifier before it
		{"建设市级电子政务监控平台和宽带接入认证系统。", []string{"市级电子政务监控平台", "宽带接入认证系统"}, []string{"认证系统"}},
		{"推动中小企业接入公共服务平台。", nil, []string{"中小企业接入公共服务平台"}},
		// the size of a thing is cut out of its name, a model number is not
		{"完成虹桥枢纽一期12万平方米室内信号分布系统建设。", []string{"虹桥枢纽一期室内信号分布系统"}, []string{"虹桥枢纽一期12万平方米室内信号分布系统"}},
		{"建设800M数字集群调度系统。", []string{"800M数字集群调度系统"}, nil},
		// a count of users served comes before the name
		{"完成300万有线电视用户IPTV网络改造。", []string{"IPTV网络"}, []string{"300万有线电视用户IPTV网络"}},
		// the building of a centre, even one that acts, is a project
		{"加强江苏软件测试中心建设,提升服务能力。", []string{"江苏软件测试中心建设"}, nil},
		{"街道便民服务中心建设了内部网络。", nil, []string{"街道便民服务中心建设"}},
		// a backup or data centre is a facility whatever verb comes before
		{"提升市政务数据灾备中心服务能力。", []string{"市政务数据灾备中心"}, nil},
		{"发挥市信息中心作用。", nil, []string{"市信息中心"}},
		// the work done to a named thing is part of the project's name
		{"完成科技园区道路照明改造工程。", []string{"科技园区道路照明改造工程"}, nil},
		// the year of a round is not part of the name
		{"开展2009年度物联网应用专项支持计划的征集。", []string{"物联网应用专项支持计划"}, []string{"度物联网应用专项支持计划"}},
	}
	for _, tc := range tests {
		checkMentions(t, tc.sentence, findProjectMentions([]rune(tc.sentence)), tc.want, tc.not)
	}
}

// TestCutMeasure checks the quantity cut from a name.
func TestCutMeasure(t *testing.T) {
	for in, want := range map[string]string{
		"二期70余万平方米室内覆盖系统": "二期室内覆盖系统",
		"5公里光纤环网":         "光纤环网",
		"0.13微米工艺平台":      "0.13微米工艺平台",
		"A380米级测试平台":      "A380米级测试平台",
		"万米跑道":            "万米跑道",
	} {
		if got, _ := cutMeasure(in); got != want {
			t.Errorf("cutMeasure(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCompoundLast checks that the quick filter of compoundVerbAt knows the
// last rune of every compound verb.
func TestCompoundLast(t *testing.T) {
	for w := range compoundStops {
		r := []rune(w)
		if !strings.ContainsRune(compoundLast, r[len(r)-1]) {
			t.Errorf("compoundLast lacks the last rune of %s", w)
		}
	}
}
