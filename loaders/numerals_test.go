package loaders

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestChineseInt(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"十六", 16, true},
		{"十", 10, true},
		{"二十五", 25, true},
		{"一百零五", 105, true},
		{"三千二百", 3200, true},
		{"一万二千", 12000, true},
		{"12万", 120000, true},
		{"2007", 2007, true},
		{"七", 7, true},
		{"规划", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, ok := ChineseInt(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ChineseInt(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		ok   bool
	}{
		{"二〇〇七年七月十六日", "2007-07-16", true},
		{"二OO六年十二月二十五日", "2006-12-25", true},
		{"上海市静安区信息化委员会二○○五年十一月", "2005-11", true},
		{"发布时间：2007-08-02", "2007-08-02", true},
		{"2006-11-30 00:00", "2006-11-30", true},
		{"2012年1月4日印发", "2012-01-04", true},
		{"2007/8/2", "2007-08-02", true},
		{"二〇〇七年十三月一日", "", false},
		{"到2010年，实现集成电路产业销售收入800亿元", "", false},
		{"沪府发〔2007〕23号", "", false},
	}
	for _, tt := range tests {
		got, _, _, ok := ParseDate(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseDate(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in   string
		want []int
	}{
		{"上海市国民经济和社会信息化“十一五”规划", []int{2006, 2010}},
		{"“十五”期间", []int{2001, 2005}},
		{"十二五规划", []int{2011, 2015}},
		{"“十三五”", []int{2016, 2020}},
		{"上海市国民经济和社会信息化第十一个五年规划纲要", []int{2006, 2010}},
		{"上海市推进智慧城市建设2011-2013年行动计划", []int{2011, 2013}},
		{"(2006—2010年)", []int{2006, 2010}},
		{"2006～2020年国家信息化发展战略", []int{2006, 2020}},
		{"上海市加强公共卫生体系建设三年行动计划（2007年-2009年）", []int{2007, 2009}},
		{"二十五个区县", nil},
		{"1999-1890年", nil},
		{"信息化发展指标", nil},
	}
	for _, tt := range tests {
		got, ok := ParsePeriod(tt.in)
		if !reflect.DeepEqual(got, tt.want) || ok != (tt.want != nil) {
			t.Errorf("ParsePeriod(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
}

func TestRuneIndex(t *testing.T) {
	long := strings.Repeat("上海a市", 2000)
	for _, s := range []string{"上海市ab信息化", long} {
		for b := 0; b <= len(s); b++ {
			if !utf8.RuneStart(s[min(b, len(s)-1)]) && b < len(s) {
				continue
			}
			if got, want := runeIndex(s, b), utf8.RuneCountInString(s[:b]); got != want {
				t.Fatalf("runeIndex(len %d, %d) = %d, want %d", len(s), b, got, want)
			}
		}
	}
}
