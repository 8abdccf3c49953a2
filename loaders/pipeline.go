// Package loaders turns a policy document into graph values.
//
// A Pipeline is an ordered list of small Stages, each with one job, that pass
// one *Doc along: decoding the bytes, normalising characters, finding lines
// and sentences, reading the metadata, then the entities and the
// relationships between them. The result is a graph.Extraction; loaders know
// neither Neo4j nor GraphQL.
package loaders

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/plangraph/plangraph/graph"
)

// Stage is one step of a Pipeline.
type Stage struct {
	// Name says what the stage does, for errors and benchmarks.
	Name string
	// Run reads and extends the document.
	Run func(d *Doc) error
}

// Pipeline is an ordered list of stages.
type Pipeline []Stage

// Default returns the pipeline that plangraph uses, with the dictionaries
// under seeds/dict.
func Default() Pipeline {
	dicts := MustDictionaries()
	return Pipeline{
		{"decode", Decode},
		{"normalize", Normalize},
		{"simplify", Simplify},
		{"structure", Structure},
		{"metadata", Metadata(dicts)},
		{"document", DocumentNodes(dicts)},
		{"regions", Regions(dicts)},
		{"agencies", Agencies(dicts)},
		{"citations", Citations(dicts)},
		{"organizations", Organizations(dicts)},
		{"projects", Projects(dicts)},
		{"responsibilities", Responsibilities(dicts)},
		{"sites", Sites(dicts)},
		{"goals", Goals(dicts)},
		{"indicators", Indicators(dicts)},
		{"relations", Relations(dicts)},
		{"mentions", Mentions},
	}
}

// Extract runs the pipeline over the bytes of the file at path (path names
// the document; it is not read) and returns its extraction.
func (p Pipeline) Extract(ctx context.Context, path string, raw []byte) (*graph.Extraction, error) {
	d := NewDoc(path, raw)
	for _, s := range p {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := s.run(d); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", path, s.Name, err)
		}
	}
	return d.Extraction(), nil
}

// run runs the stage over d. A stage that fails on text it was not written
// for (a slice past a name's end) fails the document, not the program, so
// that a load keeps what it has and names the file.
func (s Stage) run(d *Doc) (err error) {
	defer func() {
		if e := recover(); e != nil {
			err = graph.Errorf(graph.EINTERNAL, "stage failed on this text: %v", e)
		}
	}()
	return s.Run(d)
}

// ExtractFile reads the file at path and runs the pipeline over it.
func (p Pipeline) ExtractFile(ctx context.Context, path string) (*graph.Extraction, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "%s: cannot read: %v", path, err)
	}
	return p.Extract(ctx, path, raw)
}

// ListFiles expands paths, files or folders, into the document files they
// name: a file as it is; a folder as the regular .txt files directly in it,
// in name order (not its subfolders, which hold other things: seeds/dict).
func ListFiles(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, graph.Errorf(graph.EINVALID, "%s: %v", p, err)
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			return nil, graph.Errorf(graph.EINVALID, "%s: %v", p, err)
		}
		for _, e := range entries {
			if e.Type().IsRegular() && filepath.Ext(e.Name()) == ".txt" {
				files = append(files, filepath.Join(p, e.Name()))
			}
		}
	}
	return files, nil
}
