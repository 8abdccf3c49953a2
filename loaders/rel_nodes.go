package loaders

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/plangraph/plangraph/graph"
)

// nodesWithLabel returns the nodes with label l, in the order they were
// added: the Relations stage links what earlier stages read.
func (d *Doc) nodesWithLabel(l graph.Label) []*graph.Node {
	var out []*graph.Node
	for _, id := range d.order {
		if n := d.nodes[id]; n.Label == l {
			out = append(out, n)
		}
	}
	return out
}

// nodeForms are the name and aliases of a node, longest first, at least two
// runes long.
func nodeForms(n *graph.Node) []string {
	var out []string
	for _, f := range append([]string{n.Name}, n.Aliases...) {
		if len([]rune(f)) >= 2 && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j]) > len(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// labelHit is a node of a label named at a place in the text.
type labelHit struct {
	node       *graph.Node
	start, end int
}

// findNodes returns where the nodes are named in text[from:to]: the
// leftmost-longest name or alias at each place.
func findNodes(d *Doc, nodes []*graph.Node, from, to int) []labelHit {
	return indexNodes(nodes).find(d, from, to)
}

// nodeIndex holds the names and aliases of a set of nodes by first rune,
// for a caller that looks for them clause after clause.
type nodeIndex struct {
	byFirst map[rune][]nodeForm
}

// nodeForm is one name or alias of a node.
type nodeForm struct {
	s string
	n *graph.Node
}

// indexNodes indexes the names and aliases of nodes.
func indexNodes(nodes []*graph.Node) *nodeIndex {
	ix := &nodeIndex{byFirst: map[rune][]nodeForm{}}
	for _, n := range nodes {
		for _, f := range nodeForms(n) {
			r, _ := utf8.DecodeRuneInString(f)
			ix.byFirst[r] = append(ix.byFirst[r], nodeForm{f, n})
		}
	}
	return ix
}

// find is findNodes over the indexed nodes.
func (ix *nodeIndex) find(d *Doc, from, to int) []labelHit {
	if to > len(d.Text) {
		to = len(d.Text)
	}
	var out []labelHit
	seg := string(d.Text[from:to])
	// Walk the segment by bytes, counting runes, so that no suffix of it is
	// ever copied: this runs over every sentence of a document.
	for b, i := 0, 0; b < len(seg); {
		r, size := utf8.DecodeRuneInString(seg[b:])
		best := nodeForm{}
		for _, f := range ix.byFirst[r] {
			if len(f.s) > len(best.s) && strings.HasPrefix(seg[b:], f.s) {
				best = f
			}
		}
		if best.n != nil {
			n := utf8.RuneCountInString(best.s)
			out = append(out, labelHit{best.n, from + i, from + i + n})
			b += len(best.s)
			i += n
			continue
		}
		b += size
		i++
	}
	return out
}
