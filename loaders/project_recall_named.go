package loaders

import (
	"strings"
	"unicode/utf8"
)

// Named works whose head is a common word of the genre: 项目 (…应用示范项目),
// 行动/活动 (…专项行动, …手拉手活动). The words are everywhere in policy
// prose (重点项目, 建设项目, 宣传活动), so a name needs a long, specific
// modifier and a verb before it that sets the work up, carries it out or
// takes part in it.

// namedWorkHead is a common head with the verbs that must introduce it.
type namedWorkHead struct {
	head projectHead
	// verbs are the stops that may introduce the name.
	verbs map[string]bool
	// min is the least number of specific runes the name keeps once its
	// generic words are taken out.
	min int
	// long lets a name of twelve runes or more keep only two specific runes
	// (国家信息安全服务指南应用示范项目): a programme's name is long.
	long bool
	// generic are the further words that say only what kind of work it is
	// (调研项目, 宣传活动, 检查活动).
	generic []string
}

// projectVerbs set up, carry out, finish, fund or list a project (实施X项目,
// 启动X项目, 征集X项目, 参与X项目建设).
var projectVerbs = map[string]bool{
	"实施": true, "启动": true, "完成": true, "完成了": true, "启动了": true, "开发了": true,
	"承担": true, "参与": true, "推动": true, "推进": true, "征集": true, "资助": true,
	"立项": true, "验收": true, "设立": true, "建设": true, "开展": true, "列入": true,
	"申报": true, "组织实施": true,
}

// campaignVerbs launch or hold a campaign (开展X专项行动, 举办X活动).
var campaignVerbs = map[string]bool{
	"开展": true, "启动": true, "组织": true, "举办": true, "实施": true, "发起": true,
	"启动了": true, "开展了": true, "举办了": true, "承办": true, "参与": true, "参加": true,
}

// namedWorkHeads are the common heads read here, each only when introduced
// by its verbs. notNext keeps the words they begin out (项目管理, 项目资金,
// 行动计划, 活动中心).
var namedWorkHeads = []namedWorkHead{
	// 升级/改造 are stops of the scanner; before 项目 they are part of the
	// name (X算法升级改造项目)
	{head: projectHead{word: "升级改造项目", notNext: "管资库申单审经招评储组法负化业外合"}, verbs: projectVerbs, min: 4, long: true},
	{head: projectHead{word: "改造项目", notNext: "管资库申单审经招评储组法负化业外合"}, verbs: projectVerbs, min: 4, long: true},
	{head: projectHead{word: "项目", notNext: "管资库申单审经招评储组法负化业外合"}, verbs: projectVerbs, min: 5, long: true,
		generic: []string{"性", "调研", "研究", "课题", "开工", "在建", "续建", "储备", "竣工", "新"}},
	{head: projectHead{word: "行动", notNext: "计方纲指起者力"}, verbs: campaignVerbs, min: 4, generic: campaignGeneric},
	{head: projectHead{word: "活动", notNext: "中室场经方"}, verbs: campaignVerbs, min: 4, generic: campaignGeneric},
}

// campaignGeneric are the kinds of events a campaign's name may say it is.
var campaignGeneric = []string{
	"宣传", "会展", "培训", "检查", "自查", "调研", "学习", "交流", "评比", "竞赛", "调查",
	"攻关", "读书", "展示", "推广", "表彰", "专项", "主题", "系列", "集中", "整治", "活动", "各项",
}

// namedWorkKinds, anywhere in a name, make it a class of works, not one:
// 重点项目, 各类项目, 示范项目 of a field are the kind.
var namedWorkKinds = []string{"一批", "若干", "一系列", "各类", "等项目", "等活动", "等行动", "系列"}

// namedWorks returns the works a sentence names with a common head.
func namedWorks(s []rune) []projectMention {
	out := buildItems(s)
	for end := 2; end <= len(s); end++ {
		if s[end-1] != '目' && s[end-1] != '动' {
			continue
		}
		for _, w := range namedWorkHeads {
			if k := end - utf8.RuneCountInString(w.head.word); k < 0 || !hasStringAt(s, k, w.head.word) {
				continue
			}
			if end < len(s) && strings.ContainsRune(w.head.notNext, s[end]) {
				break
			}
			m, ok := mentionEndingAt(s, end, w.head)
			if !ok {
				break
			}
			m = cutAtVerb(m, w.verbs)
			m.Clause = clauseBefore(s, m.Start)
			if !introduced(s, m, w.verbs) || containsAny(m.Name, namedWorkKinds) || countedWorks(m.Name) {
				break
			}
			// a long name keeps few specific words once its generic ones
			// go (国家信息安全服务指南应用示范项目); a shorter one must
			// keep more (重大专项项目 keeps none)
			n := len([]rune(m.Name))
			core := m.Name
			for _, g := range w.generic {
				core = strings.ReplaceAll(core, g, "")
			}
			if n < 6 || !plausibleWith(core, w.head, w.min) && !(w.long && n >= 12 && plausibleWith(core, w.head, 2)) {
				break
			}
			out = append(out, m)
			break
		}
	}
	return out
}

// cutAtVerb starts a name after the last of the verbs inside it: the
// scanner's stops do not hold every verb that introduces a work (面向社会
// 公开征集X项目), so the name runs on to the left of it.
func cutAtVerb(m projectMention, verbs map[string]bool) projectMention {
	best := -1
	var verb string
	for v := range verbs {
		if i := strings.LastIndex(m.Name, v); i >= 0 && i+len(v) > best {
			best, verb = i+len(v), v
		}
	}
	if best < 0 || len([]rune(m.Name[best:])) < 6 {
		return m
	}
	m.Start += len([]rune(m.Name[:best]))
	m.Name, m.Stop = m.Name[best:], verb
	return m
}

// introduceWindow bounds how far before a name its verb may stand
// (启动开发了具有自主知识产权的X项目, 建设A系统和X项目).
const introduceWindow = 16

// projectOutcomes, in the clause right after a 项目, report that it is
// carried out or finished (X项目通过验收, X项目在14个部门推广应用).
var projectOutcomes = []string{"通过验收", "推广应用", "投入使用", "投入运行", "正式启动", "立项", "开工"}

// introduced reports whether the clause sets the work up: one of the verbs
// stands between the clause's start and the name, at most a short window
// before it (the stop itself, the verb before a 了 or 的, or the verb of a
// list's first item), or the clause after a 项目 reports its outcome.
func introduced(s []rune, m projectMention, verbs map[string]bool) bool {
	if verbs[m.Stop] {
		return true
	}
	from := m.Start
	for from > 0 && m.Start-from < introduceWindow && !strings.ContainsRune(",;:。!?\n", s[from-1]) {
		from--
	}
	before := string(s[from:m.Start])
	if strings.ContainsAny(m.Stop, "和及与、") {
		// a further item of a list: the verb opens the list's clause
		before = m.Clause
	}
	for v := range verbs {
		if strings.Contains(before, v) {
			return true
		}
	}
	if !strings.HasSuffix(m.Name, "项目") {
		return false
	}
	to := m.End
	for to < len(s) && to-m.End < introduceWindow && !strings.ContainsRune(",;:。!?\n", s[to]) {
		to++
	}
	return containsAny(string(s[m.End:to]), projectOutcomes)
}

// countedWorks reports whether a name starts with a count of events or
// items (110次调查活动, 3项试点项目): a number of works, not one.
func countedWorks(name string) bool {
	rs := []rune(name)
	i := 0
	for i < len(rs) && (rs[i] >= '0' && rs[i] <= '9' || strings.ContainsRune(listDigits+"百千万两几余多", rs[i])) {
		i++
	}
	return i > 0 && i < len(rs) && strings.ContainsRune("次场项个期批轮届类", rs[i])
}

// buildItemVerbs open a clause that pushes on the building of a work
// (推进X建设, 加快X建设, 深化X建设).
var buildItemVerbs = map[string]bool{
	"推进": true, "加快": true, "加快推进": true, "深化": true, "拓展": true, "推动": true,
	"开展": true, "加强": true, "加快推动": true, "完善": true,
}

// buildFieldEnds end an X of X建设 that is a field of work, a body, a
// vision or the manner of building, not one work (电子政务建设, 机构建设,
// 智慧城市建设, 集约化建设).
var buildFieldEnds = []string{
	"信息化", "电子政务", "电子商务", "基础设施", "城市", "机构", "联盟", "组织", "队伍", "民主",
	"制度", "体制", "机制", "文化", "能力", "作风", "廉政", "人才", "法制", "法治", "诚信",
	"集约化", "规范化", "标准化", "一体化", "协同化", "建设", "服务体系", "保障体系",
}

// buildItems returns the works a clause names as X建设 right after a verb
// that pushes it on and right before the clause ends (推进城市管理网格化
// 建设,依托…): the clause is about that one work. X must be specific, and
// not end in a project head (the scanner reads those) or stand for a field
// (信息化建设, 电子政务建设, 教育信息化建设).
func buildItems(s []rune) []projectMention {
	var out []projectMention
	h := projectHead{word: "建设"}
	for end := 2; end < len(s); end++ {
		if s[end-1] != '设' || s[end-2] != '建' || !strings.ContainsRune(",;。", s[end]) {
			continue
		}
		m, ok := mentionEndingAt(s, end, h)
		if !ok || !buildItemVerbs[m.Stop] || m.Start < 2 {
			continue
		}
		x := strings.TrimSuffix(m.Name, "建设")
		if endsWithHead([]rune(x)) || strings.HasSuffix(x, "项目") || hasAnySuffix(x, buildFieldEnds) || containsAny(x, namedWorkKinds) {
			continue
		}
		if n := len([]rune(x)); n < 4 || n > 14 || !plausibleWith(m.Name, h, 2) {
			continue
		}
		m.Clause = clauseBefore(s, m.Start)
		out = append(out, m)
	}
	return out
}
