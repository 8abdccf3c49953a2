// Package seeds embeds the seed documents the project was built from and the
// domain dictionaries the loaders read, so that the binary and the tests need
// no files beside them.
package seeds

import (
	"embed"
	"io/fs"
	"sort"
)

//go:embed *.txt
var documents embed.FS

//go:embed dict
var dict embed.FS

// Documents returns the seed documents by file name, in name order.
func Documents() (names []string, files fs.FS) {
	entries, _ := fs.ReadDir(documents, ".")
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names, documents
}

// Dict returns the domain dictionaries, rooted at the dict folder.
func Dict() fs.FS {
	sub, err := fs.Sub(dict, "dict")
	if err != nil {
		panic(err) // the folder is embedded at build time; its absence is a build bug
	}
	return sub
}
