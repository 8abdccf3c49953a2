package loaders

import (
	"slices"
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
		respRestedOn(d, dicts)
		agencies, projects := respMatchers(d, nil)
		// Owner-named projects.
		for _, id := range d.order {
			n := d.nodes[id]
			if n.Label != graph.LabelSpecialProject || len(n.Evidence) == 0 {
				continue
			}
			name := []rune(n.Name)
			// the building of a centre (上海X中心建设) is not the centre's
			// own work
			if m, ok := agencies.longestAt(name, 0); ok && m.End < len(name) && !slices.Contains(workWords, string(name[m.End:])) {
				d.AddEdge(graph.ResponsibleFor, m.Targets[0], id, nil, n.Evidence[0])
			} else if m, ok := dicts.agencyForms.longestAt(name, 0); ok && m.End < len(name) && respOwnerKind(dicts, m.Targets[0]) {
				// 中国联通手机应用商店运营基地: an enterprise of the
				// dictionary named only inside its project.
				a := d.AddNode(graph.LabelAgency, m.Targets[0], nil, map[string]any{"kind": orgKind(dicts, m.Targets[0], "")}, n.Evidence[0])
				d.AddEdge(graph.ResponsibleFor, a.ID, id, nil, n.Evidence[0])
			}
		}
		respParties(d, agencies)
		spans := respProjectSpans(d)
		respCoordinators(d, projects)
		respUnitFields(d, agencies, projects)
		for _, s := range d.Sentences {
			text := d.Text[s.Start:s.End]
			ags := agencies.find(text)
			if len(ags) == 0 {
				continue
			}
			prs := respSpans(projects.find(text), spans, s.Start, s.End)
			ev := func(m match) graph.Evidence { return d.Evidence(s.Start+m.Start, s.Start+m.End) }
			link := func(a, p match) {
				if p.Targets[0] != d.SelfPlan || d.SelfPlan == "" {
					d.AddEdge(graph.ResponsibleFor, a.Targets[0], p.Targets[0], nil, ev(a))
					// 中国电信视讯运营中心: a unit named after its parent
					// body works for the parent too.
					if parent := respParent(d, a.Targets[0]); parent != "" {
						d.AddEdge(graph.ResponsibleFor, parent, p.Targets[0], nil, ev(a))
					}
				}
			}
			for k, a := range ags {
				lead := string(text[max(0, a.Start-4):a.Start])
				// 依托A和B: B rests on the same 依托 as A.
				for j := k; j > 0 && respListLink(string(text[ags[j-1].End:ags[j].Start])); j-- {
					lead = string(text[max(0, ags[j-1].Start-4):ags[j-1].Start])
				}
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
					if len(prs) == 0 {
						// 由区政府负责实施。: the item's project
						if h := respHeadingProject(d, projects, s.Start+a.Start); h != "" {
							link(a, match{Start: a.Start, End: a.End, Targets: []string{h}})
						}
					}
				default:
					v := orgVerbAt(text, a.End, clauseEnd, orgLeadVerbs)
					linked := false
					got := map[int]bool{}
					for k, p := range prs {
						if v >= 0 && p.Start >= v && p.Start < clauseEnd {
							link(a, p)
							linked, got[k] = true, true
						}
					}
					if !linked {
						// 整合A已建P, 加快A X等P建设, A合作的P: the agency
						// owns the project named right after it, when no
						// verb or a verb after the project (P建设) stands
						// in the clause and no other party comes between.
						for k, p := range prs {
							if p.Start >= a.End && p.Start-a.End <= 12 && p.Start <= clauseEnd && (v < 0 || v >= p.Start) && !respAgencyBetween(ags, a.End, p.Start) && !strings.ContainsAny(string(text[a.End:p.Start]), respOtherParty) {
								link(a, p)
								linked, got[k] = true, true
							}
						}
					}
					// A建设P、Q和R: the items listed right after a linked
					// project are the agency's too
					for _, k := range respListAfter(text, prs, got) {
						link(a, prs[k])
					}
					if !linked && len(prs) == 0 && orgVerbAt(text, a.End, clauseEnd, respHeadVerbs) >= 0 {
						// (一)X计划。…市科技局牵头: the item's project
						if h := respHeadingProject(d, projects, s.Start+a.Start); h != "" {
							link(a, match{Start: a.Start, End: a.End, Targets: []string{h}})
							linked = true
						}
					}
					if !linked && d.SelfPlan != "" && len(prs) == 0 && orgVerbAt(text, a.End, orgClauseEnd(text, clauseEnd+1), orgPlanVerbs) >= 0 {
						d.AddEdge(graph.ResponsibleFor, a.Targets[0], d.SelfPlan, nil, ev(a))
					}
				}
			}
		}
		respSubjects(d, agencies, projects)
		respPartners(d, agencies, projects)
		respDesignations(d, agencies, projects)
		respItems(d, agencies, projects)
		return nil
	}
}

// respMatchers returns matchers of the names and aliases of the agencies
// and of the projects and plans of d; with only non-nil, of the projects
// whose ids it holds.
func respMatchers(d *Doc, only map[string]bool) (agencies, projects *matcher) {
	agencies, projects = newMatcher(), newMatcher()
	for _, id := range d.order {
		n := d.nodes[id]
		var m *matcher
		switch {
		case n.Label == graph.LabelAgency:
			m = agencies
		case n.Label != graph.LabelSpecialProject && n.Label != graph.LabelPlan:
			continue
		case only == nil || only[id]:
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
	return agencies, projects
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

// respOtherParty between an agency and a project makes the project another
// party's: A与P互换数据, A对P进行检查, A为P提供服务.
const respOtherParty = "与和同向对为给及把被将从"

// respListLink says the text between two agencies joins them in one list
// (A和B, A、B, A及B).
func respListLink(gap string) bool {
	switch gap {
	case "和", "、", "及", "与", "以及":
		return true
	}
	return false
}

// respOwnerKind says an agency is a body whose units and projects carry its
// name as their owner: an enterprise.
func respOwnerKind(dicts *Dictionaries, name string) bool {
	e, ok := dicts.Agencies[name]
	return ok && e.Kind == "enterprise"
}

// respCoordSuffixes end the names of bodies set up to push named work
// forward (推进光纤到户建设、三网融合等工作联席会议).
var respCoordSuffixes = []string{"联席会议", "领导小组", "协调小组", "推进小组", "工作小组", "工作组", "专题组"}

// respCoordinators makes a coordinating body responsible for the projects
// its own name lists.
func respCoordinators(d *Doc, projects *matcher) {
	for _, id := range d.order {
		n := d.nodes[id]
		if n.Label != graph.LabelAgency || len(n.Evidence) == 0 {
			continue
		}
		coord := false
		for _, suf := range respCoordSuffixes {
			if strings.HasSuffix(n.Name, suf) {
				coord = true
			}
		}
		if !coord {
			continue
		}
		for _, m := range projects.find([]rune(n.Name)) {
			if m.Targets[0] != d.SelfPlan && m.End-m.Start >= 3 && d.nodes[m.Targets[0]].Label == graph.LabelSpecialProject {
				d.AddEdge(graph.ResponsibleFor, id, m.Targets[0], nil, n.Evidence[0])
			}
		}
	}
}

// respParent returns the enterprise whose name or alias opens the name of
// agency id and is shorter than it (中国电信 of 中国电信视讯运营中心), or "".
func respParent(d *Doc, id string) string {
	n := d.nodes[id]
	for _, oid := range d.order {
		o := d.nodes[oid]
		if oid == id || o.Label != graph.LabelAgency || o.Props["kind"] != "enterprise" {
			continue
		}
		for _, f := range nodeForms(o) {
			if len([]rune(f)) >= 2 && len(f) < len(n.Name) && strings.HasPrefix(n.Name, f) {
				return oid
			}
		}
	}
	return ""
}

// respItemLeads before an agency in an item make it the one the item's
// project rests on: ——P。组建A,… / 依托A,… / 由A负责….
var respItemLeads = []string{"依托", "组建", "由"}

// respItems makes an agency responsible for the project heading its item
// (——P。依托A,完善…) when it opens a clause with one of respItemLeads and
// that clause names no other project.
func respItems(d *Doc, agencies, projects *matcher) {
	for _, line := range d.Lines {
		if line.Start < d.Body {
			continue
		}
		i, ok := siteItemStart(d.Text, line.Start, line.End)
		if !ok {
			continue
		}
		text := d.Text[line.Start:line.End]
		i -= line.Start
		prs := projects.find(text)
		head := -1
		for k, p := range prs {
			if p.Start >= i && p.Start <= i+4 && !strings.ContainsAny(string(text[i:p.Start]), siteClauseStops+"、") {
				head = k
				break
			}
		}
		if head < 0 || prs[head].Targets[0] == d.SelfPlan {
			continue
		}
		h := prs[head]
		for _, a := range agencies.find(text) {
			if a.Start < h.End {
				continue
			}
			lead := false
			for _, l := range respItemLeads {
				if a.Start >= len([]rune(l)) && hasStringAt(text, a.Start-len([]rune(l)), l) {
					lead = true
				}
			}
			if !lead {
				continue
			}
			cs := a.Start
			for cs > 0 && !strings.ContainsRune(",;。:", text[cs-1]) {
				cs--
			}
			ce := orgClauseEnd(text, a.End)
			other := false
			for k, p := range prs {
				if k != head && p.Start >= cs && p.End <= ce {
					other = true
				}
			}
			if !other {
				d.AddEdge(graph.ResponsibleFor, a.Targets[0], h.Targets[0], nil, d.Evidence(line.Start+a.Start, line.Start+a.End))
			}
		}
	}
}
