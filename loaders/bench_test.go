package loaders

import (
	"context"
	"io/fs"
	"testing"

	"github.com/plangraph/plangraph/seeds"
)

func seedTexts(b *testing.B) (names []string, raws [][]byte, texts []string) {
	b.Helper()
	names, files := seeds.Documents()
	for _, n := range names {
		raw, err := fs.ReadFile(files, n)
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, raw)
		texts = append(texts, string(raw))
	}
	return names, raws, texts
}

// BenchmarkPipelineSeeds is the whole extraction of the five seeds, from
// bytes to graph: what `plangraph extract seeds/*.txt` spends.
func BenchmarkPipelineSeeds(b *testing.B) {
	names, raws, _ := seedTexts(b)
	p := Default()
	if _, err := p.Extract(context.Background(), names[0], raws[0]); err != nil {
		b.Fatal(err) // warm the lazily built tables outside the timing
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j := range raws {
			if _, err := p.Extract(context.Background(), names[j], raws[j]); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkGseSeeds is the baseline: plain gse segmentation of the same
// texts with its default dictionary and ours.
func BenchmarkGseSeeds(b *testing.B) {
	_, _, texts := seedTexts(b)
	if err := loadSegmenter(MustDictionaries()); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			segmenter.Cut(t, true)
		}
	}
}
