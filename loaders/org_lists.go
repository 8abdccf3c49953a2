package loaders

import (
	"strings"
	"unicode"

	"github.com/plangraph/plangraph/graph"
)

// orgClassNouns end a list of bodies: 海关、检验检疫局、边防总站等口岸单位.
var orgClassNouns = []string{"单位", "部门", "机构", "机关"}

// orgListedBodies reads the items of a list that ends in 等…单位/部门/机构
// as agencies when each ends with an agency suffix: there a bare 海关 or
// 检验检疫局 acts as a body although no region opens its name.
func orgListedBodies(dicts *Dictionaries, d *Doc) {
	text := d.Text
	for i := 0; i < len(text); i++ {
		if text[i] != '等' {
			continue
		}
		ok := false
		for j := i + 1; j <= i+6 && j < len(text); j++ {
			for _, c := range orgClassNouns {
				if hasStringAt(text, j, c) {
					ok = true
				}
			}
			if !unicode.Is(unicode.Han, text[j]) {
				break
			}
		}
		if !ok {
			continue
		}
		// Walk the 、-separated items back from 等.
		var items [][2]int
		end := i
		for {
			s := end
			for s > 0 && end-s < 12 && unicode.Is(unicode.Han, text[s-1]) && !strings.ContainsRune(orgStopRunes, text[s-1]) {
				s--
			}
			if s == end {
				break
			}
			last := s == 0 || text[s-1] != '、'
			if last {
				// 进一步完善海关: the first item starts after the verb.
				for k := end; k > s; k-- {
					if zoneCueBefore(text, s, k) != "" {
						s = k
						break
					}
				}
			}
			if s < end {
				items = append(items, [2]int{s, end})
			}
			if last {
				break
			}
			end = s - 1
		}
		if len(items) < 2 {
			continue
		}
		all := true
		for _, it := range items {
			if orgItemSuffix(dicts, text, it) == "" {
				all = false
			}
		}
		if !all {
			continue
		}
		for _, it := range items {
			name := string(text[it[0]:it[1]])
			if orgGeneric[name] || d.Node(graph.NodeID(graph.LabelAgency, name)) != nil {
				continue
			}
			kind := orgKind(dicts, name, orgItemSuffix(dicts, text, it))
			if kind == "other" {
				kind = "government"
			}
			d.AddNode(graph.LabelAgency, name, nil, map[string]any{"kind": kind}, d.Evidence(it[0], it[1]))
		}
	}
}

// orgItemSuffix returns the agency suffix that ends the item, "" when none.
func orgItemSuffix(dicts *Dictionaries, text []rune, it [2]int) string {
	for s := it[0]; s < it[1]; s++ {
		if suf := orgSuffixAt(dicts, text, s); suf != "" && s+len([]rune(suf)) == it[1] {
			return suf
		}
	}
	return ""
}

// orgSubOffices reads 领导小组下设办公室: the office of the group named
// last before it (上海市X领导小组 → 上海市X领导小组办公室, alias
// 领导小组办公室), in the group's region; when the clause goes on with 负责,
// the office runs the document's plan.
func orgSubOffices(dicts *Dictionaries, d *Doc) {
	const lead = "下设办公室"
	for i := indexRunes(d.Text, []rune(lead), 0); i >= 0; i = indexRunes(d.Text, []rune(lead), i+1) {
		var group *graph.Node
		best := -1
		for _, id := range d.order {
			n := d.nodes[id]
			if n.Label != graph.LabelAgency || !strings.HasSuffix(n.Name, "领导小组") {
				continue
			}
			for _, ev := range n.Evidence {
				if ev.Start < i && ev.Start > best {
					group, best = n, ev.Start
				}
			}
		}
		if group == nil {
			continue
		}
		start, end := i+2, i+len([]rune(lead))
		ev := d.Evidence(start, end)
		office := d.AddNode(graph.LabelAgency, group.Name+"办公室", []string{"领导小组办公室"}, map[string]any{"kind": "government"}, ev)
		for _, e := range d.edges {
			if e.Type == graph.LocatedIn && e.From == group.ID {
				d.AddEdge(graph.LocatedIn, office.ID, e.To, nil, ev)
			}
		}
		if d.SelfPlan != "" && orgVerbAt(d.Text, end, orgClauseEnd(d.Text, orgClauseEnd(d.Text, end)+1), []string{"负责"}) >= 0 {
			d.AddEdge(graph.ResponsibleFor, office.ID, d.SelfPlan, nil, ev)
		}
	}
}
