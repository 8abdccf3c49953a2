package loaders

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestSegmentSentence(t *testing.T) {
	tests := []struct {
		in   string
		want []string // words that must come out whole
	}{
		{"静安区新建集约化信息管线2500公里。", []string{"静安区"}},
		{"至年末互联网用户达1080万户。", []string{"互联网"}},
	}
	for _, tt := range tests {
		words := segmentSentence(tt.in)
		if strings.Join(words, "") != tt.in {
			t.Errorf("segmentSentence(%q) = %q: words do not join back to the sentence", tt.in, words)
		}
		for _, w := range tt.want {
			if !slices.Contains(words, w) {
				t.Errorf("segmentSentence(%q) = %q, want the word %q", tt.in, words, w)
			}
		}
	}
}

// seedSentences runs the stages up to metadata over the seeds.
func seedSentences(b *testing.B) []*Doc {
	files, _ := filepath.Glob("../seeds/*.txt")
	var docs []*Doc
	dicts := MustDictionaries()
	prep := Pipeline{{"decode", Decode}, {"normalize", Normalize}, {"simplify", Simplify},
		{"structure", Structure}, {"metadata", Metadata(dicts)}}
	for _, f := range files {
		var d *Doc
		p := append(Pipeline{}, prep...)
		p = append(p, Stage{"keep", func(x *Doc) error { d = x; return nil }})
		if _, err := p.ExtractFile(context.Background(), f); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkExtract measures the indicator stage over the seeds.
func BenchmarkExtract(b *testing.B) {
	docs := seedSentences(b)
	dicts := MustDictionaries()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			extractIndicators(d, dicts)
		}
	}
}

// BenchmarkGseSegment measures plain gse segmentation of the same sentences,
// without the cache: the issue wants extraction within twice this.
func BenchmarkGseSegment(b *testing.B) {
	docs := seedSentences(b)
	if err := loadSegmenter(MustDictionaries()); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			for _, s := range d.Sentences {
				segmenter.Cut(s.Text, true)
			}
		}
	}
}

// BenchmarkGseLoad measures loading the segmenter's dictionary.
func BenchmarkGseLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		segOnce = sync.Once{}
		if err := loadSegmenter(MustDictionaries()); err != nil {
			b.Fatal(err)
		}
	}
}
