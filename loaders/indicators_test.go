package loaders

import "testing"

func TestSentenceIndicators(t *testing.T) {
	dicts := MustDictionaries()
	type v struct {
		name  string
		value float64
		unit  string
		comp  string
	}
	tests := []struct {
		in   string
		want []v
	}{
		{"全年实现软件出口额25.5亿美元,同比增长12.5%。", []v{{"软件出口额", 25.5, "亿美元", "="}, {"软件出口额增长率", 12.5, "%", "="}}},
		{"至年末,宽带用户达320万户,比上年末增加40万户。", []v{{"宽带用户", 320, "万户", "="}, {"宽带用户增量", 40, "万户", "="}}},
		{"电子商务交易额实现翻一番。", []v{{"电子商务交易额增长率", 100, "%", "="}}},
		{"数据中心机架数力争突破3万架。", []v{{"数据中心机架数", 3, "万架", ">="}}},
		{"产业规模达到1.5万亿元左右。", []v{{"产业规模", 1.5, "万亿元", "~"}}},
		{"建设3-5个产业基地。", []v{{"建设产业基地数", 3, "个", ">="}, {"建设产业基地数", 5, "个", "<="}}},
		{"出口额约占全国的五分之一。", []v{{"出口额占全国比重", 20, "%", "~"}}},
		{"从业人员超过千人。", []v{{"从业人员", 1000, "人", ">="}}},
		{"政务网络出口不超过4个。", []v{{"政务网络出口", 4, "个", "<="}}},
		// not values: parts of the text, years, names with digits, phone numbers
		{"围绕八个方面落实3项重点任务。", nil},
		{"2010年建成3G网络,开通12319热线。", nil},
		{"二期工程于2008年3月启动。", nil},
	}
	for _, tt := range tests {
		got, _ := sentenceIndicators(tt.in, dicts, "")
		var g []v
		for _, x := range got {
			g = append(g, v{x.Name, x.Value, x.Unit, x.Comparator})
		}
		if len(g) != len(tt.want) {
			t.Errorf("%s: got %v, want %v", tt.in, g, tt.want)
			continue
		}
		for i := range g {
			if g[i] != tt.want[i] {
				t.Errorf("%s: value %d = %v, want %v", tt.in, i, g[i], tt.want[i])
			}
		}
	}
}

func TestCanonicalIndicatorName(t *testing.T) {
	tests := []struct{ a, b string }{
		{"软件业经营收入", "软件产业经营收入"},
		{"互联网国际出口带宽", "互联网络国际出口带宽"},
		{"信息产业的增加值", "信息产业增加值"},
	}
	for _, tt := range tests {
		if x, y := canonicalIndicatorName(tt.a), canonicalIndicatorName(tt.b); x != y {
			t.Errorf("canonical(%q) = %q, canonical(%q) = %q; want one name", tt.a, x, tt.b, y)
		}
	}
	if canonicalIndicatorName("集成电路产业销售收入") == canonicalIndicatorName("集成电路销售收入") {
		t.Errorf("different quantities must keep different names")
	}
}

func TestValueYear(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"到2013年,用户达到", 2013, true},
		{"2005年底,用户达到", 2005, true},
		{"“十一五”期末,用户达到", 2010, true},
		{"比2000年增长", 0, false},
		{"用户达到", 0, false},
	}
	for _, tt := range tests {
		y, ok := valueYear(tt.in, len([]rune(tt.in)))
		if y != tt.want || ok != tt.ok {
			t.Errorf("valueYear(%q) = %d, %v; want %d, %v", tt.in, y, ok, tt.want, tt.ok)
		}
	}
}
