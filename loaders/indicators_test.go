package loaders

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/plangraph/plangraph/graph"
)

func TestSentenceIndicators(t *testing.T) {
	type v = sentenceValue
	tests := []sentenceCase{
		{"全年实现软件出口额25.5亿美元,同比增长12.5%。", []v{{"软件出口额", 25.5, "亿美元", "="}, {"软件出口额增长率", 12.5, "%", "="}}},
		{"至年末,宽带用户达320万户,比上年末增加40万户。", []v{{"宽带用户", 320, "万户", "="}, {"宽带用户增量", 40, "万户", "="}}},
		{"电子商务交易额实现翻一番。", []v{{"电子商务交易额增长率", 100, "%", "="}}},
		{"数据中心机架数力争突破3万架。", []v{{"数据中心机架数", 3, "万架", ">="}}},
		{"产业规模达到1.5万亿元左右。", []v{{"产业规模", 1.5, "万亿元", "~"}}},
		{"建设3-5个产业基地。", []v{{"建设产业基地数", 3, "个", ">="}, {"建设产业基地数", 5, "个", "<="}}},
		{"出口额约占全国的五分之一。", []v{{"出口额占全国比重", 20, "%", "~"}}},
		{"从业人员超过千人。", []v{{"从业人员", 1000, "人", ">="}}},
		{"政务网络出口不超过4个。", []v{{"政务网络出口", 4, "个", "<="}}},
		// coordinated subjects: one per figure of a 分别 list
		{"接通率、处理率和满意率分别达到98%、95%和90%。", []v{{"接通率", 98, "%", "="}, {"处理率", 95, "%", "="}, {"满意率", 90, "%", "="}}},
		{"销售收入和利润分别是2000年的3.5倍和2.1倍。", []v{{"销售收入增长倍数", 3.5, "倍", "="}, {"利润增长倍数", 2.1, "倍", "="}}},
		{"出口额增长2.5倍。", []v{{"出口额增长倍数", 2.5, "倍", "="}}},
		{"动漫业连续3年保持30%以上的增速。", []v{{"动漫业增长率", 30, "%", ">="}}},
		// a breakdown after 其中 names its parts after the whole
		{"持证企业达120家,其中甲级15家、乙级40家。", []v{{"持证企业", 120, "家", "="}, {"持证企业甲级", 15, "家", "="}, {"持证企业乙级", 40, "家", "="}}},
		// a figure before 的 qualifies the noun a later figure counts
		{"其中年销售额超亿元的企业36家。", []v{{"年销售额超亿元的企业", 36, "家", "="}}},
		// counts that share one predicate, and a count with 的 + action
		{"至年末,12家医院、30个街道开通了网上预约。", []v{{"开通网上预约的医院数", 12, "家", "="}, {"开通网上预约的街道数", 30, "个", "="}}},
		{"完成6个园区的通信管线规划编制。", []v{{"完成通信管线规划编制的园区数", 6, "个", "="}}},
		// a bracket inside a name does not cut it
		{"软件产业(南区)基地入驻企业达80家。", []v{{"软件产业(南区)基地入驻企业", 80, "家", "="}}},
		// new units of the genre
		{"全年新增受理网点36处。", []v{{"新增受理网点", 36, "处", "="}}},
		// the subject of the sentence names a bare measure in a later clause
		{"第二届软件博览会在会展中心举行,展示面积达5000平方米。", []v{{"第二届软件博览会展示面积", 5000, "平方米", "="}}},
		// a table row pads the name before the figure
		{"宽带普及率         90%", []v{{"宽带普及率", 90, "%", "="}}},
		{"家庭电脑拥有量      80台/百户", []v{{"家庭电脑拥有量", 80, "台/百户", "="}}},
		// a system opened in the sentence owns its bare figures
		{"开通市民健康服务热线,全年接听来电5万个,接通率达98%。", []v{{"市民健康服务热线接听来电", 5, "万个", "="}, {"市民健康服务热线接通率", 98, "%", "="}}},
		// a preposition is not part of what is counted
		{"在12个区县开展试点。", []v{{"开展试点的区县数", 12, "个", "="}}},
		// people counted by what they did
		{"全年共有3万人参加了网上考试。", []v{{"参加网上考试人数", 3, "万人", "="}}},
		// a size that qualifies the counted noun
		{"建成2-3条8英寸生产线。", []v{{"建成8英寸生产线数", 2, "条", ">="}, {"建成8英寸生产线数", 3, "条", "<="}}},
		// not values: parts of the text, years, names with digits, phone numbers
		{"围绕八个方面落实3项重点任务。", nil},
		{"2010年建成3G网络,开通12319热线。", nil},
		{"二期工程于2008年3月启动。", nil},
	}
	checkSentenceValues(t, tests)
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
		{"比“十一五”期末翻一番", 0, false},
		{"用户达到", 0, false},
	}
	for _, tt := range tests {
		y, ok := valueYear(tt.in, len([]rune(tt.in)))
		if y != tt.want || ok != tt.ok {
			t.Errorf("valueYear(%q) = %d, %v; want %d, %v", tt.in, y, ok, tt.want, tt.ok)
		}
	}
}

// A plan's target and a bulletin's actual value of one quantity, written
// with different words for the industry or the network, reach one node.
func TestIndicatorNodeAcrossDocuments(t *testing.T) {
	dicts := MustDictionaries()
	tests := []struct{ plan, bulletin string }{
		{"到2010年,软件产业经营收入达到1200亿元。", "至年末,软件业经营收入达1502亿元。"},
		{"到2010年,互联网络国际出口带宽达到100Gbps。", "至年末,互联网国际出口带宽达60Gbps。"},
	}
	id := func(s string) string {
		vals, _ := sentenceIndicators(s, dicts, lineContext{})
		if len(vals) != 1 {
			t.Fatalf("%s: got %d values, want 1", s, len(vals))
		}
		return graph.NodeID(graph.LabelIndicator, canonicalIndicatorName(vals[0].Name))
	}
	for _, tt := range tests {
		if a, b := id(tt.plan), id(tt.bulletin); a != b {
			t.Errorf("plan %q gives node %s, bulletin %q gives %s; want one node", tt.plan, a, tt.bulletin, b)
		}
	}
}

func TestClauseEntity(t *testing.T) {
	tests := []struct{ in, want string }{
		{"开通城市交通信息服务平台", "城市交通信息服务平台"},
		{"至年末,“12345市民服务热线”", "12345市民服务热线"},
		{"市级数据交换平台与8个部门", "市级数据交换平台"},
		// an action, a counted figure or a list is not a name
		{"在各区开展流动服务试点", ""},
		{"完成30个信息系统", ""},
		{"提高服务水平", ""},
	}
	for _, tt := range tests {
		if got := clauseEntity(tt.in); got != tt.want {
			t.Errorf("clauseEntity(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestForwardHeadings: a review word in a heading that looks ahead (预期成效)
// does not turn a plan's targets into baselines, and a value without a year
// carries none.
func TestForwardHeadings(t *testing.T) {
	text := "杭州市“十二五”信息化发展规划\n一、发展现状\n2010年,全市光纤覆盖率达到40%。\n五、预期成效\n到2015年,全市光纤覆盖率达到80%。\n"
	x, err := Default().Extract(context.Background(), "t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[float64]string{}
	for _, e := range x.Edges {
		if v, ok := e.Props["value"].(float64); ok {
			kinds[v], _ = e.Props["kind"].(string)
			if y, ok := e.Props["year"]; ok && y == 0 {
				t.Errorf("value %v has year 0", v)
			}
		}
	}
	if kinds[40] != "baseline" || kinds[80] != "target" {
		t.Errorf("kinds %v, want 40 baseline and 80 target", kinds)
	}
}

// TestReviewedValueStatements covers value statements of the genre that
// earlier versions read wrongly: funds, a growth followed by a level, a
// move from a base year, a fall counted in units, per-capita units, list
// markers and verbs inside names, and a unitless index.
func TestReviewedValueStatements(t *testing.T) {
	type v = sentenceValue
	tests := []sentenceCase{
		// (a) a fund is named without who pays it and how often
		{"区财政每年安排软件产业扶持资金5000万元。", []v{{"软件产业扶持资金", 5000, "万元", "="}}},
		{"省财政累计投入3亿元。", []v{{"省财政投入", 3, "亿元", "="}}},
		// (b) a growth rate, then the level the same quantity reaches
		{"软件收入年均增长20%以上,到2015年达到300亿元。", []v{{"软件收入增长率", 20, "%", ">="}, {"软件收入", 300, "亿元", "="}}},
		{"通信业务收入由2010年的50亿元增加到90亿元。", []v{{"通信业务收入", 50, "亿元", "="}, {"通信业务收入", 90, "亿元", "="}}},
		// (c) a fall in the quantity's own unit is a negative increment
		{"小灵通用户比上年末减少12万户。", []v{{"小灵通用户增量", -12, "万户", "="}}},
		{"全年实现利润8亿元,比上年下降5%。", []v{{"利润", 8, "亿元", "="}, {"利润增长率", -5, "%", "="}}},
		// (d) per-capita units
		{"固定电话普及率达到35.6部/百人。", []v{{"固定电话普及率", 35.6, "部/百人", "="}}},
		{"每百户拥有计算机60台。", []v{{"计算机拥有量", 60, "台/百户", "="}}},
		// (e) list markers and a verb between the subject and the measure
		{"2.农村宽带接入用户达到50万户。", []v{{"农村宽带接入用户", 50, "万户", "="}}},
		{"③政府网站在线办事比例达到60%。", []v{{"政府网站在线办事比例", 60, "%", "="}}},
		{"软件产业实现销售收入200亿元。", []v{{"软件产业销售收入", 200, "亿元", "="}}},
		// (f) an index without a unit, with a comparator after it
		{"信息化综合指数达到0.72以上。", []v{{"信息化综合指数", 0.72, "", ">="}}},
		// bare multipliers take the unit of the people or households counted
		{"完成郊区40万有线电视用户整体转换。", []v{{"有线电视用户整体转换数", 40, "万户", "="}}},
		// a figure that qualifies enterprises measures them
		{"培育若干家销售收入超5亿元的软件企业。", []v{{"软件企业销售收入", 5, "亿元", ">="}}},
		// a preposition opens a qualifier: the head after its last 的 is counted
		{"建成3个以云计算为核心的数据中心。", []v{{"建成数据中心数", 3, "个", "="}}},
		// installing verbs, coordinated verbs and quantifiers are not names
		{"架设在城市快速路的电子显示屏120块。", []v{{"城市快速路的电子显示屏", 120, "块", "="}}},
		{"全年接听并处理来电30万个。", []v{{"接听处理来电", 30, "万个", "="}}},
		// negatives: an event year, a programme number, a frequency band
		{"实现2010年信息化发展目标。", nil},
		{"承担国家863项目。", nil},
		{"建成800MHz数字集群网络。", nil},
	}
	checkSentenceValues(t, tests)
}

// TestMovedOnYear: in 由2010年的300亿元增加到800亿元 only the starting value
// holds for 2010.
func TestMovedOnYear(t *testing.T) {
	s := "收入由2010年的300亿元增加到800亿元"
	at300, at800 := strings.Index(s, "300"), strings.Index(s, "800")
	if y, ok := valueYear(s, len([]rune(s[:at300]))); y != 2010 || !ok {
		t.Errorf("300: year %d %v, want 2010", y, ok)
	}
	if y, ok := valueYear(s, len([]rune(s[:at800]))); ok {
		t.Errorf("800: year %d, want none", y)
	}
}

func TestStripListMarker(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1.城市光纤覆盖用户", "城市光纤覆盖用户"},
		{"(3)宽带用户", "宽带用户"},
		{"②网站数", "网站数"},
		{"二、软件收入", "软件收入"},
		// a decimal and a name with digits keep their figures
		{"4.5代生产线", "4.5代生产线"},
		{"3G用户", "3G用户"},
	}
	for _, tt := range tests {
		if got := stripListMarker(tt.in); got != tt.want {
			t.Errorf("stripListMarker(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// sentenceValue is what a test expects of one value: name, value, unit and
// comparator.
type sentenceValue struct {
	name  string
	value float64
	unit  string
	comp  string
}

// sentenceCase is one sentence and the values it must give, in order.
type sentenceCase struct {
	in   string
	want []sentenceValue
}

// checkSentenceValues runs the indicator reader over each sentence on its
// own and compares what it reads with what the case wants.
func checkSentenceValues(t *testing.T, tests []sentenceCase) {
	t.Helper()
	dicts := MustDictionaries()
	for _, tt := range tests {
		got, _ := sentenceIndicators(tt.in, dicts, lineContext{})
		var g []sentenceValue
		for _, x := range got {
			g = append(g, sentenceValue{x.Name, x.Value, x.Unit, x.Comparator})
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

// TestFigureSubjectEnds checks that a sentence opening with a clause mark
// is read to its end (it once looped for ever).
func TestFigureSubjectEnds(t *testing.T) {
	for _, s := range []string{",", ":)1.", "。全年完成100项", ",,信息化博览会举行,展示面积达7500平方米"} {
		done := make(chan struct{})
		go func() {
			figureSubject([]rune(s))
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("figureSubject(%q) does not return", s)
		}
	}
}
