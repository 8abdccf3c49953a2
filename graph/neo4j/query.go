package neo4j

import (
	"context"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/plangraph/plangraph/graph"
)

// maxPage bounds the page size a caller may ask for.
const maxPage = 500

// Document returns the document with the given id.
func (s *Store) Document(ctx context.Context, id string) (*graph.Document, error) {
	recs, err := s.run(ctx, "MATCH (d:Document {id: $id}) RETURN d", map[string]any{"id": id})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, graph.Errorf(graph.ENOTFOUND, "No document has the id %q.", id)
	}
	v, _ := recs[0].Get("d")
	d := documentOf(v.(dbtype.Node))
	return &d, nil
}

// Node returns the node with the given id.
func (s *Store) Node(ctx context.Context, id string) (*graph.Node, error) {
	recs, err := s.run(ctx, "MATCH (n:Entity {id: $id}) RETURN n", map[string]any{"id": id})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, graph.Errorf(graph.ENOTFOUND, "No node has the id %q.", id)
	}
	v, _ := recs[0].Get("n")
	n := nodeOf(v.(dbtype.Node))
	return &n, nil
}

// Search ranks nodes by the Chinese full-text index.
func (s *Store) Search(ctx context.Context, text string, labels []graph.Label, first int) ([]graph.SearchHit, error) {
	q := luceneQuery(text)
	if q == "" {
		return nil, graph.Errorf(graph.EINVALID, "search text must hold at least one letter or character")
	}
	if first <= 0 || first > maxPage {
		return nil, graph.Errorf(graph.EINVALID, "first must be between 1 and %d, not %d", maxPage, first)
	}
	ls := []string{}
	for _, l := range labels {
		if !l.Valid() {
			return nil, graph.Errorf(graph.EINVALID, "%q is not a label", l)
		}
		ls = append(ls, string(l))
	}
	recs, err := s.run(ctx, `CALL db.index.fulltext.queryNodes($index, $q) YIELD node, score
WHERE size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels)
RETURN node, score ORDER BY score DESC, node.id LIMIT $first`,
		map[string]any{"index": fulltextIndex, "q": q, "labels": ls, "first": first})
	if err != nil {
		return nil, err
	}
	hits := make([]graph.SearchHit, 0, len(recs))
	for _, r := range recs {
		v, _ := r.Get("node")
		sc, _ := r.Get("score")
		node := v.(dbtype.Node)
		hits = append(hits, graph.SearchHit{Node: nodeOf(node), Score: sc.(float64), Snippet: snippet(node, text)})
	}
	return hits, nil
}

// luceneQuery escapes the Lucene query syntax out of a user's text, so that
// the words are searched, not interpreted.
func luceneQuery(text string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(text) {
		if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
			b.WriteRune('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// snippet picks the name, alias or sentence of a node that shares most
// character pairs with the query.
func snippet(n dbtype.Node, text string) string {
	var cands []string
	if s, ok := n.Props["name"].(string); ok {
		cands = append(cands, s)
	}
	cands = append(cands, stringList(n.Props["aliases"])...)
	cands = append(cands, stringList(n.Props["sentences"])...)
	q := bigrams(text)
	best, bestScore := "", -1
	for _, c := range cands {
		score := 0
		for b := range bigrams(c) {
			if q[b] {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	return best
}

func bigrams(s string) map[string]bool {
	rs := []rune(s)
	out := map[string]bool{}
	for i := 0; i+1 < len(rs); i++ {
		out[string(rs[i:i+2])] = true
	}
	return out
}

func stringList(v any) []string {
	var out []string
	if xs, ok := v.([]any); ok {
		for _, x := range xs {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

func nodeOf(n dbtype.Node) graph.Node {
	out := graph.Node{Props: map[string]any{}}
	out.ID, _ = n.Props["id"].(string)
	out.Name, _ = n.Props["name"].(string)
	out.Aliases = stringList(n.Props["aliases"])
	if out.Aliases == nil {
		out.Aliases = []string{}
	}
	labels := append([]string(nil), n.Labels...)
	sort.Strings(labels)
	for _, l := range labels {
		if graph.Label(l).Valid() {
			out.Label = graph.Label(l)
			break
		}
	}
	for k, v := range n.Props {
		if !isInternal(k) {
			out.Props[k] = v
		}
	}
	return out
}

func documentOf(n dbtype.Node) graph.Document {
	p := n.Props
	str := func(k string) string { s, _ := p[k].(string); return s }
	d := graph.Document{
		ID: str("id"), File: str("file"), Title: str("title"), NoticeTitle: str("noticeTitle"),
		Kind: str("kind"), DocNumber: str("docNumber"), PublishedAt: str("publishedAt"),
		SignedAt: str("signedAt"), Region: str("region"), Encoding: str("encoding"),
		Issuer: stringList(p["issuer"]),
	}
	if d.Issuer == nil {
		d.Issuer = []string{}
	}
	if c, ok := p["chars"].(int64); ok {
		d.Chars = int(c)
	}
	a, ok1 := p["periodStart"].(int64)
	b, ok2 := p["periodEnd"].(int64)
	if ok1 && ok2 {
		d.Period = []int{int(a), int(b)}
	}
	return d
}
