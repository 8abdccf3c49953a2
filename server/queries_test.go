package server_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/plangraph/plangraph/graph/neo4j/neo4jtest"
	"github.com/plangraph/plangraph/server"
)

var update = flag.Bool("update", false, "rewrite the answers in docs/queries.md")

const queriesDoc = "../docs/queries.md"

// queryBlock finds each query of docs/queries.md and the answer block after it.
var queryBlock = regexp.MustCompile("(?s)## (\\d+)\\. ([^\\n]*)\\n.*?```graphql\\n(.*?)```\\n\\n```json\\n(.*?)```")

// checks say what a user expects of each answer, beyond its matching the doc.
var checks = map[string]func(t *testing.T, data map[string]any){
	"1": func(t *testing.T, d map[string]any) {
		if n := num(d, "projects", "totalCount"); n < 10 {
			t.Errorf("the smart-city plan sets up %v projects, want at least 10", n)
		}
	},
	"2": func(t *testing.T, d map[string]any) {
		kinds := map[string]bool{}
		for _, v := range list(d, "indicator", "series") {
			kinds[v.(map[string]any)["kind"].(string)] = true
		}
		if !kinds["target"] || !kinds["actual"] {
			t.Errorf("the IC indicator's series has kinds %v, want a plan's target and a bulletin's actual on one node", kinds)
		}
	},
	"3": func(t *testing.T, d map[string]any) {
		names := collect(d, "name")
		for _, want := range []string{"江苏省", "浙江省", "上海市"} {
			if !names[want] {
				t.Errorf("the Yangtze Delta plan's regions lack %s", want)
			}
		}
	},
	"4": func(t *testing.T, d map[string]any) {
		if len(list(d, "lineage", "edges")) == 0 {
			t.Error("the smart-city plan has no lineage")
		}
	},
	"5": func(t *testing.T, d map[string]any) {
		if len(list(d, "funds", "edges")) == 0 {
			t.Error("no funds")
		}
	},
	"6": func(t *testing.T, d map[string]any) {
		if n := len(list(d, "documents", "edges")); n != 5 {
			t.Errorf("%d documents, want 5", n)
		}
	},
	"7": func(t *testing.T, d map[string]any) {
		hits := list(d, "search")
		if len(hits) == 0 || !strings.Contains(hits[0].(map[string]any)["node"].(map[string]any)["name"].(string), "国际出口带宽") {
			t.Errorf("互联网出口带宽 found %v", hits)
		}
	},
	"9": func(t *testing.T, d map[string]any) {
		if len(list(d, "path", "edges")) == 0 {
			t.Error("no path between the district and the city plan")
		}
	},
	"10": func(t *testing.T, d map[string]any) {
		if num(d, "stats", "nodes") == 0 {
			t.Error("empty graph")
		}
	},
}

// TestQueriesDoc runs the queries of docs/queries.md against the seeds and
// checks that the answers written there are the server's, and that each
// answer holds what an analyst asked for.
func TestQueriesDoc(t *testing.T) {
	raw, err := os.ReadFile(queriesDoc)
	if err != nil {
		t.Fatal(err)
	}
	s := neo4jtest.Open(t)
	neo4jtest.LoadSeeds(t, s)
	h := server.NewHandler(s, server.Options{})
	doc := string(raw)
	blocks := queryBlock.FindAllStringSubmatch(doc, -1)
	if len(blocks) != 10 {
		t.Fatalf("docs/queries.md holds %d queries, want 10", len(blocks))
	}
	for _, b := range blocks {
		num, title, q, answer := b[1], b[2], b[3], b[4]
		res := post(t, h, q, nil, nil)
		if len(res.Errors) > 0 {
			t.Errorf("query %s (%s): %+v", num, title, res.Errors)
			continue
		}
		var pretty bytes.Buffer
		if err := json.Indent(&pretty, res.Data, "", "  "); err != nil {
			t.Fatal(err)
		}
		got := pretty.String() + "\n"
		if *update {
			doc = strings.Replace(doc, b[0], strings.Replace(b[0], "```json\n"+answer+"```", "```json\n"+got+"```", 1), 1)
		} else if got != answer {
			t.Errorf("query %s (%s): the answer in docs/queries.md is not the server's; run go test ./server -run TestQueriesDoc -update\n got: %.400s", num, title, got)
		}
		var data map[string]any
		if err := json.Unmarshal(res.Data, &data); err != nil {
			t.Fatal(err)
		}
		if check, ok := checks[num]; ok {
			check(t, data)
		}
	}
	if *update {
		if err := os.WriteFile(queriesDoc, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func walk(d any, path ...string) any {
	for _, p := range path {
		m, ok := d.(map[string]any)
		if !ok {
			return nil
		}
		d = m[p]
	}
	return d
}

func list(d map[string]any, path ...string) []any {
	l, _ := walk(d, path...).([]any)
	return l
}

func num(d map[string]any, path ...string) float64 {
	f, _ := walk(d, path...).(float64)
	return f
}

// collect gathers every string value of key anywhere in d.
func collect(d any, key string) map[string]bool {
	out := map[string]bool{}
	var rec func(any)
	rec = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, y := range x {
				if s, ok := y.(string); ok && k == key {
					out[s] = true
				}
				rec(y)
			}
		case []any:
			for _, y := range x {
				rec(y)
			}
		}
	}
	rec(d)
	return out
}
