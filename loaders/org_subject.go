package loaders

import (
	"strings"
	"unicode"

	"github.com/plangraph/plangraph/graph"
)

// respAgencyBetween says an agency match lies inside [from, to).
func respAgencyBetween(ags []match, from, to int) bool {
	for _, a := range ags {
		if a.Start >= from && a.End <= to {
			return true
		}
	}
	return false
}

// respAnaphors name the agency a paragraph is about without repeating it:
// 中心启动…, 该中心…, 其….
var respAnaphors = []string{"该中心", "中心", "该所", "该院", "本中心", "协会", "联盟"}

// respSubjects carries an agency that is the subject of a report across its
// paragraph, as bulletins write them: a run-in heading (　　超级计算中心　…)
// or a sentence that opens with the agency (上海集成电路研发中心成为…，中心
// 启动开发了P，正在建设Q。) makes it responsible for every project the
// following clauses name, until a clause opens with another agency or a new
// run-in heading starts.
func respSubjects(d *Doc, agencies, projects *matcher) {
	for _, line := range d.Lines {
		text := d.Text[line.Start:line.End]
		ags := agencies.find(text)
		prs := projects.find(text)
		if len(ags) == 0 || len(prs) == 0 {
			continue
		}
		heads := runInHeads(text)
		subject, subjectEv := "", match{}
		clauseStart := 0
		for i := 0; i <= len(text); i++ {
			// A new run-in heading: its agency, or no subject.
			for _, h := range heads {
				if h[0] == i {
					subject = ""
					for _, a := range ags {
						if a.Start == h[0] && a.End == h[1] {
							subject, subjectEv = a.Targets[0], a
						}
					}
				}
			}
			if i < len(text) && !strings.ContainsRune(",;。:", text[i]) && !(i == clauseStart) {
				continue
			}
			if i == clauseStart && i < len(text) {
				// A clause that opens with an agency makes it the subject
				// when a report verb follows.
				for _, a := range ags {
					if a.Start == i && a.End < len(text) && respReportsAfter(text, a.End) {
						subject, subjectEv = a.Targets[0], a
					}
				}
				continue
			}
			// The clause [clauseStart, i) ends here.
			if subject != "" {
				for _, p := range prs {
					if p.Start >= clauseStart && p.End <= i && p.Targets[0] != d.SelfPlan {
						d.AddEdge(graph.ResponsibleFor, subject, p.Targets[0], nil, d.Evidence(line.Start+p.Start, line.Start+p.End))
					}
				}
			}
			_ = subjectEv
			if i < len(text) && text[i] == '。' {
				// A new sentence keeps its subject only when it opens with an
				// anaphor (中心全年…) or another clause subject replaces it.
				j := i + 1
				for j < len(text) && unicode.IsSpace(text[j]) {
					j++
				}
				if !respAnaphorAt(text, j) && !respSubjectAt(ags, text, j) {
					subject = ""
				}
			}
			clauseStart = i + 1
			for clauseStart < len(text) && unicode.IsSpace(text[clauseStart]) {
				clauseStart++
			}
			if clauseStart > i+1 {
				i = clauseStart - 1
			}
		}
	}
}

func respAnaphorAt(text []rune, i int) bool {
	for _, a := range respAnaphors {
		if hasStringAt(text, i, a) {
			return true
		}
	}
	return false
}

func respSubjectAt(ags []match, text []rune, i int) bool {
	for _, a := range ags {
		if a.Start == i && respReportsAfter(text, a.End) {
			return true
		}
	}
	return false
}

// respReportVerbs after an agency make it the subject of a report.
var respReportVerbs = []string{
	"成为", "启动", "开发", "建成", "建设", "完成", "开展", "搭建", "开通", "发布", "承担", "参与", "推出", "形成",
	"获得", "通过", "举办", "组织", "研制", "负责", "牵头", "实施", "全年", "年内", "已", "正在", "共", "累计", "与", "(",
}

func respReportsAfter(text []rune, i int) bool {
	for i < len(text) && unicode.IsSpace(text[i]) {
		return true // a run-in heading
	}
	for _, v := range respReportVerbs {
		if hasStringAt(text, i, v) {
			return true
		}
	}
	return false
}

// runInHeads returns the run-in headings of a line as [start, end) pairs: a
// short stretch without punctuation between runs of spaces (　　超级计算中心　…).
func runInHeads(text []rune) [][2]int {
	var out [][2]int
	i := 0
	for i < len(text) {
		// A heading starts at the line start or after two spaces.
		if i > 0 && !(i >= 2 && unicode.IsSpace(text[i-1]) && unicode.IsSpace(text[i-2])) {
			i++
			continue
		}
		if unicode.IsSpace(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && !unicode.IsSpace(text[j]) && !strings.ContainsRune("。,;:、", text[j]) && j-i <= 24 {
			j++
		}
		if j < len(text) && unicode.IsSpace(text[j]) && j-i >= 2 {
			out = append(out, [2]int{i, j})
		}
		i = j + 1
	}
	return out
}
