package loaders

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/plangraph/plangraph/graph"
)

// Projects reads special projects: the headed items of a plan (重点专项X：…,
// the numbered projects of a 重点专项 appendix and the “——” items under
// them, PART_OF their heading) and the named systems, platforms, networks
// and programmes the text builds or reports on. A plan has them
// (HAS_PROJECT); one sited in a region is LOCATED_IN it.
func Projects(dicts *Dictionaries) func(*Doc) error {
	return func(d *Doc) error {
		p := &projectReader{d: d, dicts: dicts, taken: map[string]bool{}}
		for _, n := range d.nodes {
			if n.Label != graph.LabelSpecialProject && n.Label != graph.LabelDocument {
				p.taken[n.Name] = true
			}
		}
		p.reclaimBuiltSites()
		p.structure()
		p.prose()
		p.mergeVariants()
		return nil
	}
}

// projectReader holds what one document's projects need.
type projectReader struct {
	d     *Doc
	dicts *Dictionaries
	// taken are names of other entities (agencies, plans, regions): a
	// project of the same name is that entity, not a project.
	taken map[string]bool
	// scopes are the text ranges of headed projects, innermost last, so
	// that a project named inside one is PART_OF it.
	scopes []projectScope
	// headed are the projects headings name.
	headed []headedRef
}

// projectScope is the text of a headed project.
type projectScope struct {
	start, end int
	id         string
}

// add adds a project node, its HAS_PROJECT and, when sited, LOCATED_IN.
func (p *projectReader) add(name string, aliases []string, start, end int) *graph.Node {
	d := p.d
	ev := d.Evidence(start, end)
	n := d.AddNode(graph.LabelSpecialProject, name, aliases, nil, ev)
	if d.SelfPlan != "" {
		d.AddEdge(graph.HasProject, d.SelfPlan, n.ID, nil, ev)
	} else if plan := p.citedPlanAt(start); plan != "" {
		// a bulletin reports a project under the plan its sentence cites
		// (结合《X规划》,启动Y平台调研)
		d.AddEdge(graph.HasProject, plan, n.ID, nil, ev)
	}
	return n
}

// citedPlanAt returns the one plan cited in the sentence around offset at,
// or "" when none or several are.
func (p *projectReader) citedPlanAt(at int) string {
	s, e := p.d.sentenceAt(at)
	found := ""
	for _, id := range p.d.order {
		n := p.d.nodes[id]
		if n.Label != graph.LabelPlan {
			continue
		}
		for _, ev := range n.Evidence {
			if ev.Start >= s && ev.End <= e && ev.End <= at {
				if found != "" && found != id {
					return ""
				}
				found = id
			}
		}
	}
	return found
}

// locate adds LOCATED_IN from a project to a region.
func (p *projectReader) locate(n *graph.Node, region string, start, end int) {
	if region == "" {
		return
	}
	ev := p.d.Evidence(start, end)
	r := p.d.addRegion(p.dicts, region, ev)
	p.d.AddEdge(graph.LocatedIn, n.ID, r.ID, nil, ev)
}

// parentAt returns the innermost headed project whose text holds offset at.
func (p *projectReader) parentAt(at int) string {
	for i := len(p.scopes) - 1; i >= 0; i-- {
		if s := p.scopes[i]; s.start <= at && at < s.end {
			return s.id
		}
	}
	return ""
}

// prose adds the projects named in the body's sentences.
func (p *projectReader) prose() {
	d := p.d
	for _, s := range d.Sentences {
		if s.End <= d.Body {
			continue
		}
		rs := []rune(s.Text)
		ids := map[string]string{} // mention name → node id, for list parents
		type child struct{ id, parent string }
		var children []child
		// a card scheme (交通卡联网通用) is read before the card it joins up
		mentions := addNonOverlapping(interopWorks(rs), findProjectMentionsIn(rs, p.dicts.regionForms))
		mentions = refineMentions(rs, addNonOverlapping(mentions, unheadedProjects(rs)))
		for _, m := range mentions {
			if p.taken[m.Name] || m.Stop == "依托" && hasAnySuffix(m.Name, respRestedSites) {
				// 依托X基地建设Y: the site the work rests on is a body
				// that stands already (the responsibilities stage reads it)
				continue
			}
			if _, ok := p.dicts.RegionOf(m.Name); ok || p.onlyRegionAndKind(m.Name) || standsAlready(m.Name) {
				continue
			}
			start, end := s.Start+m.Start, s.Start+m.End
			if id := p.headedFor(m.Name); id != "" {
				p.alias(id, m.Name)
				ids[m.Name] = id
				continue
			}
			if id := p.scopeSame(m.Name, start); id != "" {
				p.alias(id, m.Name)
				ids[m.Name] = id
				continue
			}
			var aliases []string
			if m.Abbrev != "" {
				aliases = append(aliases, m.Abbrev)
			}
			known := d.Node(graph.NodeID(graph.LabelSpecialProject, m.Name)) != nil
			n := p.add(m.Name, aliases, start, end)
			ids[m.Name] = n.ID
			if m.Parent != "" {
				children = append(children, child{n.ID, m.Parent})
			} else if parent := p.parentAt(start); parent != "" && !known && !usesExisting[m.Stop] {
				// A part is introduced where its whole is described: a
				// system named again in a later section, or one a section
				// rests on (依托/利用 X), serves that section without
				// being part of it.
				d.AddEdge(graph.PartOf, n.ID, parent, nil, d.Evidence(start, end))
			}
			for _, r := range p.sitesOf(m) {
				p.locate(n, r, start, end)
			}
		}
		for _, c := range children {
			if pid := ids[c.parent]; pid != "" && pid != c.id {
				d.AddEdge(graph.PartOf, c.id, pid, nil, d.Evidence(s.Start, s.End))
			}
		}
	}
}

// onlyRegionAndKind reports whether a name is a region and a bare kind
// word (上海市网络, 本市系统).
func (p *projectReader) onlyRegionAndKind(name string) bool {
	rs := []rune(name)
	n := 0
	for _, w := range selfRegionWords {
		if strings.HasPrefix(name, w) {
			n = utf8.RuneCountInString(w)
		}
	}
	if ms := p.dicts.findRegions(rs); len(ms) > 0 && ms[0].Start == 0 && ms[0].End > n {
		n = ms[0].End
	}
	if n == 0 || n >= len(rs) {
		return false
	}
	// 静安区公共信息平台 and 上海学习网 are sites named after their
	// region; only a bare kind word after it (网络, 系统) says nothing
	return len(rs)-n <= 2
}

// siteOf returns the region a mention sites its project in: a region its
// name starts with (上海教育城域网), one named right before it
// (嘉定“上海物联网中心”) or, for 本市/全区…, the document's own.
func (p *projectReader) siteOf(m projectMention) string {
	if ms := p.dicts.findRegions([]rune(m.Name)); len(ms) > 0 && ms[0].Start == 0 {
		// 中国上海政府门户网站: the nearest of the regions it starts with;
		// a national or continental prefix (中国, 全国, 亚太) names a scope,
		// not a site
		i := 0
		for i+1 < len(ms) && ms[i+1].Start == ms[i].End {
			i++
		}
		name := pickRegion(p.dicts, ms[i].Targets, p.d.Region)
		if e, ok := p.dicts.Regions[name]; ok && (e.Level == "country" || e.Level == "continent") {
			return ""
		}
		return name
	}
	before := []rune(strings.TrimRight(m.Before, "“‘\"的"))
	if ms := p.dicts.findRegions(before); len(ms) > 0 {
		if last := ms[len(ms)-1]; last.End == len(before) {
			return last.Targets[0]
		}
	}
	rest := strings.TrimSuffix(strings.TrimRight(m.Before, "“‘\"的"), "统一")
	for _, w := range selfRegionWords {
		if strings.HasSuffix(rest, w) {
			m.Self = true
		}
	}
	if m.Self {
		return p.d.Region
	}
	return ""
}

// alias records name as another name of the project node id.
func (p *projectReader) alias(id, name string) {
	if n := p.d.Node(id); n != nil && n.Name != name && !slices.Contains(n.Aliases, name) {
		n.Aliases = append(n.Aliases, name)
	}
}

// scopeSame returns the headed project, among those whose text holds
// offset at, that a prose name at is another name of: an item's text
// calls its subject by a shorter name (双推工程 in the item 电子商务“双推”
// 工程), by a swapped head (安防视频资源共享平台 in the item 安防视频资源
// 共享系统) or with its words a little reordered.
func (p *projectReader) scopeSame(name string, at int) string {
	for i := len(p.scopes) - 1; i >= 0; i-- {
		sc := p.scopes[i]
		if at < sc.start || at >= sc.end {
			continue
		}
		if n := p.d.Node(sc.id); n != nil && sameProjectName(name, n.Name) {
			return sc.id
		}
	}
	return ""
}

// swapHeads are the heads a text uses interchangeably for one built thing.
var swapHeads = []string{"系统", "平台", "网络", "网", "工程", "建设"}

// sameProjectName reports whether a prose name b is another name of the
// headed project a: its tail (4 runes or more) when a ends with a head
// (双推工程 of 电子商务双推工程; a system named inside the item 灾难备份
// is a part of it, not it), the same words with another head, the same
// runes in another order (法人网上身份统一认证系统 of 法人网上统一身份认证
// 系统) or a near-identical string with the same head and about the same
// length (bigram overlap 0.8 or more).
func sameProjectName(b, a string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if !endsWithHead(ra) {
		return false
	}
	if len(rb) >= 4 && strings.HasSuffix(a, b) {
		return true
	}
	core := func(s string) string {
		for _, h := range swapHeads {
			if t := strings.TrimSuffix(s, h); t != s && utf8.RuneCountInString(t) >= 3 {
				return t
			}
		}
		return s
	}
	if core(a) == core(b) {
		return true
	}
	if sameRunes(ra, rb) {
		// two words swapped: 身份统一 for 统一身份
		return true
	}
	d := len(ra) - len(rb)
	return d >= -2 && d <= 2 && ra[len(ra)-1] == rb[len(rb)-1] && bigramDice(ra, rb) >= 0.8
}

// sameRunes reports whether a and b hold the same runes in any order.
func sameRunes(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	count := map[rune]int{}
	for _, r := range a {
		count[r]++
	}
	for _, r := range b {
		if count[r]--; count[r] < 0 {
			return false
		}
	}
	return true
}

// bigramDice is the Dice overlap of the rune bigrams of a and b.
func bigramDice(a, b []rune) float64 {
	if len(a) < 2 || len(b) < 2 {
		return 0
	}
	set := map[[2]rune]int{}
	for i := 0; i+1 < len(a); i++ {
		set[[2]rune{a[i], a[i+1]}]++
	}
	shared := 0
	for i := 0; i+1 < len(b); i++ {
		k := [2]rune{b[i], b[i+1]}
		if set[k] > 0 {
			set[k]--
			shared++
		}
	}
	return 2 * float64(shared) / float64(len(a)+len(b)-2)
}

// headedRef is a project a heading names, for prose that refers to it
// with a modifier (城市光纤宽带网 for the item 光纤宽带网).
type headedRef struct {
	name, id string
}

// headedFor returns the headed project a prose name refers to: the same
// name, or one it ends with after a short modifier.
func (p *projectReader) headedFor(name string) string {
	for _, h := range p.headed {
		if name == h.name {
			return h.id
		}
		if strings.HasSuffix(name, h.name) && len([]rune(name))-len([]rune(h.name)) <= 3 && len([]rune(h.name)) >= 4 {
			return h.id
		}
		// the item 拓展网格化管理系统应用 is about the system its text builds
		if strings.HasPrefix(h.name, name) && len([]rune(h.name))-len([]rune(name)) <= 4 && len([]rune(name)) >= 5 {
			return h.id
		}
	}
	return ""
}

// usesExisting are the words before a name that say the work uses a system
// that stands already rather than builds a part of its own.
var usesExisting = map[string]bool{"依托": true, "利用": true, "通过": true, "借助": true, "基于": true, "接入": true}

// standsAlready reports whether a name says the thing exists before the
// plan (现有高校网络, 已有网络): what a text builds on is not an initiative
// it sets up.
func standsAlready(name string) bool {
	for _, p := range []string{"现有", "已有", "原有", "既有", "已建"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}
