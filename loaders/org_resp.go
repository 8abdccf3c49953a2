package loaders

import (
	"strings"

	"github.com/plangraph/plangraph/graph"
)

// orgLeadVerbs after an agency in its clause make it the one that builds,
// runs or leads what the clause names next.
var orgLeadVerbs = []string{
	"牵头", "负责", "承担", "组织编制", "组织实施", "建设", "建成", "开发", "研制", "完成", "开通", "启动",
	"搭建", "推进", "实施", "运营", "开展", "完善", "提升", "扩建", "形成", "参与",
}

// orgPlanVerbs after an agency with no project in its clause make it the one
// that leads the plan as a whole (成立领导小组，统筹全市…工作).
var orgPlanVerbs = []string{"统筹", "负责", "牵头", "组织实施", "协调推进"}

// Responsibilities adds RESPONSIBLE_FOR from agencies to the projects and
// plans they lead, build or run. It reads the nodes earlier stages made, so
// it runs after the projects stage:
//   - a project named after its owner (中国移动视频产品创新基地);
//   - 依托A(和B)，建设P: every agency the sentence rests on, for every
//     project the sentence names after it;
//   - A + 牵头/负责/承担/建设… + P in one clause; 由A负责 P;
//   - A + 统筹/负责… with no project in the sentence: the document's plan.
func Responsibilities(dicts *Dictionaries) func(*Doc) error {
	return func(d *Doc) error {
		agencies, projects := newMatcher(), newMatcher()
		for _, id := range d.order {
			n := d.nodes[id]
			var m *matcher
			switch n.Label {
			case graph.LabelAgency:
				m = agencies
			case graph.LabelSpecialProject, graph.LabelPlan:
				m = projects
			default:
				continue
			}
			for _, form := range append([]string{n.Name}, n.Aliases...) {
				if len([]rune(form)) >= 2 && !orgGeneric[form] {
					m.add(form, id)
				}
			}
		}
		// Owner-named projects.
		for _, id := range d.order {
			n := d.nodes[id]
			if n.Label != graph.LabelSpecialProject || len(n.Evidence) == 0 {
				continue
			}
			if m, ok := agencies.longestAt([]rune(n.Name), 0); ok && m.End < len([]rune(n.Name)) {
				d.AddEdge(graph.ResponsibleFor, m.Targets[0], id, nil, n.Evidence[0])
			}
		}
		for _, s := range d.Sentences {
			text := d.Text[s.Start:s.End]
			ags := agencies.find(text)
			if len(ags) == 0 {
				continue
			}
			prs := projects.find(text)
			ev := func(m match) graph.Evidence { return d.Evidence(s.Start+m.Start, s.Start+m.End) }
			link := func(a, p match) {
				if p.Targets[0] != d.SelfPlan || d.SelfPlan == "" {
					d.AddEdge(graph.ResponsibleFor, a.Targets[0], p.Targets[0], nil, ev(a))
				}
			}
			for _, a := range ags {
				lead := string(text[max(0, a.Start-4):a.Start])
				clauseEnd := orgClauseEnd(text, a.End)
				switch {
				case strings.HasSuffix(lead, "依托") || strings.HasSuffix(lead, "以") && hasStringAt(text, a.End, "为"):
					for _, p := range prs {
						if p.Start >= a.End {
							link(a, p)
						}
					}
				case strings.HasSuffix(lead, "由") && orgVerbAt(text, a.End, clauseEnd, orgLeadVerbs) >= 0:
					for _, p := range prs {
						link(a, p)
					}
				default:
					v := orgVerbAt(text, a.End, clauseEnd, orgLeadVerbs)
					linked := false
					for _, p := range prs {
						if v >= 0 && p.Start >= v && p.Start < clauseEnd {
							link(a, p)
							linked = true
						}
					}
					if !linked && v < 0 {
						// 整合A已建P, 加快A X等P建设: the agency owns the
						// project named right after it.
						for _, p := range prs {
							if p.Start >= a.End && p.Start-a.End <= 12 && p.Start <= clauseEnd && !respAgencyBetween(ags, a.End, p.Start) {
								link(a, p)
								linked = true
							}
						}
					}
					if !linked && d.SelfPlan != "" && len(prs) == 0 && orgVerbAt(text, a.End, orgClauseEnd(text, clauseEnd+1), orgPlanVerbs) >= 0 {
						d.AddEdge(graph.ResponsibleFor, a.Targets[0], d.SelfPlan, nil, ev(a))
					}
				}
			}
		}
		respSubjects(d, agencies, projects)
		return nil
	}
}

// orgClauseEnd is where the clause holding position i ends.
func orgClauseEnd(text []rune, i int) int {
	for ; i < len(text); i++ {
		if strings.ContainsRune(",;。:", text[i]) {
			return i
		}
	}
	return len(text)
}

// orgVerbAt returns where the first of verbs occurs in text[from:to], or -1.
func orgVerbAt(text []rune, from, to int, verbs []string) int {
	for i := from; i < to && i < len(text); i++ {
		for _, v := range verbs {
			if hasStringAt(text, i, v) {
				return i
			}
		}
	}
	return -1
}
