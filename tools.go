//go:build tools

// Package tools records the build tools the project runs with go run, so
// that go.mod pins their versions.
package tools

import _ "github.com/99designs/gqlgen"
