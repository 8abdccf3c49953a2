package loaders

import (
	"context"
	"reflect"
	"testing"

	"github.com/longbridgeapp/opencc"
)

func TestSimplified(t *testing.T) {
	tests := []struct{ in, want string }{
		{"建設", "建设"},
		{"智慧城市建設行動計劃", "智慧城市建设行动计划"},
		{"上海市信息化委員會", "上海市信息化委员会"},
		{"互聯網國際出口帶寬", "互联网国际出口带宽"},
		{"已是简体", "已是简体"},
	}
	for _, tt := range tests {
		got, err := Simplified(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("Simplified(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

// TestTraditionalInput converts each seed to traditional characters here
// and checks that it yields the same metadata and the same graph — node ids
// and relationships — as the simplified file, with spans unchanged.
func TestTraditionalInput(t *testing.T) {
	s2t, err := opencc.New("s2t")
	if err != nil {
		t.Fatal(err)
	}
	p := Default()
	for _, tt := range seedMeta {
		raw := readSeed(t, tt.file)
		trad, err := s2t.Convert(string(raw))
		if err != nil {
			t.Fatal(err)
		}
		if trad == string(raw) {
			t.Fatalf("%s: the traditional copy equals the original", tt.file)
		}
		want, err := p.Extract(context.Background(), tt.file, raw)
		if err != nil {
			t.Fatal(err)
		}
		got, err := p.Extract(context.Background(), tt.file, []byte(trad))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(metaOf(got.Documents[0]), metaOf(want.Documents[0])) {
			t.Errorf("%s: metadata %+v, want %+v", tt.file, metaOf(got.Documents[0]), metaOf(want.Documents[0]))
		}
		// s2t then t2s is not the identity for a handful of characters
		// (OpenCC maps some simplified characters to several traditional
		// ones), so allow a sliver of difference, not a different graph.
		same := func(a, b []string) float64 {
			set := map[string]bool{}
			for _, x := range a {
				set[x] = true
			}
			n := 0
			for _, x := range b {
				if set[x] {
					n++
				}
			}
			return float64(n) / float64(max(len(a), len(b), 1))
		}
		var wn, gn, we, ge []string
		for _, n := range want.Nodes {
			wn = append(wn, n.ID)
		}
		for _, n := range got.Nodes {
			gn = append(gn, n.ID)
		}
		for _, e := range want.Edges {
			we = append(we, string(e.Type)+e.From+e.To)
		}
		for _, e := range got.Edges {
			ge = append(ge, string(e.Type)+e.From+e.To)
		}
		if r := same(wn, gn); r < 0.98 {
			t.Errorf("%s: only %.1f%% of node ids agree between simplified and traditional input", tt.file, 100*r)
		}
		if r := same(we, ge); r < 0.97 {
			t.Errorf("%s: only %.1f%% of relationships agree between simplified and traditional input", tt.file, 100*r)
		}
	}
}
