package server

// THIS CODE WILL BE UPDATED WITH SCHEMA CHANGES. PREVIOUS IMPLEMENTATION FOR SCHEMA CHANGES WILL BE KEPT IN THE COMMENT SECTION. IMPLEMENTATION FOR UNCHANGED SCHEMA WILL BE KEPT.

import (
	"context"

	"github.com/plangraph/plangraph/graph"
)

// Mentions is the resolver for the mentions field.
func (r *agencyResolver) Mentions(ctx context.Context, obj *Agency) ([]Evidence, error) {
	return r.mentions(ctx, obj.ID)
}

// Issued is the resolver for the issued field.
func (r *agencyResolver) Issued(ctx context.Context, obj *Agency) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.In, graph.IssuedBy)
}

// ResponsibleFor is the resolver for the responsibleFor field.
func (r *agencyResolver) ResponsibleFor(ctx context.Context, obj *Agency) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.ResponsibleFor)
}

// Funds is the resolver for the funds field.
func (r *agencyResolver) Funds(ctx context.Context, obj *Agency) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.Funds)
}

// FundedBy is the resolver for the fundedBy field.
func (r *agencyResolver) FundedBy(ctx context.Context, obj *Agency) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.In, graph.Funds)
}

// Regions is the resolver for the regions field.
func (r *agencyResolver) Regions(ctx context.Context, obj *Agency) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.LocatedIn)
}

// CooperatesWith is the resolver for the cooperatesWith field.
func (r *agencyResolver) CooperatesWith(ctx context.Context, obj *Agency) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Both, graph.CooperatesWith)
}

// Mentions is the resolver for the mentions field.
func (r *documentResolver) Mentions(ctx context.Context, obj *Document) ([]Evidence, error) {
	return r.mentions(ctx, obj.ID)
}

// Describes is the resolver for the describes field.
func (r *documentResolver) Describes(ctx context.Context, obj *Document) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.Describes)
}

// IssuedBy is the resolver for the issuedBy field.
func (r *documentResolver) IssuedBy(ctx context.Context, obj *Document) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.IssuedBy)
}

// Covers is the resolver for the covers field.
func (r *documentResolver) Covers(ctx context.Context, obj *Document) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.Covers)
}

// Implements is the resolver for the implements field.
func (r *documentResolver) Implements(ctx context.Context, obj *Document) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.Implements)
}

// Reports is the resolver for the reports field.
func (r *documentResolver) Reports(ctx context.Context, obj *Document) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.Reports)
}

// Projects is the resolver for the projects field.
func (r *documentResolver) Projects(ctx context.Context, obj *Document) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.HasProject)
}

// Mentioned is the resolver for the mentioned field.
func (r *documentResolver) Mentioned(ctx context.Context, obj *Document, labels []Label) ([]Relationship, error) {
	types := []graph.RelType{graph.Mentions}
	rs, err := r.rels(ctx, obj.ID, graph.Out, types...)
	if err != nil || len(labels) == 0 {
		return rs, err
	}
	want := map[Label]bool{}
	for _, l := range labels {
		want[l] = true
	}
	out := []Relationship{}
	for _, rel := range rs {
		if ls := rel.Node.GetLabels(); len(ls) > 0 && want[ls[0]] {
			out = append(out, rel)
		}
	}
	return out, nil
}

// Mentions is the resolver for the mentions field.
func (r *fundResolver) Mentions(ctx context.Context, obj *Fund) ([]Evidence, error) {
	return r.mentions(ctx, obj.ID)
}

// Funds is the resolver for the funds field.
func (r *fundResolver) Funds(ctx context.Context, obj *Fund) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.Funds)
}

// Mentions is the resolver for the mentions field.
func (r *goalResolver) Mentions(ctx context.Context, obj *Goal) ([]Evidence, error) {
	return r.mentions(ctx, obj.ID)
}

// Plans is the resolver for the plans field.
func (r *goalResolver) Plans(ctx context.Context, obj *Goal) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.In, graph.HasGoal)
}

// Mentions is the resolver for the mentions field.
func (r *indicatorResolver) Mentions(ctx context.Context, obj *Indicator) ([]Evidence, error) {
	return r.mentions(ctx, obj.ID)
}

// SetBy is the resolver for the setBy field.
func (r *indicatorResolver) SetBy(ctx context.Context, obj *Indicator) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.In, graph.SetsTarget)
}

// ReportedBy is the resolver for the reportedBy field.
func (r *indicatorResolver) ReportedBy(ctx context.Context, obj *Indicator) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.In, graph.Reports)
}

// Series is the resolver for the series field.
func (r *indicatorResolver) Series(ctx context.Context, obj *Indicator) ([]IndicatorValue, error) {
	vs, _, err := r.values(ctx, obj.ID)
	if err != nil {
		return nil, err
	}
	nodes, err := r.sources(ctx, vs)
	if err != nil {
		return nil, err
	}
	out := make([]IndicatorValue, 0, len(vs))
	for _, v := range vs {
		out = append(out, r.valueModel(ctx, v, nodes))
	}
	return out, nil
}

// Progress is the resolver for the progress field.
func (r *indicatorResolver) Progress(ctx context.Context, obj *Indicator) (*Progress, error) {
	vs, _, err := r.values(ctx, obj.ID)
	if err != nil {
		return nil, err
	}
	actual, target, ratio, met, ok := graph.Progress(vs)
	if !ok {
		return nil, nil
	}
	nodes, err := r.sources(ctx, []graph.Value{actual, target})
	if err != nil {
		return nil, err
	}
	p := &Progress{Actual: ptr(r.valueModel(ctx, actual, nodes)), Target: ptr(r.valueModel(ctx, target, nodes)), Met: &met}
	if ratio != 0 {
		p.Ratio = &ratio
	}
	return p, nil
}

// IngestDocument is the resolver for the ingestDocument field.
func (r *mutationResolver) IngestDocument(ctx context.Context, filename string, text string) (*IngestResult, error) {
	if err := r.authorize(ctx); err != nil {
		return nil, err
	}
	if filename == "" {
		return nil, graph.Errorf(graph.EINVALID, "filename must not be empty")
	}
	x, err := r.Pipeline.Extract(ctx, filename, []byte(text))
	if err != nil {
		return nil, err
	}
	st, err := r.Store.WriteDocument(ctx, x)
	if err != nil {
		return nil, err
	}
	d, err := r.Store.Document(ctx, st.Document)
	if err != nil {
		return nil, err
	}
	return &IngestResult{Document: documentModel(*d), Nodes: st.Nodes, Relationships: st.Relationships}, nil
}

// DeleteDocument is the resolver for the deleteDocument field.
func (r *mutationResolver) DeleteDocument(ctx context.Context, id string) (string, error) {
	if err := r.authorize(ctx); err != nil {
		return "", err
	}
	if err := r.Store.DeleteDocument(ctx, id); err != nil {
		return "", err
	}
	return id, nil
}

// Mentions is the resolver for the mentions field.
func (r *planResolver) Mentions(ctx context.Context, obj *Plan) ([]Evidence, error) {
	return r.mentions(ctx, obj.ID)
}

// Documents is the resolver for the documents field.
func (r *planResolver) Documents(ctx context.Context, obj *Plan) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.In, graph.Describes)
}

// IssuedBy is the resolver for the issuedBy field.
func (r *planResolver) IssuedBy(ctx context.Context, obj *Plan) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.IssuedBy)
}

// Regions is the resolver for the regions field.
func (r *planResolver) Regions(ctx context.Context, obj *Plan) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.Covers)
}

// Projects is the resolver for the projects field.
func (r *planResolver) Projects(ctx context.Context, obj *Plan) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.HasProject)
}

// Goals is the resolver for the goals field.
func (r *planResolver) Goals(ctx context.Context, obj *Plan) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.HasGoal)
}

// Targets is the resolver for the targets field.
func (r *planResolver) Targets(ctx context.Context, obj *Plan) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.SetsTarget)
}

// Supersedes is the resolver for the supersedes field.
func (r *planResolver) Supersedes(ctx context.Context, obj *Plan) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.Supersedes)
}

// SupersededBy is the resolver for the supersededBy field.
func (r *planResolver) SupersededBy(ctx context.Context, obj *Plan) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.In, graph.Supersedes)
}

// BasedOn is the resolver for the basedOn field.
func (r *planResolver) BasedOn(ctx context.Context, obj *Plan) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.BasedOn)
}

// BasisOf is the resolver for the basisOf field.
func (r *planResolver) BasisOf(ctx context.Context, obj *Plan) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.In, graph.BasedOn)
}

// Implements is the resolver for the implements field.
func (r *planResolver) Implements(ctx context.Context, obj *Plan) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.Implements)
}

// ImplementedBy is the resolver for the implementedBy field.
func (r *planResolver) ImplementedBy(ctx context.Context, obj *Plan) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.In, graph.Implements)
}

// Funders is the resolver for the funders field.
func (r *planResolver) Funders(ctx context.Context, obj *Plan) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.In, graph.Funds)
}

// Responsible is the resolver for the responsible field.
func (r *planResolver) Responsible(ctx context.Context, obj *Plan) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.In, graph.ResponsibleFor)
}

// Mentions is the resolver for the mentions field.
func (r *policyResolver) Mentions(ctx context.Context, obj *Policy) ([]Evidence, error) {
	return r.mentions(ctx, obj.ID)
}

// BasisOf is the resolver for the basisOf field.
func (r *policyResolver) BasisOf(ctx context.Context, obj *Policy) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.In, graph.BasedOn)
}

// IssuedBy is the resolver for the issuedBy field.
func (r *policyResolver) IssuedBy(ctx context.Context, obj *Policy) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.IssuedBy)
}

// Regions is the resolver for the regions field.
func (r *policyResolver) Regions(ctx context.Context, obj *Policy) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.Covers)
}

// Documents is the resolver for the documents field.
func (r *queryResolver) Documents(ctx context.Context, first *int, after *string, filter *NodeFilter, orderBy *NodeOrder) (*DocumentConnection, error) {
	page, err := r.list(ctx, graph.LabelDocument, first, after, filter, orderBy)
	if err != nil {
		return nil, err
	}
	c := &DocumentConnection{TotalCount: page.TotalCount, Edges: []DocumentEdge{}, PageInfo: pageInfo(page)}
	for i, n := range page.Nodes {
		c.Edges = append(c.Edges, DocumentEdge{Cursor: graph.Cursor(page.Offset + i), Node: documentModel(documentOfNode(n))})
	}
	return c, nil
}

// Plans is the resolver for the plans field.
func (r *queryResolver) Plans(ctx context.Context, first *int, after *string, filter *NodeFilter, orderBy *NodeOrder) (*PlanConnection, error) {
	page, err := r.list(ctx, graph.LabelPlan, first, after, filter, orderBy)
	if err != nil {
		return nil, err
	}
	c := &PlanConnection{TotalCount: page.TotalCount, Edges: []PlanEdge{}, PageInfo: pageInfo(page)}
	for i, n := range page.Nodes {
		c.Edges = append(c.Edges, PlanEdge{Cursor: graph.Cursor(page.Offset + i), Node: modelOf(n).(*Plan)})
	}
	return c, nil
}

// Policies is the resolver for the policies field.
func (r *queryResolver) Policies(ctx context.Context, first *int, after *string, filter *NodeFilter, orderBy *NodeOrder) (*PolicyConnection, error) {
	page, err := r.list(ctx, graph.LabelPolicy, first, after, filter, orderBy)
	if err != nil {
		return nil, err
	}
	c := &PolicyConnection{TotalCount: page.TotalCount, Edges: []PolicyEdge{}, PageInfo: pageInfo(page)}
	for i, n := range page.Nodes {
		c.Edges = append(c.Edges, PolicyEdge{Cursor: graph.Cursor(page.Offset + i), Node: modelOf(n).(*Policy)})
	}
	return c, nil
}

// Projects is the resolver for the projects field.
func (r *queryResolver) Projects(ctx context.Context, first *int, after *string, filter *NodeFilter, orderBy *NodeOrder) (*SpecialProjectConnection, error) {
	page, err := r.list(ctx, graph.LabelSpecialProject, first, after, filter, orderBy)
	if err != nil {
		return nil, err
	}
	c := &SpecialProjectConnection{TotalCount: page.TotalCount, Edges: []SpecialProjectEdge{}, PageInfo: pageInfo(page)}
	for i, n := range page.Nodes {
		c.Edges = append(c.Edges, SpecialProjectEdge{Cursor: graph.Cursor(page.Offset + i), Node: modelOf(n).(*SpecialProject)})
	}
	return c, nil
}

// Agencies is the resolver for the agencies field.
func (r *queryResolver) Agencies(ctx context.Context, first *int, after *string, filter *NodeFilter, orderBy *NodeOrder) (*AgencyConnection, error) {
	page, err := r.list(ctx, graph.LabelAgency, first, after, filter, orderBy)
	if err != nil {
		return nil, err
	}
	c := &AgencyConnection{TotalCount: page.TotalCount, Edges: []AgencyEdge{}, PageInfo: pageInfo(page)}
	for i, n := range page.Nodes {
		c.Edges = append(c.Edges, AgencyEdge{Cursor: graph.Cursor(page.Offset + i), Node: modelOf(n).(*Agency)})
	}
	return c, nil
}

// Regions is the resolver for the regions field.
func (r *queryResolver) Regions(ctx context.Context, first *int, after *string, filter *NodeFilter, orderBy *NodeOrder) (*RegionConnection, error) {
	page, err := r.list(ctx, graph.LabelRegion, first, after, filter, orderBy)
	if err != nil {
		return nil, err
	}
	c := &RegionConnection{TotalCount: page.TotalCount, Edges: []RegionEdge{}, PageInfo: pageInfo(page)}
	for i, n := range page.Nodes {
		c.Edges = append(c.Edges, RegionEdge{Cursor: graph.Cursor(page.Offset + i), Node: modelOf(n).(*Region)})
	}
	return c, nil
}

// Indicators is the resolver for the indicators field.
func (r *queryResolver) Indicators(ctx context.Context, first *int, after *string, filter *NodeFilter, orderBy *NodeOrder) (*IndicatorConnection, error) {
	page, err := r.list(ctx, graph.LabelIndicator, first, after, filter, orderBy)
	if err != nil {
		return nil, err
	}
	c := &IndicatorConnection{TotalCount: page.TotalCount, Edges: []IndicatorEdge{}, PageInfo: pageInfo(page)}
	for i, n := range page.Nodes {
		c.Edges = append(c.Edges, IndicatorEdge{Cursor: graph.Cursor(page.Offset + i), Node: modelOf(n).(*Indicator)})
	}
	return c, nil
}

// Goals is the resolver for the goals field.
func (r *queryResolver) Goals(ctx context.Context, first *int, after *string, filter *NodeFilter, orderBy *NodeOrder) (*GoalConnection, error) {
	page, err := r.list(ctx, graph.LabelGoal, first, after, filter, orderBy)
	if err != nil {
		return nil, err
	}
	c := &GoalConnection{TotalCount: page.TotalCount, Edges: []GoalEdge{}, PageInfo: pageInfo(page)}
	for i, n := range page.Nodes {
		c.Edges = append(c.Edges, GoalEdge{Cursor: graph.Cursor(page.Offset + i), Node: modelOf(n).(*Goal)})
	}
	return c, nil
}

// Funds is the resolver for the funds field.
func (r *queryResolver) Funds(ctx context.Context, first *int, after *string, filter *NodeFilter, orderBy *NodeOrder) (*FundConnection, error) {
	page, err := r.list(ctx, graph.LabelFund, first, after, filter, orderBy)
	if err != nil {
		return nil, err
	}
	c := &FundConnection{TotalCount: page.TotalCount, Edges: []FundEdge{}, PageInfo: pageInfo(page)}
	for i, n := range page.Nodes {
		c.Edges = append(c.Edges, FundEdge{Cursor: graph.Cursor(page.Offset + i), Node: modelOf(n).(*Fund)})
	}
	return c, nil
}

// Document is the resolver for the document field.
func (r *queryResolver) Document(ctx context.Context, id string) (*Document, error) {
	d, err := r.Store.Document(ctx, id)
	if err != nil {
		return nil, err
	}
	return documentModel(*d), nil
}

// Indicator is the resolver for the indicator field.
func (r *queryResolver) Indicator(ctx context.Context, id string) (*Indicator, error) {
	n, err := r.Store.Node(ctx, id)
	if err != nil {
		return nil, err
	}
	ind, ok := modelOf(*n).(*Indicator)
	if !ok {
		return nil, graph.Errorf(graph.ENOTFOUND, "%q is a %s, not an indicator.", id, n.Label)
	}
	return ind, nil
}

// Node is the resolver for the node field.
func (r *queryResolver) Node(ctx context.Context, id string) (Node, error) {
	n, err := r.Store.Node(ctx, id)
	if err != nil {
		return nil, err
	}
	return modelOf(*n), nil
}

// Search is the resolver for the search field.
func (r *queryResolver) Search(ctx context.Context, text string, labels []Label, first *int) ([]SearchHit, error) {
	hits, err := r.Store.Search(ctx, toSimplified(text), labelsOf(labels), intOr(first, 20))
	if err != nil {
		return nil, err
	}
	out := make([]SearchHit, 0, len(hits))
	for _, h := range hits {
		loaderFrom(ctx, r.Store).see(h.Node.ID)
		out = append(out, SearchHit{Node: modelOf(h.Node), Score: h.Score, Snippet: h.Snippet})
	}
	return out, nil
}

// Lineage is the resolver for the lineage field.
func (r *queryResolver) Lineage(ctx context.Context, id string, direction *Direction, depth *int) (*Subgraph, error) {
	dir := graph.Both
	if direction != nil {
		dir = graph.Direction(*direction)
	}
	sg, err := r.Store.Lineage(ctx, id, dir, intOr(depth, 3))
	if err != nil {
		return nil, err
	}
	r.seeNodes(ctx, sg.Nodes)
	return subgraphModel(sg), nil
}

// Neighborhood is the resolver for the neighborhood field.
func (r *queryResolver) Neighborhood(ctx context.Context, id string, depth *int, labels []Label, limit *int) (*Subgraph, error) {
	sg, err := r.Store.Neighborhood(ctx, id, intOr(depth, 1), labelsOf(labels), intOr(limit, 100))
	if err != nil {
		return nil, err
	}
	r.seeNodes(ctx, sg.Nodes)
	return subgraphModel(sg), nil
}

// Path is the resolver for the path field.
func (r *queryResolver) Path(ctx context.Context, from string, to string, maxHops *int) (*Subgraph, error) {
	sg, err := r.Store.Path(ctx, from, to, intOr(maxHops, 4))
	if err != nil {
		return nil, err
	}
	r.seeNodes(ctx, sg.Nodes)
	return subgraphModel(sg), nil
}

// Stats is the resolver for the stats field.
func (r *queryResolver) Stats(ctx context.Context) (*Stats, error) {
	st, err := r.Store.Stats(ctx)
	if err != nil {
		return nil, err
	}
	return &Stats{Nodes: st.Nodes, Relationships: st.Relationships, ByLabel: counts(st.ByLabel),
		ByType: counts(st.ByType), ByRegion: counts(st.ByRegion), ByDocument: counts(st.ByDocument)}, nil
}

// Mentions is the resolver for the mentions field.
func (r *regionResolver) Mentions(ctx context.Context, obj *Region) ([]Evidence, error) {
	return r.mentions(ctx, obj.ID)
}

// Parent is the resolver for the parent field.
func (r *regionResolver) Parent(ctx context.Context, obj *Region) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.PartOf)
}

// Children is the resolver for the children field.
func (r *regionResolver) Children(ctx context.Context, obj *Region) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.In, graph.PartOf)
}

// Plans is the resolver for the plans field.
func (r *regionResolver) Plans(ctx context.Context, obj *Region) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.In, graph.Covers)
}

// Located is the resolver for the located field.
func (r *regionResolver) Located(ctx context.Context, obj *Region) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.In, graph.LocatedIn)
}

// CooperatesWith is the resolver for the cooperatesWith field.
func (r *regionResolver) CooperatesWith(ctx context.Context, obj *Region) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Both, graph.CooperatesWith)
}

// Mentions is the resolver for the mentions field.
func (r *specialProjectResolver) Mentions(ctx context.Context, obj *SpecialProject) ([]Evidence, error) {
	return r.mentions(ctx, obj.ID)
}

// Plans is the resolver for the plans field.
func (r *specialProjectResolver) Plans(ctx context.Context, obj *SpecialProject) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.In, graph.HasProject)
}

// Parent is the resolver for the parent field.
func (r *specialProjectResolver) Parent(ctx context.Context, obj *SpecialProject) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.PartOf)
}

// Children is the resolver for the children field.
func (r *specialProjectResolver) Children(ctx context.Context, obj *SpecialProject) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.In, graph.PartOf)
}

// Responsible is the resolver for the responsible field.
func (r *specialProjectResolver) Responsible(ctx context.Context, obj *SpecialProject) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.In, graph.ResponsibleFor)
}

// Funders is the resolver for the funders field.
func (r *specialProjectResolver) Funders(ctx context.Context, obj *SpecialProject) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.In, graph.Funds)
}

// Regions is the resolver for the regions field.
func (r *specialProjectResolver) Regions(ctx context.Context, obj *SpecialProject) ([]Relationship, error) {
	return r.rels(ctx, obj.ID, graph.Out, graph.LocatedIn)
}

// Agency returns AgencyResolver implementation.
func (r *Resolver) Agency() AgencyResolver { return &agencyResolver{r} }

// Document returns DocumentResolver implementation.
func (r *Resolver) Document() DocumentResolver { return &documentResolver{r} }

// Fund returns FundResolver implementation.
func (r *Resolver) Fund() FundResolver { return &fundResolver{r} }

// Goal returns GoalResolver implementation.
func (r *Resolver) Goal() GoalResolver { return &goalResolver{r} }

// Indicator returns IndicatorResolver implementation.
func (r *Resolver) Indicator() IndicatorResolver { return &indicatorResolver{r} }

// Mutation returns MutationResolver implementation.
func (r *Resolver) Mutation() MutationResolver { return &mutationResolver{r} }

// Plan returns PlanResolver implementation.
func (r *Resolver) Plan() PlanResolver { return &planResolver{r} }

// Policy returns PolicyResolver implementation.
func (r *Resolver) Policy() PolicyResolver { return &policyResolver{r} }

// Query returns QueryResolver implementation.
func (r *Resolver) Query() QueryResolver { return &queryResolver{r} }

// Region returns RegionResolver implementation.
func (r *Resolver) Region() RegionResolver { return &regionResolver{r} }

// SpecialProject returns SpecialProjectResolver implementation.
func (r *Resolver) SpecialProject() SpecialProjectResolver { return &specialProjectResolver{r} }

type (
	agencyResolver         struct{ *Resolver }
	documentResolver       struct{ *Resolver }
	fundResolver           struct{ *Resolver }
	goalResolver           struct{ *Resolver }
	indicatorResolver      struct{ *Resolver }
	mutationResolver       struct{ *Resolver }
	planResolver           struct{ *Resolver }
	policyResolver         struct{ *Resolver }
	queryResolver          struct{ *Resolver }
	regionResolver         struct{ *Resolver }
	specialProjectResolver struct{ *Resolver }
)
