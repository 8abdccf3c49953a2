package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

const notBuiltSkip = "web assets not built into this test binary (dist/ holds only README.md); run `make assets` or server/web/build.sh to enable"

// fakeAssets is a small, always-available asset set so handler behaviour is
// tested whether or not the real assets were built.
func fakeAssets() *assetSet {
	fsys := fstest.MapFS{
		"README.md":     {Data: []byte("placeholder")},
		".build-stamp":  {Data: []byte("x")},
		"sub/nested.js": {Data: []byte("nested")},
		"logo.svg":      {Data: []byte("<svg/>")},
		"data.bin":      {Data: []byte{0, 1, 2}},
		graphiqlJS:      {Data: []byte(strings.Repeat("window.GraphiQL = function () {};\n", 200))},
		graphiqlCSS:     {Data: []byte(".graphiql-container{}")},
		reactJS:         {Data: []byte("window.React = {};")},
		reactDOMJS:      {Data: []byte("window.ReactDOM = {};")},
		cytoscapeJS:     {Data: []byte("window.cytoscape = {};")},
	}
	return loadAssets(fsys)
}

func emptyAssets() *assetSet {
	return loadAssets(fstest.MapFS{"README.md": {Data: []byte("placeholder")}})
}

func get(t *testing.T, h http.Handler, target string, hdr map[string]string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var attrURL = regexp.MustCompile(`(?i)\b(?:src|href)\s*=\s*"([^"]*)"`)

// checkPage asserts the GraphiQL page is HTML and every src/href is a local
// URL under StaticPrefix, returning those URLs.
func checkPage(t *testing.T, page string) []string {
	t.Helper()
	var urls []string
	for _, m := range attrURL.FindAllStringSubmatch(page, -1) {
		u := m[1]
		if strings.Contains(u, "://") || strings.HasPrefix(u, "//") {
			t.Errorf("page references non-local URL %q", u)
		}
		if !strings.HasPrefix(u, StaticPrefix) {
			t.Errorf("page references %q outside %s", u, StaticPrefix)
		}
		urls = append(urls, u)
	}
	for _, want := range []string{graphiqlJS, graphiqlCSS, reactJS, reactDOMJS} {
		found := false
		for _, u := range urls {
			found = found || strings.HasPrefix(u, StaticPrefix+want+"?v=")
		}
		if !found {
			t.Errorf("page does not load versioned %s%s; urls: %q", StaticPrefix, want, urls)
		}
	}
	if strings.Contains(page, "http://") || strings.Contains(page, "https://") {
		t.Errorf("page contains an absolute http(s) URL")
	}
	return urls
}

func TestGraphiQLHandlerPage(t *testing.T) {
	tests := []struct {
		name     string
		endpoint string
		want     []string // substrings of the page
	}{
		{"absolute path", "/graphql", []string{`"/graphql"`, "documents(first: 5)", "totalCount", "GraphiQL.createFetcher"}},
		{"relative path", "api/graphql", []string{`"api/graphql"`}},
		{"hostile endpoint is escaped", `"</script><script>alert(1)</script>`, []string{`\"\u003c/script\u003e\u003cscript\u003ealert(1)`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := get(t, graphiqlHandler(tc.endpoint, fakeAssets), "/graphiql", nil)
			page := body(t, res)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status = %d, want 200; body: %s", res.StatusCode, page)
			}
			if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
				t.Errorf("Content-Type = %q", ct)
			}
			checkPage(t, page)
			for _, w := range tc.want {
				if !strings.Contains(page, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			if strings.Count(page, "<script") != 4 || strings.Count(page, "</script>") != 4 {
				t.Errorf("unexpected <script> structure (injection?):\n%s", page)
			}
		})
	}
}

func TestGraphiQLHandlerNotBuilt(t *testing.T) {
	res := get(t, graphiqlHandler("/graphql", emptyAssets), "/graphiql", nil)
	b := body(t, res)
	if res.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("status = %d, want 503", res.StatusCode)
	}
	if !strings.HasPrefix(res.Header.Get("Content-Type"), "text/plain") {
		t.Errorf("Content-Type = %q, want text/plain", res.Header.Get("Content-Type"))
	}
	if !strings.Contains(b, "make assets") {
		t.Errorf("503 body does not mention `make assets`: %q", b)
	}
	if emptyAssets().built() {
		t.Error("built() = true for an empty dist")
	}
}

func TestGraphiQLHandlerMethods(t *testing.T) {
	h := graphiqlHandler("/graphql", fakeAssets)
	for _, tc := range []struct {
		method string
		want   int
	}{
		{http.MethodGet, http.StatusOK},
		{http.MethodHead, http.StatusOK},
		{http.MethodPost, http.StatusMethodNotAllowed},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(tc.method, "/graphiql", nil))
		if rec.Code != tc.want {
			t.Errorf("%s: status = %d, want %d", tc.method, rec.Code, tc.want)
		}
	}
}

func TestStaticHandlerFake(t *testing.T) {
	s := fakeAssets()
	h := http.StripPrefix(StaticPrefix, staticHandler(func() *assetSet { return s }))
	v := "?v=" + s.files[graphiqlJS].hash
	tests := []struct {
		name, target string
		hdr          map[string]string
		status       int
		ctype        string
		cache        string // Cache-Control, if status 200
		encoding     string
	}{
		{"js versioned", "/static/" + graphiqlJS + v, nil, 200, "text/javascript; charset=utf-8", "public, max-age=31536000, immutable", ""},
		{"js stale version", "/static/" + graphiqlJS + "?v=old", nil, 200, "text/javascript; charset=utf-8", "public, no-cache", ""},
		{"js unversioned", "/static/" + graphiqlJS, nil, 200, "text/javascript; charset=utf-8", "public, no-cache", ""},
		{"js gzip", "/static/" + graphiqlJS + v, map[string]string{"Accept-Encoding": "br, gzip"}, 200, "text/javascript; charset=utf-8", "public, max-age=31536000, immutable", "gzip"},
		{"js gzip refused", "/static/" + graphiqlJS, map[string]string{"Accept-Encoding": "gzip;q=0"}, 200, "text/javascript; charset=utf-8", "public, no-cache", ""},
		{"css", "/static/" + graphiqlCSS, nil, 200, "text/css; charset=utf-8", "public, no-cache", ""},
		{"svg", "/static/logo.svg", nil, 200, "image/svg+xml", "public, no-cache", ""},
		{"unknown ext", "/static/data.bin", nil, 200, "application/octet-stream", "public, no-cache", ""},
		{"readme hidden", "/static/README.md", nil, 404, "", "", ""},
		{"stamp hidden", "/static/.build-stamp", nil, 404, "", "", ""},
		{"no subdirs", "/static/sub/nested.js", nil, 404, "", "", ""},
		{"root", "/static/", nil, 404, "", "", ""},
		{"missing", "/static/nope.js", nil, 404, "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := get(t, h, tc.target, tc.hdr)
			b := body(t, res)
			if res.StatusCode != tc.status {
				t.Fatalf("status = %d, want %d", res.StatusCode, tc.status)
			}
			if tc.status != 200 {
				return
			}
			if got := res.Header.Get("Content-Type"); got != tc.ctype {
				t.Errorf("Content-Type = %q, want %q", got, tc.ctype)
			}
			if got := res.Header.Get("Cache-Control"); got != tc.cache {
				t.Errorf("Cache-Control = %q, want %q", got, tc.cache)
			}
			if got := res.Header.Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("X-Content-Type-Options = %q", got)
			}
			if got := res.Header.Get("Content-Encoding"); got != tc.encoding {
				t.Errorf("Content-Encoding = %q, want %q", got, tc.encoding)
			}
			if tc.encoding == "gzip" {
				zr, err := gzip.NewReader(strings.NewReader(b))
				if err != nil {
					t.Fatal(err)
				}
				plain, _ := io.ReadAll(zr)
				if !bytes.Equal(plain, s.files[graphiqlJS].data) {
					t.Error("gunzipped body differs from asset")
				}
			}
			// Conditional request with the returned ETag must yield 304.
			etag := res.Header.Get("ETag")
			hdr := map[string]string{"If-None-Match": etag}
			for k, v := range tc.hdr {
				hdr[k] = v
			}
			if res2 := get(t, h, tc.target, hdr); etag == "" || res2.StatusCode != http.StatusNotModified {
				t.Errorf("revalidation with ETag %q: status %d, want 304", etag, res2.StatusCode)
			}
		})
	}
}

func TestAcceptsGzip(t *testing.T) {
	for _, tc := range []struct {
		header string
		want   bool
	}{
		{"", false},
		{"gzip", true},
		{"gzip, deflate, br", true},
		{"br;q=1.0, GZIP;q=0.5", true},
		{"gzip;q=0", false},
		{"gzip; q=0.0", false},
		{"deflate", false},
		{"x-gzip", false},
	} {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		if tc.header != "" {
			r.Header.Set("Accept-Encoding", tc.header)
		}
		if got := acceptsGzip(r); got != tc.want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", tc.header, got, tc.want)
		}
	}
}

// TestEmbedded checks the real, embedded assets: before a build the page must
// answer 503; after a build it must be served and every asset it references
// must be served from the embedded FS with the right content type.
func TestEmbedded(t *testing.T) {
	page := get(t, GraphiQLHandler("/graphql"), "/graphiql", nil)
	pageBody := body(t, page)
	if !Built() {
		if page.StatusCode != http.StatusServiceUnavailable {
			t.Errorf("not built: status = %d, want 503", page.StatusCode)
		}
		t.Skip(notBuiltSkip)
	}
	if page.StatusCode != http.StatusOK {
		t.Fatalf("status = %d, want 200", page.StatusCode)
	}
	urls := checkPage(t, pageBody)

	mux := http.NewServeMux()
	mux.Handle(StaticPrefix, http.StripPrefix(StaticPrefix, StaticHandler()))
	for _, u := range append(urls, AssetURL(cytoscapeJS)) {
		t.Run(u, func(t *testing.T) {
			res := get(t, mux, u, nil)
			b := body(t, res)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status = %d", res.StatusCode)
			}
			want := "text/javascript; charset=utf-8"
			if strings.Contains(u, ".css") {
				want = "text/css; charset=utf-8"
			}
			if got := res.Header.Get("Content-Type"); got != want {
				t.Errorf("Content-Type = %q, want %q", got, want)
			}
			if got := res.Header.Get("Cache-Control"); !strings.Contains(got, "max-age=31536000") {
				t.Errorf("Cache-Control = %q, want a long max-age", got)
			}
			if len(b) < 1000 {
				t.Errorf("suspiciously small asset: %d bytes", len(b))
			}
		})
	}
}
