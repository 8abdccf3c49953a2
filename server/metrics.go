package server

import (
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"
)

// metrics counts HTTP requests and GraphQL errors and exposes them in the
// Prometheus text format at /metrics, with no dependency beyond net/http.
type metrics struct {
	mu       sync.Mutex
	requests map[string]int64   // path and status
	seconds  map[string]float64 // path
	errors   map[string]int64   // GraphQL extensions.code
	start    time.Time
}

func newMetrics() *metrics {
	return &metrics{requests: map[string]int64{}, seconds: map[string]float64{}, errors: map[string]int64{}, start: time.Now()}
}

// statusWriter remembers the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

// instrument counts the requests and time of a path.
func (m *metrics) instrument(path string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		start := time.Now()
		h.ServeHTTP(sw, r)
		m.mu.Lock()
		m.requests[fmt.Sprintf("path=%q,status=\"%d\"", path, sw.status)]++
		m.seconds[fmt.Sprintf("path=%q", path)] += time.Since(start).Seconds()
		m.mu.Unlock()
	})
}

func (m *metrics) graphqlError(code string) {
	m.mu.Lock()
	m.errors[fmt.Sprintf("code=%q", code)]++
	m.mu.Unlock()
}

func (m *metrics) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var b strings.Builder
	write := func(name, help, kind string, values map[string]string) {
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, kind)
		keys := make([]string, 0, len(values))
		for k := range values {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "%s{%s} %s\n", name, k, values[k])
		}
	}
	ints := func(m map[string]int64) map[string]string {
		out := map[string]string{}
		for k, v := range m {
			out[k] = fmt.Sprint(v)
		}
		return out
	}
	secs := map[string]string{}
	for k, v := range m.seconds {
		secs[k] = fmt.Sprintf("%g", v)
	}
	write("plangraph_http_requests_total", "HTTP requests by path and status.", "counter", ints(m.requests))
	write("plangraph_http_request_seconds_total", "Time spent serving requests, by path.", "counter", secs)
	write("plangraph_graphql_errors_total", "GraphQL errors by extensions.code.", "counter", ints(m.errors))
	fmt.Fprintf(&b, "# HELP plangraph_uptime_seconds Seconds since the server started.\n# TYPE plangraph_uptime_seconds gauge\nplangraph_uptime_seconds %g\n", time.Since(m.start).Seconds())
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	fmt.Fprint(w, b.String())
}
