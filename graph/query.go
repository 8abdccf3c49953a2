package graph

// Direction says which way a relationship is followed from a node.
type Direction string

// Directions of travel.
const (
	Out  Direction = "OUT"
	In   Direction = "IN"
	Both Direction = "BOTH"
)

// Filter narrows a list of nodes. Zero fields do not filter.
type Filter struct {
	// NameContains keeps nodes whose name or an alias contains the text.
	NameContains string
	// Region keeps nodes tied to the region (by id or name): plans and
	// documents that cover it, projects and agencies located in it, regions
	// inside it.
	Region string
	// Agency keeps nodes tied to the agency (by id or name): plans and
	// documents it issued, projects it is responsible for or funds.
	Agency string
	// Plan keeps nodes tied to the plan (by id or name): its projects,
	// goals, indicators, and plans it supersedes or is based on.
	Plan string
	// Document keeps nodes the document (by id or file name) mentions.
	Document string
	// DocumentKind keeps nodes mentioned by documents of this kind (plan,
	// bulletin…); for documents, their own kind.
	DocumentKind string
	// Years keeps nodes whose period or year overlaps [Years[0], Years[1]].
	Years []int
}

// Order sorts a list: by "name" (the default), "id", "year" (the start of
// a period, or a value's year) or "mentions" (how many documents name it).
type Order struct {
	Field string
	Desc  bool
}

// NodePage is one page of a list of nodes.
type NodePage struct {
	Nodes      []Node
	TotalCount int
	// Offset is the position of the first node of the page in the list.
	Offset  int
	HasNext bool
}

// Relation is one relationship seen from one of its ends: the node at the
// other end, the relationship's properties and its evidence.
type Relation struct {
	Type RelType
	// From and To are the ids of the relationship's ends, as stored.
	From, To string
	// Other is the node at the far end from the one asked about.
	Other    Node
	Props    map[string]any
	Evidence []Evidence
}

// Subgraph is a set of nodes and the relationships between them, each
// relationship naming its ends by id: the one flat shape a drawing library
// takes as it is.
type Subgraph struct {
	Nodes []Node
	Edges []Edge
}

// Stats counts the graph by label, relationship type, region and document.
type Stats struct {
	Nodes         int
	Relationships int
	ByLabel       map[string]int
	ByType        map[string]int
	// ByRegion counts, per region, the nodes tied to it (covered,
	// located in, part of).
	ByRegion map[string]int
	// ByDocument counts the nodes each document mentions.
	ByDocument map[string]int
}
