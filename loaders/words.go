package loaders

import "strings"

// containsAny reports whether s contains one of words. Loops of
// strings.Contains, not regexp alternations: these run on every clause of
// a document, and Go's regexp is several times slower at this.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// hasAnySuffix reports whether s ends with one of words.
func hasAnySuffix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// hasAnyPrefix reports whether s starts with one of words.
func hasAnyPrefix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
