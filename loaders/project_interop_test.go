package loaders

import (
	"slices"
	"testing"

	"github.com/plangraph/plangraph/graph"
)

func TestInteropWorks(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		{"推进京津冀地区ETC互联互通,方便群众出行。", []string{"京津冀地区ETC互联互通"}},
		{"推进珠三角9城市公交卡联网通用。", []string{"公交卡联网通用"}},
		{"与嘉兴市合作的医保卡互通互用进入二期。", []string{"医保卡互通互用"}},
		{"加强对银行卡跨省联网通用的合作。", []string{"银行卡跨省联网通用"}},
		// how systems should work, not a scheme
		{"实现各部门信息系统互联互通。", nil},
		{"保障各运营商网络的互联互通和公平接入。", nil},
		{"实现图书馆、档案馆的互通互用。", nil},
	}
	for _, tt := range tests {
		got := mentionNames(interopWorks([]rune(tt.sentence)))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestInteropWorksOverCards checks that a card scheme is the project, not
// the card it joins up.
func TestInteropWorksOverCards(t *testing.T) {
	d := runProjectStages(t, "杭州市信息化合作规划\n一、重点任务\n推进珠三角9城市公交卡联网通用,在公交卡使用上实现一卡通行。\n")
	names := nodeNames(d, graph.LabelSpecialProject)
	if !slices.Contains(names, "公交卡联网通用") || slices.Contains(names, "珠三角9城市公交卡") {
		t.Errorf("projects %q, want 公交卡联网通用 and not the card", names)
	}
}
