package loaders

import (
	"regexp"
	"strings"

	"github.com/plangraph/plangraph/graph"
)

// Relations reads funds and FUNDS, COOPERATES_WITH, SUPERSEDES, IMPLEMENTS
// between plans, and the issuers of cited plans and policies. It runs after
// the stages that read projects, agencies and regions, and links the nodes
// they made.
func Relations(dicts *Dictionaries) func(*Doc) error {
	return func(d *Doc) error {
		funds(dicts, d)
		cooperation(dicts, d)
		citedIssuers(dicts, d)
		planSeries(dicts, d)
		return nil
	}
}

// issuerVerbRe follows an issuer named before a citation: 信息产业部颁布的
// 《X》, 工程办公室组织编撰的《X》.
var issuerVerbRe = regexp.MustCompile(`(?:组织)?(?:颁布|发布|印发|制定|制订|编制|编撰|出台)的?$`)

// jointIssueRe is "与A联合发布《X》": A issues X with the document's author.
var jointIssueRe = regexp.MustCompile(`与(.{2,20}?)(?:联合|共同)(?:发布|印发|颁布|制定|出台)$`)

// citedIssuers adds ISSUED_BY from a cited plan or policy to the agency the
// text names as its author just before it.
func citedIssuers(dicts *Dictionaries, d *Doc) {
	agencies := d.nodesWithLabel(graph.LabelAgency)
	if len(agencies) == 0 {
		return
	}
	for _, l := range []graph.Label{graph.LabelPlan, graph.LabelPolicy} {
		for _, n := range d.nodesWithLabel(l) {
			if n.ID == d.SelfPlan {
				continue
			}
			for _, ev := range n.Evidence {
				if ev.Doc != d.ID {
					continue
				}
				from := ev.Start - 30
				if from < 0 {
					from = 0
				}
				ls := d.Slice(from, ev.Start)
				if m := jointIssueRe.FindStringSubmatchIndex(ls); m != nil {
					ls = ls[:m[3]]
				} else if loc := issuerVerbRe.FindStringIndex(ls); loc != nil {
					ls = ls[:loc[0]]
				}
				end := from + len([]rune(ls))
				hits := findNodes(d, agencies, from, end)
				if len(hits) == 0 || hits[len(hits)-1].end != end {
					continue
				}
				d.AddEdge(graph.IssuedBy, n.ID, hits[len(hits)-1].node.ID, nil, ev)
			}
		}
	}
}

// planSeries links plans by their names: a plan named after another plan
// and more (X战略2007年…推进计划) implements it; a plan of the same stem
// and region for the next period supersedes the earlier one (inferred,
// explicit: false).
func planSeries(dicts *Dictionaries, d *Doc) {
	plans := d.nodesWithLabel(graph.LabelPlan)
	for _, a := range plans {
		for _, b := range plans {
			if a.ID == b.ID {
				continue
			}
			if len([]rune(b.Name)) >= 4 && strings.HasPrefix(a.Name, b.Name) && len(a.Name) > len(b.Name)+6 {
				if _, ok := dicts.DocKindOf(a.Name); ok {
					d.AddEdge(graph.Implements, a.ID, b.ID, nil, a.Evidence[0])
				}
			}
			pa, oka := planPeriod(a)
			pb, okb := planPeriod(b)
			if oka && okb && pa[0] == pb[1]+1 && planStem(a.Name) != "" && planStem(a.Name) == planStem(b.Name) &&
				anyString(a.Props["region"]) == anyString(b.Props["region"]) {
				d.AddEdge(graph.Supersedes, a.ID, b.ID, map[string]any{"explicit": false}, a.Evidence[0])
			}
		}
	}
}

func planPeriod(n *graph.Node) ([2]int, bool) {
	a, oka := n.Props["periodStart"].(int)
	b, okb := n.Props["periodEnd"].(int)
	return [2]int{a, b}, oka && okb
}

// planStem is a plan's name without its period: 上海市信息化“十一五”规划 and
// 上海市信息化“十二五”规划 share a stem.
func planStem(name string) string {
	s := periodWordRe.ReplaceAllString(name, "")
	s = strings.NewReplacer("第", "", "个五年", "").Replace(s)
	return s
}
