package loaders

import (
	"sync"

	"github.com/go-ego/gse"
)

// The segmenter is loaded once, on first use: its embedded dictionary takes
// a moment to read, and most commands never need word boundaries.
var (
	segOnce   sync.Once
	segmenter gse.Segmenter
	segErr    error
	// segCache holds the words of the sentences asked for (sentence →
	// []string); it is dropped when it grows large, so that a server
	// loading document after document does not keep every sentence.
	segCache = struct {
		sync.Mutex
		m map[string][]string
	}{m: map[string][]string{}}
)

// loadSegmenter reads gse's embedded simplified-Chinese dictionary and adds
// our region, agency and unit names as words, so that 静安区 or 万平方米 is
// never cut in two.
func loadSegmenter(dicts *Dictionaries) error {
	segOnce.Do(func() {
		seg, err := gse.NewEmbed("zh_s")
		if err != nil {
			segErr = err
			return
		}
		if dicts != nil {
			add := func(w string) {
				if len([]rune(w)) >= 2 {
					_ = seg.AddToken(w, 1000, "n")
				}
			}
			for name, e := range dicts.Regions {
				if e.Guarded {
					// not a word the segmenter should prefer (海城市
					// would cut 沿海城市)
					continue
				}
				add(name)
				for _, a := range e.Aliases {
					add(a)
				}
			}
			for name, e := range dicts.Agencies {
				add(name)
				for _, a := range e.Aliases {
					add(a)
				}
			}
			for _, u := range dicts.Units {
				add(u)
			}
		}
		segmenter = seg
	})
	return segErr
}

// segmentSentence cuts a sentence into words, remembering the answer: the
// stages that want word boundaries ask for the same sentences.
func segmentSentence(s string) []string {
	segCache.Lock()
	words, ok := segCache.m[s]
	segCache.Unlock()
	if ok {
		return words
	}
	if err := loadSegmenter(MustDictionaries()); err != nil {
		return nil
	}
	words = segmenter.Cut(s, true)
	segCache.Lock()
	if len(segCache.m) > 50000 {
		segCache.m = map[string][]string{}
	}
	segCache.m[s] = words
	segCache.Unlock()
	return words
}

// Segment cuts every sentence of the document into words ahead of the stages
// that use them; the words are kept in a cache keyed by the sentence.
func Segment(dicts *Dictionaries) func(*Doc) error {
	return func(d *Doc) error {
		if err := loadSegmenter(dicts); err != nil {
			return err
		}
		for _, s := range d.Sentences {
			segmentSentence(s.Text)
		}
		return nil
	}
}

// wordStarts marks the rune offsets of a sentence where gse starts a word,
// so that a scan for a verb or a noun's end does not stop inside a word
// (合作 holds 作, 第三方 holds 三). Offset len(runes) is always a start.
func wordStarts(s string) []bool {
	n := len([]rune(s))
	starts := make([]bool, n+1)
	starts[n] = true
	words := segmentSentence(s)
	if words == nil {
		for i := range starts {
			starts[i] = true // no segmenter: every rune may start a word
		}
		return starts
	}
	at := 0
	for _, w := range words {
		if at <= n {
			starts[at] = true
		}
		at += len([]rune(w))
	}
	return starts
}

// wordPOS is the part of speech gse's dictionary gives a word ("n", "v",
// "vn", …), or "" for a word it does not know.
func wordPOS(w string) string {
	if err := loadSegmenter(MustDictionaries()); err != nil {
		return ""
	}
	if _, pos, ok := segmenter.Find(w); ok {
		return pos
	}
	return ""
}
