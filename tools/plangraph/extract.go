package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"

	"github.com/plangraph/plangraph/graph"
	"github.com/plangraph/plangraph/loaders"
)

// runExtract prints the extraction of each file: one JSON object for one
// file, a JSON array of them for several.
func runExtract(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("extract: name at least one file")
	}
	files, err := loaders.ListFiles(fs.Args())
	if err != nil {
		return err
	}
	p := loaders.Default()
	var out []*graph.Extraction
	for _, f := range files {
		x, err := p.ExtractFile(ctx, f)
		if err != nil {
			return err
		}
		out = append(out, x)
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if len(out) == 1 {
		return enc.Encode(out[0])
	}
	return enc.Encode(out)
}
