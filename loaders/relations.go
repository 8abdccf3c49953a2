package loaders

import (
	"regexp"
	"sort"
	"strings"

	"github.com/plangraph/plangraph/graph"
)

// Relations reads funds and FUNDS, COOPERATES_WITH, SUPERSEDES, IMPLEMENTS
// between plans, and the issuers of cited plans and policies. It runs after
// the stages that read projects, agencies and regions, and links the nodes
// they made.
func Relations(dicts *Dictionaries) func(*Doc) error {
	return func(d *Doc) error {
		before := map[string]bool{}
		for _, id := range d.order {
			before[id] = true
		}
		funds(dicts, d)
		respFunded(d, before)
		cooperation(dicts, d)
		citedIssuers(dicts, d)
		explicitSuccession(dicts, d)
		planSeries(dicts, d)
		partiesCovered(dicts, d)
		return nil
	}
}

// issuerVerbRe follows an issuer named before a citation: 信息产业部颁布的
// 《X》, 工程办公室组织编撰的《X》.
var issuerVerbRe = regexp.MustCompile(`(?:组织)?(?:颁布|发布|印发|制定|制订|编制|编撰|出台)的?$`)

// jointIssueRe is "与A联合发布《X》": A issues X with the document's author.
var jointIssueRe = regexp.MustCompile(`与(.{2,20}?)(?:联合|共同)(?:发布|印发|颁布|制定|出台)$`)

// authorVerbRe opens a clause whose subject drew up what it names:
// 中心…,发布《X》; 中心开展“X报告”等研究.
var authorVerbRe = regexp.MustCompile(`^(?:[和并还又也先后正式首次率先组织牵头负责共同联合]{0,4})(?:发布|印发|制订|制定|编制|编撰|编写|出台|起草|开展|出版|推出|完成)`)

// citedIssuers adds ISSUED_BY from a cited plan or policy to the agency the
// text names as its author: just before it (信息产业部颁布的《X》), the
// author of the citation it is listed with (《A》和《B》), or the agency
// that opens the sentence when the citation's clause says it was drawn up
// (中心…,发布《X》).
func citedIssuers(dicts *Dictionaries, d *Doc) {
	nodes := d.nodesWithLabel(graph.LabelAgency)
	if len(nodes) == 0 {
		return
	}
	agencies := indexNodes(nodes)
	type cite struct {
		n  *graph.Node
		ev graph.Evidence
	}
	var cites []cite
	for _, l := range []graph.Label{graph.LabelPlan, graph.LabelPolicy} {
		for _, n := range d.nodesWithLabel(l) {
			if n.ID == d.SelfPlan {
				continue
			}
			for _, ev := range n.Evidence {
				if ev.Doc == d.ID && ev.Start >= d.Body {
					cites = append(cites, cite{n, ev})
				}
			}
		}
	}
	sort.SliceStable(cites, func(i, j int) bool { return cites[i].ev.Start < cites[j].ev.Start })
	lastEnd, lastIssuer := -1, ""
	for _, c := range cites {
		n, ev := c.n, c.ev
		issuer := ""
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
		hits := agencies.find(d, from, end)
		if len(hits) > 0 && hits[len(hits)-1].end == end && end < ev.Start {
			issuer = hits[len(hits)-1].node.ID
		} else if len(hits) > 0 && hits[len(hits)-1].end == end && jointIssueRe.MatchString(d.Slice(from, ev.Start)) {
			issuer = hits[len(hits)-1].node.ID
		}
		if issuer == "" && lastIssuer != "" && lastEnd >= 0 && ev.Start-lastEnd <= 1 && ev.Start > lastEnd-1 &&
			strings.ContainsAny(d.Slice(lastEnd, ev.Start), "和及、与") {
			issuer = lastIssuer
		}
		if issuer == "" {
			issuer = sentenceSubject(d, agencies, ev.Start)
		}
		lastEnd, lastIssuer = ev.End, issuer
		if issuer != "" {
			d.AddEdge(graph.IssuedBy, n.ID, issuer, nil, ev)
		}
	}
}

// sentenceSubject returns the agency that opens the sentence holding pos
// when the clause before pos opens with a verb of drawing up, and no other
// agency stands between them; "" otherwise.
func sentenceSubject(d *Doc, agencies *nodeIndex, pos int) string {
	s0, _ := d.sentenceAt(pos)
	c := pos
	for c > s0 && !strings.ContainsRune(",;:，；：", d.Text[c-1]) {
		c--
	}
	if !authorVerbRe.MatchString(d.Slice(c, pos)) {
		return ""
	}
	hits := agencies.find(d, s0, pos)
	if len(hits) != 1 || strings.TrimSpace(d.Slice(s0, hits[0].start)) != "" {
		return ""
	}
	return hits[0].node.ID
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

// partiesCovered adds COVERS from a cooperation plan to its parties, named
// by a phrase for several regions acting together (两省一市, 苏浙沪).
func partiesCovered(dicts *Dictionaries, d *Doc) {
	if d.Meta.Kind == "agreement" {
		titleParties(dicts, d)
		return
	}
	if d.SelfPlan == "" || d.Meta.Kind != "cooperation_plan" {
		return
	}
	text := string(d.Text[d.Body:])
	phrases := make([]string, 0, len(dicts.MultiRegions))
	for p := range dicts.MultiRegions {
		phrases = append(phrases, p)
	}
	sort.Strings(phrases)
	for _, phrase := range phrases {
		members := dicts.MultiRegions[phrase]
		i := strings.Index(text, phrase)
		if i < 0 {
			continue
		}
		start := d.Body + runeIndex(text, i)
		ev := d.Evidence(start, start+len([]rune(phrase)))
		for _, m := range members {
			r := d.addRegion(dicts, m, ev)
			d.AddEdge(graph.Covers, d.SelfPlan, r.ID, nil, ev)
		}
	}
}

// successionRe are the words by which a plan says it follows an earlier
// one: 上一轮规划, 在“十五”规划指导下, 接续/承接/延续…规划, …的基础上.
var successionBeforeRe = regexp.MustCompile(`(?:上一轮|上轮|前一轮|上一个五年|接续|承接|延续|继承|在)[^。;,]{0,4}$`)
var successionAfterRe = regexp.MustCompile(`^[^。;,]{0,3}(?:指导下|的基础上|基础上|之后|完成后|实施完成)`)
var repealBeforeRe = regexp.MustCompile(`原[^。;,]{0,3}$`)
var repealAfterRe = regexp.MustCompile(`^[^。;]{0,20}?(?:同时|即行|自行)?(?:废止|停止执行|不再执行|失效)`)
var lastRoundRe = regexp.MustCompile(`(?:上一轮|上轮|前一轮)[^。;,]{0,4}$`)

// explicitSuccession adds SUPERSEDES (explicit: true) from the document's
// plan to a cited plan the text says it follows: one named after 上一轮, or
// one of the period just before, of the same region, named with 在…指导下,
// 接续, …的基础上.
func explicitSuccession(dicts *Dictionaries, d *Doc) {
	self := d.Node(d.SelfPlan)
	if self == nil {
		return
	}
	ps, okSelf := planPeriod(self)
	for _, n := range d.nodesWithLabel(graph.LabelPlan) {
		if n.ID == self.ID {
			continue
		}
		pn, ok := planPeriod(n)
		earlier := ok && okSelf && pn[1] < ps[0] && ps[0]-pn[1] <= 2
		region := anyString(n.Props["region"])
		sameRegion := region == "" || region == anyString(self.Props["region"])
		for _, ev := range n.Evidence {
			if ev.Doc != d.ID || ev.Start < d.Body {
				continue
			}
			before, after := d.Slice(ev.Start-8, ev.Start), d.Slice(ev.End, ev.End+8)
			lastRound := lastRoundRe.MatchString(before) && sameRegion && (!ok || !okSelf || pn[1] < ps[0])
			// 原《X》同时废止: the notice issuing a plan repeals the one
			// it replaces.
			lastRound = lastRound || (repealBeforeRe.MatchString(before) && repealAfterRe.MatchString(d.Slice(ev.End, ev.End+24)) && (!ok || !okSelf || pn[1] < ps[0]))
			follows := earlier && sameRegion && successionBeforeRe.MatchString(before) && successionAfterRe.MatchString(after)
			if lastRound || follows || (earlier && sameRegion && successionAfterRe.MatchString(after) && !strings.HasSuffix(before, "按照")) {
				d.AddEdge(graph.Supersedes, self.ID, n.ID, map[string]any{"explicit": true}, ev)
				break
			}
		}
	}
}

// titleParties adds COVERS from an agreement to the parties its title names
// by a phrase for several regions (川渝两地…合作框架协议, 京津冀…合作协议):
// the body's phrases may name areas the agreement only mentions.
func titleParties(dicts *Dictionaries, d *Doc) {
	title := d.Meta.Title
	best := ""
	for phrase := range dicts.MultiRegions {
		// the longest phrase the title opens with or holds, once
		if strings.Contains(title, phrase) && (len(phrase) > len(best) || len(phrase) == len(best) && phrase < best) {
			best = phrase
		}
	}
	if best == "" {
		return
	}
	ev := d.spanOf(best, 0)
	for _, m := range dicts.MultiRegions[best] {
		r := d.addRegion(dicts, m, ev)
		d.AddEdge(graph.Covers, d.ID, r.ID, nil, ev)
	}
}
