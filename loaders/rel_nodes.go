package loaders

import (
	"strings"

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
		if len([]rune(f)) >= 2 && !contains(out, f) {
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
	if to > len(d.Text) {
		to = len(d.Text)
	}
	var out []labelHit
	seg := string(d.Text[from:to])
	type form struct {
		s string
		n *graph.Node
	}
	var forms []form
	for _, n := range nodes {
		for _, f := range nodeForms(n) {
			forms = append(forms, form{f, n})
		}
	}
	rs := []rune(seg)
	for i := 0; i < len(rs); i++ {
		best := form{}
		for _, f := range forms {
			if len(f.s) > len(best.s) && strings.HasPrefix(string(rs[i:]), f.s) {
				best = f
			}
		}
		if best.n != nil {
			n := len([]rune(best.s))
			out = append(out, labelHit{best.n, from + i, from + i + n})
			i += n - 1
		}
	}
	return out
}
