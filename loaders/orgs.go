package loaders

import (
	"regexp"
	"slices"
	"strings"

	"github.com/plangraph/plangraph/graph"
)

// orgKindBySuffix overrides the dictionary's kind for suffixes of bodies
// that advise or coordinate rather than govern.
var orgKindBySuffix = map[string]string{
	"联席会议": "other", "专题组": "other", "专家组": "other", "顾问团": "other", "工作组": "other",
	"协调小组": "other", "警备区": "other", "常务会议": "government", "指挥室": "government",
	"总站": "government", "天文台": "institution", "图书馆": "institution",
}

// Organizations reads agencies by the structure of their names (region or
// level prefix + body + agency suffix), expands short forms (市信息委 →
// 上海市信息化委员会, 市政府 → 上海市人民政府) into aliases of one node,
// reads 以下简称X aliases, and adds LOCATED_IN from each agency to the
// region its name places it in.
func Organizations(dicts *Dictionaries) func(*Doc) error {
	return func(d *Doc) error {
		scope := docOrgScope(dicts, d)
		groups := map[string]*orgGroup{}
		var order []string
		for _, m := range scanOrgs(dicts, scope, d.Text) {
			name := m.Name
			if t := dicts.agencyForms.exact(name); len(t) > 0 {
				name = t[0]
			} else if t := dicts.agencyForms.exact(m.Surface); len(t) > 0 {
				name = t[0]
			}
			// 国家人事部: a national prefix before a dictionary name.
			if rest := strings.TrimPrefix(name, "国家"); rest != name {
				if t := dicts.agencyForms.exact(rest); len(t) > 0 {
					name = t[0]
				}
			}
			m.Name = name
			k := orgKey(dicts, name)
			g, ok := groups[k]
			if !ok {
				g = &orgGroup{}
				groups[k] = g
				order = append(order, k)
			}
			g.add(m)
		}
		// A bare body (超级计算中心) that is the tail of exactly one full
		// name read in the same text is a short form of it.
		for _, k := range order {
			g := groups[k]
			if g.anchored() {
				continue
			}
			var into *orgGroup
			n := 0
			for _, k2 := range order {
				g2 := groups[k2]
				if g2 == g || !g2.anchored() {
					continue
				}
				// 城市交通信息中心 for 上海市交通信息中心: the same body after
				// at most two other characters.
				_, body := orgSplitRegion(dicts, g2.name())
				x := g.name()
				if strings.HasSuffix(g2.name(), x) || len([]rune(body)) >= 4 && strings.HasSuffix(x, body) && len([]rune(x))-len([]rune(body)) <= 2 {
					into, n = g2, n+1
				}
			}
			if n == 1 {
				into.ms = append(into.ms, g.ms...)
				g.ms = nil
			}
		}
		orgMergeDefined(d, groups, order)
		for _, k := range order {
			g := groups[k]
			if len(g.ms) == 0 {
				continue
			}
			name := g.name()
			var aliases []string
			for _, m := range g.ms {
				for _, a := range []string{m.Surface, m.Name} {
					if a != name && !slices.Contains(aliases, a) {
						aliases = append(aliases, a)
					}
				}
				if a := orgDefinedAlias(d.Text, m.End); a != "" && !slices.Contains(aliases, a) {
					aliases = append(aliases, a)
				}
			}
			kind := orgKind(dicts, name, g.ms[0].Suffix)
			var ev []graph.Evidence
			for _, m := range g.ms {
				ev = append(ev, d.Evidence(m.Start, m.End))
			}
			n := d.AddNode(graph.LabelAgency, name, aliases, map[string]any{"kind": kind}, ev...)
			if r := g.region(); r != "" && !orgNamedOnly[g.ms[0].Suffix] {
				reg := d.Node(graph.NodeID(graph.LabelRegion, r))
				if reg == nil {
					reg = d.addRegion(dicts, r, ev[0])
				}
				// 亚太地区信息化人才培训中心 serves the area, it sits in none
				// of its countries.
				if reg.Props["level"] != "multi" || !siteScopeRegion(reg) {
					d.AddEdge(graph.LocatedIn, n.ID, reg.ID, nil, ev[0])
				}
			}
		}
		orgListedBodies(dicts, d)
		orgSubOffices(dicts, d)
		return nil
	}
}

// orgNamedOnly are suffixes of bodies whose region is part of a proper
// name, not a seat: 浙江大学 and 中国科学技术大学 need not sit where their
// names say, unlike a bureau or a centre of the region.
var orgNamedOnly = map[string]bool{"大学": true, "学院": true}

// orgGroup is the mentions of one agency.
type orgGroup struct{ ms []orgMention }

func (g *orgGroup) add(m orgMention) { g.ms = append(g.ms, m) }

func (g *orgGroup) anchored() bool {
	for _, m := range g.ms {
		if m.Anchored {
			return true
		}
	}
	return false
}

// name is the longest name written out in full, else the first expansion.
func (g *orgGroup) name() string {
	best := ""
	for _, m := range g.ms {
		if m.Name == m.Surface && len(m.Name) > len(best) {
			best = m.Name
		}
	}
	if best == "" {
		best = g.ms[0].Name
	}
	return best
}

func (g *orgGroup) region() string {
	for _, m := range g.ms {
		if m.Region != "" {
			return m.Region
		}
	}
	return ""
}

var orgBracketRe = regexp.MustCompile(`[(（][^()（）]*[)）]`)

// orgKey makes names of one agency equal: the region chain that opens it is
// replaced by its last member's canonical name (上海 / 上海市 → 上海市;
// 上海市静安区 → 静安区), and brackets are dropped.
func orgKey(dicts *Dictionaries, name string) string {
	rs := []rune(orgBracketRe.ReplaceAllString(name, ""))
	prefix := ""
	if hasStringAt(rs, 0, "中共") {
		prefix, rs = "中共", rs[2:]
	}
	region, rest := orgSplitRegion(dicts, string(rs))
	return prefix + region + rest
}

// orgSplitRegion splits the region chain that opens name from the rest: it
// returns the chain's last member's canonical name and the rest.
func orgSplitRegion(dicts *Dictionaries, name string) (string, string) {
	rs := []rune(name)
	region, i := regionChain(dicts, rs)
	// 成都市武侯区人民政府: a district the dictionary does not list ends
	// the chain of its city, so that the name and 武侯区人民政府 are one.
	if unit, _, ok := unlistedUnitAfter(dicts, region, rs, i); ok {
		region, i = unit, i+len([]rune(unit))
	}
	return region, string(rs[i:])
}

// regionChain reads the chain of regions that opens rs (浙江省杭州市…),
// each member read in the light of the one before it, up to a form that
// names the whole country (全国, 中国): it returns the last member's
// canonical name and where the chain ends.
func regionChain(dicts *Dictionaries, rs []rune) (string, int) {
	region, i := "", 0
	for {
		m, ok := dicts.regionForms.longestAt(rs, i)
		if !ok || orgGenericRegion[m.Form] {
			return region, i
		}
		region, i = pickRegion(dicts, m.Targets, region), m.End
	}
}

// orgKind is the dictionary's kind of an agency, else the kind its suffix
// implies.
func orgKind(dicts *Dictionaries, name, suffix string) string {
	if e, ok := dicts.Agencies[name]; ok {
		return e.Kind
	}
	if k, ok := orgKindBySuffix[suffix]; ok {
		return k
	}
	if strings.HasSuffix(name, "专家委员会") {
		return "other"
	}
	return agencyKind(dicts, name)
}

// orgDefinedAlias reads the short form a text defines right after a name:
// X（以下简称“Y”）, X(简称Y).
func orgDefinedAlias(text []rune, end int) string {
	if end >= len(text) || (text[end] != '(' && text[end] != '（') {
		return ""
	}
	i := end + 1
	for _, lead := range []string{"以下简称", "下称", "简称"} {
		if hasStringAt(text, i, lead) {
			i += len([]rune(lead))
			j := i
			for j < len(text) && j-i < 16 && text[j] != ')' && text[j] != '）' && text[j] != ',' && text[j] != '、' {
				j++
			}
			if j < len(text) && (text[j] == ')' || text[j] == '）') {
				a := cleanName(string(text[i:j]))
				if len([]rune(a)) >= 2 {
					return a
				}
			}
			return ""
		}
	}
	return ""
}

// orgMergeDefined moves the mentions of a short form a text defines for a
// name (重庆市大数据应用发展管理局（以下简称“重庆市大数据局”）) into the
// group of that name: the short form, read as a name of its own, is an
// alias of one node, not a second node.
func orgMergeDefined(d *Doc, groups map[string]*orgGroup, order []string) {
	defined := map[string]*orgGroup{}
	for _, k := range order {
		for _, m := range groups[k].ms {
			if a := orgDefinedAlias(d.Text, m.End); a != "" && defined[a] == nil {
				defined[a] = groups[k]
			}
		}
	}
	if len(defined) == 0 {
		return
	}
	for _, k := range order {
		g := groups[k]
		if len(g.ms) == 0 {
			continue
		}
		if into := defined[g.name()]; into != nil && into != g {
			into.ms = append(into.ms, g.ms...)
			g.ms = nil
		}
	}
}

// docOrgScope is the scope of the document's region; for a district the
// dictionary does not list (adHocRegion), 区 or 县 stands for it and the
// higher levels for its city's chain.
func docOrgScope(dicts *Dictionaries, d *Doc) orgScope {
	e, ok := adHocRegion(dicts, d)
	if !ok {
		return newOrgScope(dicts, d.Region)
	}
	s := newOrgScope(dicts, e.Parent)
	s[string([]rune(e.Name)[len([]rune(e.Name))-1:])] = e.Name
	return s
}
