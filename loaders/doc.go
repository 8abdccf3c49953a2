package loaders

import (
	"slices"
	"sort"
	"strings"

	"github.com/plangraph/plangraph/graph"
)

// Span is a stretch of the document's text, in runes.
type Span struct {
	Start, End int
	Text       string
}

// Doc is the document value the stages pass along.
type Doc struct {
	Path string
	ID   string
	Raw  []byte

	// Encoding is the detected encoding of Raw.
	Encoding string
	// Text is the decoded, normalised text; every span counts runes of it.
	Text []rune

	// Lines are the non-blank lines, trimmed.
	Lines []Span
	// Sentences are the sentences, trimmed, in text order.
	Sentences []Span

	// Meta is the document's metadata.
	Meta graph.Document
	// Region is the canonical name of the region the document covers.
	Region string
	// SelfPlan is the id of the Plan node the document is, if it is one.
	SelfPlan string
	// Body is where the document's own text starts, after its header.
	Body int

	nodes map[string]*graph.Node
	order []string
	edges map[string]*graph.Edge
	eord  []string
}

// NewDoc returns the document at path with its raw bytes, before any stage.
func NewDoc(path string, raw []byte) *Doc {
	return &Doc{
		Path:  path,
		ID:    graph.DocumentID(path),
		Raw:   raw,
		nodes: map[string]*graph.Node{},
		edges: map[string]*graph.Edge{},
	}
}

// Slice returns the text between two rune offsets.
func (d *Doc) Slice(start, end int) string {
	if start < 0 {
		start = 0
	}
	if end > len(d.Text) {
		end = len(d.Text)
	}
	if start >= end {
		return ""
	}
	return string(d.Text[start:end])
}

// Evidence returns the evidence for the span [start, end): the span and the
// sentence that holds it.
func (d *Doc) Evidence(start, end int) graph.Evidence {
	sentence := d.Slice(start, end)
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > start })
	if i < len(d.Sentences) && d.Sentences[i].Start <= start {
		sentence = d.Sentences[i].Text
	}
	return graph.Evidence{Doc: d.ID, Start: start, End: end, Text: sentence}
}

// Node returns the node with the given id, or nil.
func (d *Doc) Node(id string) *graph.Node { return d.nodes[id] }

// AddNode adds a node, or merges it into the node with the same id: aliases
// and evidence are joined, and properties already set are kept.
func (d *Doc) AddNode(label graph.Label, name string, aliases []string, props map[string]any, ev ...graph.Evidence) *graph.Node {
	id := graph.NodeID(label, name)
	n, ok := d.nodes[id]
	if !ok {
		n = &graph.Node{ID: id, Label: label, Name: name, Aliases: []string{}, Props: map[string]any{}}
		d.nodes[id] = n
		d.order = append(d.order, id)
	}
	for _, a := range aliases {
		if a != "" && a != name && !slices.Contains(n.Aliases, a) {
			n.Aliases = append(n.Aliases, a)
		}
	}
	for k, v := range props {
		if _, set := n.Props[k]; !set && v != nil {
			n.Props[k] = v
		}
	}
	n.Evidence = appendEvidence(n.Evidence, ev...)
	return n
}

// addKnown is AddNode for a name a later stage reads again: a node of the
// label that already carries the name as an alias (its variants were
// merged) is that node.
func (d *Doc) addKnown(label graph.Label, name string, ev graph.Evidence) *graph.Node {
	if d.nodes[graph.NodeID(label, name)] == nil {
		for _, id := range d.order {
			if n := d.nodes[id]; n.Label == label && slices.Contains(n.Aliases, name) {
				n.Evidence = appendEvidence(n.Evidence, ev)
				return n
			}
		}
	}
	return d.AddNode(label, name, nil, nil, ev)
}

// AddEdge adds a relationship, or joins its evidence to the same
// relationship added before. Relationships with value properties (an
// indicator's value) are distinct per value; others per type and ends.
func (d *Doc) AddEdge(t graph.RelType, from, to string, props map[string]any, ev ...graph.Evidence) {
	if from == "" || to == "" || from == to {
		return
	}
	key := string(t) + "|" + from + "|" + to
	if t == graph.CooperatesWith && to < from {
		key = string(t) + "|" + to + "|" + from
	}
	if v, ok := props["value"]; ok {
		key += "|" + strings.TrimSpace(strings.Join([]string{anyString(v), anyString(props["unit"]), anyString(props["year"]), anyString(props["kind"])}, "/"))
	}
	e, ok := d.edges[key]
	if !ok {
		if props == nil {
			props = map[string]any{}
		}
		e = &graph.Edge{Type: t, From: from, To: to, Props: props}
		d.edges[key] = e
		d.eord = append(d.eord, key)
	}
	e.Evidence = appendEvidence(e.Evidence, ev...)
}

// Extraction returns the graph the stages built.
func (d *Doc) Extraction() *graph.Extraction {
	x := &graph.Extraction{Documents: []graph.Document{d.Meta}}
	for _, id := range d.order {
		x.Nodes = append(x.Nodes, *d.nodes[id])
	}
	for _, k := range d.eord {
		x.Edges = append(x.Edges, *d.edges[k])
	}
	return x
}

// maxEvidence bounds the evidence kept per node or edge: a region named two
// hundred times needs a few sentences to show it, not two hundred.
const maxEvidence = 8

func appendEvidence(list []graph.Evidence, ev ...graph.Evidence) []graph.Evidence {
	for _, e := range ev {
		if len(list) >= maxEvidence {
			break
		}
		dup := false
		for _, x := range list {
			if x.Doc == e.Doc && x.Start == e.Start && x.End == e.End {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, e)
		}
	}
	return list
}

// mergeNodes folds each node of into (by id) into the node it maps to: its
// name and aliases become aliases of that node, its evidence joins that
// node's, and every relationship that ends at it ends at that node instead
// (a relationship between the two disappears). The folded nodes are removed.
func (d *Doc) mergeNodes(into map[string]string) {
	if len(into) == 0 {
		return
	}
	target := func(id string) string {
		if t, ok := into[id]; ok && d.nodes[t] != nil {
			return t
		}
		return id
	}
	for _, id := range d.order {
		t := target(id)
		if t == id {
			continue
		}
		f, n := d.nodes[id], d.nodes[t]
		for _, a := range append([]string{f.Name}, f.Aliases...) {
			if a != n.Name && !slices.Contains(n.Aliases, a) {
				n.Aliases = append(n.Aliases, a)
			}
		}
		for k, v := range f.Props {
			if _, set := n.Props[k]; !set && v != nil {
				n.Props[k] = v
			}
		}
		n.Evidence = appendEvidence(n.Evidence, f.Evidence...)
	}
	d.order = slices.DeleteFunc(d.order, func(id string) bool { return target(id) != id })
	for id := range into {
		if target(id) != id {
			delete(d.nodes, id)
		}
	}
	keys, old := d.eord, d.edges
	d.edges, d.eord = map[string]*graph.Edge{}, nil
	for _, k := range keys {
		e := old[k]
		e.From, e.To = target(e.From), target(e.To)
		d.AddEdge(e.Type, e.From, e.To, e.Props, e.Evidence...)
	}
}
