package loaders

import (
	"strings"
	"testing"
)

func TestStructureDropsPageFurniture(t *testing.T) {
	text := "杭州市信息化发展规划\n" +
		"建设城市数据交换平台。完成非经营性网站ICP备案审核。\n" +
		"保护版权所有人的合法权益\n" +
		"ȺȺȺȺȺȺICP备\n" +
		"杭州市经济和信息化委员会 版权所有 浙ICP备12345678号\n" +
		"Produced By 某某网络 某某内容发布系统\n" +
		"地址:杭州市某路1号 邮编:310000 电话:0571-1234567\n"
	d := NewDoc("test.txt", []byte(text))
	d.Text = []rune(text)
	if err := Structure(d); err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range d.Lines {
		lines = append(lines, l.Text)
	}
	want := []string{"杭州市信息化发展规划", "建设城市数据交换平台。完成非经营性网站ICP备案审核。", "保护版权所有人的合法权益", "ȺȺȺȺȺȺICP备"}
	if strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Errorf("lines %q, want %q", lines, want)
	}
	if len(d.Text) != len([]rune(text)) || strings.Contains(string(d.Text), "浙ICP备") || strings.Contains(string(d.Text), "内容发布系统") {
		t.Errorf("furniture left in the text, or offsets moved: %q", string(d.Text))
	}
	if len(d.Sentences) != 5 {
		t.Errorf("sentences %d, want 5", len(d.Sentences))
	}
}
