package server

import (
	"encoding/base64"
	"fmt"
	"sort"
	"strings"

	"github.com/plangraph/plangraph/graph"
)

func intOr(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func cursorOf(id string) string { return base64.StdEncoding.EncodeToString([]byte(id)) }

func documentModel(d graph.Document) *Document {
	issuer := d.Issuer
	if issuer == nil {
		issuer = []string{}
	}
	return &Document{
		ID: d.ID, Name: d.Title, Aliases: []string{}, Labels: []Label{LabelDocument},
		File: d.File, Title: d.Title, NoticeTitle: strPtr(d.NoticeTitle), Kind: d.Kind,
		Issuer: issuer, DocNumber: strPtr(d.DocNumber), PublishedAt: strPtr(d.PublishedAt),
		SignedAt: strPtr(d.SignedAt), Period: d.Period, Region: strPtr(d.Region),
		Encoding: d.Encoding, Chars: d.Chars,
	}
}

func entityModel(n graph.Node) *Entity {
	e := &Entity{ID: n.ID, Name: n.Name, Aliases: n.Aliases, Label: Label(n.Label), Labels: []Label{Label(n.Label)}, Properties: []Property{}}
	if e.Aliases == nil {
		e.Aliases = []string{}
	}
	keys := make([]string, 0, len(n.Props))
	for k := range n.Props {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		e.Properties = append(e.Properties, Property{Key: k, Value: propertyText(n.Props[k])})
	}
	return e
}

func propertyText(v any) string {
	if xs, ok := v.([]any); ok {
		parts := make([]string, len(xs))
		for i, x := range xs {
			parts[i] = fmt.Sprint(x)
		}
		return strings.Join(parts, ",")
	}
	return fmt.Sprint(v)
}
