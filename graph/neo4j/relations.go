package neo4j

import (
	"context"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/plangraph/plangraph/graph"
)

// relPatterns are the MATCH patterns of each direction, from the node n
// asked about to the far node m.
var relPatterns = map[graph.Direction]string{
	graph.Out:  "(n)-[r]->(m)",
	graph.In:   "(n)<-[r]-(m)",
	graph.Both: "(n)-[r]-(m)",
}

// Relations returns the relationships of many nodes in one round trip: the
// batch behind every nested relationship field of the API.
func (s *Store) Relations(ctx context.Context, ids []string, types []graph.RelType, dir graph.Direction) (map[string][]graph.Relation, error) {
	pattern, ok := relPatterns[dir]
	if !ok {
		return nil, graph.Errorf(graph.EINVALID, "%q is not a direction", dir)
	}
	ts := []string{}
	for _, t := range types {
		if !t.Valid() {
			return nil, graph.Errorf(graph.EINVALID, "%q is not a relationship type", t)
		}
		ts = append(ts, string(t))
	}
	out := map[string][]graph.Relation{}
	if len(ids) == 0 {
		return out, nil
	}
	recs, err := s.run(ctx, `UNWIND $ids AS id
MATCH (n:Entity {id: id})
MATCH `+pattern+`
WHERE size($types) = 0 OR type(r) IN $types
RETURN id, r, startNode(r).id AS from, endNode(r).id AS to, m
ORDER BY id, type(r), m.name, m.id, r.doc, r.key`, map[string]any{"ids": ids, "types": ts})
	if err != nil {
		return nil, err
	}
	for _, rec := range recs {
		id, _ := rec.Get("id")
		r, _ := rec.Get("r")
		from, _ := rec.Get("from")
		to, _ := rec.Get("to")
		m, _ := rec.Get("m")
		rel := r.(dbtype.Relationship)
		props, ev := relProps(rel.Props)
		out[id.(string)] = append(out[id.(string)], graph.Relation{
			Type: graph.RelType(rel.Type), From: from.(string), To: to.(string),
			Other: nodeOf(m.(dbtype.Node)), Props: props, Evidence: ev,
		})
	}
	return out, nil
}

// Nodes returns the nodes with the given ids, by id.
func (s *Store) Nodes(ctx context.Context, ids []string) (map[string]graph.Node, error) {
	out := map[string]graph.Node{}
	if len(ids) == 0 {
		return out, nil
	}
	recs, err := s.run(ctx, "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n", map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		v, _ := r.Get("n")
		n := nodeOf(v.(dbtype.Node))
		out[n.ID] = n
	}
	return out, nil
}

// relProps splits a stored relationship's properties into the domain's
// properties and its evidence, which is stored as parallel lists.
func relProps(p map[string]any) (map[string]any, []graph.Evidence) {
	props := map[string]any{}
	for k, v := range p {
		switch k {
		case "evStart", "evEnd", "evText", "key":
		default:
			props[k] = v
		}
	}
	doc, _ := p["doc"].(string)
	starts, _ := p["evStart"].([]any)
	ends, _ := p["evEnd"].([]any)
	texts, _ := p["evText"].([]any)
	var ev []graph.Evidence
	for i := range starts {
		e := graph.Evidence{Doc: doc}
		e.Start = int(starts[i].(int64))
		if i < len(ends) {
			e.End = int(ends[i].(int64))
		}
		if i < len(texts) {
			e.Text, _ = texts[i].(string)
		}
		ev = append(ev, e)
	}
	return props, ev
}

// maxDepth bounds variable-length traversals, whose cost grows fast.
const maxDepth = 6

func checkDepth(name string, d, max int) error {
	if d < 1 || d > max {
		return graph.Errorf(graph.EINVALID, "%s must be between 1 and %d, not %d", name, max, d)
	}
	return nil
}

// lineageTypes are the relationships a plan's lineage follows.
const lineageTypes = "SUPERSEDES|BASED_ON|IMPLEMENTS|DESCRIBES"

// Lineage returns a plan's chain through SUPERSEDES, BASED_ON and
// IMPLEMENTS; for a special project, the plans and documents that set it up
// or report it, and their own chains.
func (s *Store) Lineage(ctx context.Context, id string, dir graph.Direction, depth int) (*graph.Subgraph, error) {
	if err := checkDepth("depth", depth, maxDepth); err != nil {
		return nil, err
	}
	arrow, ok := map[graph.Direction][2]string{graph.Out: {"-", "->"}, graph.In: {"<-", "-"}, graph.Both: {"-", "-"}}[dir]
	if !ok {
		return nil, graph.Errorf(graph.EINVALID, "%q is not a direction", dir)
	}
	if _, err := s.Node(ctx, id); err != nil {
		return nil, err
	}
	q := fmt.Sprintf(`MATCH (start:Entity {id: $id})
OPTIONAL MATCH (src)-[link:HAS_PROJECT|MENTIONS]->(start) WHERE start:SpecialProject
WITH start, collect(DISTINCT src) AS srcs, collect(DISTINCT link) AS links
WITH links, [start] + srcs AS roots
UNWIND roots AS root
OPTIONAL MATCH p = (root)%s[:%s*1..%d]%s(other)
WITH roots, links, collect(p) AS ps
RETURN roots, links + reduce(a = [], p IN ps | a + relationships(p)) AS rels`, arrow[0], lineageTypes, depth, arrow[1])
	return s.subgraph(ctx, q, map[string]any{"id": id}, id, false)
}

// subgraph runs a query returning rels (a list of relationships) and roots
// (a list of nodes) and gathers them, and the ends of the relationships,
// into a Subgraph whose first node is the node with id first and the rest
// either in the order of roots (inOrder: a path) or by id.
func (s *Store) subgraph(ctx context.Context, q string, params map[string]any, first string, inOrder bool) (*graph.Subgraph, error) {
	recs, err := s.run(ctx, q, params)
	if err != nil {
		return nil, err
	}
	sg := &graph.Subgraph{}
	ids := map[string]bool{}
	var want []string
	addID := func(id string) {
		if id != "" && !ids[id] {
			ids[id] = true
			want = append(want, id)
		}
	}
	addID(first)
	for _, rec := range recs {
		if roots, ok := rec.Get("roots"); ok && roots != nil {
			for _, v := range roots.([]any) {
				if n, ok := v.(dbtype.Node); ok {
					id, _ := n.Props["id"].(string)
					addID(id)
				}
			}
		}
		rels, _ := rec.Get("rels")
		list, _ := rels.([]any)
		for _, v := range list {
			r, ok := v.(dbtype.Relationship)
			if !ok {
				continue
			}
			sg.Edges = append(sg.Edges, graph.Edge{Type: graph.RelType(r.Type), From: r.StartElementId, To: r.EndElementId})
			props, ev := relProps(r.Props)
			sg.Edges[len(sg.Edges)-1].Props = props
			sg.Edges[len(sg.Edges)-1].Evidence = ev
		}
	}
	// Relationships name their ends by element id; map them to our ids.
	elems := map[string]bool{}
	for _, e := range sg.Edges {
		elems[e.From], elems[e.To] = true, true
	}
	byElem, err := s.idsOfElements(ctx, keys(elems))
	if err != nil {
		return nil, err
	}
	edges := sg.Edges[:0]
	seen := map[string]bool{}
	for _, e := range sg.Edges {
		e.From, e.To = byElem[e.From], byElem[e.To]
		k := string(e.Type) + "|" + e.From + "|" + e.To + "|" + fmt.Sprint(e.Props["doc"], e.Props["key"])
		if e.From == "" || e.To == "" || seen[k] {
			continue
		}
		seen[k] = true
		addID(e.From)
		addID(e.To)
		edges = append(edges, e)
	}
	sg.Edges = edges
	// The node asked about first, the rest in id order: answers must not
	// depend on the order Neo4j happens to return paths in.
	if !inOrder {
		sort.Strings(want[1:])
	}
	nodes, err := s.Nodes(ctx, want)
	if err != nil {
		return nil, err
	}
	for _, id := range want {
		if n, ok := nodes[id]; ok {
			sg.Nodes = append(sg.Nodes, n)
		}
	}
	sort.SliceStable(sg.Edges, func(i, j int) bool {
		a, b := sg.Edges[i], sg.Edges[j]
		return a.Type < b.Type || a.Type == b.Type && (a.From < b.From || a.From == b.From && a.To < b.To)
	})
	return sg, nil
}

func (s *Store) idsOfElements(ctx context.Context, elems []string) (map[string]string, error) {
	out := map[string]string{}
	if len(elems) == 0 {
		return out, nil
	}
	recs, err := s.run(ctx, "UNWIND $e AS e MATCH (n) WHERE elementId(n) = e RETURN e, n.id AS id", map[string]any{"e": elems})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		e, _ := r.Get("e")
		id, _ := r.Get("id")
		if s, ok := id.(string); ok {
			out[e.(string)] = s
		}
	}
	return out, nil
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Neighborhood returns the nodes within depth hops of id (MENTIONS left
// out, so that the documents do not join everything to everything), at
// most limit of them, with the relationships among them.
func (s *Store) Neighborhood(ctx context.Context, id string, depth int, labels []graph.Label, limit int) (*graph.Subgraph, error) {
	if err := checkDepth("depth", depth, 3); err != nil {
		return nil, err
	}
	if limit < 1 || limit > maxPage {
		return nil, graph.Errorf(graph.EINVALID, "limit must be between 1 and %d, not %d", maxPage, limit)
	}
	ls, err := labelStrings(labels)
	if err != nil {
		return nil, err
	}
	if _, err := s.Node(ctx, id); err != nil {
		return nil, err
	}
	q := fmt.Sprintf(`MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[rs*1..%d]-(m)
  WHERE none(r IN rs WHERE type(r) = 'MENTIONS') AND m <> n
    AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
  RETURN DISTINCT m LIMIT $limit
}
WITH n, collect(m) AS ms
WITH [n] + ms AS ns
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b)
  WHERE type(r) <> 'MENTIONS' AND b IN ns
  RETURN collect(DISTINCT r) AS rels
}
RETURN ns AS roots, rels`, depth)
	return s.subgraph(ctx, q, map[string]any{"id": id, "labels": ls, "limit": limit}, id, false)
}

// Path returns a shortest path between two nodes.
func (s *Store) Path(ctx context.Context, from, to string, maxHops int) (*graph.Subgraph, error) {
	if err := checkDepth("maxHops", maxHops, 10); err != nil {
		return nil, err
	}
	for _, id := range []string{from, to} {
		if _, err := s.Node(ctx, id); err != nil {
			return nil, err
		}
	}
	// Of several shortest paths, the first by node ids: the same question
	// gets the same answer.
	q := fmt.Sprintf(`MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..%d]-(b))
WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONS')
WITH p ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | type(r)] LIMIT 1
RETURN relationships(p) AS rels, nodes(p) AS roots`, maxHops)
	recs, err := s.run(ctx, q, map[string]any{"from": from, "to": to})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 && from != to {
		return nil, graph.Errorf(graph.ENOTFOUND, "No path of at most %d relationships joins %q and %q.", maxHops, from, to)
	}
	return s.subgraph(ctx, q, map[string]any{"from": from, "to": to}, from, true)
}

func labelStrings(labels []graph.Label) ([]string, error) {
	ls := []string{}
	for _, l := range labels {
		if !l.Valid() {
			return nil, graph.Errorf(graph.EINVALID, "%q is not a label", l)
		}
		ls = append(ls, string(l))
	}
	return ls, nil
}

// Stats counts the graph by label, relationship type, region and document.
func (s *Store) Stats(ctx context.Context) (*graph.Stats, error) {
	c, err := s.Counts(ctx)
	if err != nil {
		return nil, err
	}
	st := &graph.Stats{Nodes: c.Nodes, Relationships: c.Relationships}
	queries := []struct {
		q   string
		dst *map[string]int
	}{
		{"MATCH (n:Entity) UNWIND labels(n) AS l WITH l WHERE l <> 'Entity' RETURN l AS k, count(*) AS v", &st.ByLabel},
		{"MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS v", &st.ByType},
		{"MATCH (r:Region)<-[:COVERS|LOCATED_IN|PART_OF]-(n) RETURN r.name AS k, count(DISTINCT n) AS v", &st.ByRegion},
		{"MATCH (d:Document)-[:MENTIONS]->(n) RETURN d.id AS k, count(DISTINCT n) AS v", &st.ByDocument},
	}
	for _, x := range queries {
		recs, err := s.run(ctx, x.q, nil)
		if err != nil {
			return nil, err
		}
		m := map[string]int{}
		for _, r := range recs {
			k, _ := r.Get("k")
			v, _ := r.Get("v")
			m[k.(string)] = int(v.(int64))
		}
		*x.dst = m
	}
	return st, nil
}
