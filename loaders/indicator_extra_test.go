package loaders

import "testing"

func TestIndicatorNamingRules(t *testing.T) {
	type v = sentenceValue
	tests := []sentenceCase{
		// a time adverbial inside a name says when, not what
		{"服务站全年共举办讲座12次。", []v{{"服务站举办讲座", 12, "次", "="}}},
		// where counted things come from does not name them
		{"展馆接待来自各地的观众团体30批。", []v{{"展馆接待观众团体", 30, "批", "="}}},
		// a share after 其中 is the part's share of the whole
		{"持证人员达5万人,其中硕士以上学历的近20%。", []v{{"持证人员", 5, "万人", "="}, {"持证人员硕士以上学历比重", 20, "%", "~"}}},
		// a rate after 其中 keeps its own name
		{"接入用户达80万户,其中光纤接入普及率达到35%。", []v{{"接入用户", 80, "万户", "="}, {"光纤接入普及率", 35, "%", "="}}},
		// the next item of a list swaps only its modifier
		{"核发出口加工许可证40张、转口许可证15张。", []v{{"核发出口加工许可证", 40, "张", "="}, {"核发出口转口许可证", 15, "张", "="}}},
		// a complete second name is left alone
		{"软件业收入300亿元、集成电路产业收入200亿元。", []v{{"软件业收入", 300, "亿元", "="}, {"集成电路产业收入", 200, "亿元", "="}}},
		// a count of the noun of the count before: the noun after it
		{"在4个县的30个乡设立服务点。", []v{{"县数", 4, "个", "="}, {"设立服务点的乡数", 30, "个", "="}}},
		// a part of a group of people named by what they did keeps the
		// whole's action
		{"报名参加考试者3万人,其中通过考试者2万人。", []v{{"报名参加考试者", 3, "万人", "="}, {"报名参加考试通过考试者", 2, "万人", "="}}},
		// a percentage followed by what the noun did is that share
		{"全市中学90%以上开通了宽带。", []v{{"开通宽带的中学比例", 90, "%", ">="}}},
		// a percentage of a measure stays that measure
		{"宽带普及率达90%以上。", []v{{"宽带普及率", 90, "%", ">="}}},
		// a count after a place counts the noun after it, with what it did
		{"在市区的20个街道建成服务中心。", []v{{"建成服务中心的街道数", 20, "个", "="}}},
		{"在8个区县300家网点开通刷卡服务。", []v{{"区县数", 8, "个", "="}, {"开通刷卡服务的网点数", 300, "家", "="}}},
		// 在线 is not a place
		{"在线用户达500万户。", []v{{"在线用户", 500, "万户", "="}}},
		// words before 的 qualify the noun a size figure measures
		{"研制具有国际先进水平的28纳米级存储芯片。", []v{{"存储芯片", 28, "纳米", "="}}},
		{"改造老城区的300平方公里居住区域。", []v{{"居住区域面积", 300, "平方公里", "="}}},
		// an area inside the object of a verb of work
		{"完成会展中心一期5万平方米室内覆盖系统建设。", []v{{"会展中心一期室内覆盖系统建设面积", 5, "万平方米", "="}}},
		// an area with its own measure name stays as it is
		{"新建厂房面积达3万平方米。", []v{{"新建厂房面积", 3, "万平方米", "="}}},
		// a count after the doc's own region counts the noun after it
		{"实现本市300家医院电子病历共享。", []v{{"医院电子病历共享数", 300, "家", "="}}},
		// the range of a verb is not part of the name
		{"建成覆盖全市20个区县的服务网络。", []v{{"建成服务网络的区县数", 20, "个", "="}}},
		// a percentage that opens a noun with 的 and a predicate
		{"全区90%的社区服务中心开通了宽带。", []v{{"开通宽带的社区服务中心比例", 90, "%", "="}}},
		// classes counted straight before their members
		{"制定3大类45项考核指标。", []v{{"考核指标大类数", 3, "大类", "="}, {"考核指标数", 45, "项", "="}}},
		// a tally after a count counts the same things in another unit
		{"门户网站提供申报表格120项共计300张。", []v{{"门户网站提供申报表格", 120, "项", "="}, {"门户网站提供申报表格", 300, "张", "="}}},
		// 共计 alone is an opener, not 共 + 计
		{"共计2000人次参加了各类讲座。", []v{{"参加讲座人次", 2000, "人次", "="}}},
		// a share keeps the word the text uses for it
		{"信息消费占居民总支出比例达到12%。", []v{{"信息消费占居民总支出比例", 12, "%", "="}}},
		// an adverb before the figure is not part of the name
		{"中小学生均计算机拥有量基本达到0.2台/人。", []v{{"中小学生均计算机拥有量", 0.2, "台/人", "="}}},
		// a bare head stands for the system named before it
		{"开通市民服务热线,热线全年受理来电5万个。", []v{{"市民服务热线受理来电", 5, "万个", "="}}},
		// ... but not a head inside a longer noun
		{"建成城市数据中心,中心城区新建基站300个。", []v{{"中心城区新建基站", 300, "个", "="}}},
		// the recipient of what is sent is not what is sent
		{"累计向用户发送短信3亿条。", []v{{"发送短信", 3, "亿条", "="}}},
		// a conjunction that opens the next list item is not in the noun
		{"建成连接全市300家各级各类学校和区、县两级教育部门的网络。", []v{{"建成连接学校数", 300, "家", "="}}},
		// numerals inside words are not figures
		{"成为国内唯一一家国家级研发中心。", nil},
		{"成为全国重要节点之一,实行统一管理。", nil},
		{"新建基站三千余个。", []v{{"新建基站", 3000, "个", ">="}}},
		// a bare opener does not name the figure
		{"其中3000人。", nil},
	}
	checkSentenceValues(t, tests)
}

func TestSiblingName(t *testing.T) {
	tests := []struct{ last, name, want string }{
		{"审批本地许可证", "跨省许可证", "审批跨省许可证"},
		{"固定电话用户", "移动电话用户", "移动电话用户"},     // nothing before the modifier
		{"办事状态实时查询项目", "结果反馈项目", "结果反馈项目"}, // long modifier: owner unknown
		{"宽带用户", "企业数", "企业数"},             // no shared head
		{"新建基础数据", "数据", "数据"},             // the head alone
	}
	for _, tt := range tests {
		if got := siblingName(tt.last, tt.name); got != tt.want {
			t.Errorf("siblingName(%q, %q) = %q, want %q", tt.last, tt.name, got, tt.want)
		}
	}
}

func TestClauseEntityTasks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"开通市民健康服务热线", "市民健康服务热线"},
		{"完成“城市管线数据采集系统关键技术研究”课题", ""}, // inside a title
		{"完成社区服务信息系统开发", ""},           // work on the system
		{"完成连接市交通信息中心", ""},            // the object of a verb
		{"建成“一网通”服务平台", "一网通服务平台"},     // a quoted part of the name
	}
	for _, tt := range tests {
		if got := clauseEntity(tt.in); got != tt.want {
			t.Errorf("clauseEntity(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStripInnerPhrases(t *testing.T) {
	tests := []struct{ in, want string }{
		{"中心全年共举办培训", "中心举办培训"},
		{"热线当年累计受理来电", "热线受理来电"},
		{"软件业5年内", "软件业5年内"}, // a span, not a time adverbial
		{"全年销售收入", "全年销售收入"}, // at the edge the lead rules decide
		{"接待来自外地的参观者", "接待参观者"},
	}
	for _, tt := range tests {
		if got := stripInnerPhrases(tt.in); got != tt.want {
			t.Errorf("stripInnerPhrases(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPercentOfNoun(t *testing.T) {
	dicts := MustDictionaries()
	tests := []struct{ in, want string }{
		{"80%的学校建成了校园网。", "建成校园网的学校比例"},
		{"80%的资金。", ""},        // no predicate
		{"80%的企业年收入增长5%。", ""}, // the predicate holds another figure
		{"80%以上的用户。", ""},      // no 的 right after the figure
	}
	for _, tt := range tests {
		ms := scanValues(tt.in, dicts.Units)
		if len(ms) == 0 {
			t.Fatalf("%s: no figure", tt.in)
		}
		if got := percentOfNoun([]rune(tt.in), ms[0], wordStarts(tt.in)); got != tt.want {
			t.Errorf("percentOfNoun(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
