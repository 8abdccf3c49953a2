package loaders

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"testing"

	"github.com/plangraph/plangraph/seeds"
)

// TestExtractionIsReproducible: the same document gives the same graph,
// byte for byte, every time, so that two extractions can be diffed and a
// reload writes nothing new. Go randomises map order on every range, so a
// stage that walks a map would show here within a few runs.
func TestExtractionIsReproducible(t *testing.T) {
	names, files := seeds.Documents()
	p := Default()
	for _, name := range names {
		raw, err := fs.ReadFile(files, name)
		if err != nil {
			t.Fatal(err)
		}
		var first []byte
		for run := 0; run < 4; run++ {
			x, err := p.Extract(context.Background(), name, raw)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			out, err := json.Marshal(x)
			if err != nil {
				t.Fatal(err)
			}
			if run == 0 {
				first = out
			} else if !bytes.Equal(out, first) {
				t.Fatalf("%s: run %d differs from run 0", name, run)
			}
		}
	}
}
