package loaders

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/plangraph/plangraph/graph"
)

// Goals reads the goal statements of a plan's 发展目标 / 总体目标 / 具体目标 /
// 阶段目标 sections, one Goal per statement, with HAS_GOAL from the plan.
//
// An overall goal (总体目标) is a run of comma clauses, each a goal; a
// specific goal (具体目标) is a sentence; a “——” item states its goal in
// its first sentence and explains it in the rest. Clauses that only set
// the time (到2010年) or the approach (力争通过五年的推动), and clauses that
// give indicator values, are not goals.
func Goals(dicts *Dictionaries) func(*Doc) error {
	return func(d *Doc) error {
		if d.SelfPlan == "" {
			return nil
		}
		for _, sec := range goalSections(d) {
			readGoals(d, sec)
		}
		return nil
	}
}

// goalSection is the text of one goal section.
type goalSection struct {
	start, end int
	// specific sections hold one goal per sentence, others one per clause.
	specific bool
}

// isGoalTitle reports whether a heading names a goal section: its words
// end in 目标 (总体目标和阶段目标), not a chapter that lists it among others.
func isGoalTitle(t string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), "。.")
	return strings.HasSuffix(t, "目标") && !strings.Contains(t, "指标") && !strings.Contains(t, "、") && len([]rune(t)) <= 20
}

// reInlineGoal finds a goal heading run into its text, as in documents
// whose line breaks were lost: 二、总体目标和阶段目标到2007年，…
var reInlineGoal = regexp.MustCompile(`[一二三四五六七八九十]+、[^,，。;；、]{0,12}目标`)

// reInlineHeading finds the next heading in such a run-on text.
var reInlineHeading = regexp.MustCompile(`(?:^|。)\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+章)`)

// goalSections finds the goal sections by the document's headings, or in
// run-on text by headings inside lines.
func goalSections(d *Doc) []goalSection {
	hs := outline(d)
	var out []goalSection
	for k, h := range hs {
		if h.dash || !isGoalTitle(h.title) {
			continue
		}
		end := len(d.Text)
		for j := k + 1; j < len(hs); j++ {
			if hs[j].level <= h.level && hs[j].level > 0 {
				end = d.Lines[hs[j].line].Start
				break
			}
		}
		out = append(out, goalSection{
			start:    d.Lines[h.line].End,
			end:      end,
			specific: strings.Contains(h.title, "具体"),
		})
	}
	if len(out) > 0 {
		return innermost(out)
	}
	for _, l := range d.Lines {
		if l.End <= d.Body {
			continue
		}
		for _, loc := range reInlineGoal.FindAllStringIndex(l.Text, -1) {
			title := l.Text[loc[0]:loc[1]]
			from := loc[1]
			end := len(l.Text)
			if m := reInlineHeading.FindStringIndex(l.Text[from:]); m != nil {
				end = from + m[0] + len("。")
			}
			out = append(out, goalSection{
				start:    l.Start + runeIndex(l.Text, from),
				end:      l.Start + runeIndex(l.Text, end),
				specific: strings.Contains(title, "具体"),
			})
		}
	}
	return out
}

// innermost cuts a section that holds others (第三章 总体目标和具体目标
// around 一、总体目标) down to the text before the first of them.
func innermost(secs []goalSection) []goalSection {
	var out []goalSection
	for i, s := range secs {
		for j, t := range secs {
			if i != j && t.start >= s.start && t.start < s.end && s.end > t.start {
				s.end = t.start
			}
		}
		if s.end > s.start {
			out = append(out, s)
		}
	}
	return out
}

var (
	reTimeClause  = regexp.MustCompile(`^(?:到|至|在|于)?[^,，]{0,10}(?:年|期末|年底|年末|期间)$`)
	reYear        = regexp.MustCompile(`(20[0-9]{2}|19[0-9]{2})年`)
	goalLeadWords = []string{"力争", "通过", "瞄准", "发挥", "围绕", "按照", "依托", "坚持", "经过", "具体体现在", "具体为", "主要包括"}
	goalValueMark = []string{"%", "亿", "万", "达到", "超过", "以上", "增长", "比重", "Mbps", "Gbps", "Tbps", "家", "个"}
)

// readGoals adds the goals of one section.
func readGoals(d *Doc, sec goalSection) {
	year := 0
	if len(d.Meta.Period) == 2 {
		year = d.Meta.Period[1]
	}
	for li, l := range d.Lines {
		if l.End <= sec.start || l.Start >= sec.end {
			continue
		}
		// the rest of a sentence broken over two lines was read with it
		if li > 0 && d.Lines[li-1].End > sec.start {
			prev := []rune(d.Lines[li-1].Text)
			if !strings.ContainsRune("。;:!?", prev[len(prev)-1]) && !strings.HasPrefix(l.Text, "——") {
				continue
			}
		}
		from, to := max(l.Start, sec.start), min(l.End, sec.end)
		text := []rune(d.Slice(from, to))
		t := strings.TrimLeft(strings.TrimSpace(string(text)), "# ")
		dash := strings.HasPrefix(t, "——")
		// a numbered specific goal is a goal too; its number is not.
		lead := 0
		for lead < len(text) && (text[lead] == '—' || text[lead] == ' ' || text[lead] == '#') {
			lead++
		}
		if m := regexp.MustCompile(`^(\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|[0-9]+[、.])`).FindString(string(text[lead:])); m != "" {
			lead += len([]rune(m))
		}
		sentences := splitRunes(text[lead:], "。;")
		for si, s := range sentences {
			if dash && si > 0 {
				break
			}
			clauses := splitRunes(s.text, ",")
			var kept []string
			for _, c := range clauses {
				ct := strings.TrimSpace(string(c.text))
				if y := reYear.FindStringSubmatch(ct); y != nil && reTimeClause.MatchString(ct) {
					year, _ = strconv.Atoi(y[1])
					continue
				}
				if strings.Contains(ct, "期末") && reTimeClause.MatchString(ct) {
					continue
				}
				if !goalClause(ct) {
					continue
				}
				if sec.specific || dash {
					kept = append(kept, ct)
					continue
				}
				// an overall goal is one clause; a short clause finishes
				// the one before (基础设施完备,技术应用广泛,…)
				if len(kept) > 0 && (len([]rune(ct)) <= 8 || openComplement(kept[len(kept)-1])) {
					kept[len(kept)-1] += "," + ct
					continue
				}
				kept = append(kept, ct)
			}
			if len(kept) == 0 {
				continue
			}
			if sec.specific || dash {
				kept = []string{strings.Join(kept, ",")}
			}
			for _, g := range kept {
				if len([]rune(g)) < 6 {
					continue
				}
				start := from + lead + s.start
				addGoal(d, g, year, start, start+len([]rune(s.text)))
			}
		}
	}
}

// openComplement reports whether a clause opens a list that later clauses
// finish: 把静安建设成为基础设施完备,…,信息技术发育较为完善的区域之一.
func openComplement(c string) bool {
	i := strings.Index(c, "建设成为")
	return i >= 0 && !strings.Contains(c[i:], "的")
}

// goalClause reports whether a clause states a goal: not the approach or
// an indicator value, and not a lead-in.
func goalClause(c string) bool {
	if len([]rune(c)) < 4 {
		return false
	}
	for _, w := range goalLeadWords {
		if strings.HasPrefix(c, w) {
			return false
		}
	}
	if strings.HasSuffix(c, ":") {
		return false
	}
	hasDigit := strings.IndexFunc(c, unicode.IsDigit) >= 0
	if hasDigit {
		for _, m := range goalValueMark {
			if strings.Contains(c, m) {
				return false
			}
		}
	}
	return true
}

func addGoal(d *Doc, text string, year, start, end int) {
	props := map[string]any{"text": text}
	if year > 0 {
		props["year"] = year
	}
	ev := d.Evidence(start, end)
	n := d.AddNode(graph.LabelGoal, text, nil, props, ev)
	d.AddEdge(graph.HasGoal, d.SelfPlan, n.ID, nil, ev)
}

// runePart is a piece of a rune slice with its offset.
type runePart struct {
	start int
	text  []rune
}

// splitRunes splits rs at any of the separators, dropping empty parts.
func splitRunes(rs []rune, seps string) []runePart {
	var out []runePart
	from := 0
	for i := 0; i <= len(rs); i++ {
		if i == len(rs) || strings.ContainsRune(seps, rs[i]) {
			if i > from {
				out = append(out, runePart{start: from, text: rs[from:i]})
			}
			from = i + 1
		}
	}
	return out
}
