package loaders

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/plangraph/plangraph/graph"
)

// Sites adds LOCATED_IN from projects to the regions the text sites them
// in. It reads the project and region nodes earlier stages made, so it runs
// after the projects stage:
//   - a project named after a region (张江TD-LTE业务验证平台, 市级政务内网平台
//     in a city's plan);
//   - regions that frame a mention in its clause: 全市统一的P, 覆盖A和B的P,
//     本市、长三角乃至长江流域的P, 在A、B开展P;
//   - regions a mention reaches after it in its clause: P覆盖本市海域,
//     P在本市登陆, P落户上海;
//   - a project that heads an item (——P。… / 重点专项二:P。) whose text
//     speaks of the whole of the document's region (全市…, 本市…).
func Sites(dicts *Dictionaries) func(*Doc) error {
	return func(d *Doc) error {
		projects := d.nodesWithLabel(graph.LabelSpecialProject)
		var regions []*graph.Node
		for _, n := range d.nodesWithLabel(graph.LabelRegion) {
			if !siteScopeRegion(n) {
				regions = append(regions, n)
			}
		}
		if len(projects) == 0 {
			return nil
		}
		s := &siteReader{d: d, dicts: dicts}
		s.prs = findNodes(d, projects, d.Body, len(d.Text))
		// A region inside an agency's name (上海 of 上海天文台) sites the
		// agency, not the project next to it. The agency stages keep every
		// mention as evidence: mark them rather than search the text again.
		inAgency := make([]bool, len(d.Text)+1)
		for _, a := range d.nodesWithLabel(graph.LabelAgency) {
			for _, ev := range a.Evidence {
				for k := max(ev.Start, 0); k < ev.End && k < len(d.Text); k++ {
					inAgency[k] = true
				}
			}
		}
		for _, r := range findNodes(d, regions, d.Body, len(d.Text)) {
			if !inAgency[r.start] || !inAgency[r.end-1] {
				s.rgs = append(s.rgs, r)
			}
		}
		for _, p := range projects {
			s.byName(p)
		}
		for _, p := range s.prs {
			s.byClause(p)
		}
		s.byItems()
		return nil
	}
}

// siteScopeRegion says a region names a scope, not a site: a country, a
// continent or an area of several countries (中国…平台 is national in
// reach, 亚太云计算中心 serves the Asia-Pacific, neither is sited there).
func siteScopeRegion(n *graph.Node) bool {
	l, _ := n.Props["level"].(string)
	p, _ := n.Props["parent"].(string)
	return l == "country" || l == "continent" || l == "multi" && p == ""
}

type siteReader struct {
	d        *Doc
	dicts    *Dictionaries
	prs, rgs []labelHit
	// forms are the names and aliases of the regions, read once.
	forms []siteForm
}

type siteForm struct {
	s    string
	n    int
	node *graph.Node
}

func (s *siteReader) locate(p, r *graph.Node, start, end int) {
	if p == nil || r == nil {
		return
	}
	s.d.AddEdge(graph.LocatedIn, p.ID, r.ID, nil, s.d.Evidence(start, end))
}

// ownRegion is the node of the document's own region, or nil.
func (s *siteReader) ownRegion() *graph.Node {
	if s.d.Region == "" {
		return nil
	}
	return s.d.Node(graph.NodeID(graph.LabelRegion, s.d.Region))
}

// siteLevelPrefixes open the names of projects of the document's own level
// (市级政务内网平台 in a city's plan), by the last character of its region.
var siteLevelPrefixes = map[rune][]string{
	'市': {"市级", "全市"},
	'区': {"区级", "全区"},
	'县': {"县级", "全县"},
	'省': {"省级", "全省"},
}

// byName sites a project its name opens with a region (静安区呼叫服务中心,
// 上海教科网) or with the document's own level (市级…).
func (s *siteReader) byName(p *graph.Node) {
	if len(p.Evidence) == 0 {
		return
	}
	ev := p.Evidence[0]
	name := []rune(p.Name)
	if own := []rune(s.d.Region); len(own) > 0 {
		for _, pre := range siteLevelPrefixes[own[len(own)-1]] {
			if hasStringAt(name, 0, pre) {
				s.locate(p, s.d.addRegion(s.dicts, s.d.Region, ev), ev.Start, ev.End)
				return
			}
		}
	}
	// The innermost of the regions chained at the start (中国上海… → 上海).
	var best *graph.Node
	i := 0
	for i < len(name) {
		r, n := s.regionPrefix(name, i)
		if r == nil {
			break
		}
		if !siteScopeRegion(r) {
			best = r
		}
		i += n
	}
	// 郊区和产业园区: a list of areas, not a name.
	if best != nil && i < len(name) && !strings.ContainsRune("和及与、", name[i]) {
		s.locate(p, best, ev.Start, ev.End)
	}
}

// regionPrefix returns the region whose name or alias (or dictionary form)
// is written at name[i:], with its length in runes; scope regions count too,
// so that a chain can pass them.
func (s *siteReader) regionPrefix(name []rune, i int) (*graph.Node, int) {
	if s.forms == nil {
		for _, r := range s.d.nodesWithLabel(graph.LabelRegion) {
			for _, f := range nodeForms(r) {
				s.forms = append(s.forms, siteForm{f, utf8.RuneCountInString(f), r})
			}
		}
	}
	var best *graph.Node
	n := 0
	for _, f := range s.forms {
		if f.n > n && hasStringAt(name, i, f.s) {
			best, n = f.node, f.n
		}
	}
	if m, ok := s.dicts.regionForms.longestAt(name, i); ok && m.End-i > n {
		if r := s.d.Node(graph.NodeID(graph.LabelRegion, pickRegion(s.dicts, m.Targets, s.d.Region))); r != nil {
			best, n = r, m.End-i
		}
	}
	return best, n
}

// siteClauseStops end a clause for the purpose of siting.
const siteClauseStops = ",;:。!?\n"

// siteListLinks join the regions of one list (本市、长三角乃至长江流域),
// possibly after a generic word (上海行政区域及洋山深水港区).
var siteListLinks = []string{"、", "和", "及", "与", "乃至", "以及", "至"}

// siteAreaWords may follow a region inside a list or before the project
// (中心城区和郊区城镇的; 长三角区域互连的).
var siteAreaWords = []string{"行政区域", "区域", "地区", "城镇", "范围内", "范围", "境内", "等"}

// siteModifierStops may not stand between a region and the project it
// frames: they make the region the object of a verb or one party of many.
const siteModifierStops = "、,与和及对向为把被将从在由了"

// siteAfterVerbs after a mention lead to the region it reaches.
var siteAfterVerbs = []string{"覆盖到", "覆盖", "落户", "延伸至", "延伸到", "拓展至", "扩展至", "扩展到", "在"}

// siteBeforeLeads before a list of regions and siteVerbs after it frame the
// project that follows (在长宁、黄浦开展P).
var siteBeforeLeads = []string{"在", "选择", "于"}

// siteWorkSuffixes end the names of works done somewhere (试点, 改造) that
// the text may site like things.
var siteWorkSuffixes = []string{"试点", "工程", "项目", "改造", "示范区", "实践区", "试验区", "集群", "体系"}

// siteSited says a name is a thing or a work that stands somewhere; a field
// (电子政务, 集成电路, 智能电网示范应用) framed by a region is the region's
// field of work, not a thing sited in it.
func siteSited(name string) bool {
	for _, suf := range siteThingSuffixes {
		if strings.HasSuffix(name, suf) {
			return true
		}
	}
	for _, suf := range siteWorkSuffixes {
		if strings.HasSuffix(name, suf) {
			return true
		}
	}
	return false
}

// siteThingAt says the word a mention starts ends with a thing suffix a
// few characters on (the 基地 of 智能电网示范应用基地, the 演示网 of
// TD-LTE演示网, when the project is named without it).
func siteThingAt(text []rune, i int) bool {
	for k := i; k < len(text) && k <= i+3 && isOrgNameRune(text[k]); k++ {
		for _, suf := range siteThingSuffixes {
			if hasStringAt(text, k, suf) {
				return true
			}
		}
	}
	return false
}

func anySited(names []string) bool {
	for _, n := range names {
		if siteSited(n) {
			return true
		}
	}
	return false
}

// byClause sites a project mention in the regions its clause frames it with.
func (s *siteReader) byClause(p labelHit) {
	text := s.d.Text
	sited := siteSited(p.node.Name) || anySited(p.node.Aliases) || siteThingAt(text, p.end)
	cs := p.start
	for cs > 0 && !strings.ContainsRune(siteClauseStops, text[cs-1]) {
		cs--
	}
	ce := p.end
	for ce < len(text) && !strings.ContainsRune(siteClauseStops, text[ce]) {
		ce++
	}
	// Before the mention: the regions of one list that ends in a short
	// modifier and 的 (or nothing) right before it.
	// s.rgs is in text order: the regions of the clause before the mention.
	lo := sort.Search(len(s.rgs), func(k int) bool { return s.rgs[k].start >= cs })
	hi := lo
	for hi < len(s.rgs) && s.rgs[hi].end <= p.start {
		hi++
	}
	before := s.rgs[lo:hi]
	if k := len(before); k > 0 {
		last := before[k-1]
		gap := text[last.end:p.start]
		first := siteListStart(text, before)
		// 建设A、B、C等P: a list closed by 等 names the places of P.
		ok := sited && (siteFrameGap(gap) || string(gap) == "等" && first < k-1)
		if !ok {
			// 在A、B开展P / 选择A等区域开展P
			lead := string(text[max(cs, before[first].start-2):before[first].start])
			g := siteTrimArea(string(gap))
			for _, l := range siteBeforeLeads {
				if strings.HasSuffix(lead, l) {
					for _, v := range siteVerbs {
						if g == v {
							ok = true
						}
					}
				}
			}
		}
		if ok {
			for _, r := range before[first:] {
				s.locate(p.node, r.node, p.start, p.end)
			}
		}
	}
	s.byScope(p)
	// After the mention: 覆盖/落户/在 + a list of regions.
	j := p.end
	for j < ce && (text[j] == '”' || text[j] == '"' || text[j] == ')' || unicode.IsSpace(text[j])) {
		j++
	}
	// skip a short bracketed or adverbial stretch (逐步, 全面)
	for _, adv := range []string{"逐步", "全面", "基本", "已", "将", "要"} {
		if hasStringAt(text, j, adv) {
			j += len([]rune(adv))
			break
		}
	}
	for _, v := range siteAfterVerbs {
		if !hasStringAt(text, j, v) {
			continue
		}
		at := j + len([]rune(v))
		if i := sort.Search(len(s.rgs), func(k int) bool { return s.rgs[k].start >= at }); i < len(s.rgs) {
			r := s.rgs[i]
			if r.start != at || r.end > ce {
				break
			}
			s.locate(p.node, r.node, p.start, p.end)
			// the rest of its list
			for _, r2 := range s.rgs[i+1:] {
				if r2.end > ce || !siteListLink(string(text[r.end:r2.start])) {
					break
				}
				s.locate(p.node, r2.node, p.start, p.end)
				r = r2
			}
		}
		break
	}
}

// siteFrameGap says the text between a region and a project lets the region
// frame it: nothing, quotes, or a short modifier ending in 的 (统一的,
// 区域互连的, 城镇的).
func siteFrameGap(gap []rune) bool {
	g := strings.Trim(string(gap), "“”\"‘’ ")
	if g == "" {
		return true
	}
	if !strings.HasSuffix(g, "的") {
		return false
	}
	g = strings.TrimSuffix(g, "的")
	if len([]rune(g)) > 6 || strings.ContainsAny(g, siteModifierStops) {
		return false
	}
	return true
}

// siteTrimArea drops the generic area words and quotes that open s.
func siteTrimArea(s string) string {
	s = strings.Trim(s, "“”\"‘’ ")
	for changed := true; changed; {
		changed = false
		for _, w := range siteAreaWords {
			if strings.HasPrefix(s, w) {
				s, changed = strings.TrimPrefix(s, w), true
			}
		}
	}
	return s
}

// siteListLink says the text between two regions joins them in one list.
func siteListLink(gap string) bool {
	g := siteTrimArea(strings.Trim(gap, "“”\"‘’ "))
	for _, l := range siteListLinks {
		if strings.Trim(siteTrimArea(strings.TrimPrefix(g, l)), "“”\"‘’ ") == "" && strings.HasPrefix(g, l) {
			return true
		}
	}
	return false
}

// siteListStart returns the index in rs of the first region of the list that
// ends with the last of rs.
func siteListStart(text []rune, rs []labelHit) int {
	i := len(rs) - 1
	for i > 0 && siteListLink(string(text[rs[i-1].end:rs[i].start])) {
		i--
	}
	return i
}

// siteItemMarkers open the items of a plan's lists.
var siteItemMarkers = []string{"——", "—", "--"}

// byItems sites in the document's own region a project that heads an item
// whose text (the rest of its line and the lines after it up to the next
// item) speaks of the whole region: 大力推进全市公共场所的WLAN建设.
func (s *siteReader) byItems() {
	own := s.ownRegion()
	if own == nil {
		return
	}
	var selfForms []string
	for _, f := range nodeForms(own) {
		for _, w := range selfRegionWords {
			if f == w {
				selfForms = append(selfForms, f)
			}
		}
	}
	if len(selfForms) == 0 {
		return
	}
	text := s.d.Text
	lines := s.d.Lines
	for li, line := range lines {
		if line.Start < s.d.Body {
			continue
		}
		i, ok := siteItemStart(text, line.Start, line.End)
		if !ok {
			continue
		}
		// The project the item heads: named in its first clause, within a
		// verb of the marker (——建设地下空间管理信息平台。).
		var head *labelHit
		for k := sort.Search(len(s.prs), func(k int) bool { return s.prs[k].start >= i }); k < len(s.prs) && s.prs[k].start <= i+4; k++ {
			p := &s.prs[k]
			if p.end <= line.End && !strings.ContainsAny(string(text[i:p.start]), siteClauseStops+"、") {
				head = p
				break
			}
		}
		if head == nil || !siteThing(head.node.Name) {
			continue
		}
		// The heading ends at the first full stop or colon after the name.
		body := head.end
		for body < line.End && !strings.ContainsRune("。:", text[body]) {
			body++
		}
		end := line.End
		for _, next := range lines[li+1:] {
			if _, ok := siteItemStart(text, next.Start, next.End); ok {
				break
			}
			end = next.End
		}
		// Only the opening of the item: its first two sentences.
		for k, n := body+1, 0; k < end; k++ {
			if text[k] == '。' {
				if n++; n == 2 {
					end = k
				}
			}
		}
		for _, r := range s.rgs {
			if r.start >= body && r.end <= end && r.node == own && slices.Contains(selfForms, string(text[r.start:r.end])) {
				s.locate(head.node, own, head.start, head.end)
				break
			}
		}
	}
}

// siteItemStart returns where the text of an item line starts after its
// marker: ——X, (一)X, 重点专项二:X, 1.X.
func siteItemStart(text []rune, start, end int) (int, bool) {
	i := start
	for i < end && unicode.IsSpace(text[i]) {
		i++
	}
	for _, m := range siteItemMarkers {
		if hasStringAt(text, i, m) {
			return i + len([]rune(m)), true
		}
	}
	if i < end && (text[i] == '(' || text[i] == '（') {
		j := i + 1
		for j < end && j-i <= 4 && strings.ContainsRune("一二三四五六七八九十0123456789", text[j]) {
			j++
		}
		if j > i+1 && j < end && (text[j] == ')' || text[j] == '）') {
			return j + 1, true
		}
	}
	// 重点专项二:X / 专项3:X
	for j := i; j < end && j-i <= 10; j++ {
		if text[j] == ':' {
			if strings.Contains(string(text[i:j]), "专项") {
				return j + 1, true
			}
			break
		}
	}
	if i < end && text[i] >= '0' && text[i] <= '9' {
		j := i
		for j < end && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		if j < end && (text[j] == '.' || text[j] == '、') && j+1 < end && !(text[j+1] >= '0' && text[j+1] <= '9') {
			return j + 1, true
		}
	}
	return 0, false
}

// siteThingSuffixes end the names of things that stand somewhere: networks,
// platforms, systems, centres, bases. An item headed by a field of work
// (云计算关键技术研发, 监管服务) speaks of the region, not of a site.
var siteThingSuffixes = []string{"网", "网络", "平台", "系统", "中心", "热点", "光缆", "基地", "库", "站", "终端", "机房", "园"}

func siteThing(name string) bool {
	if strings.ContainsAny(name, "和与、及") {
		return false
	}
	for _, suf := range siteThingSuffixes {
		if strings.HasSuffix(name, suf) {
			return true
		}
	}
	return false
}

// siteScopeWords end the phrase 以R为…范围 that gives a project's scope.
var siteScopeWords = []string{"范围", "区域", "试点", "重点", "示范区", "突破口"}

// byScope sites a project in the regions a later clause of its sentence
// makes its scope: 建设P,以中心城区为主要实施范围 / 以A和B为试点区域.
// Another project named in between takes the phrase instead.
func (s *siteReader) byScope(p labelHit) {
	text := s.d.Text
	end := p.end
	for end < len(text) && !strings.ContainsRune("。;!?\n", text[end]) {
		end++
	}
	next := sort.Search(len(s.prs), func(k int) bool { return s.prs[k].start >= p.end })
	for j := p.end; j+1 < end; j++ {
		if next < len(s.prs) && s.prs[next].start <= j {
			return
		}
		if text[j] != '以' {
			continue
		}
		i := sort.Search(len(s.rgs), func(k int) bool { return s.rgs[k].start >= j+1 })
		if i >= len(s.rgs) || s.rgs[i].start != j+1 {
			continue
		}
		list := []labelHit{s.rgs[i]}
		for _, r2 := range s.rgs[i+1:] {
			if r2.end > end || !siteListLink(string(text[list[len(list)-1].end:r2.start])) {
				break
			}
			list = append(list, r2)
		}
		at := siteSkipArea(text, list[len(list)-1].end)
		if at >= end || text[at] != '为' {
			return
		}
		for k := at + 1; k < end && k <= at+8 && !strings.ContainsRune(siteClauseStops, text[k]); k++ {
			for _, w := range siteScopeWords {
				if hasStringAt(text, k, w) {
					for _, r := range list {
						s.locate(p.node, r.node, p.start, p.end)
					}
					return
				}
			}
		}
		return
	}
}

// siteSkipArea skips the generic area words at i (中心城区等区域为).
func siteSkipArea(text []rune, i int) int {
	for changed := true; changed; {
		changed = false
		for _, w := range siteAreaWords {
			if hasStringAt(text, i, w) {
				i += utf8.RuneCountInString(w)
				changed = true
			}
		}
	}
	return i
}
