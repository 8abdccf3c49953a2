package loaders

import (
	"github.com/plangraph/plangraph/graph"
)

// respFunded reads who carries out the works the funds stage read from
// quoted titles (中心与A合作的“X”项目被列为863项目): the responsibilities
// stage ran before those projects existed, so the report subjects of the
// paragraph and the partners of 与A合作 are linked to them here. before
// holds the ids of the nodes that existed before the funds stage.
func respFunded(d *Doc, before map[string]bool) {
	fresh := map[string]bool{}
	for _, id := range d.order {
		if !before[id] && d.nodes[id].Label == graph.LabelSpecialProject {
			fresh[id] = true
		}
	}
	if len(fresh) == 0 {
		return
	}
	agencies, projects := respMatchers(d, fresh)
	respSubjects(d, agencies, projects)
	respPartners(d, agencies, projects)
}

// respPartnerLeads before an agency and respPartnerVerbs right after it make
// it a partner in the work its clause names next: 与A合作的P, 同A联合开发P,
// 与A共同承担P. A partner carries the work as much as the subject does.
var (
	respPartnerLeads = []string{"与", "同", "和"}
	respPartnerVerbs = []string{"合作", "联合", "共同", "合办", "协作"}
)

// respPartners adds RESPONSIBLE_FOR from the partners of 与A合作… to the
// projects named after them in their clause.
func respPartners(d *Doc, agencies, projects *matcher) {
	for _, s := range d.Sentences {
		if s.End <= d.Body {
			continue
		}
		text := d.Text[s.Start:s.End]
		ags := agencies.find(text)
		if len(ags) == 0 {
			continue
		}
		var prs []match
		for _, a := range ags {
			if a.Start == 0 || !respPartnerAt(text, a) {
				continue
			}
			if prs == nil {
				prs = projects.find(text)
			}
			end := orgClauseEnd(text, a.End)
			for _, p := range prs {
				if p.Start >= a.End && p.End <= end && p.Targets[0] != d.SelfPlan {
					d.AddEdge(graph.ResponsibleFor, a.Targets[0], p.Targets[0], nil, d.Evidence(s.Start+a.Start, s.Start+a.End))
				}
			}
		}
	}
}

// respPartnerAt says agency match a stands between a partner lead and a
// partner verb.
func respPartnerAt(text []rune, a match) bool {
	lead := false
	for _, l := range respPartnerLeads {
		if a.Start >= 1 && hasStringAt(text, a.Start-1, l) {
			lead = true
		}
	}
	if !lead {
		return false
	}
	for _, v := range respPartnerVerbs {
		if hasStringAt(text, a.End, v) {
			return true
		}
	}
	return false
}

// respDesignateVerbs after an agency say it designates a region as the site
// of a programme it runs: 国信办认定上海市为电子政务综合试点城市, 工信部批准
// A为国家级示范区.
var respDesignateVerbs = []string{"认定", "批准", "确定", "命名", "评定", "选定", "授予"}

// respDesignations reads A认定R为P: the agency runs the programme P (the
// pilot or demonstration it names regions for) and P is sited in R and the
// regions listed with it.
func respDesignations(d *Doc, agencies, projects *matcher) {
	regions := newMatcher()
	for _, id := range d.order {
		if n := d.nodes[id]; n.Label == graph.LabelRegion {
			for _, f := range nodeForms(n) {
				if len([]rune(f)) >= 2 {
					regions.add(f, id)
				}
			}
		}
	}
	for _, s := range d.Sentences {
		if s.End <= d.Body {
			continue
		}
		text := d.Text[s.Start:s.End]
		for _, a := range agencies.find(text) {
			i := a.End
			verb := false
			for _, v := range respDesignateVerbs {
				if hasStringAt(text, i, v) {
					i += len([]rune(v))
					verb = true
					break
				}
			}
			if !verb {
				continue
			}
			var sites []match
			for {
				r, ok := regions.longestAt(text, i)
				if !ok {
					break
				}
				sites = append(sites, r)
				i = r.End
				if i < len(text) && (text[i] == '、' || text[i] == '和') {
					i++
					continue
				}
				break
			}
			if len(sites) == 0 || i >= len(text) || text[i] != '为' {
				continue
			}
			p, ok := projects.longestAt(text, i+1)
			if !ok || p.Targets[0] == d.SelfPlan || d.nodes[p.Targets[0]].Label != graph.LabelSpecialProject {
				continue
			}
			d.AddEdge(graph.ResponsibleFor, a.Targets[0], p.Targets[0], nil, d.Evidence(s.Start+a.Start, s.Start+a.End))
			for _, r := range sites {
				d.AddEdge(graph.LocatedIn, p.Targets[0], r.Targets[0], nil, d.Evidence(s.Start+p.Start, s.Start+p.End))
			}
		}
	}
}
