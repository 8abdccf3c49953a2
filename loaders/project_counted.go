package loaders

import "strings"

// A bulletin counts the places that have built a kind of thing: 17个区建立
// 人口基础信息库, 10个区建立X系统和Y热线, 500个村建成Z服务站. Each place
// builds its own, so the thing named is a kind, not one project; the
// indicator stage reads the count.

// countedPlaceUnits are the places and bodies a count of builders counts.
var countedPlaceUnits = []string{
	"区县", "区", "县", "街道", "乡镇", "镇", "村", "社区", "部门", "委办局", "单位", "省市",
	"城市", "地市", "市",
}

// countedPlaceAdverbs may stand between the places and their verb (19个
// 区县全部建立, 5个区已建成).
var countedPlaceAdverbs = []string{"全部", "均已", "已经", "已", "均", "都", "先后", "相继", "陆续", "初步", "基本"}

// countedPlaceVerbs are the verbs by which each counted place builds.
var countedPlaceVerbs = []string{"建立了", "建成了", "开通了", "建立", "建成", "建设", "开通", "启用", "设立"}

// countedBuilders reports whether the clause before mention m opens with
// a count of places that build it (17个区建立X, 10个区建立A和B): then m
// names the kind each place builds. The clause's other text before m may
// only be a list or a modifier of it (统一的, 面向公务员的).
func countedBuilders(s []rune, m projectMention) bool {
	i := clauseFrom(s, m.Start)
	for _, w := range []string{"已有", "共有", "有", "全市", "全省", "全国", "其中", "在"} {
		if hasStringAt(s, i, w) {
			i += len([]rune(w))
			break
		}
	}
	j := i
	for j < m.Start && (s[j] >= '0' && s[j] <= '9' || strings.ContainsRune(listDigits+"百千余多", s[j])) {
		j++
	}
	if j == i || j >= m.Start || s[j] != '个' {
		return false
	}
	j++
	unit := false
	for _, u := range countedPlaceUnits {
		if hasStringAt(s, j, u) {
			j += len([]rune(u))
			unit = true
			break
		}
	}
	if !unit {
		return false
	}
	for _, a := range countedPlaceAdverbs {
		if hasStringAt(s, j, a) {
			j += len([]rune(a))
			break
		}
	}
	for _, v := range countedPlaceVerbs {
		if hasStringAt(s, j, v) {
			return j+len([]rune(v)) <= m.Start
		}
	}
	return false
}
