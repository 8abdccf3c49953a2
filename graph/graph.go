// Package graph holds plangraph's domain: the node and relationship types of
// a policy knowledge graph, their ids, the extraction of one document, the
// error codes the rest of the program speaks, and the Store interface that
// persistence implements.
//
// Nothing here knows Neo4j, GraphQL or Chinese text processing; those live in
// graph/neo4j, server and loaders, which all depend on this package.
package graph

import (
	"path/filepath"
	"strings"
)

// Label names a kind of node.
type Label string

// The node labels of GUIDELINE.md.
const (
	LabelDocument       Label = "Document"
	LabelPlan           Label = "Plan"
	LabelPolicy         Label = "Policy"
	LabelSpecialProject Label = "SpecialProject"
	LabelAgency         Label = "Agency"
	LabelRegion         Label = "Region"
	LabelIndicator      Label = "Indicator"
	LabelGoal           Label = "Goal"
	LabelFund           Label = "Fund"
)

// Labels lists every node label, in a stable order.
var Labels = []Label{
	LabelDocument, LabelPlan, LabelPolicy, LabelSpecialProject, LabelAgency,
	LabelRegion, LabelIndicator, LabelGoal, LabelFund,
}

// Valid reports whether l is one of Labels.
func (l Label) Valid() bool {
	for _, x := range Labels {
		if x == l {
			return true
		}
	}
	return false
}

// RelType names a kind of relationship.
type RelType string

// The relationship types of GUIDELINE.md, plus Describes, which joins a loaded
// Document to the Plan it is.
const (
	Supersedes     RelType = "SUPERSEDES"
	CooperatesWith RelType = "COOPERATES_WITH"
	Funds          RelType = "FUNDS"
	IssuedBy       RelType = "ISSUED_BY"
	Covers         RelType = "COVERS"
	BasedOn        RelType = "BASED_ON"
	Implements     RelType = "IMPLEMENTS"
	HasProject     RelType = "HAS_PROJECT"
	PartOf         RelType = "PART_OF"
	ResponsibleFor RelType = "RESPONSIBLE_FOR"
	LocatedIn      RelType = "LOCATED_IN"
	HasGoal        RelType = "HAS_GOAL"
	SetsTarget     RelType = "SETS_TARGET"
	Reports        RelType = "REPORTS"
	Mentions       RelType = "MENTIONS"
	Describes      RelType = "DESCRIBES"
)

// RelTypes lists every relationship type, in a stable order.
var RelTypes = []RelType{
	Supersedes, CooperatesWith, Funds, IssuedBy, Covers, BasedOn, Implements,
	HasProject, PartOf, ResponsibleFor, LocatedIn, HasGoal, SetsTarget, Reports,
	Mentions, Describes,
}

// Valid reports whether t is one of RelTypes.
func (t RelType) Valid() bool {
	for _, x := range RelTypes {
		if x == t {
			return true
		}
	}
	return false
}

// Evidence is where a fact was read: a document, a span counted in runes of
// the decoded and normalised text, and the sentence around it.
type Evidence struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Node is one entity of the graph.
type Node struct {
	ID       string         `json:"id"`
	Label    Label          `json:"label"`
	Name     string         `json:"name"`
	Aliases  []string       `json:"aliases"`
	Props    map[string]any `json:"props"`
	Evidence []Evidence     `json:"evidence,omitempty"`
}

// Edge is one relationship, naming its ends by node id.
type Edge struct {
	Type     RelType        `json:"type"`
	From     string         `json:"from"`
	To       string         `json:"to"`
	Props    map[string]any `json:"props"`
	Evidence []Evidence     `json:"evidence"`
}

// Document is the metadata of one loaded file.
type Document struct {
	ID          string   `json:"id"`
	File        string   `json:"file"`
	Title       string   `json:"title"`
	NoticeTitle string   `json:"noticeTitle"`
	Kind        string   `json:"kind"`
	Issuer      []string `json:"issuer"`
	DocNumber   string   `json:"docNumber"`
	PublishedAt string   `json:"publishedAt"`
	SignedAt    string   `json:"signedAt"`
	Period      []int    `json:"period"`
	Region      string   `json:"region"`
	Encoding    string   `json:"encoding"`
	Chars       int      `json:"chars"`
}

// Document kinds, as GUIDELINE.md names them.
const (
	KindPlan            = "plan"
	KindActionPlan      = "action_plan"
	KindCooperationPlan = "cooperation_plan"
	KindBulletin        = "bulletin"
	KindNotice          = "notice"
	KindAgreement       = "agreement"
	KindRegulation      = "regulation"
	KindOther           = "other"
)

// Extraction is what the loaders read from documents: the graph shape that
// GUIDELINE.md ends with, which both the scorer and the Store take.
type Extraction struct {
	Documents []Document `json:"documents"`
	Nodes     []Node     `json:"nodes"`
	Edges     []Edge     `json:"edges"`
}

// NodeID is the stable id of the node with the given label and canonical
// name: the same entity read from any document gets the same id, which is
// what lets documents meet on shared nodes.
func NodeID(label Label, name string) string {
	return strings.ToLower(string(label)) + ":" + name
}

// DocumentID is the stable id of the document loaded from path: its file
// name, so that loading the same file again replaces it rather than adding a
// second copy.
func DocumentID(path string) string {
	return "doc:" + filepath.Base(path)
}
