package loaders

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/plangraph/plangraph/graph"
)

// TestStagePanicIsAnError checks that a stage that breaks on some text
// fails that document with an error naming the file and the stage.
func TestStagePanicIsAnError(t *testing.T) {
	p := Pipeline{{"decode", Decode}, {"broken", func(d *Doc) error {
		var s []rune
		_ = s[len(d.Text)+1]
		return nil
	}}}
	_, err := p.Extract(context.Background(), "docs/a.txt", []byte("建设城市数据平台。"))
	if err == nil || !strings.Contains(err.Error(), "docs/a.txt: broken:") || graph.ErrorCode(err) != graph.EINTERNAL {
		t.Fatalf("got %v, want an internal error naming the file and the stage", err)
	}
}

// TestHeadingEndingInSemicolon checks a heading line that ends in a
// one-byte mark (it once sliced past the line's end).
func TestHeadingEndingInSemicolon(t *testing.T) {
	d := runProjectStages(t, "江南市信息化规划\n一、主要任务\n——发展智慧教育;\n(一)建设城市交通诱导系统;\n")
	if names := nodeNames(d, graph.LabelSpecialProject); !slices.Contains(names, "城市交通诱导系统") {
		t.Errorf("projects %q, want 城市交通诱导系统", names)
	}
}
