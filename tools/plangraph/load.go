package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/plangraph/plangraph/graph"
	"github.com/plangraph/plangraph/graph/neo4j"
	"github.com/plangraph/plangraph/loaders"
)

// progressFrom is the number of files from which load draws a progress bar.
const progressFrom = 20

// runLoad writes files into Neo4j, one transaction per document, and prints
// per-document counts. A document that fails is reported and leaves nothing
// behind; the others are still loaded, and the command fails at the end.
func runLoad(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	quiet := fs.Bool("quiet", false, "print only the summary")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("load: name at least one file or folder")
	}
	files, err := loaders.ListFiles(fs.Args())
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("load: no .txt files in %s", strings.Join(fs.Args(), ", "))
	}
	store, err := openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close(ctx)
	if err := store.Init(ctx); err != nil {
		return err
	}
	p := loaders.Default()
	bar := newProgress(stderr, len(files), len(files) >= progressFrom)
	var failed []string
	var total graph.WriteStats
	start := time.Now()
	for _, f := range files {
		st, err := loadOne(ctx, p, store, f)
		bar.step()
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			bar.clear()
			fmt.Fprintf(stderr, "plangraph: %s\n", message(err))
			failed = append(failed, f)
			continue
		}
		total.Nodes += st.Nodes
		total.Relationships += st.Relationships
		if !*quiet {
			bar.clear()
			fmt.Fprintf(stdout, "%-40s %6d nodes %7d relationships\n", st.Document, st.Nodes, st.Relationships)
		}
	}
	bar.clear()
	fmt.Fprintf(stdout, "loaded %d of %d documents (%d nodes, %d relationships written) in %s\n",
		len(files)-len(failed), len(files), total.Nodes, total.Relationships, time.Since(start).Round(time.Millisecond))
	if len(failed) > 0 {
		return fmt.Errorf("load: %d documents failed: %s", len(failed), strings.Join(failed, ", "))
	}
	return nil
}

func loadOne(ctx context.Context, p loaders.Pipeline, store graph.Store, file string) (graph.WriteStats, error) {
	x, err := p.ExtractFile(ctx, file)
	if err != nil {
		return graph.WriteStats{}, err
	}
	return store.WriteDocument(ctx, x)
}

// openStore connects to the Neo4j server the environment names.
func openStore(ctx context.Context) (*neo4j.Store, error) {
	cfg := neo4j.Config{
		URI:      envOr("NEO4J_URI", "bolt://127.0.0.1:7687"),
		User:     envOr("NEO4J_USER", "neo4j"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	return neo4j.Open(ctx, cfg)
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// progress draws a one-line bar on a terminal-like writer.
type progress struct {
	w           io.Writer
	total, done int
	on          bool
	start       time.Time
}

func newProgress(w io.Writer, total int, on bool) *progress {
	return &progress{w: w, total: total, on: on, start: time.Now()}
}

func (p *progress) step() {
	p.done++
	if !p.on {
		return
	}
	const width = 30
	filled := width * p.done / p.total
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d %s", strings.Repeat("#", filled), strings.Repeat(".", width-filled),
		p.done, p.total, time.Since(p.start).Round(time.Second))
}

func (p *progress) clear() {
	if p.on {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 60))
	}
}
