package loaders

import (
	"sync"
	"unicode/utf8"
)

// wordIndex finds which of a list of words starts at a position of a text.
// The scanners ask this at every position of a document, so the words are
// indexed by their first rune; among those, list order is kept, because it
// is the priority the list was written in.
type wordIndex struct {
	once  sync.Once
	words *[]string
	index map[rune][]string
}

// indexOf returns a wordIndex over the list words points to, built on first
// use (after the list's package initialisation).
func indexOf(words *[]string) *wordIndex { return &wordIndex{words: words} }

// at returns the first word of the list that starts at text[i], or "".
func (w *wordIndex) at(text []rune, i int) string {
	w.once.Do(func() {
		w.index = map[rune][]string{}
		for _, s := range *w.words {
			r, _ := utf8.DecodeRuneInString(s)
			w.index[r] = append(w.index[r], s)
		}
	})
	if i < 0 || i >= len(text) {
		return ""
	}
	for _, s := range w.index[text[i]] {
		if hasStringAt(text, i, s) {
			return s
		}
	}
	return ""
}
