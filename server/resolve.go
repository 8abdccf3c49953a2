package server

import (
	"context"
	"crypto/subtle"

	"github.com/plangraph/plangraph/graph"
	"github.com/plangraph/plangraph/loaders"
)

// Resolver answers the GraphQL operations from a graph.Store.
type Resolver struct {
	Store graph.Store
	// Pipeline is the loader ingestDocument runs.
	Pipeline loaders.Pipeline
	// APIKeys are the keys that allow mutations; none means mutations are off.
	APIKeys []string
}

// rels resolves a relationship field through the request's batching loader.
func (r *Resolver) rels(ctx context.Context, id string, dir graph.Direction, types ...graph.RelType) ([]Relationship, error) {
	rs, err := loaderFrom(ctx, r.Store).load(ctx, id, dir, types...)
	if err != nil {
		return nil, err
	}
	out := make([]Relationship, 0, len(rs))
	for _, rel := range rs {
		out = append(out, relationshipModel(rel))
	}
	return out, nil
}

// mentions resolves a node's mentions: the evidence of the MENTIONS
// relationships that documents hold to it.
func (r *Resolver) mentions(ctx context.Context, id string) ([]Evidence, error) {
	rs, err := loaderFrom(ctx, r.Store).load(ctx, id, graph.In, graph.Mentions)
	if err != nil {
		return nil, err
	}
	out := []Evidence{}
	for _, rel := range rs {
		out = append(out, evidenceModels(rel.Evidence)...)
	}
	return out, nil
}

func (r *Resolver) list(ctx context.Context, l graph.Label, first *int, after *string, f *NodeFilter, o *NodeOrder) (*graph.NodePage, error) {
	p := graph.Page{First: intOr(first, 20)}
	if after != nil {
		p.After = *after
	}
	order := orderOf(o)
	if o == nil && l == graph.LabelDocument {
		order.Field = "id" // documents read best in file order
	}
	page, err := r.Store.List(ctx, l, filterOf(f), order, p)
	if err != nil {
		return nil, err
	}
	r.seeNodes(ctx, page.Nodes)
	return page, nil
}

// values returns an indicator's values, ordered by year.
func (r *Resolver) values(ctx context.Context, id string) ([]graph.Value, []graph.Relation, error) {
	rs, err := loaderFrom(ctx, r.Store).load(ctx, id, graph.In, graph.SetsTarget, graph.Reports)
	if err != nil {
		return nil, nil, err
	}
	vs := make([]graph.Value, 0, len(rs))
	for _, rel := range rs {
		p := rel.Props
		v := graph.Value{Source: rel.From, Evidence: rel.Evidence}
		if f := propFloat(p, "value"); f != nil {
			v.Value = *f
		}
		if y := propInt(p, "year"); y != nil {
			v.Year = *y
		}
		for k, dst := range map[string]*string{"unit": &v.Unit, "raw": &v.Raw, "kind": &v.Kind, "comparator": &v.Comparator} {
			if s := propString(p, k); s != nil {
				*dst = *s
			}
		}
		if v.Kind == "" {
			v.Kind = map[graph.RelType]string{graph.SetsTarget: "target", graph.Reports: "actual"}[rel.Type]
		}
		vs = append(vs, v)
	}
	graph.SortValues(vs)
	return vs, rs, nil
}

func (r *Resolver) valueModel(ctx context.Context, v graph.Value, nodes map[string]graph.Node) IndicatorValue {
	iv := IndicatorValue{Value: v.Value, Unit: strPtr(v.Unit), Raw: strPtr(v.Raw), Kind: v.Kind,
		Comparator: strPtr(v.Comparator), Evidence: evidenceModels(v.Evidence)}
	if v.Year != 0 {
		y := v.Year
		iv.Year = &y
	}
	if n, ok := nodes[v.Source]; ok {
		iv.Source = modelOf(n)
	}
	if len(v.Evidence) > 0 {
		iv.DocumentID = &v.Evidence[0].Doc
	}
	return iv
}

// authorize checks the request's API key for a mutation.
func (r *Resolver) authorize(ctx context.Context) error {
	if len(r.APIKeys) == 0 {
		return graph.Errorf(graph.EUNAUTHORIZED, "Mutations are off: the server has no API key configured (PLANGRAPH_API_KEYS).")
	}
	key, _ := ctx.Value(apiKeyKey{}).(string)
	if key == "" {
		return graph.Errorf(graph.EUNAUTHORIZED, "Mutations need an API key in the X-API-Key header.")
	}
	for _, k := range r.APIKeys {
		if subtle.ConstantTimeCompare([]byte(k), []byte(key)) == 1 {
			return nil
		}
	}
	return graph.Errorf(graph.EUNAUTHORIZED, "The API key is not valid.")
}

type apiKeyKey struct{}

func ptr[T any](v T) *T { return &v }

// sources fetches the plans and documents values come from, in one round
// trip.
func (r *Resolver) sources(ctx context.Context, vs []graph.Value) (map[string]graph.Node, error) {
	var ids []string
	for _, v := range vs {
		ids = append(ids, v.Source)
	}
	return r.Store.Nodes(ctx, ids)
}

// seeNodes tells the request's loader about nodes a field returned, so that
// their own fields are fetched together.
func (r *Resolver) seeNodes(ctx context.Context, nodes []graph.Node) {
	ids := make([]string, len(nodes))
	for i, n := range nodes {
		ids[i] = n.ID
	}
	loaderFrom(ctx, r.Store).see(ids...)
}
