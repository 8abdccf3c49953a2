package loaders

import (
	"regexp"
	"sort"
	"strings"

	"github.com/plangraph/plangraph/graph"
)

// programmeRe are the national research programmes that fund work, in the
// forms the texts use (国家863计划, 863项目, 科技部863项目).
var programmeRe = regexp.MustCompile(`(?:国家|科技部)?(863|973)(?:计划|项目)`)

// moneySuffixes end the names of money sources.
var moneySuffixes = []string{"专项支持计划", "财政性资金", "专项资金", "扶持资金", "引导资金", "发展资金", "创投基金", "投资基金", "产业基金", "创业基金", "支持计划", "基金"}

// fundLead are the verbs and qualifiers before a money source that are no
// part of its name (发挥“X基金”作用, 适当增加财政性资金).
var fundLead = regexp.MustCompile(`^(?:.*(?:发挥|设立|加强|利用|安排|用好|创新|通过|争取|引入|实现|统筹|增加|加大|鼓励|吸引|积极|开展|列入|纳入|使用|运用|整合|用于|设置|首批|列为|以|对|和|及|、|的))`)

// specialFundRe is a funding programme named X专项 whose sentence says it
// supports or leads work (实施国家科技重大专项…支持本市企业).
var specialFundRe = regexp.MustCompile(`(?:实施|围绕|抓住|以)([^，。；;,、“”]{2,30}?专项)(?:和([^，。；;,、“”]{2,30}?专项))?`)
var fundVerbRe = regexp.MustCompile(`支持|资助|扶持|引领|契机|补贴|贴息`)

// funds adds the named money sources and FUNDS from each to the projects
// its sentence names, or, for money spent on the plan at large, to the
// plan itself.
func funds(dicts *Dictionaries, d *Doc) {
	text := string(d.Text)
	projects := d.nodesWithLabel(graph.LabelSpecialProject)
	type hit struct {
		name, form string
		start, end int
		money      bool
	}
	var hits []hit
	for _, loc := range programmeRe.FindAllStringSubmatchIndex(text, -1) {
		start, end := runeIndex(text, loc[0]), runeIndex(text, loc[1])
		hits = append(hits, hit{"国家" + text[loc[2]:loc[3]] + "计划", text[loc[0]:loc[1]], start, end, false})
	}
	for i := d.Body; i < len(d.Text); i++ {
		suf := ""
		for _, s := range moneySuffixes {
			if hasRunePrefix(d.Text[i:], s) {
				suf = s
				break
			}
		}
		if suf == "" {
			continue
		}
		j := i + len([]rune(suf))
		if j < len(d.Text) && strings.ContainsRune("会", d.Text[j]) {
			continue // 基金会 is an agency
		}
		l := i
		for l > 0 && i-l < 20 && !planHardStop(d.Text[l-1]) && d.Text[l-1] != '“' {
			l--
		}
		lead := fundLead.ReplaceAllString(string(d.Text[l:i]), "")
		if strings.HasSuffix(lead, "”") {
			lead = strings.TrimSuffix(lead, "”")
		}
		l = i - len([]rune(lead))
		form := cleanName(lead + suf)
		if len([]rune(form)) < 4 || strings.HasPrefix(form, "社会") || strings.HasPrefix(form, "各类") {
			i = j - 1
			continue
		}
		if suf == "支持计划" && lead == "" {
			// 列入首批支持计划: the support programme named before
			for k := len(hits) - 1; k >= 0; k-- {
				if strings.HasSuffix(hits[k].name, "支持计划") {
					hits = append(hits, hit{hits[k].name, form, l, j, false})
					break
				}
			}
			i = j - 1
			continue
		}
		name := form
		if r, canon, self := regionPrefix(dicts, d, form); r != "" && self {
			name = cleanName(canon)
		}
		name = leadYearRe.ReplaceAllString(name, "")
		hits = append(hits, hit{name, form, l, j, suf != "专项支持计划" && suf != "支持计划"})
		i = j - 1
	}
	for _, loc := range specialFundRe.FindAllStringSubmatchIndex(text, -1) {
		start := runeIndex(text, loc[0])
		_, s1 := d.sentenceAt(start)
		if !fundVerbRe.MatchString(d.Slice(runeIndex(text, loc[1]), s1)) {
			continue
		}
		for g := 2; g+1 < len(loc); g += 2 {
			if loc[g] < 0 {
				continue
			}
			form := stripLead(strings.TrimPrefix(text[loc[g]:loc[g+1]], "深化"))
			form = strings.TrimPrefix(strings.TrimPrefix(form, "组织"), "实施")
			if len([]rune(form)) < 4 || strings.HasPrefix(form, "重点") {
				continue
			}
			name := form
			if r, canon, self := regionPrefix(dicts, d, form); r != "" && self {
				name = canon
			}
			hits = append(hits, hit{name, form, runeIndex(text, loc[g]), runeIndex(text, loc[g+1]), false})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].start < hits[j].start })
	for _, h := range hits {
		ev := d.Evidence(h.start, h.end)
		var aliases []string
		if h.form != h.name {
			aliases = []string{h.form}
		}
		f := d.AddNode(graph.LabelFund, h.name, aliases, nil, ev)
		s0, s1 := d.sentenceAt(h.start)
		linked := false
		for _, p := range findNodes(d, projects, s0, s1) {
			if p.end <= h.start || p.start >= h.end {
				d.AddEdge(graph.Funds, f.ID, p.node.ID, nil, ev)
				linked = true
			}
		}
		if !linked && h.money && d.SelfPlan != "" {
			d.AddEdge(graph.Funds, f.ID, d.SelfPlan, nil, ev)
		}
	}
}

// sentenceAt returns the span of the sentence holding rune offset pos.
func (d *Doc) sentenceAt(pos int) (int, int) {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > pos })
	if i < len(d.Sentences) && d.Sentences[i].Start <= pos {
		return d.Sentences[i].Start, d.Sentences[i].End
	}
	return pos, pos
}
