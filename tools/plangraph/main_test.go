package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plangraph/plangraph/graph"
	"github.com/plangraph/plangraph/graph/neo4j/neo4jtest"
)

const seedDir = "../../seeds"

func TestExtractPrintsTheGraphShape(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"extract", filepath.Join(seedDir, "000_de0261f81dc6c388.txt")}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	var x graph.Extraction
	if err := json.Unmarshal(out.Bytes(), &x); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if len(x.Documents) != 1 || x.Documents[0].File != "000_de0261f81dc6c388.txt" || len(x.Nodes) == 0 || len(x.Edges) == 0 {
		t.Errorf("unexpected extraction: %d documents, %d nodes, %d edges", len(x.Documents), len(x.Nodes), len(x.Edges))
	}
	for _, e := range x.Edges {
		if len(e.Evidence) == 0 || e.Evidence[0].Doc != x.Documents[0].ID || e.Evidence[0].End <= e.Evidence[0].Start {
			t.Fatalf("edge without evidence: %+v", e)
		}
	}
}

func TestExtractSeveralFilesPrintsAnArray(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), []string{"extract", seedDir}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	var xs []graph.Extraction
	if err := json.Unmarshal(out.Bytes(), &xs); err != nil || len(xs) != 5 {
		t.Fatalf("want an array of 5 extractions: %v (%d)", err, len(xs))
	}
}

func TestBadFilesNameTheFile(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "image.txt")
	if err := os.WriteFile(bin, []byte{0x89, 'P', 'N', 'G', 0, 0, 1}, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := [][]string{
		{"extract", bin},
		{"extract", filepath.Join(dir, "missing.txt")},
		{"extract"},
		{"frobnicate"},
	}
	for _, args := range tests {
		err := run(context.Background(), args, &bytes.Buffer{}, &bytes.Buffer{})
		if err == nil {
			t.Errorf("%v: no error", args)
			continue
		}
		if len(args) == 2 && args[0] == "extract" && !strings.Contains(message(err), args[1]) {
			t.Errorf("%v: the message does not name the file: %s", args, message(err))
		}
	}
}

// TestLoadKeepsGoodDocuments loads a folder holding the seeds and one broken
// file: the seeds are loaded and counted, the broken one is named, and the
// command fails; loading again changes nothing.
func TestLoadKeepsGoodDocuments(t *testing.T) {
	s := neo4jtest.Open(t)
	dir := t.TempDir()
	for _, name := range []string{"000_de0261f81dc6c388.txt", "003_5927250410f73846.txt"} {
		raw, err := os.ReadFile(filepath.Join(seedDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "zz_broken.txt"), []byte{0, 1, 2, 3}, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"load", dir}, &out, &errOut)
	if err == nil || !strings.Contains(errOut.String(), "zz_broken.txt") {
		t.Fatalf("want a failure naming zz_broken.txt, got %v; stderr %s", err, errOut.String())
	}
	if !strings.Contains(out.String(), "doc:000_de0261f81dc6c388.txt") || !strings.Contains(out.String(), "loaded 2 of 3 documents") {
		t.Errorf("output:\n%s", out.String())
	}
	before, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if err := run(context.Background(), []string{"load", filepath.Join(dir, "000_de0261f81dc6c388.txt")}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	after, _ := s.Counts(context.Background())
	if after != before {
		t.Errorf("reloading changed the counts: %+v, then %+v", before, after)
	}
}
