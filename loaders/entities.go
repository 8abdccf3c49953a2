package loaders

import (
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/plangraph/plangraph/graph"
)

// cleanName strips the quotes and brackets GUIDELINE.md keeps out of names.
func cleanName(s string) string {
	return strings.TrimSpace(trimAll(s, "“”\"'‘’「」『』《》〈〉"))
}

// DocumentNodes adds the Document node, the Plan the document is (when it is
// one), its issuers with ISSUED_BY and its region with COVERS.
func DocumentNodes(dicts *Dictionaries) func(*Doc) error {
	return func(d *Doc) error {
		m := d.Meta
		titleEv := d.spanOf(m.Title, 0)
		props := map[string]any{
			"file": m.File, "kind": m.Kind, "title": m.Title, "noticeTitle": m.NoticeTitle,
			"docNumber": m.DocNumber, "publishedAt": m.PublishedAt, "signedAt": m.SignedAt,
			"region": m.Region, "encoding": m.Encoding, "chars": m.Chars, "issuer": m.Issuer,
		}
		if len(m.Period) == 2 {
			props["periodStart"], props["periodEnd"] = m.Period[0], m.Period[1]
		}
		doc := d.addNodeWithID(d.ID, graph.LabelDocument, m.Title, props, titleEv)
		docID := doc.ID

		ends := []string{docID}
		if k, ok := dicts.DocKindOf(m.Title); ok && k.Label == string(graph.LabelPlan) {
			pp := map[string]any{"kind": k.Kind, "region": m.Region}
			if len(m.Period) == 2 {
				pp["periodStart"], pp["periodEnd"] = m.Period[0], m.Period[1]
			}
			plan := d.AddNode(graph.LabelPlan, cleanName(m.Title), nil, pp, titleEv)
			d.SelfPlan = plan.ID
			d.AddEdge(graph.Describes, docID, plan.ID, nil, titleEv)
			ends = append(ends, plan.ID)
		}
		for _, name := range m.Issuer {
			e, _ := dicts.Agencies[name]
			kind, aliases := agencyKind(dicts, name), []string(nil)
			if e != nil {
				kind, aliases = e.Kind, e.Aliases
			}
			ag := d.AddNode(graph.LabelAgency, name, aliases, map[string]any{"kind": kind}, d.spanOf(name, 0))
			for _, from := range ends {
				d.AddEdge(graph.IssuedBy, from, ag.ID, nil, d.spanOf(name, 0))
			}
		}
		if m.Region != "" {
			r := d.addRegion(dicts, m.Region, d.spanOf(m.Region, 0))
			for _, from := range ends {
				d.AddEdge(graph.Covers, from, r.ID, nil, titleEv)
			}
		}
		return nil
	}
}

// addNodeWithID adds a node whose id is not derived from its name: the
// Document, whose id is its file.
func (d *Doc) addNodeWithID(id string, label graph.Label, name string, props map[string]any, ev graph.Evidence) *graph.Node {
	n := &graph.Node{ID: id, Label: label, Name: name, Aliases: []string{}, Props: props, Evidence: []graph.Evidence{ev}}
	if _, ok := d.nodes[id]; !ok {
		d.order = append(d.order, id)
	}
	d.nodes[id] = n
	return n
}

// spanOf returns the evidence of the first occurrence of s at or after rune
// offset from, or of the document's first line when s does not occur.
func (d *Doc) spanOf(s string, from int) graph.Evidence {
	if s != "" {
		if i := indexRunes(d.Text, []rune(s), from); i >= 0 {
			return d.Evidence(i, i+len([]rune(s)))
		}
	}
	if len(d.Lines) > 0 {
		return d.Evidence(d.Lines[0].Start, d.Lines[0].End)
	}
	return graph.Evidence{Doc: d.ID}
}

func indexRunes(text, sub []rune, from int) int {
	if len(sub) == 0 {
		return -1
	}
outer:
	for i := from; i+len(sub) <= len(text); i++ {
		for j := range sub {
			if text[i+j] != sub[j] {
				continue outer
			}
		}
		return i
	}
	return -1
}

// agencyKind is the kind an agency's suffix implies.
func agencyKind(dicts *Dictionaries, name string) string {
	for _, suf := range dicts.AgencySuffixes {
		if strings.HasSuffix(name, suf) {
			if k, ok := dicts.SuffixKind[suf]; ok {
				return k
			}
		}
	}
	return "other"
}

// addRegion adds the region with the given canonical name and its parent
// chain up to the document's own region.
func (d *Doc) addRegion(dicts *Dictionaries, name string, ev graph.Evidence) *graph.Node {
	e, ok := dicts.Regions[name]
	if !ok && name == d.Region {
		e, ok = adHocRegion(dicts, d)
	}
	if !ok {
		return d.AddNode(graph.LabelRegion, name, nil, nil, ev)
	}
	return d.AddNode(graph.LabelRegion, e.Name, e.Aliases, map[string]any{"level": e.Level, "parent": e.Parent}, ev)
}

// selfRefs are the words by which a document names its own region, by the
// last character of that region's name: a 市 says 本市, a 区 我区.
var selfRefs = map[rune][]string{
	'市': {"本市", "我市", "全市"},
	'区': {"本区", "我区", "全区"},
	'县': {"本县", "我县", "全县"},
	'省': {"本省", "我省", "全省"},
}

// Regions adds every region the text names, resolving 本市/我区… to the
// document's own region, with PART_OF edges between the regions found. Zones
// and city parts are read by the structure of their names (scanZones); a
// dictionary form inside such a name (青浦 in 青浦新城) is part of it, not
// a mention of its own.
func Regions(dicts *Dictionaries) func(*Doc) error {
	return func(d *Doc) error {
		own, hasOwn := dicts.Regions[d.Region]
		if !hasOwn {
			// a district the dictionary does not list: its full name
			// is its mention, and it lies in its city
			if own, hasOwn = adHocRegion(dicts, d); hasOwn {
				addAdHocRegion(dicts, d, own)
			}
		}
		hasOwn = hasOwn && own.Name != ""
		found := map[string]bool{}
		zones := scanZones(dicts, d.Text)
		for _, m := range dicts.regionForms.find(d.Text) {
			if insideZone(zones, m.Start, m.End) || regionFormSplit(dicts, d.Text, m) {
				continue
			}
			name := pickRegion(dicts, m.Targets, d.Region)
			n := d.addRegion(dicts, name, d.Evidence(m.Start, m.End))
			// 上海地区: the region with a generic word is an alias.
			if hasStringAt(d.Text, m.End, "地区") && !strings.HasSuffix(m.Form, "地区") && !strings.HasSuffix(m.Form, "区") {
				if a := m.Form + "地区"; !slices.Contains(n.Aliases, a) && zoneAfterBoundary(d.Text, m.End+2) {
					n.Aliases = append(n.Aliases, a)
				}
			}
			found[name] = true
		}
		if hasOwn {
			name := []rune(own.Name)
			for _, ref := range selfRefs[name[len(name)-1]] {
				for i := indexRunes(d.Text, []rune(ref), d.Body); i >= 0; i = indexRunes(d.Text, []rune(ref), i+1) {
					n := d.addRegion(dicts, own.Name, d.Evidence(i, i+2))
					if !slices.Contains(n.Aliases, ref) {
						n.Aliases = append(n.Aliases, ref)
					}
					found[own.Name] = true
				}
			}
		}
		// in name order, not map order: the same text gives the same
		// output, byte for byte
		for _, name := range slices.Sorted(maps.Keys(found)) {
			e, ok := dicts.Regions[name]
			if ok && e.Parent != "" && found[e.Parent] {
				ev := d.Node(graph.NodeID(graph.LabelRegion, name)).Evidence[0]
				d.AddEdge(graph.PartOf, graph.NodeID(graph.LabelRegion, name), graph.NodeID(graph.LabelRegion, e.Parent), nil, ev)
			}
		}
		addZones(dicts, d, zones, found)
		return nil
	}
}

// pickRegion chooses among regions sharing a form (朝阳: a district of
// Beijing and a city of Liaoning) the one inside the document's region.
func pickRegion(dicts *Dictionaries, names []string, own string) string {
	for _, n := range names {
		if own != "" && dicts.IsWithin(n, own) {
			return n
		}
	}
	return names[0]
}

// Agencies adds the agencies of the dictionary the text names.
func Agencies(dicts *Dictionaries) func(*Doc) error {
	return func(d *Doc) error {
		for _, m := range dicts.agencyForms.find(d.Text) {
			// 公安部门, 人事部长: the form is the start of a longer word.
			if m.End < len(d.Text) && strings.ContainsRune(orgNextStop, d.Text[m.End]) && len(orgPrevStop[string([]rune(m.Form)[len([]rune(m.Form))-1:])]) > 0 {
				continue
			}
			// 中国移动广东公司: a branch named by the group and a region
			// is a body of its own, the group is not named.
			if agencyBranchAt(dicts, d.Text, m.End) {
				continue
			}
			e := dicts.Agencies[m.Targets[0]]
			d.AddNode(graph.LabelAgency, e.Name, e.Aliases, map[string]any{"kind": e.Kind}, d.Evidence(m.Start, m.End))
		}
		return nil
	}
}

// agencyBranchSuffixes end the name of a group's regional branch.
var agencyBranchSuffixes = []string{"分公司", "子公司", "公司", "分行", "支行", "分局", "分院", "分中心", "分部"}

// agencyBranchAt says a region followed by a branch suffix starts at i
// (广东公司, 上海分公司, 浙江省分公司).
func agencyBranchAt(dicts *Dictionaries, text []rune, i int) bool {
	m, ok := dicts.regionForms.longestAt(text, i)
	if !ok {
		return false
	}
	for _, suf := range agencyBranchSuffixes {
		if hasStringAt(text, m.End, suf) {
			return true
		}
	}
	return false
}

var citeRe = regexp.MustCompile(`《([^《》\n]{2,80})》`)

// basisRe is the lead of a citation the citing plan rests on or carries
// out; citeChainRe continues the previous citation's relation (根据《A》和《B》).
var basisRe = regexp.MustCompile(`(依据|根据|按照|遵照|贯彻落实|贯彻|落实|遵循|实施|执行|对接|参照)[^。;，,]{0,6}$`)
var citeChainRe = regexp.MustCompile(`》[和及与、]$`)

// Citations adds the plans and policies cited in 《》: a title ending in a
// kind of plan is a Plan, one ending in another kind of instrument a Policy,
// and anything else (a newspaper, a book) nothing. A plan document is
// BASED_ON what it cites after 依据/根据/按照…, and implements the plans it
// cites after 落实/实施. Plans named without 《》 (贯彻X战略, 本市X“十一五”
// 规划) are read too, and each cited plan COVERS the region its title opens
// with.
func Citations(dicts *Dictionaries) func(*Doc) error {
	return func(d *Doc) error {
		text := string(d.Text)
		prevRel, prevEnd := "", -1
		for _, loc := range citeRe.FindAllStringSubmatchIndex(text, -1) {
			form := cleanName(text[loc[2]:loc[3]])
			k, ok := citedKind(dicts, form)
			if !ok {
				continue
			}
			start, end := runeIndex(text, loc[0]), runeIndex(text, loc[1])
			ev := d.Evidence(start, end)
			label := graph.Label(k.Label)
			region, title, _ := regionPrefix(dicts, d, form)
			title = cleanName(title)
			var aliases []string
			if title != form {
				aliases = append(aliases, form)
			}
			var props map[string]any
			if label == graph.LabelPlan {
				props = planProps(dicts, text[loc[2]:loc[3]], region)
			} else {
				props = map[string]any{"kind": k.Kind}
			}
			n := d.AddNode(label, title, aliases, props, ev)
			rel := ""
			lead := d.Slice(start-12, start)
			if m := basisRe.FindStringSubmatch(lead); m != nil {
				rel = "based"
				if m[1] == "落实" || m[1] == "实施" || m[1] == "执行" {
					rel = "implements"
				}
			} else if prevEnd >= 0 && prevEnd >= start-1 && citeChainRe.MatchString(d.Slice(start-2, start)) {
				rel = prevRel
			}
			prevRel, prevEnd = rel, end
			if n.ID == d.SelfPlan {
				continue
			}
			if label == graph.LabelPlan {
				coverPlan(dicts, d, n, region, nil, ev)
			}
			relateCitation(d, n, rel, ev)
		}
		quoted := quotedMask(d.Text)
		for _, pm := range findUnquotedPlans(dicts, d, quoted) {
			addPlanMention(dicts, d, pm)
		}
		for _, pm := range findUnquotedPolicies(dicts, d, quoted) {
			addPolicyMention(dicts, d, pm)
		}
		quotedPolicies(dicts, d)
		addSelfAliases(d)
		return nil
	}
}

// trailingNoteRe is a bracketed note after a title: (试行), (2007版),
// (第五册), (DB31/T381-2007), (2006-2010年).
var trailingNoteRe = regexp.MustCompile(`\([^()]{1,24}\)$`)

// citedKind is the kind of a cited title, read from its last word once
// bracketed notes after it are set aside: 管理指南(试行) is a 指南.
func citedKind(dicts *Dictionaries, title string) (DocKind, bool) {
	for i := 0; i < 3; i++ {
		if k, ok := dicts.DocKindOf(title); ok {
			return k, true
		}
		t := trailingNoteRe.ReplaceAllString(title, "")
		if t == title {
			break
		}
		title = strings.TrimSpace(t)
	}
	return DocKind{}, false
}

// Mentions joins the Document to every node read from it, with the first
// place it was read.
func Mentions(d *Doc) error {
	for _, id := range d.order {
		n := d.nodes[id]
		if id == d.ID || len(n.Evidence) == 0 {
			continue
		}
		d.AddEdge(graph.Mentions, d.ID, id, nil, n.Evidence[0])
	}
	return nil
}

// addAdHocRegion adds the document's own region that the dictionary does not
// list (adHocRegion) at each mention of its full name after the header, with
// PART_OF its city.
func addAdHocRegion(dicts *Dictionaries, d *Doc, own *RegionEntry) {
	name := []rune(own.Name)
	n := d.addRegion(dicts, own.Name, d.spanOf(own.Name, 0))
	for i := indexRunes(d.Text, name, d.Body); i >= 0; i = indexRunes(d.Text, name, i+len(name)) {
		d.addRegion(dicts, own.Name, d.Evidence(i, i+len(name)))
	}
	parent := d.addRegion(dicts, own.Parent, n.Evidence[0])
	d.AddEdge(graph.PartOf, n.ID, parent.ID, nil, n.Evidence[0])
}
