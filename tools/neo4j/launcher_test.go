// Package launcher_test checks the embedded Neo4j launcher as a user runs
// it, through neo4j.sh: it starts, answers Bolt with the configured
// password, stops cleanly on SIGTERM and keeps its data across a restart.
package launcher_test

import (
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/plangraph/plangraph/graph"
	"github.com/plangraph/plangraph/graph/neo4j"
)

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func script(t *testing.T, env []string, cmd string) string {
	t.Helper()
	c := exec.Command("./neo4j.sh", cmd)
	c.Env = append(os.Environ(), env...)
	out, err := c.CombinedOutput()
	if err != nil {
		t.Fatalf("neo4j.sh %s: %v\n%s", cmd, err, out)
	}
	return string(out)
}

func TestRestartKeepsData(t *testing.T) {
	if _, err := os.Stat("target/classes"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("the launcher is not built: run make launcher")
		}
		t.Skip("the launcher is not built: run make launcher")
	}
	home := t.TempDir()
	port := freePort(t)
	env := []string{"NEO4J_HOME_DIR=" + home, "NEO4J_PORT=" + strconv.Itoa(port), "NEO4J_PASSWORD=launcher-test"}
	cfg := neo4j.Config{URI: "bolt://127.0.0.1:" + strconv.Itoa(port), User: "neo4j", Password: "launcher-test"}
	ctx := context.Background()

	out := script(t, env, "start")
	t.Cleanup(func() {
		c := exec.Command("./neo4j.sh", "stop")
		c.Env = append(os.Environ(), env...) // never the default instance
		c.Run()
	})
	if !strings.Contains(out, cfg.URI) {
		t.Errorf("start did not print the Bolt URI: %s", out)
	}
	pid, err := os.ReadFile(filepath.Join(home, "neo4j.pid"))
	if err != nil || len(strings.TrimSpace(string(pid))) == 0 {
		t.Fatalf("no pid file: %v", err)
	}
	s, err := neo4j.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Init(ctx); err != nil {
		t.Fatal(err)
	}
	x := &graph.Extraction{
		Documents: []graph.Document{{ID: "doc:r.txt", File: "r.txt", Title: "重启测试"}},
		Nodes:     []graph.Node{{ID: "doc:r.txt", Label: graph.LabelDocument, Name: "重启测试", Props: map[string]any{"file": "r.txt", "title": "重启测试"}}},
	}
	if _, err := s.WriteDocument(ctx, x); err != nil {
		t.Fatal(err)
	}
	s.Close(ctx)

	wrong := cfg
	wrong.Password = "not-the-password"
	if _, err := neo4j.Open(ctx, wrong); err == nil {
		t.Error("a wrong password was accepted")
	}

	script(t, env, "stop")
	if _, err := os.Stat(filepath.Join(home, "neo4j.pid")); !os.IsNotExist(err) {
		t.Errorf("the pid file survived stop: %v", err)
	}
	if c, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(port), time.Second); err == nil {
		c.Close()
		t.Fatal("Bolt still answers after stop")
	}

	script(t, env, "start")
	s, err = neo4j.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	d, err := s.Document(ctx, "doc:r.txt")
	if err != nil || d.Title != "重启测试" {
		t.Errorf("after a restart the document is %+v, %v", d, err)
	}
	script(t, env, "stop")
}
