package neo4j

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/plangraph/plangraph/graph"
)

// filterClauses are the WHERE fragments of a filtered list, each tied to
// one parameter. They are fixed text: user input only ever reaches Cypher as
// parameters.
var filterClauses = []struct {
	param  string
	clause string
}{
	{"name", "(toLower(n.name) CONTAINS toLower($name) OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS toLower($name)))"},
	{"region", "(EXISTS { MATCH (n)-[:COVERS|LOCATED_IN|PART_OF]->(:Region)-[:PART_OF*0..3]->(r:Region) WHERE r.id = $region OR r.name = $region OR $region IN r.aliases })"},
	{"agency", "(EXISTS { MATCH (n)-[:ISSUED_BY|RESPONSIBLE_FOR|FUNDS|LOCATED_IN]-(a:Agency) WHERE a.id = $agency OR a.name = $agency OR $agency IN a.aliases })"},
	{"plan", "(EXISTS { MATCH (n)-[:HAS_PROJECT|HAS_GOAL|SETS_TARGET|SUPERSEDES|BASED_ON|IMPLEMENTS|DESCRIBES|FUNDS|RESPONSIBLE_FOR]-(p:Plan) WHERE p.id = $plan OR p.name = $plan OR $plan IN p.aliases })"},
	{"document", "(n.id = $document OR n.file = $document OR EXISTS { MATCH (d:Document)-[:MENTIONS]->(n) WHERE d.id = $document OR d.file = $document })"},
	{"kind", "(n.kind = $kind AND n:Document OR EXISTS { MATCH (d:Document)-[:MENTIONS]->(n) WHERE d.kind = $kind })"},
	{"years", "((n.periodStart IS NOT NULL AND n.periodStart <= $y1 AND coalesce(n.periodEnd, n.periodStart) >= $y0) OR (n.year IS NOT NULL AND $y0 <= n.year <= $y1) OR EXISTS { MATCH (n)<-[v:SETS_TARGET|REPORTS]-() WHERE $y0 <= v.year <= $y1 })"},
}

var orderKeys = map[string]string{
	"":         "n.name",
	"name":     "n.name",
	"id":       "n.id",
	"year":     "coalesce(n.periodStart, n.year, 0)",
	"mentions": "COUNT { (:Document)-[:MENTIONS]->(n) }",
}

// List returns one page of the nodes with a label that pass the filter.
// Cursors are opaque offsets.
func (s *Store) List(ctx context.Context, label graph.Label, f graph.Filter, o graph.Order, p graph.Page) (*graph.NodePage, error) {
	if !label.Valid() {
		return nil, graph.Errorf(graph.EINVALID, "%q is not a label", label)
	}
	if p.First <= 0 || p.First > maxPage {
		return nil, graph.Errorf(graph.EINVALID, "first must be between 1 and %d, not %d", maxPage, p.First)
	}
	offset, err := graph.CursorOffset(p.After)
	if err != nil {
		return nil, err
	}
	key, ok := orderKeys[o.Field]
	if !ok {
		return nil, graph.Errorf(graph.EINVALID, "cannot order by %q: use name, id, year or mentions", o.Field)
	}
	params := map[string]any{"skip": offset, "limit": p.First}
	var where []string
	set := func(param string, v any) {
		params[param] = v
		for _, c := range filterClauses {
			if c.param == param {
				where = append(where, c.clause)
			}
		}
	}
	if f.NameContains != "" {
		set("name", f.NameContains)
	}
	if f.Region != "" {
		set("region", f.Region)
	}
	if f.Agency != "" {
		set("agency", f.Agency)
	}
	if f.Plan != "" {
		set("plan", f.Plan)
	}
	if f.Document != "" {
		set("document", f.Document)
	}
	if f.DocumentKind != "" {
		set("kind", f.DocumentKind)
	}
	if len(f.Years) > 0 {
		if len(f.Years) != 2 || f.Years[0] > f.Years[1] {
			return nil, graph.Errorf(graph.EINVALID, "years must be [first, last], not %v", f.Years)
		}
		params["y0"], params["y1"] = f.Years[0], f.Years[1]
		set("years", nil)
		delete(params, "years")
	}
	q := "MATCH (n:" + string(label) + ")"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	dir := "ASC"
	if o.Desc {
		dir = "DESC"
	}
	q += fmt.Sprintf(" WITH n ORDER BY %s %s, n.id WITH collect(n) AS ns RETURN size(ns) AS total, ns[$skip..$skip + $limit + 1] AS page", key, dir)
	recs, err := s.run(ctx, q, params)
	if err != nil {
		return nil, err
	}
	out := &graph.NodePage{Offset: offset}
	if len(recs) == 0 {
		return out, nil
	}
	total, _ := recs[0].Get("total")
	out.TotalCount = int(total.(int64))
	page, _ := recs[0].Get("page")
	for i, v := range page.([]any) {
		if i == p.First {
			out.HasNext = true
			break
		}
		out.Nodes = append(out.Nodes, nodeOf(v.(dbtype.Node)))
	}
	return out, nil
}
