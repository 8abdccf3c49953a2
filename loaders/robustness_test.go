package loaders

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestMixedInputNeitherPanicsNorHangs runs every stage over texts made of
// cut and mixed sentences of the seeds and stray marks (unbalanced quotes
// and brackets, a line that opens with a comma, a bare 等): bad input must
// give a graph or an error, never a panic or a stage that does not end.
func TestMixedInputNeitherPanicsNorHangs(t *testing.T) {
	files, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	var sents []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := NewDoc(f, raw)
		if err := Decode(d); err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(d.Text), "\n") {
			for _, s := range strings.Split(l, "。") {
				if strings.TrimSpace(s) != "" {
					sents = append(sents, s)
				}
			}
		}
	}
	odd := []string{"“", "”", "“”“", "((", "))", "(", ")", "、、", "等", "《", "》", "（", "）", "\n", "\n\n",
		" ", "。", ",", ":", ";", "和", "一、", "(一)", "1.", "——", "(以下简称“", "”)", "专栏1", "①", "牵头单位:", "17个区", "在内的"}
	r := rand.New(rand.NewSource(7))
	stages := Default()
	n := 600
	if testing.Short() {
		n = 100
	}
	// texts that once broke a stage come first
	known := []string{
		"品安全监管相关系统 进一步完个2.合肥市政,\n:)”」17个区）1. (三)探索建立区域信息化合作的投融资方式平台",
		"“跨省通办「算依托国家级产业基地\n\n——发展智慧教育;\n\n“”“建设“智能苏州河”监控系统",
	}
	for i := 0; i < n+len(known); i++ {
		var b strings.Builder
		if i < len(known) {
			b.WriteString(known[i])
		}
		for j := 1 + r.Intn(10); i >= len(known) && j > 0; j-- {
			if r.Intn(2) == 0 {
				s := []rune(sents[r.Intn(len(sents))])
				a := r.Intn(len(s) + 1)
				b.WriteString(string(s[a : a+r.Intn(len(s)-a+1)]))
			} else {
				b.WriteString(odd[r.Intn(len(odd))])
			}
		}
		in := b.String()
		done := make(chan any, 1)
		go func() {
			defer func() { done <- recover() }()
			d := NewDoc("mixed.txt", []byte(in))
			for _, s := range stages {
				if s.Run(d) != nil {
					return
				}
			}
		}()
		select {
		case p := <-done:
			if p != nil {
				t.Fatalf("panic %v on %q", p, in)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("no end on %q", in)
		}
	}
}
