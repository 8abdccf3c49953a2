package server

import (
	"fmt"
	"sort"
	"strings"

	"github.com/plangraph/plangraph/graph"
)

func intOr(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func propString(p map[string]any, k string) *string {
	s, _ := p[k].(string)
	return strPtr(s)
}

func propInt(p map[string]any, k string) *int {
	switch v := p[k].(type) {
	case int64:
		n := int(v)
		return &n
	case int:
		return &v
	case float64:
		n := int(v)
		return &n
	}
	return nil
}

func propFloat(p map[string]any, k string) *float64 {
	switch v := p[k].(type) {
	case float64:
		return &v
	case int64:
		f := float64(v)
		return &f
	}
	return nil
}

func propPeriod(p map[string]any) []int {
	a, b := propInt(p, "periodStart"), propInt(p, "periodEnd")
	if a == nil || b == nil {
		return nil
	}
	return []int{*a, *b}
}

func aliases(n graph.Node) []string {
	if n.Aliases == nil {
		return []string{}
	}
	return n.Aliases
}

// modelOf turns a stored node into the GraphQL type of its label.
func modelOf(n graph.Node) Node {
	base := func() (string, string, []string, []Label) {
		return n.ID, n.Name, aliases(n), []Label{Label(n.Label)}
	}
	p := n.Props
	switch n.Label {
	case graph.LabelDocument:
		return documentModel(documentOfNode(n))
	case graph.LabelPlan:
		x := &Plan{Kind: propString(p, "kind"), Period: propPeriod(p), Region: propString(p, "region")}
		x.ID, x.Name, x.Aliases, x.Labels = base()
		return x
	case graph.LabelPolicy:
		x := &Policy{Kind: propString(p, "kind")}
		x.ID, x.Name, x.Aliases, x.Labels = base()
		return x
	case graph.LabelSpecialProject:
		x := &SpecialProject{}
		x.ID, x.Name, x.Aliases, x.Labels = base()
		return x
	case graph.LabelAgency:
		x := &Agency{Kind: propString(p, "kind")}
		x.ID, x.Name, x.Aliases, x.Labels = base()
		return x
	case graph.LabelRegion:
		x := &Region{Level: propString(p, "level")}
		x.ID, x.Name, x.Aliases, x.Labels = base()
		return x
	case graph.LabelIndicator:
		x := &Indicator{}
		x.ID, x.Name, x.Aliases, x.Labels = base()
		return x
	case graph.LabelGoal:
		x := &Goal{Year: propInt(p, "year")}
		x.ID, x.Name, x.Aliases, x.Labels = base()
		return x
	default:
		x := &Fund{}
		x.ID, x.Name, x.Aliases, x.Labels = base()
		return x
	}
}

// documentOfNode reads a document's metadata from its node's properties.
func documentOfNode(n graph.Node) graph.Document {
	p := n.Props
	str := func(k string) string { s, _ := p[k].(string); return s }
	d := graph.Document{
		ID: n.ID, File: str("file"), Title: str("title"), NoticeTitle: str("noticeTitle"), Kind: str("kind"),
		DocNumber: str("docNumber"), PublishedAt: str("publishedAt"), SignedAt: str("signedAt"),
		Region: str("region"), Encoding: str("encoding"), Period: propPeriod(p), Issuer: []string{},
	}
	if d.Title == "" {
		d.Title = n.Name
	}
	if c := propInt(p, "chars"); c != nil {
		d.Chars = *c
	}
	if xs, ok := p["issuer"].([]any); ok {
		for _, x := range xs {
			d.Issuer = append(d.Issuer, fmt.Sprint(x))
		}
	}
	return d
}

func documentModel(d graph.Document) *Document {
	issuer := d.Issuer
	if issuer == nil {
		issuer = []string{}
	}
	return &Document{
		ID: d.ID, Name: d.Title, Aliases: []string{}, Labels: []Label{LabelDocument},
		File: d.File, Title: d.Title, NoticeTitle: strPtr(d.NoticeTitle), Kind: d.Kind,
		Issuer: issuer, DocNumber: strPtr(d.DocNumber), PublishedAt: strPtr(d.PublishedAt),
		SignedAt: strPtr(d.SignedAt), Period: d.Period, Region: strPtr(d.Region),
		Encoding: d.Encoding, Chars: d.Chars,
	}
}

func evidenceModels(ev []graph.Evidence) []Evidence {
	out := make([]Evidence, 0, len(ev))
	for _, e := range ev {
		out = append(out, Evidence{DocumentID: e.Doc, Start: e.Start, End: e.End, Sentence: e.Text})
	}
	return out
}

// properties lists a property map as sorted key–value pairs, leaving out
// the store's bookkeeping.
func properties(p map[string]any) []Property {
	keys := make([]string, 0, len(p))
	for k := range p {
		if k != "key" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	out := make([]Property, 0, len(keys))
	for _, k := range keys {
		out = append(out, Property{Key: k, Value: propertyText(p[k])})
	}
	return out
}

func propertyText(v any) string {
	if xs, ok := v.([]any); ok {
		parts := make([]string, len(xs))
		for i, x := range xs {
			parts[i] = fmt.Sprint(x)
		}
		return strings.Join(parts, ",")
	}
	return fmt.Sprint(v)
}

func relationshipModel(rel graph.Relation) Relationship {
	p := rel.Props
	out := Relationship{
		Type: RelType(rel.Type), FromID: rel.From, ToID: rel.To, Node: modelOf(rel.Other),
		DocumentID: propString(p, "doc"), Value: propFloat(p, "value"), Unit: propString(p, "unit"),
		Raw: propString(p, "raw"), Year: propInt(p, "year"), Kind: propString(p, "kind"),
		Comparator: propString(p, "comparator"), Properties: properties(p), Evidence: evidenceModels(rel.Evidence),
	}
	if b, ok := p["explicit"].(bool); ok {
		out.Explicit = &b
	}
	return out
}

func subgraphModel(sg *graph.Subgraph) *Subgraph {
	out := &Subgraph{Nodes: []Node{}, Edges: []GraphEdge{}}
	for _, n := range sg.Nodes {
		out.Nodes = append(out.Nodes, modelOf(n))
	}
	for _, e := range sg.Edges {
		ge := GraphEdge{Type: RelType(e.Type), From: e.From, To: e.To, Properties: properties(e.Props), Evidence: evidenceModels(e.Evidence)}
		if b, ok := e.Props["explicit"].(bool); ok {
			ge.Explicit = &b
		}
		out.Edges = append(out.Edges, ge)
	}
	return out
}

func pageInfo(p *graph.NodePage) *PageInfo {
	pi := &PageInfo{HasNextPage: p.HasNext}
	if len(p.Nodes) > 0 {
		c := graph.Cursor(p.Offset + len(p.Nodes) - 1)
		pi.EndCursor = &c
	}
	return pi
}

func counts(m map[string]int) []Count {
	out := make([]Count, 0, len(m))
	for k, v := range m {
		out = append(out, Count{Key: k, Count: v})
	}
	sort.Slice(out, func(i, j int) bool {
		return out[i].Count > out[j].Count || out[i].Count == out[j].Count && out[i].Key < out[j].Key
	})
	return out
}

func labelsOf(ls []Label) []graph.Label {
	out := make([]graph.Label, len(ls))
	for i, l := range ls {
		out[i] = graph.Label(l)
	}
	return out
}

func filterOf(f *NodeFilter) graph.Filter {
	var out graph.Filter
	if f == nil {
		return out
	}
	deref := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	out.NameContains, out.Region, out.Agency = deref(f.NameContains), deref(f.Region), deref(f.Agency)
	out.Plan, out.Document, out.DocumentKind = deref(f.Plan), deref(f.Document), deref(f.DocumentKind)
	out.Years = f.Years
	return out
}

func orderOf(o *NodeOrder) graph.Order {
	if o == nil {
		return graph.Order{}
	}
	out := graph.Order{Field: strings.ToLower(string(o.Field))}
	if o.Desc != nil {
		out.Desc = *o.Desc
	}
	return out
}
