package loaders

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/plangraph/plangraph/graph"
)

// coopWords are the words by which a clause says its parties act together.
var coopWords = []string{"合作", "联合", "共建", "互通互用", "互联互通", "协同", "共同", "交流", "数据交换", "手拉手", "联动", "对接"}

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
		// the home country is the frame, not a partner (与全国…); a
		// foreign country is a partner (与印度…合作)
		if a != nil && b != nil && a.ID != b.ID && !homeCountry(a) && !homeCountry(b) && !nested(dicts, a, b) {
			d.AddEdge(graph.CooperatesWith, a.ID, b.ID, nil, ev)
		}
	}
	// multi-region phrases name partners wherever they occur
	phrases := newMatcher()
	for p := range dicts.MultiRegions {
		phrases.add(p, p)
	}
	// 泛珠三角九省区(以下简称九省区): the short form the text defines
	// names the same partners.
	for _, n := range d.nodesWithLabel(graph.LabelRegion) {
		if _, ok := dicts.MultiRegions[n.Name]; ok {
			for _, a := range n.Aliases {
				if _, known := dicts.MultiRegions[a]; !known && len([]rune(a)) >= 2 {
					phrases.add(a, n.Name)
				}
			}
		}
	}
	for _, m := range phrases.find(d.Text[d.Body:]) {
		members := dicts.MultiRegions[m.Targets[0]]
		ev := d.Evidence(d.Body+m.Start, d.Body+m.End)
		// 两省一市, 苏浙沪三地 name partners; other phrases (港澳台) only
		// when their sentence speaks of acting together
		if !strings.HasSuffix(m.Form, "一市") && !strings.HasSuffix(m.Form, "三地") && !containsAny(ev.Text, coopWords) {
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
	agencies := indexNodes(d.nodesWithLabel(graph.LabelAgency))
	for _, c := range clauses(d.Text, d.Body) {
		cl := string(d.Text[c[0]:c[1]])
		if !containsAny(cl, coopWords) {
			// only a clause with a dash can hold a pair (cheap test first)
			if strings.ContainsAny(cl, "-—－~") && coopEventRe.MatchString(cl) {
				coopPairs(d, outsideHits(regionHits(dicts, d, c[0], c[1]), agencies.find(d, c[0], c[1])), coop, d.Evidence(c[0], c[1]))
			}
			continue
		}
		ev := d.Evidence(c[0], c[1])
		orgs := agencies.find(d, c[0], c[1])
		coopPairs(d, outsideHits(regionHits(dicts, d, c[0], c[1]), orgs), coop, ev)
		for _, hits := range [][]labelHit{outsideHits(regionHits(dicts, d, c[0], c[1]), orgs), orgs} {
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
		// A与B、C联合主办: all the parties act together, not only A with
		// each of the others.
		if last := hits[len(hits)-1].end; len(right) >= 2 && coopJointAfter(d.Text, last, c[1]) {
			for i := range right {
				for j := i + 1; j < len(right); j++ {
					coop(right[i], right[j], ev)
				}
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
			if slices.Contains(dicts.MultiRegions[n], pair[1].Name) {
				return true
			}
		}
	}
	return false
}

// outsideHits drops the hits that lie inside another hit of within: the
// region of an agency's name (浙江 of 浙江大学, 广东 of 中国移动广东公司)
// names the agency, it is no party of its own.
func outsideHits(hits, within []labelHit) []labelHit {
	out := hits[:0:0]
	for _, h := range hits {
		inside := false
		for _, w := range within {
			if h.start >= w.start && h.end <= w.end && w.node.ID != h.node.ID {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, h)
		}
	}
	return out
}

// homeCountry says a region is the country the documents are written in:
// the frame of a plan, never a partner.
func homeCountry(n *graph.Node) bool {
	return n.Props["level"] == "country" && (n.Name == "中国" || slices.Contains(n.Aliases, "全国"))
}

// coopEventRe are the events that two places named as a pair hold together
// (新加坡-上海电子政务研讨会) when the clause has no word of cooperation.
var coopEventRe = regexp.MustCompile(`研讨会|论坛|峰会|洽谈会|博览会|对话会`)

// coopPairs pairs two regions written as a pair with a dash: 上海-孟买手拉手,
// 新加坡-上海电子政务研讨会.
func coopPairs(d *Doc, hits []labelHit, coop func(a, b *graph.Node, ev graph.Evidence), ev graph.Evidence) {
	for i := 0; i+1 < len(hits); i++ {
		a, b := hits[i], hits[i+1]
		if b.start == a.end+1 && strings.ContainsRune("-—－~", d.Text[a.end]) {
			coop(a.node, b.node, ev)
		}
	}
}

// coopJointAfter says the verb after the last party makes all the parties
// joint actors: 联合主办, 共同发起 (after an optional 等).
func coopJointAfter(text []rune, i, end int) bool {
	if hasStringAt(text, i, "等") {
		i++
	}
	for _, w := range []string{"联合", "共同", "携手"} {
		if i < end && hasStringAt(text, i, w) {
			return true
		}
	}
	return false
}
