package loaders

import (
	"regexp"
	"strings"

	"github.com/plangraph/plangraph/graph"
)

// policySuffixes end the names of instruments cited without 《》 (制定X管理
// 办法, 依据X设计规范). Words that end ordinary phrases as often as names
// (要求, 措施, 政策, 制度) are left out; 若干政策 is specific enough.
var policySuffixes = []string{"管理办法", "实施办法", "暂行办法", "办法", "暂行规定", "规定", "实施意见", "指导意见", "若干意见", "意见",
	"技术标准", "标准", "技术规范", "规范", "指南", "实施细则", "细则", "条例", "规程", "准则", "协调原则", "合作备忘录", "备忘录", "示范文本", "若干政策"}

// policyTriggers are the verbs after which an instrument's name starts:
// drawing it up, issuing it, or resting on it (and the citing plan's
// relation then). Longest first where one holds another.
var policyTriggers = []struct{ word, rel string }{
	{"贯彻落实", "based"}, {"研究制订", ""}, {"研究制定", ""}, {"修订和编制", ""},
	{"依据", "based"}, {"根据", "based"}, {"按照", "based"}, {"遵照", "based"}, {"遵循", "based"}, {"参照", "based"},
	{"贯彻", "based"}, {"落实", "based"}, {"执行", "based"}, {"实施", ""},
	{"制定", ""}, {"制订", ""}, {"出台", ""}, {"发布", ""}, {"印发", ""}, {"颁布", ""}, {"编制", ""}, {"修订", ""},
	{"起草", ""}, {"完成", ""}, {"确定", ""}, {"统一", ""}, {"推广", ""},
}

// policyRightOK may follow an unquoted instrument's name.
var policyRightOK = []string{"和", "与", "及", "、", "等", "的", "确定", "规定", "要求", "精神", "为", "中", "进行", "开展", "编制", "研究"}

// policyGeneric open names that speak of instruments without naming one
// (相关标准规范, 国家有关规范, 行业标准).
var policyGeneric = []string{"相关", "有关", "各类", "各项", "各种", "国家有关", "一批", "一系列", "行业", "地方", "技术", "统一", "这些", "上述", "本", "该", "配套", "具体", "管理", "若干"}

// policyClassRe are names of a class of instruments rather than one:
// 相关标准, 有关规范, IP行业标准, 国家和行业标准, 规范和技术标准.
var policyClassRe = regexp.MustCompile(`相关|有关|各自|等|^(?:国家|国际|国内|区域内|联合|规范|标准)|(?:行业|企业|国家|地方|国际)标准$|^[^和及]{0,2}[和及]`)

// policyIssueNumRe is a ministry's numbered order: 信息产业部第38号令.
var policyIssueNumRe = regexp.MustCompile(`第[0-9一二三四五六七八九十百]+号令`)

// policyMention is an instrument named without 《》.
type policyMention struct {
	name       string
	start, end int
	rel        string
	issuer     string // canonical name of the agency glued before it
}

// findUnquotedPolicies returns the instruments the text names without 《》
// after a verb that draws up, issues or applies them, and the orders named
// by their number.
func findUnquotedPolicies(dicts *Dictionaries, d *Doc, quoted []bool) []policyMention {
	var out []policyMention
	text := d.Text
	for i := d.Body; i < len(text); i++ {
		if quoted[i] {
			continue
		}
		suf := policySuffixIndex.at(text, i)
		if suf == "" {
			continue
		}
		j := i + len([]rune(suf))
		if !policyRightBoundary(text[j:]) {
			i = j - 1
			continue
		}
		l := i
		for l > 0 && i-l < 60 && !planHardStop(text[l-1]) && !quoted[l-1] && text[l-1] != '“' && text[l-1] != '”' {
			l--
		}
		if pm, ok := readPolicySegment(dicts, d, text[l:i], l, suf, j); ok {
			out = append(out, pm)
		}
		i = j - 1
	}
	for _, loc := range policyIssueNumRe.FindAllStringIndex(string(text), -1) {
		start, end := runeIndex(string(text), loc[0]), runeIndex(string(text), loc[1])
		if start < d.Body || quoted[start] {
			continue
		}
		from := start - 16
		if from < 0 {
			from = 0
		}
		var ag *match
		for _, m := range dicts.agencyForms.find(text[from:start]) {
			if from+m.End == start {
				m := m
				ag = &m
			}
		}
		if ag == nil {
			continue
		}
		canon := dicts.Agencies[ag.Targets[0]].Name
		out = append(out, policyMention{name: canon + string(text[start:end]), start: from + ag.Start, end: end, issuer: canon})
	}
	return out
}

func policyRightBoundary(rest []rune) bool {
	if len(rest) == 0 {
		return true
	}
	if strings.ContainsRune("，,。;；:：、)）》”\"」 \n\t!！?？", rest[0]) {
		return true
	}
	for _, w := range policyRightOK {
		if hasStringAt(rest, 0, w) {
			return true
		}
	}
	return false
}

// readPolicySegment reads the instrument whose name ends with suf after
// seg (which starts at rune offset off): the words after the last trigger,
// the last item of a 、 list, without an issuing agency glued in front.
func readPolicySegment(dicts *Dictionaries, d *Doc, seg []rune, off int, suf string, end int) (policyMention, bool) {
	p, rel, found := 0, "", false
	for k := 0; k < len(seg); k++ {
		for _, t := range policyTriggers {
			if hasStringAt(seg[k:], 0, t.word) {
				e := k + len([]rune(t.word))
				p, rel, found = e, t.rel, true
				k = e - 1
				break
			}
		}
	}
	if !found {
		return policyMention{}, false
	}
	// the last item of a list: A办法、B规定、C办法
	for q := len(seg) - 1; q > p; q-- {
		if seg[q] == '、' {
			p = q + 1
			break
		}
	}
	body := stripLead(strings.TrimPrefix(string(seg[p:]), "统一的"))
	for _, w := range []string{"一个", "一批", "并"} {
		body = strings.TrimPrefix(body, w)
	}
	start := end - len([]rune(body+suf))
	// a 的 is allowed once, not right before the kind word (开发利用的管理
	// 办法, not 分步实施的原则), and left out of the name.
	if strings.HasSuffix(body, "的") && len([]rune(suf)) >= 4 && strings.Count(body, "的") == 1 && !endsWithPolicyKind(strings.TrimSuffix(body, "的")) {
		body = strings.TrimSuffix(body, "的") + string([]rune(suf)[:len([]rune(suf))-2])
		suf = string([]rune(suf)[len([]rune(suf))-2:])
	}
	if n := strings.Count(body, "的"); n > 1 || (n == 1 && strings.HasSuffix(body, "的")) {
		return policyMention{}, false
	} else if n == 1 {
		k := strings.Index(body, "的")
		if strings.ContainsAny(body[:k], "、,，") || len([]rune(body[k:])) < 3 {
			return policyMention{}, false
		}
		body = strings.Replace(body, "的", "", 1)
	}
	pm := policyMention{start: start, end: end, rel: rel}
	// an issuing agency glued in front: 卫生部健康档案…标准
	if ms := dicts.agencyForms.find([]rune(body)); len(ms) > 0 && ms[0].Start == 0 && ms[0].End < len([]rune(body))-2 {
		pm.issuer = dicts.Agencies[ms[0].Targets[0]].Name
		body = string([]rune(body)[ms[0].End:])
	}
	name := body + suf
	if len([]rune(name)) < 6 || len([]rune(name)) > 40 || strings.ContainsAny(name, "“”\"") {
		return policyMention{}, false
	}
	for _, g := range policyGeneric {
		if strings.HasPrefix(body, g) {
			return policyMention{}, false
		}
	}
	if policyClassRe.MatchString(name) {
		return policyMention{}, false
	}
	if _, canon, self := regionPrefix(dicts, d, name); self {
		name = canon
	}
	pm.name = cleanName(name)
	return pm, true
}

// addPolicyMention adds an instrument read by findUnquotedPolicies, with
// its issuer and the citing plan's relation to it.
func addPolicyMention(dicts *Dictionaries, d *Doc, pm policyMention) {
	if k, ok := dicts.DocKindOf(pm.name); ok && k.Label == string(graph.LabelPlan) {
		return
	}
	ev := d.Evidence(pm.start, pm.end)
	n := d.AddNode(graph.LabelPolicy, pm.name, nil, nil, ev)
	if pm.issuer != "" {
		e := dicts.Agencies[pm.issuer]
		ag := d.AddNode(graph.LabelAgency, e.Name, e.Aliases, map[string]any{"kind": e.Kind}, ev)
		d.AddEdge(graph.IssuedBy, n.ID, ag.ID, nil, ev)
	}
	relateCitation(d, n, pm.rel, ev)
}

// quoteRe is a name in “”.
var quoteRe = regexp.MustCompile(`“([^“”\n]{4,60})”`)

// quotedPolicies adds the instruments named in “” rather than 《》 (参与
// 制订“X技术要求”地方标准, 开展“X分析报告”研究): a quoted name ending in a
// kind of instrument. Its issuer is the agency that opens the sentence when
// the clause says it drew the instrument up.
func quotedPolicies(dicts *Dictionaries, d *Doc) {
	text := string(d.Text)
	for _, loc := range quoteRe.FindAllStringSubmatchIndex(text, -1) {
		name := text[loc[2]:loc[3]]
		k, ok := citedKind(dicts, name)
		if !ok || k.Label != string(graph.LabelPolicy) || len([]rune(name)) < 6 {
			continue
		}
		suf := false
		for _, s := range append(policySuffixes, "报告", "要求") {
			if strings.HasSuffix(trailingNoteRe.ReplaceAllString(name, ""), s) {
				suf = true
			}
		}
		if !suf {
			continue
		}
		start, end := runeIndex(text, loc[0]), runeIndex(text, loc[1])
		if start < d.Body {
			continue
		}
		d.AddNode(graph.LabelPolicy, cleanName(name), nil, nil, d.Evidence(start, end))
	}
}

// endsWithPolicyKind reports whether s ends with the kind word of an
// instrument: X政策的实施细则 names rules made under X, not X itself.
func endsWithPolicyKind(s string) bool {
	for _, suf := range policySuffixes {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

var policySuffixIndex = indexOf(&policySuffixes)
