#!/usr/bin/env bash
# Builds the embedded front-end assets for package web (server/web).
#
# Installs the pinned npm dependencies (npm ci against package-lock.json) and
# copies the browser bundles that web.go embeds into dist/. No CDN is used at
# runtime: everything the GraphiQL page needs is served from the Go binary.
#
# Idempotent: if dist/ already holds every asset and was built from the current
# package-lock.json (and this script), it exits without touching the network.
# Set FORCE=1 to rebuild anyway. Safe to run non-interactively (CI=true).
set -euo pipefail

self=$(basename "${BASH_SOURCE[0]}")
cd "$(dirname "${BASH_SOURCE[0]}")"

export CI="${CI:-true}"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

# source (relative to node_modules/) -> file name in dist/
ASSETS=(
	"graphiql/graphiql.min.js:graphiql.min.js"
	"graphiql/graphiql.min.css:graphiql.min.css"
	"react/umd/react.production.min.js:react.production.min.js"
	"react-dom/umd/react-dom.production.min.js:react-dom.production.min.js"
	"cytoscape/dist/cytoscape.min.js:cytoscape.min.js"
)

STAMP=dist/.build-stamp # dot file: not embedded by //go:embed dist

fingerprint() {
	# Inputs that determine dist/: the lock file (or package.json if there is
	# no lock yet) and this script (which holds the asset list).
	local lock=package-lock.json
	[[ -f $lock ]] || lock=package.json
	sha256sum "$lock" "$self" | sha256sum | cut -d' ' -f1
}

up_to_date() {
	[[ ${FORCE:-0} == 1 ]] && return 1
	[[ -f package-lock.json && -f $STAMP ]] || return 1
	[[ "$(cat "$STAMP")" == "$(fingerprint)" ]] || return 1
	local a
	for a in "${ASSETS[@]}"; do
		[[ -s dist/${a#*:} ]] || return 1
	done
}

if up_to_date; then
	echo "web assets: dist/ is up to date (package-lock.json unchanged)"
	exit 0
fi

command -v npm >/dev/null 2>&1 || {
	echo "web assets: npm not found; install Node.js (>= 18) and npm" >&2
	exit 1
}

if [[ -f package-lock.json ]]; then
	echo "web assets: npm ci"
	npm ci --no-audit --no-fund
else
	echo "web assets: no package-lock.json, running npm install"
	npm install --no-audit --no-fund --save-exact
fi

mkdir -p dist
for a in "${ASSETS[@]}"; do
	src="node_modules/${a%%:*}" dst="dist/${a#*:}"
	[[ -s $src ]] || {
		echo "web assets: missing $src after install" >&2
		exit 1
	}
	# Copy through a temp file so an interrupted build never leaves a
	# truncated asset behind that the stamp check would accept.
	cp "$src" "$dst.tmp"
	mv -f "$dst.tmp" "$dst"
	echo "web assets: $dst ($(wc -c <"$dst") bytes)"
done

fingerprint >"$STAMP"
echo "web assets: done"
