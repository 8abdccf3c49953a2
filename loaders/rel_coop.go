package loaders

import (
	"regexp"
	"sort"
	"strings"

	"github.com/plangraph/plangraph/graph"
)

// coopRe are the words by which a clause says its parties act together.
var coopRe = regexp.MustCompile(`合作|联合|共建|互通互用|互联互通|协同|共同|交流|数据交换|手拉手|联动|对接`)

// clauses splits the text into clauses: runs between ，。；！？ and line ends.
func clauses(text []rune, from int) [][2]int {
	var out [][2]int
	start := from
	for i := from; i <= len(text); i++ {
		if i == len(text) || strings.ContainsRune("，,。;；！!？?\n", text[i]) {
			if i > start {
				out = append(out, [2]int{start, i})
			}
			start = i + 1
		}
	}
	return out
}

// regionHits returns the regions named in text[from:to], with 本市/我区…
// as the document's own region.
func regionHits(dicts *Dictionaries, d *Doc, from, to int) []labelHit {
	var out []labelHit
	seg := d.Text[from:to]
	for _, m := range dicts.regionForms.find(seg) {
		name := pickRegion(dicts, m.Targets, d.Region)
		n := d.Node(graph.NodeID(graph.LabelRegion, name))
		if n == nil {
			n = d.addRegion(dicts, name, d.Evidence(from+m.Start, from+m.End))
		}
		out = append(out, labelHit{n, from + m.Start, from + m.End})
	}
	if own := d.Node(graph.NodeID(graph.LabelRegion, d.Region)); own != nil {
		for _, w := range []string{"本市", "我市", "本区", "我区", "本省", "我省"} {
			for i := indexRunes(seg, []rune(w), 0); i >= 0; i = indexRunes(seg, []rune(w), i+1) {
				out = append(out, labelHit{own, from + i, from + i + 2})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// cooperation adds COOPERATES_WITH between regions and between agencies
// that a clause says act together: members of a multi-region phrase
// (两省一市, 苏浙沪三地), "A与B、C…合作", "与X合作" (with the document's
// region as the unnamed party), and lists of parties before 合作/联合.
func cooperation(dicts *Dictionaries, d *Doc) {
	coop := func(a, b *graph.Node, ev graph.Evidence) {
		// the country is the frame, not a partner (与全国…)
		if a != nil && b != nil && a.ID != b.ID && a.Props["level"] != "country" && b.Props["level"] != "country" && !nested(dicts, a, b) {
			d.AddEdge(graph.CooperatesWith, a.ID, b.ID, nil, ev)
		}
	}
	// multi-region phrases name partners wherever they occur
	phrases := newMatcher()
	for p := range dicts.MultiRegions {
		phrases.add(p, p)
	}
	for _, m := range phrases.find(d.Text[d.Body:]) {
		members := dicts.MultiRegions[m.Form]
		ev := d.Evidence(d.Body+m.Start, d.Body+m.End)
		// 两省一市, 苏浙沪三地 name partners; other phrases (港澳台) only
		// when their sentence speaks of acting together
		if !strings.HasSuffix(m.Form, "一市") && !strings.HasSuffix(m.Form, "三地") && !coopRe.MatchString(ev.Text) {
			continue
		}
		var ns []*graph.Node
		for _, r := range members {
			ns = append(ns, d.addRegion(dicts, r, ev))
		}
		for i := range ns {
			for j := i + 1; j < len(ns); j++ {
				coop(ns[i], ns[j], ev)
			}
		}
	}
	own := d.Node(graph.NodeID(graph.LabelRegion, d.Region))
	agencies := d.nodesWithLabel(graph.LabelAgency)
	for _, c := range clauses(d.Text, d.Body) {
		cl := string(d.Text[c[0]:c[1]])
		if !coopRe.MatchString(cl) {
			continue
		}
		ev := d.Evidence(c[0], c[1])
		for _, hits := range [][]labelHit{regionHits(dicts, d, c[0], c[1]), findNodes(d, agencies, c[0], c[1])} {
			coopParties(d, hits, own, c, coop, ev)
		}
	}
}

// coopParties pairs the parties of one clause.
func coopParties(d *Doc, hits []labelHit, own *graph.Node, c [2]int, coop func(a, b *graph.Node, ev graph.Evidence), ev graph.Evidence) {
	if len(hits) == 0 {
		return
	}
	// "A与B": the parties before 与/和/同 act with those after it
	withAt := -1
	for i := c[0]; i < c[1]; i++ {
		if d.Text[i] == '与' || d.Text[i] == '同' {
			withAt = i
			break
		}
	}
	if withAt >= 0 && hits[len(hits)-1].start < withAt {
		withAt = -1
	}
	if withAt >= 0 {
		var left, right []*graph.Node
		for _, h := range hits {
			if h.end <= withAt {
				left = append(left, h.node)
			} else {
				right = append(right, h.node)
			}
		}
		if len(left) == 0 {
			if own == nil || hits[0].node.Label != graph.LabelRegion {
				return
			}
			left = []*graph.Node{own}
		}
		for _, a := range left[len(left)-1:] {
			for _, b := range right {
				coop(a, b, ev)
			}
		}
		return
	}
	// a list of parties, A、B、C…合作
	if len(hits) >= 2 {
		for i := 0; i+1 < len(hits); i++ {
			if hits[i].end > hits[i+1].start {
				return
			}
			between := string(d.Text[hits[i].end:hits[i+1].start])
			if between != "、" && between != "和" && between != "及" {
				return
			}
		}
		for i := range hits {
			for j := i + 1; j < len(hits); j++ {
				coop(hits[i].node, hits[j].node, ev)
			}
		}
		return
	}
	// 推动长三角区域合作: the document's region with the multi-region area
	// it names
	h := hits[0]
	if own != nil && h.node.ID != own.ID && h.node.Label == graph.LabelRegion && h.node.Props["level"] == "multi" {
		coop(own, h.node, ev)
	}
}

// nested reports whether one region holds the other (北京市 and 京津冀,
// 西湖区 and 浙江省): a part does not cooperate with its whole.
func nested(dicts *Dictionaries, a, b *graph.Node) bool {
	if a.Label != graph.LabelRegion || b.Label != graph.LabelRegion {
		return false
	}
	if dicts.IsWithin(a.Name, b.Name) || dicts.IsWithin(b.Name, a.Name) {
		return true
	}
	for _, pair := range [][2]*graph.Node{{a, b}, {b, a}} {
		names := append([]string{pair[0].Name}, pair[0].Aliases...)
		for _, n := range names {
			if contains(dicts.MultiRegions[n], pair[1].Name) {
				return true
			}
		}
	}
	return false
}
