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

// leadFundRe is "以A和B为引领": programmes that lead and pay for the work
// of the section (以国家X重大专项和本市X攻关项目为引领).
var leadFundRe = regexp.MustCompile(`以([^以为,。;:“”]{4,60}?)为(?:引领|牵引|支撑|契机)`)

// fundNameAnd hides the 和 of the agency words a fund is named after
// (工业和信息化专项资金, 发展和改革委员会…基金) from fundLead, which would cut
// the name at it; fundAndMark is one rune, so offsets stay.
const fundAndMark = "\ue000"

var fundNameAnd = strings.NewReplacer("工业和信息化", "工业"+fundAndMark+"信息化", "经济和信息化", "经济"+fundAndMark+"信息化",
	"发展和改革", "发展"+fundAndMark+"改革", "科学技术和", "科学技术"+fundAndMark)

// fundWorkRe follows a quoted name that is a funded piece of work.
var fundWorkRe = regexp.MustCompile(`^(?:项目|课题)`)

// fundNotNameRe follows a money word that is part of a longer noun: 基金
// 业务系统 is a system, not a fund.
var fundNotNameRe = regexp.MustCompile(`^(?:业务|系统|平台|管理|公司|会)`)

// fundItemSuffixes end the items of a leadFundRe list that are programmes.
var fundItemSuffixes = []string{"专项", "项目", "计划", "基金", "资金"}

// fundRunBreaks are the marks no match of programmeRe or specialFundRe
// spans: their names and verbs are runs of words between them.
const fundRunBreaks = "，。；;,、“”\n"

// findAllInRuns is re.FindAllStringSubmatchIndex(text, -1) for a pattern
// whose matches never span a rune of breaks: it runs re only on the runs
// between breaks that hold one of the words in need. A regexp over a whole
// document is slow in Go, and these words are rare.
func findAllInRuns(re *regexp.Regexp, text, breaks string, need ...string) [][]int {
	var out [][]int
	scan := func(from, to int) {
		run := text[from:to]
		found := false
		for _, w := range need {
			found = found || strings.Contains(run, w)
		}
		if !found {
			return
		}
		for _, loc := range re.FindAllStringSubmatchIndex(run, -1) {
			for k := range loc {
				if loc[k] >= 0 {
					loc[k] += from
				}
			}
			out = append(out, loc)
		}
	}
	from := 0
	for i, r := range text {
		if strings.ContainsRune(breaks, r) {
			scan(from, i)
			from = i + len(string(r))
		}
	}
	scan(from, len(text))
	return out
}

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
	for _, loc := range findAllInRuns(programmeRe, text, fundRunBreaks, "863", "973") {
		start, end := runeIndex(text, loc[0]), runeIndex(text, loc[1])
		hits = append(hits, hit{"国家" + text[loc[2]:loc[3]] + "计划", text[loc[0]:loc[1]], start, end, false})
	}
	for i := d.Body; i < len(d.Text); i++ {
		suf := moneySuffixIndex.at(d.Text, i)
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
		lead := strings.ReplaceAll(fundLead.ReplaceAllString(fundNameAnd.Replace(string(d.Text[l:i])), ""), fundAndMark, "和")
		if strings.HasSuffix(lead, "”") {
			lead = strings.TrimSuffix(lead, "”")
		}
		l = i - len([]rune(lead))
		form := cleanName(lead + suf)
		quotedName := l > 0 && d.Text[l-1] == '“'
		if len([]rune(form)) < 4 || strings.HasPrefix(form, "社会") || strings.HasPrefix(form, "各类") ||
			(suf == "基金" && len([]rune(lead)) <= 2 && !quotedName) || fundNotNameRe.MatchString(string(d.Text[j:min(j+4, len(d.Text))])) {
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
	for _, loc := range findAllInRuns(specialFundRe, text, fundRunBreaks, "专项") {
		start := runeIndex(text, loc[0])
		_, s1 := d.sentenceAt(start)
		if !fundVerbRe.MatchString(d.Slice(runeIndex(text, loc[1]), s1)) &&
			!(strings.HasPrefix(text[loc[0]:], "围绕") && sectionProject(d, projects, start) != nil) {
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
	for _, loc := range leadFundRe.FindAllStringSubmatchIndex(text, -1) {
		off := runeIndex(text, loc[2])
		pos := 0
		for _, it := range regexp.MustCompile(`[和及、]`).Split(text[loc[2]:loc[3]], -1) {
			itStart := off + pos
			pos += len([]rune(it)) + 1
			ok := false
			for _, suf := range fundItemSuffixes {
				ok = ok || strings.HasSuffix(it, suf)
			}
			if !ok || len([]rune(it)) < 5 {
				continue
			}
			name := it
			if r, canon, self := regionPrefix(dicts, d, it); r != "" && self {
				name = canon
			}
			hits = append(hits, hit{name, it, itStart, itStart + len([]rune(it)), false})
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
		linked := false
		if p := sectionProject(d, projects, h.start); p != nil {
			d.AddEdge(graph.Funds, f.ID, p.ID, nil, ev)
			linked = true
		}
		c0, c1 := clauseAt(d, h.start, h.end)
		if !linked {
			// 863项目“X”课题, “X”项目被列为863项目: the quoted work
			// beside the programme in its clause is what it pays for
			for _, q := range quoteRe.FindAllStringSubmatchIndex(d.Slice(c0, c1), -1) {
				cl := d.Slice(c0, c1)
				qs, qe := c0+runeIndex(cl, q[0]), c0+runeIndex(cl, q[1])
				before := qe <= h.start && fundWorkRe.MatchString(d.Slice(qe, qe+2))
				after := qs >= h.end && qs <= h.end+1
				if !before && !after {
					continue // the fund itself in quotes, or work further off
				}
				// The quoted title is the work's name as the text gives
				// it, 的研制/的研究 included (the guideline keeps the words).
				name := cleanName(cl[q[2]:q[3]])
				p := d.addKnown(graph.LabelSpecialProject, name, d.Evidence(qs, qe))
				d.AddEdge(graph.Funds, f.ID, p.ID, nil, ev)
				linked = true
			}
		}
		if !linked {
			s0, s1 := d.sentenceAt(h.start)
			for _, span := range [][2]int{{c0, c1}, {s0, s1}} {
				for _, p := range findNodes(d, projects, span[0], span[1]) {
					if p.end <= h.start || p.start >= h.end {
						d.AddEdge(graph.Funds, f.ID, p.node.ID, nil, ev)
						linked = true
					}
				}
				if linked {
					break
				}
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

// clauseAt returns the span of the clause (between commas, semicolons and
// full stops) around text[start:end].
func clauseAt(d *Doc, start, end int) (int, int) {
	for start > 0 && !strings.ContainsRune(",;。:，；：\n", d.Text[start-1]) {
		start--
	}
	for end < len(d.Text) && !strings.ContainsRune(",;。:，；：\n", d.Text[end]) {
		end++
	}
	return start, end
}

// sectionProject returns the project whose heading opens the section that
// holds pos (——支撑环境建设。发挥“X基金”作用…): money named in a project's
// section goes to that project. The Projects stage gives a headed project
// the span of its section as evidence; the narrowest such span wins.
func sectionProject(d *Doc, projects []*graph.Node, pos int) *graph.Node {
	var best *graph.Node
	bestLen := 0
	for _, p := range projects {
		for _, ev := range p.Evidence {
			if ev.Doc != d.ID || ev.Start > pos || ev.End <= pos || ev.End-ev.Start <= len([]rune(p.Name))+2 {
				continue
			}
			if !lineStart(d, ev.Start) {
				continue
			}
			if best == nil || ev.End-ev.Start < bestLen {
				best, bestLen = p, ev.End-ev.Start
			}
		}
	}
	return best
}

// lineStart reports whether rune offset pos opens one of the document's
// lines (leading marks such as —— aside).
func lineStart(d *Doc, pos int) bool {
	i := sort.Search(len(d.Lines), func(i int) bool { return d.Lines[i].End > pos })
	if i >= len(d.Lines) || d.Lines[i].Start > pos {
		return false
	}
	return strings.Trim(d.Slice(d.Lines[i].Start, pos), "—- 　#") == ""
}

var moneySuffixIndex = indexOf(&moneySuffixes)
