# plangraph — see README.md. Every install step the project needs is here:
# Go modules, the npm assets embedded in the binary, and the Maven build of
# the embedded Neo4j launcher.

SHELL := /bin/bash
GO    ?= go
BIN   := bin/plangraph
GOFILES := $(shell find . -name '*.go' -not -path './server/web/node_modules/*' 2>/dev/null)
export PLANGRAPH_ADDR ?= :8080

.PHONY: all run test build assets launcher deps neo4j-start neo4j-stop load serve bench browser-test \
	go-test eval bench generate vet fmt check clean

all: build

## run: install what is needed, start Neo4j (unless NEO4J_URI is set), load seeds/ and serve
run: build launcher
	tools/with-neo4j.sh run bash -c '$(BIN) load seeds && exec $(BIN) serve'

## test: the whole test suite against a real Neo4j (a throwaway one unless NEO4J_URI is set)
test: build launcher
	tools/with-neo4j.sh test $(MAKE) --no-print-directory check go-test browser-test
	@$(MAKE) --no-print-directory eval

go-test:
	$(GO) test -p 1 -count=1 ./...

# browser-test: GraphiQL in Debian's Chromium (playwright-core), against NEO4J_URI
browser-test: build
	tools/browser-test.sh

## build: bin/plangraph, with the GraphiQL assets embedded
build: $(BIN)

$(BIN): assets deps $(GOFILES) go.mod go.sum $(wildcard seeds/*.txt seeds/dict/*)
	$(GO) build -o $(BIN) ./tools/plangraph

deps:
	$(GO) mod download

## assets: fetch GraphiQL and the graph-drawing library from npm into server/web/dist
assets:
	server/web/build.sh

## launcher: build the embedded Neo4j launcher with Maven
launcher:
	tools/neo4j/neo4j.sh build

## neo4j-start / neo4j-stop: the embedded Neo4j on var/neo4j, port 7687
neo4j-start:
	tools/neo4j/neo4j.sh start

neo4j-stop:
	tools/neo4j/neo4j.sh stop

## load / serve: against a running Neo4j (NEO4J_URI, NEO4J_PASSWORD)
load: build
	$(BIN) load seeds

serve: build
	$(BIN) serve

## generate: regenerate the gqlgen server from schema/
generate:
	$(GO) run github.com/99designs/gqlgen generate

## check: gofmt and go vet clean
check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

vet: check

fmt:
	gofmt -w $$(git ls-files '*.go')

clean:
	rm -rf bin var tools/neo4j/target

## eval: extract the seeds and score them against ../shared/eval/gold; fails below the floors
GOLD ?= ../shared/eval/gold
eval: build
	@if [ -d $(GOLD) ]; then mkdir -p out && $(BIN) extract seeds/*.txt > out/extract.json && \
	  python3 tools/eval/floors.py --gold $(GOLD) out/extract.json; \
	else echo "eval: no gold at $(GOLD); skipped"; fi

## bench: extraction speed and memory as ratios to plain gse segmentation of the same text, same run
bench:
	$(GO) test -run '^$$' -bench 'PipelineSeeds|GseSeeds' -benchmem -count 5 ./loaders | python3 tools/bench/ratio.py BASELINE=GseSeeds PipelineSeeds=2
