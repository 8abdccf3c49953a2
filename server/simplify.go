package server

import "github.com/plangraph/plangraph/loaders"

// toSimplified lets traditional-character queries find the simplified names
// the graph holds.
func toSimplified(s string) string {
	if out, err := loaders.Simplified(s); err == nil {
		return out
	}
	return s
}
