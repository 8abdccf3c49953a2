package loaders

import (
	"slices"
	"strings"
	"testing"

	"github.com/plangraph/plangraph/graph"
)

// TestProjectNameRules checks the names read from short sentences: leading
// verbs and item numbers go, compounds and quoted words stay, 体系 is a
// project only when it is a technical system.
func TestProjectNameRules(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
		not      []string
	}{
		{"双方共建区域信息网络平台。", []string{"区域信息网络平台"}, []string{"共建区域信息网络平台", "双方共建区域信息网络平台"}},
		{"1.智慧港口工程。推进港口数据共享。", []string{"智慧港口工程"}, []string{"1.智慧港口工程"}},
		{"依托市交通中心,建设交通信息平台和辅助决策支持系统。", []string{"交通信息平台", "辅助决策支持系统"}, nil},
		{"依托该基地建设信息安全综合服务“一站式”门户系统。", []string{"信息安全综合服务一站式门户系统"}, []string{"一站式门户系统"}},
		{"建立面向社会、互联互通的电子认证体系。", []string{"电子认证体系"}, nil},
		{"完善电子政务人才培养体系和考核指标体系。", nil, []string{"电子政务人才培养体系", "考核指标体系"}},
		{"开发车载多媒体系统。", nil, []string{"车载多媒体系"}},
		{"整合已建交通监控、信息发布、停车诱导等系统。", []string{"交通监控系统", "停车诱导系统"}, []string{"已建交通监控系统"}},
	}
	for _, tc := range tests {
		checkMentions(t, tc.sentence, findProjectMentions([]rune(tc.sentence)), tc.want, tc.not)
	}
}

// checkMentions reports the names of want missing from the mentions read
// in sentence, and the names of not found among them.
func checkMentions(t *testing.T, sentence string, mentions []projectMention, want, not []string) {
	t.Helper()
	checkNames(t, sentence, mentionNames(mentions), want, not)
}

// mentionNames are the names of mentions, in order.
func mentionNames(mentions []projectMention) []string {
	var out []string
	for _, m := range mentions {
		out = append(out, m.Name)
	}
	return out
}

// checkNames reports the names of want missing from got, and the names of
// not found in it; where says what was read.
func checkNames(t *testing.T, where string, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%s: want %s; got %v", where, w, got)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("%s: unwanted %s", where, w)
		}
	}
}

// TestBuiltSitesAreProjects checks that a centre the text builds is a
// project, and one that acts stays an agency.
func TestBuiltSitesAreProjects(t *testing.T) {
	tests := []struct {
		text            string
		project, agency []string
	}{
		{"京津冀信息化合作协议\n一、合作内容\n三方共同建设京津冀区域数据中心,推进数据共享。\n",
			[]string{"京津冀区域数据中心"}, nil},
		{"上海市物联网发展行动计划\n一、重点任务\n在嘉定建设上海物联网中心。\n",
			[]string{"上海物联网中心"}, nil},
		{"上海市信息化年度报告\n一、主要进展\n上海超级计算中心牵头完成网格计算平台建设。\n",
			nil, []string{"上海超级计算中心"}},
	}
	for _, tc := range tests {
		d := runProjectStages(t, tc.text)
		projects := nodeNames(d, graph.LabelSpecialProject)
		agencies := nodeNames(d, graph.LabelAgency)
		for _, w := range tc.project {
			if !slices.Contains(projects, w) || slices.Contains(agencies, w) {
				t.Errorf("%q: want project %s; projects %v agencies %v", tc.text, w, projects, agencies)
			}
		}
		for _, w := range tc.agency {
			if !slices.Contains(agencies, w) {
				t.Errorf("%q: want agency %s; agencies %v", tc.text, w, agencies)
			}
		}
		for _, a := range agencies {
			// 嘉定建设上海物联网中心: a region and verb read into a body
			if strings.Contains(a, "建设") {
				t.Errorf("%q: misread agency %s", tc.text, a)
			}
		}
	}
}

func TestExistingThingsAreNoProjects(t *testing.T) {
	for name, want := range map[string]bool{"现有高校网络": true, "已有网络": true, "原有系统": true, "高校网络": false, "有线电视网": false} {
		if got := standsAlready(name); got != want {
			t.Errorf("standsAlready(%q) = %v, want %v", name, got, want)
		}
	}
}
