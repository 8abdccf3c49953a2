package loaders

import (
	"sort"
	"strings"
	"unicode"

	"github.com/plangraph/plangraph/graph"
)

// respHeadVerbs after an agency with no project in its clause make it the
// lead of the item the clause stands in: (一)X计划。…市科技局牵头 /
// 由区政府负责实施.
var respHeadVerbs = []string{"牵头", "负责", "承担", "组织实施", "具体实施", "主管"}

// respHeadingProject returns the project that heads the item holding offset
// at: the project named at the start of the nearest item or heading line
// at or above it ((一)天云计划。, 1.智慧港口工程。, ——X平台。), or "" when
// that line heads no project or no item line is near.
func respHeadingProject(d *Doc, projects *matcher, at int) string {
	k := sort.Search(len(d.Lines), func(i int) bool { return d.Lines[i].End > at })
	for n := 0; k >= 0 && k < len(d.Lines) && n < 8; k, n = k-1, n+1 {
		line := d.Lines[k]
		if line.Start < d.Body {
			return ""
		}
		i, ok := siteItemStart(d.Text, line.Start, line.End)
		if !ok {
			i, ok = respChapterStart(d.Text, line.Start, line.End)
		}
		if !ok {
			continue
		}
		text := d.Text[line.Start:line.End]
		i -= line.Start
		for _, p := range projects.find(text) {
			if p.Start >= i && p.Start <= i+4 && !strings.ContainsAny(string(text[i:p.Start]), siteClauseStops+"、") {
				if p.Targets[0] == d.SelfPlan {
					return ""
				}
				return p.Targets[0]
			}
		}
		// the nearest item heads something else: the agency leads that
		return ""
	}
	return ""
}

// respChapterStart returns where the words of a numbered heading line start
// (一、X, 第三章 X), which siteItemStart does not read as an item.
func respChapterStart(text []rune, start, end int) (int, bool) {
	i := start
	for i < end && unicode.IsSpace(text[i]) {
		i++
	}
	j := i
	for j < end && j-i <= 3 && strings.ContainsRune("一二三四五六七八九十", text[j]) {
		j++
	}
	if j > i && j < end && text[j] == '、' {
		return j + 1, true
	}
	return 0, false
}

// respPartyNames are the labels an agreement gives its parties.
var respPartyNames = []string{"甲方", "乙方", "丙方", "丁方"}

// respParties adds the labels an agreement defines for its parties (甲方:X,
// 乙方(X的全称):…) as forms of those agencies, so that 甲方负责牵头建设P
// reads as X's.
func respParties(d *Doc, agencies *matcher) {
	for _, line := range d.Lines {
		i := line.Start
		for i < line.End && unicode.IsSpace(d.Text[i]) {
			i++
		}
		for _, p := range respPartyNames {
			if !hasStringAt(d.Text, i, p) {
				continue
			}
			j := i + len([]rune(p))
			for j < line.End && unicode.IsSpace(d.Text[j]) {
				j++
			}
			if j >= line.End || d.Text[j] != ':' {
				continue
			}
			for j++; j < line.End && unicode.IsSpace(d.Text[j]); j++ {
			}
			if m, ok := agencies.longestAt(d.Text[line.Start:line.End], j-line.Start); ok && len(agencies.exact(p)) == 0 {
				agencies.add(p, m.Targets[0])
			}
		}
	}
}

// respSpan is where a project node was read in the text.
type respSpan struct {
	start, end int
	id         string
}

// respProjectSpans returns the spans the projects were read from, sorted by
// start: a project read from a list item (贸易政策效应分析、…等平台) or
// with words the text puts around it (统一的网络信任平台) has no literal
// name in its sentence, but it has its span.
func respProjectSpans(d *Doc) []respSpan {
	var out []respSpan
	for _, id := range d.order {
		n := d.nodes[id]
		if n.Label != graph.LabelSpecialProject {
			continue
		}
		for _, ev := range n.Evidence {
			if ev.End-ev.Start >= 2 {
				out = append(out, respSpan{ev.Start, ev.End, id})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// respSpans adds to the name matches of a sentence [from, to) the project
// spans inside it that no match overlaps, in text order.
func respSpans(prs []match, spans []respSpan, from, to int) []match {
	k := sort.Search(len(spans), func(i int) bool { return spans[i].start >= from })
	added := false
	for ; k < len(spans) && spans[k].start < to; k++ {
		sp := spans[k]
		if sp.end > to {
			continue
		}
		s, e := sp.start-from, sp.end-from
		overlap := false
		for _, p := range prs {
			if p.Start < e && s < p.End {
				overlap = true
				break
			}
		}
		if !overlap {
			prs = append(prs, match{Start: s, End: e, Targets: []string{sp.id}})
			added = true
		}
	}
	if added {
		sort.SliceStable(prs, func(i, j int) bool { return prs[i].Start < prs[j].Start })
	}
	return prs
}

// respListAfter returns the indices of the projects that follow a linked one
// (got) in a list: P、Q和R, P以及Q, or items read from one list with no gap.
func respListAfter(text []rune, prs []match, got map[int]bool) []int {
	var out []int
	for k := 1; k < len(prs); k++ {
		if got[k] || !got[k-1] || prs[k].Start < prs[k-1].End {
			continue
		}
		gap := string(text[prs[k-1].End:prs[k].Start])
		if gap == "" || respListLink(gap) || gap == "、以及" || gap == ",以及" {
			got[k] = true
			out = append(out, k)
		}
	}
	return out
}

// respRestedSites end the names of the centres and bases work rests on.
var respRestedSites = []string{"中心", "基地"}

// respRestedOn adds as agencies the centres and bases that 依托 introduces
// and no earlier stage read (依托国家信息安全成果产业化(东部)基地建设X):
// what the work rests on is a body that stands already, and it runs what
// the sentence builds on it.
func respRestedOn(d *Doc, dicts *Dictionaries) {
	known, bodies := map[string]bool{}, map[string]bool{}
	for _, n := range d.nodes {
		known[n.Name] = true
		for _, a := range n.Aliases {
			known[a] = true
		}
		if n.Label == graph.LabelAgency {
			bodies[n.Name] = true
			for _, a := range n.Aliases {
				bodies[a] = true
			}
		}
	}
	for _, s := range d.Sentences {
		if s.End <= d.Body {
			continue
		}
		for i := s.Start; i+2 < s.End; i++ {
			if !hasStringAt(d.Text, i, "依托") {
				continue
			}
			from := i + 2
			for j := from + 4; j <= s.End && j-from <= 22; j++ {
				r := d.Text[j-1]
				if !isNameRune(r) && r != '(' && r != ')' || strings.ContainsRune("和与及", r) {
					break
				}
				end := -1
				for _, h := range respRestedSites {
					if j-from >= 4 && hasStringAt(d.Text, j-len([]rune(h)), h) && (j == s.End || !isHan(d.Text[j]) || respNameEndsBefore(d.Text, j)) {
						end = j
					}
				}
				if end < 0 {
					continue
				}
				name := string(d.Text[from:end])
				if !known[name] && !respKnownPrefix(bodies, name) && strings.Count(name, "(") == strings.Count(name, ")") {
					d.AddNode(graph.LabelAgency, name, nil, map[string]any{"kind": orgKind(dicts, name, "")}, d.Evidence(from, end))
					known[name] = true
				}
				break
			}
		}
	}
}

// respNameEndsBefore says a name may end at j: a verb or preposition
// follows (基地建设X, 中心和Y, 中心为…).
func respNameEndsBefore(text []rune, j int) bool {
	for _, w := range []string{"建设", "建成", "建立", "构建", "打造", "开展", "实施", "推进", "完善", "和", "与", "及", "为", "等"} {
		if hasStringAt(text, j, w) {
			return true
		}
	}
	return false
}

// respKnownPrefix says a name starts with the name of a node read before:
// the earlier stage read the body there already.
func respKnownPrefix(known map[string]bool, name string) bool {
	for k := range known {
		if len([]rune(k)) >= 2 && strings.HasPrefix(name, k) {
			return true
		}
	}
	return false
}
