// Command plangraph reads Chinese policy documents into a knowledge graph,
// stores it in Neo4j and serves it over GraphQL.
//
//	plangraph extract FILE...   print each file's extraction as JSON (no database)
//	plangraph load PATH...      write files or folders of .txt files into Neo4j
//	plangraph serve             serve GraphQL at /graphql and GraphiQL at /graphiql
//
// Neo4j is found through NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and
// NEO4J_DATABASE; this is the only place where the program is wired together.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/plangraph/plangraph/graph"
)

const usage = `usage: plangraph <command> [arguments]

commands:
  extract FILE...   print the extraction of each file as JSON (needs no database)
  load PATH...      write files, or folders of .txt files, into Neo4j
  serve             serve GraphQL at /graphql, GraphiQL at /graphiql,
                    /healthz and /readyz (--addr or PLANGRAPH_ADDR, default :8080)

Neo4j: NEO4J_URI (default bolt://127.0.0.1:7687), NEO4J_USER (neo4j),
NEO4J_PASSWORD, NEO4J_DATABASE (the server's default).
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "plangraph:", message(err))
		}
		os.Exit(1)
	}
}

// message is what a person is told of err: a graph error's own message, or
// the error's text for anything else (the command line is not a public API,
// so the detail helps more than it leaks).
func message(err error) string {
	var e *graph.Error
	if errors.As(err, &e) && err.Error() == e.Error() {
		return e.Message
	}
	return err.Error()
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return flag.ErrHelp
	}
	switch args[0] {
	case "extract":
		return runExtract(ctx, args[1:], stdout)
	case "load":
		return runLoad(ctx, args[1:], stdout, stderr)
	case "serve":
		return runServe(ctx, args[1:], stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", args[0])
}
