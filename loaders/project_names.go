package loaders

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// projectHead is a word that ends the name of a system, platform, network
// or programme (居住证信息系统, 光纤宽带网, 云海计划), with the characters
// that, right after it, show it is only part of a longer word (网 in 网络,
// 网站, 网格; 中心 in 中心城区).
type projectHead struct {
	word    string
	notNext string
	// notPrev are the characters that, right before a one-character head,
	// make it the object of a verb (联网, 入库, 发卡), not a name's end.
	notPrev string
	// strict heads are common words of the genre (体系, 项目): they name a
	// project only with a long, specific modifier.
	strict bool
}

// projectHeads are tried longest first at every position.
var projectHeads = []projectHead{
	{word: "试点城市"}, {word: "示范城市"}, {word: "门户网站"},
	{word: "一卡通"}, {word: "一票通"}, {word: "一点通"}, {word: "子系统"},
	{word: "数据库"}, {word: "资源库"}, {word: "信息库"}, {word: "知识库"}, {word: "标准库"},
	{word: "实验室"}, {word: "示范区"}, {word: "试验区"}, {word: "实践区"}, {word: "试验网"},
	{word: "系统", notNext: "化性集内论"},
	{word: "平台", notNext: "化"},
	{word: "工程", notNext: "师技院学化管质机车项"},
	{word: "网络", notNext: "化版游购"},
	{word: "网站"}, {word: "门户", notNext: "网"}, {word: "热线"},
	{word: "中心", notNext: "城区环化地位思工任镇线点路价节"},
	{word: "基地"}, {word: "园区", notNext: "内"},
	{word: "试点", notNext: "城工单区地企学项示课"},
	{word: "体系", notNext: "化建统"},
	{word: "计划", notNext: "生单内经外"},
	{word: "网", notNext: "络站格点页民吧关购银游际状上下速友店商聊评盘管球线卡通址内外民", notPrev: "联入上全组涉触"},
	{word: "卡", notNext: "通片号位", notPrev: "发办换用刷制退持"},
	{word: "库", notNext: "存区房容", notPrev: "入建出"},
	// built plant and stations, named by a specific modifier (第五代TFT-LCD
	// 生产线, 郊区无线电固定监测站, 新亚太海光缆); a line known only by
	// its wafer size or count (12英寸生产线, 两条生产线) is a kind.
	{word: "生产线", notNext: "调", notPrev: "寸条"}, {word: "中试线", notPrev: "寸条"},
	{word: "监测站"}, {word: "登陆站"}, {word: "服务站", notNext: "点"},
	{word: "海光缆", notNext: "通扩容"}, {word: "海底光缆", notNext: "通扩容重登传"},
	{word: "试验环境"}, {word: "工厂", strict: true},
}

// headAt returns the project head that ends at rune offset end of s, if
// the text after it does not continue the word.
func headAt(s []rune, end int) (projectHead, bool) {
	if end < 1 || end > len(s) {
		return projectHead{}, false
	}
	for _, h := range headsByLast()[s[end-1]] {
		w := utf8.RuneCountInString(h.word)
		if end < w || !hasStringAt(s, end-w, h.word) {
			continue
		}
		if end < len(s) && strings.ContainsRune(h.notNext, s[end]) {
			return projectHead{}, false
		}
		if p := end - w - 1; p >= 0 && strings.ContainsRune(h.notPrev, s[p]) && !(p >= 1 && string(s[p-1:p+1]) == "物联") {
			return projectHead{}, false
		}
		return h, true
	}
	return projectHead{}, false
}

// endsWithHead reports whether s (trimmed of quotes) ends with a project head.
func endsWithHead(s []rune) bool {
	for len(s) > 0 && isCloseQuote(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	str := string(s)
	for _, h := range projectHeads {
		if strings.HasSuffix(str, h.word) {
			return true
		}
	}
	return false
}

// projectStops end a project name on its left: the verbs, prepositions and
// adverbs that introduce the object of 建设/推进/依托… in policy prose.
var projectStops = []string{
	"建设", "建成", "建立", "构建", "构筑", "完善", "推进", "推动", "实施", "启动", "开展",
	"依托", "利用", "加快", "加强", "深化", "拓展", "整合", "提升", "扩大", "形成", "打造",
	"升级", "改造", "开发", "研制", "研发", "发挥", "支持", "促进", "完成", "基于", "通过",
	"围绕", "面向", "覆盖", "实现", "推广", "探索", "联合", "共同", "逐步", "全面", "进一步",
	"继续", "大力", "积极", "着力", "加速", "做好", "搞好", "抓好", "健全", "优化", "结合",
	"参与", "承担", "负责", "组织", "牵头", "设立", "成立", "组建", "开通", "投入", "运行",
	"使用", "接入", "联通", "连通", "对接", "扩展", "扩建", "新建", "改建", "依靠", "借助",
	"创建", "争取", "成为", "作为", "包括", "涵盖", "已经", "初步", "基本", "稳步", "不断",
	"已建", "在建",
	"加大", "培育", "引导", "鼓励", "推行", "普及", "采用", "运用", "确保", "保障", "配合",
	"完成了", "建成了", "开通了", "启用", "上线", "部署", "试运行", "编制", "制定", "研究",
	"落实", "贯彻", "按照", "根据", "依据", "加紧", "率先", "重点", "主要", "初步建成",
	"提高", "增强", "强化", "丰富", "拓宽", "应用于", "服务于", "有关", "目前", "现已",
	"其中", "以及", "同时", "并且", "以上", "通过了", "获得", "荣获", "评为", "入选",
	"依赖", "弥补", "保持", "借鉴", "满足", "明确", "推出", "解决", "召开", "关闭", "积累",
	"转化", "包含", "立足", "连接", "指定", "安装", "进行", "具备", "营造", "督促", "净化",
	"突破", "纳入", "涉及", "参加", "确定", "选定", "引进", "增进", "协商", "建好", "办好",
	"用好", "管好", "集聚", "聚集", "吸引", "举办", "承办", "取得", "达到", "超过", "累计",
	"新增", "覆盖了", "接入了", "包括了", "含", "即", "如",
	// verbs and adverbs of a clause whose object is a kind, not a name
	// (享受三网融合, 打击网络犯罪, 有效监管电子政务网络)
	"享受", "打击", "充分", "切实", "履行", "访问", "有效", "保证", "换发", "发放",
	"提供", "改善", "做精", "做深",
	// the parties of an agreement that build together (双方共建X, 三方合建X)
	"共建", "合建", "联建", "共同建设", "双方", "三方", "各方", "携手",
}

// singleStops are one-character words that end a name on its left, unless
// they start a word with the next character (为农, 对外, 个人).
const singleStops = "的在将把由了并向从至于其各是个等对以为经按使让被给即"

var stopExceptions = map[string]bool{
	"为农": true, "对外": true, "以太": true, "个人": true, "并行": true, "在线": true,
	"等级": true, "和谐": true, "其他": true, "向量": true, "经济": true, "各类": true,
	"由此": false, "是否": true, "于是": true, "即时": true, "对象": true, "给水": true,
}

// conjunctions end a name on the left only when what comes before them is
// itself a named thing (X系统和Y平台); otherwise they belong to the name
// (社会保障和市民服务信息系统).
const conjunctions = "和与及或"

// leadingNoise are words that a name found in prose can start with but the
// project's name does not.
var leadingNoise = []string{
	"一批", "若干", "各类", "各级", "各种", "相关", "现有", "已有", "新建", "重点", "主要",
	"多个", "一个", "一套", "统一", "有关",
	"这些", "该", "整个", "新一轮", "覆盖全市", "本地区", "一系列", "两个", "三个", "四个",
	// a bulletin's totals: 全年X热线共受理…
	"全年", "广大",
	// an approximate count before the name (10个左右X平台)
	"左右",
}

// selfRegionWords name the document's own region.
var selfRegionWords = []string{"本市", "全市", "我市", "本区", "全区", "我区", "本省", "全省", "我省", "本县", "全县", "我县"}

// genericParts are the words of a name that say what kind of thing it is
// but not which: a name made only of them (公共服务平台, 应用系统) is a
// kind, not a project.
var genericParts = []string{
	"信息化", "信息", "应用", "业务", "公共", "服务", "管理", "综合", "专业", "基础", "数据",
	"网络", "电子", "系统", "平台", "技术", "共享", "交换", "支撑", "重点", "重大", "重要",
	"相关", "行业", "示范", "建设", "集成", "统一", "运行", "资源", "支持", "开放", "中心",
	"工程", "项目", "大型", "新型", "各类", "各项", "各级", "一批", "有关", "主要", "专用",
	"专项", "部门", "政府", "协同", "整合", "配套", "功能", "子", "分", "总", "市级", "区级",
	"县级", "省级", "国家级", "国家", "各", "其他", "企业", "单位", "机构", "产业", "发展",
	"创新", "研发", "科技", "通信", "计算机", "软件", "硬件", "设施", "安全", "保障",
	"体系", "标准", "规范", "试点", "一体化", "网上", "在线", "门户", "网站", "办公", "内部",
	"外部", "自动化", "智能", "智能化", "数字", "数字化", "新", "现代", "先进", "高效",
	"关键", "核心", "共性", "第三方", "社会", "公众", "城市", "区域", "全市", "全区",
	"骨干", "主干", "接入", "传输", "宽带", "基地", "园区", "计划", "库", "网",
	"互联", "国际", "国内", "下一代", "新一代", "城域", "局域", "违规", "年度", "资金",
	"银行", "卡", "公用",
}

// affixOnly are the one-rune generic parts that are generic only at the
// edge of what is left of a name (分中心, 子平台, 总平台): inside a word
// (学分, 电子) they are part of it.
var affixOnly = map[string]bool{"子": true, "分": true, "总": true, "新": true, "各": true}

// affixEdges are the affixOnly parts in the order they are taken off the
// edges of a name.
var affixEdges = []string{"子", "分", "总", "新", "各"}

// projectMention is a project name found in a sentence.
type projectMention struct {
	// Start and End are rune offsets of the mention in the sentence.
	Start, End int
	// Name is the cleaned name.
	Name string
	// Abbrev is an ASCII short form given in brackets right after it (NGB).
	Abbrev string
	// Self is set when the name was introduced by 本市/全区…: the project
	// is sited in the document's own region.
	Self bool
	// Stop is the word or mark that ended the name on its left.
	Stop string
	// Before is the text right before the name, where a region may site it
	// (嘉定“上海物联网中心”).
	Before string
	// Clause is the text of the sentence's clause before the name, where
	// the regions that site it may stand (在长宁、黄浦开展X).
	Clause string
	// Parent names the umbrella project an item of a shared-head list is
	// part of (空间地理信息平台 of 城市管理平台), if any.
	Parent string
}

func isOpenQuote(r rune) bool { return r == '“' || r == '‘' || r == '「' || r == '『' }
func isCloseQuote(r rune) bool {
	return r == '”' || r == '’' || r == '」' || r == '』' || r == '"'
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// isNameRune reports whether r can be part of a name: Han characters,
// ASCII letters and digits and the joiners of model names (TD-LTE, B2C).
func isNameRune(r rune) bool {
	return isHan(r) || r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '+' || r == '.')
}

// asciiGroup reports whether s[open:close+1] is a bracketed group of
// ASCII or a short note ((NGB), (二期)) that a name can contain.
func bracketNote(s []rune) bool {
	if len(s) == 0 || len(s) > 12 {
		return false
	}
	for _, r := range s {
		if r == ',' || r == ';' || r == '。' || r == '、' {
			return false
		}
	}
	return true
}

// stopEndsAt returns the stop word that ends at rune offset p of s, or "".
func stopEndsAt(s []rune, p int) string {
	if p < 1 || p > len(s) {
		return ""
	}
	for _, w := range stopsByLast()[s[p-1]] {
		n := utf8.RuneCountInString(w)
		if p >= n && hasStringAt(s, p-n, w) {
			if w == "三方" && p > n && s[p-n-1] == '第' {
				// 第三方 is a party of a name (第三方电子支付平台)
				continue
			}
			if nounOperation(s, p, w) {
				// 城市运行数据中心: the operation of a thing, inside the name
				continue
			}
			return w
		}
	}
	r := s[p-1]
	if strings.ContainsRune(singleStops, r) {
		if p < len(s) && stopExceptions[string(s[p-1:p+1])] {
			return ""
		}
		return string(r)
	}
	if strings.ContainsRune(conjunctions, r) && p >= 2 && endsWithHead(s[:p-1]) {
		return string(r)
	}
	return ""
}

// buildVerbs are the stops that say the text builds what follows: a 中心
// after them is a project, elsewhere it is usually an agency.
var buildVerbs = map[string]bool{
	"建设": true, "建成": true, "建立": true, "构建": true, "组建": true, "打造": true,
	"新建": true, "扩建": true, "建成了": true, "筹建": true, "初步建成": true, "加快": true,
}

// compoundStops are the stops that form a compound with a head right after
// them (决策支持系统, 软件开发平台, 安全保障系统, 宽带接入网).
var compoundStops = map[string]bool{
	"支持": true, "运行": true, "开发": true, "研发": true, "推广": true, "保障": true,
	"研究": true, "接入": true, "提供": true, "监管": true, "使用": true,
	// 园区改造工程, 网络升级工程: the work done to a named thing
	"改造": true, "升级": true,
}

// maxProjectName bounds a name: a longer run is a clause, not a name.
const maxProjectName = 26

// findProjectMentions returns the project names in a sentence: the runs that
// end in a project head, extended left to the verb, preposition or
// punctuation that introduces them.
func findProjectMentions(s []rune) []projectMention {
	return findProjectMentionsIn(s, nil)
}

// findProjectMentionsIn is findProjectMentions with the region forms, so
// that a list of sites is not read as a list of names.
func findProjectMentionsIn(s []rune, regions *matcher) []projectMention {
	if industryCatalogue(s) {
		return nil
	}
	var out []projectMention
	for end := 2; end <= len(s); end++ {
		h, ok := headAt(s, end)
		if !ok || modifierAfter(s, end) || roleAfter(s, end) || productClause(s, end) || productList(s, end) ||
			basisOfService(s, end) {
			continue
		}
		m, ok := mentionEndingAt(s, end, h)
		if ok && countBefore(s, m.Start, regions) {
			// 完成2个X的改造: a number of things of a kind
			continue
		}
		if e := centreEnd(s, end); ok && e > 0 {
			// 电信网络交换中心: the network names the centre
			m.Name += string(s[end:e])
			m.End = e
		}
		if items := quotedItems(s, m, end-len([]rune(h.word))); ok && items != nil {
			out = append(out, items...)
			continue
		}
		if !ok {
			if items := countedUmbrellaItems(s, end, h, regions); items != nil {
				out = append(out, items...)
				continue
			}
			// 征地管理、拆迁管理等子系统: the items share a bare head
			if items := sharedHeadItems(s, end-len([]rune(h.word)), h, "", regions); items != nil {
				// a name read inside an item (微机电系统 in 微机电系统
				// (MEMS)集成制造技术、…等平台) is a word of the item
				from, to := items[0].Start, items[len(items)-1].End
				out = slices.DeleteFunc(out, func(x projectMention) bool { return x.Start >= from && x.End <= to })
				out = append(out, items...)
			}
			continue
		}
		// a shorter name inside the previous one (上海物联网 in
		// 上海物联网中心) is replaced by the longer one.
		for len(out) > 0 && out[len(out)-1].Start >= m.Start && out[len(out)-1].End <= m.End {
			out = out[:len(out)-1]
		}
		m.Clause = clauseBefore(s, m.Start)
		out = append(out, m)
		if m.Stop == "、" && !(end < len(s) && strings.ContainsRune("等、", s[end])) {
			// 土地审批、公房管理子系统: the items before share its head
			// (土地审批、公房和拆迁管理子系统: the last two too, in
			// place of the mention that joined them)
			var items []projectMention
			split := false
			for _, it := range sharedHeadItems(s, end-len([]rune(h.word)), h, "", regions) {
				items = append(items, it)
				split = split || it.Start > m.Start
			}
			if !split && (len(items) == 0 || items[len(items)-1].Name != m.Name) {
				items = append(items, m)
			} else if split {
				items[len(items)-1].End = end
			}
			out = append(out[:len(out)-1], items...)
		} else if items := sharedHeadItems(s, m.Start, h, m.Name, regions); items != nil {
			// the items come before their umbrella in the text; items that
			// share its whole name as their tail (个人、企业信用联合征信
			// 系统) leave no umbrella of their own
			if !strings.HasSuffix(items[len(items)-1].Name, m.Name) {
				items = append(items, m)
			}
			out = append(out[:len(out)-1], items...)
		}
	}
	return out
}

// modifierWords, right after a head, make the name before them the
// modifier of a product, technology or setting (嵌入式系统芯片, 家庭网络
// 设备, 复杂网络环境, 系统安全隐患): the text names that thing, not a
// system the plan builds.
var modifierWords = []string{
	"环境", "设备", "芯片", "技术", "产品", "终端", "软件", "资源", "架构", "构架",
	"结构", "协议", "交换机", "模块", "方案", "融合", "安全", "瘫痪", "装备", "设计",
	"研发", "研制", "信息安全",
	// 通信系统关键技术和标准, 传感器网络核心芯片, 网络体系结构, 系统标准,
	// 服务系统综合解决方案: the parts, standards and offers of a technology
	"关键技术", "核心芯片", "核心技术", "体系结构", "体系构架", "标准", "解决方案", "综合解决方案",
}

// modifierAfter reports whether a modifier word follows offset end of s.
func modifierAfter(s []rune, end int) bool {
	if end >= len(s) {
		return false
	}
	// 片上系统(SoC)技术: a short bracketed note comes between
	if s[end] == '(' {
		for k := end + 1; k < len(s) && k < end+12; k++ {
			if s[k] == ')' {
				end = k + 1
				break
			}
		}
	}
	for _, w := range modifierWords {
		if hasStringAt(s, end, w) {
			return true
		}
	}
	return false
}

// productWords, in the rest of a clause after a name, say that the clause
// is about making things, not building one: 推动蓝光DVD等新一代光存储系统
// 的研发, 重点发展车载信息系统、定位导航系统等产品.
var productWords = []string{"研发", "研制", "产业化", "关键技术", "核心技术", "等技术", "等产品", "产品的", "的开发"}

// productClause reports whether the clause of s from offset end on speaks
// of research, development or products, unless the words name a further
// built thing (…工艺技术研发平台, 嵌入式软件研制平台).
func productClause(s []rune, end int) bool {
	found := false
	for i := end; i < len(s); i++ {
		if strings.ContainsRune(",;:。!?", s[i]) {
			break
		}
		if found {
			if _, ok := headAt(s, i+1); ok {
				return false
			}
			continue
		}
		for _, w := range productWords {
			if hasStringAt(s, i, w) {
				found = true
			}
		}
	}
	return found
}

// researchVerbs introduce a technology or product that is researched or
// made (研制新一代公众蜂窝移动通信系统, 突破安全芯片系统), not a system
// that is built and run.
var researchVerbs = map[string]bool{"研制": true, "研发": true, "突破": true}

// levelsEnd returns the byte offset where a leading list of government
// levels ends in name (市、区县两级…, 国家级和市级…), or 0.
func levelsEnd(name string) int {
	for _, w := range []string{"两级", "三级"} {
		if i := strings.Index(name, w); i >= 0 && utf8.RuneCountInString(name[:i]) <= 4 {
			return i + len(w)
		}
	}
	for _, c := range []string{"级和", "级与", "级及", "级、"} {
		i := strings.Index(name, c)
		if i < 0 || utf8.RuneCountInString(name[:i]) > 3 {
			continue
		}
		rest := name[i+len(c):]
		if j := strings.Index(rest, "级"); j >= 0 && utf8.RuneCountInString(rest[:j]) <= 3 {
			return i + len(c) + j + len("级")
		}
	}
	return 0
}

// kindMarkers, anywhere in a name, make it a set or kind of things (各类
// 管理系统, 不同业务系统, 这些系统), not one named thing.
var kindMarkers = []string{"各类", "各种", "各大", "各个", "不同", "所有", "多种", "这些", "那些", "具体", "其他", "其它", "此类"}

// mentionEndingAt extends the name whose head ends at end to the left.
func mentionEndingAt(s []rune, end int, h projectHead) (projectMention, bool) {
	headStart := end - len([]rune(h.word))
	p := headStart
	quoted := false
	var m projectMention
	// a name closed by a quote right after its head is the whole quotation
	// (“大型科学仪器和重要的科研设施共享协作服务网络”).
	if end < len(s) && isCloseQuote(s[end]) {
		for q := headStart - 1; q >= 0 && headStart-q <= maxProjectName; q-- {
			if isOpenQuote(s[q]) {
				p, quoted = q+1, true
				m.Stop = string(s[q])
				if q >= 1 {
					if w := stopEndsAt(s, q); w != "" {
						m.Stop = w
					}
				}
				break
			}
			if !isNameRune(s[q]) && s[q] != '(' && s[q] != ')' && s[q] != '、' {
				break
			}
		}
	}
	closes := 0
	for !quoted && p > 0 {
		r := s[p-1]
		switch {
		case isCloseQuote(r):
			p--
			closes++
			continue
		case isOpenQuote(r) && closes > 0 && p >= 2 && isHan(s[p-2]) && stopEndsAt(s, p-1) == "":
			// 信息安全综合服务“一站式”门户系统: a quoted word inside
			// the name, not the quote the name starts with
			p--
			closes--
			continue
		case isOpenQuote(r):
			m.Stop = string(r)
			if p >= 2 {
				if w := stopEndsAt(s, p-1); w != "" {
					m.Stop = w
				}
			}
		case r == ')':
			open := p - 2
			for open >= 0 && s[open] != '(' {
				open--
			}
			if open < 0 || !bracketNote(s[open+1:p-1]) {
				break
			}
			p = open
			continue
		case !isNameRune(r):
			m.Stop = string(r)
		case p == headStart && compoundStops[stopEndsAt(s, p)] && p-utf8.RuneCountInString(stopEndsAt(s, p)) > 0 &&
			isHan(s[p-utf8.RuneCountInString(stopEndsAt(s, p))-1]):
			// 辅助决策支持系统, 技术研发平台: a verb right before the head
			// makes a compound with it, it does not introduce the name
			p -= utf8.RuneCountInString(stopEndsAt(s, p))
			continue
		case fromSpanStart(s, p, headStart) >= 0:
			// 银行卡从磁条卡向芯片卡迁移工程: the move is named
			p = fromSpanStart(s, p, headStart)
			continue
		case settingBefore(s, p, headStart):
			// 无线网络环境下的认证系统: the setting says which system
			p--
			continue
		case compoundVerbAt(s, p) > 0:
			// 安全接入防护系统: the verb is part of a term
			p -= compoundVerbAt(s, p)
			continue
		case stopEndsAt(s, p) != "":
			m.Stop = stopEndsAt(s, p)
		default:
			p--
			if end-p > maxProjectName {
				return projectMention{}, false
			}
			continue
		}
		break
	}
	raw := s[p:end]
	name := stripBrackets(string(raw))
	name = cleanName(name)
	m.Start, m.End = p, end
	rawName := name
	// an item number the sentence starts with (1.X工程, 2、X平台)
	if cut := itemNumberEnd(name); cut > 0 {
		m.Start += utf8.RuneCountInString(name[:cut])
		name = name[cut:]
	}
	// strip the words that introduce rather than name
	for changed := true; changed; {
		changed = false
		for _, w := range selfRegionWords {
			if strings.HasPrefix(name, w) && len([]rune(name)) > len([]rune(w))+2 {
				name, m.Self, changed = strings.TrimPrefix(name, w), true, true
				m.Start += len([]rune(w))
			}
		}
		for _, w := range leadingNoise {
			if strings.HasPrefix(name, w) && len([]rune(name)) > len([]rune(w))+2 {
				name, changed = strings.TrimPrefix(name, w), true
				m.Start += len([]rune(w))
			}
		}
		for _, w := range projectStops {
			if strings.HasPrefix(name, w) && len([]rune(name)) > len([]rune(w))+2 {
				name, changed = strings.TrimPrefix(name, w), true
				m.Start += len([]rune(w))
			}
		}
		if rest, n := stripLeadingVerb(name); n > 0 {
			name, changed = rest, true
			m.Start += n
		}
		if n := firstOfKind(name); n > 0 && len([]rune(name[n:])) > 2 {
			m.Start += utf8.RuneCountInString(name[:n])
			name, changed = name[n:], true
		}
	}
	name = strings.TrimLeft(name, "和与及或")
	// 基础设施和业务管理系统: the part before the conjunction is a thing
	// of its own, not a modifier the two share
	if cut := pairSplit([]rune(name)); cut > 0 {
		m.Start += cut
		name = string([]rune(name)[cut:])
	}
	// 卫生领域市民电子健康档案管理系统: a short field before 领域 says
	// where the system is used, not what it is called.
	if i := strings.Index(name, "领域"); i > 0 && len([]rune(name[:i])) <= 3 && len([]rune(name[i:])) >= 8 {
		m.Start += len([]rune(name[:i])) + 2
		name = name[i+len("领域"):]
	}
	// 区县两级居住证信息交换平台, 国家级和市级数字内容产业基地: the levels
	// it is built at come before the name
	if cut := levelsEnd(name); cut > 0 && len([]rune(name[cut:])) >= 4 {
		m.Start += len([]rune(name[:cut]))
		name = name[cut:]
	}
	// 二期70余万平方米室内覆盖系统: the size is cut out of the name;
	// 300万有线电视用户X网络: the users served come before it
	if cut := userCountEnd(name); cut > 0 && len([]rune(name[cut:])) >= 4 {
		m.Start += len([]rune(name[:cut]))
		name = name[cut:]
	}
	if cut, n := cutMeasure(name); cut != name {
		m.Start += n
		name = cut
	}
	if y := []rune(name); len(y) > 5 && y[4] == '年' && unicode.IsDigit(y[0]) {
		// 2007年度X计划: the year of the round, not the name
		name = strings.TrimPrefix(string(y[5:]), "度")
	}
	if startsWithCount(name) || researchVerbs[m.Stop] || basisOfProduct(s, end, m.Stop) ||
		attributesBefore(s, p) && (m.Stop == "的" || m.Stop == "、") {
		return projectMention{}, false
	}
	if roleCentre(name, 0) {
		return projectMention{}, false
	}
	if h.word == "中心" && !buildVerbs[m.Stop] && !centreBuilt(s, end) && !facilityCentre(name) {
		return projectMention{}, false
	}
	centreWork := h.word == "中心" && !buildVerbs[m.Stop] && centreBuilt(s, end)
	if end+1 < len(s) && s[end] == '(' {
		close := end + 1
		for close < len(s) && close-end < 14 && s[close] != ')' {
			close++
		}
		if close < len(s) && s[close] == ')' && isASCIIName(string(s[end+1:close])) {
			m.Abbrev = string(s[end+1 : close])
		}
	}
	from := m.Start - 8
	if from < 0 {
		from = 0
	}
	m.Before = string(s[from:m.Start])
	m.Name = name
	if siteKind(s, m, rawName, h) {
		return projectMention{}, false
	}
	if centreWork && plausibleProject(name, h) {
		// 加强X中心建设: the building of the centre is the project
		m.Name += "建设"
		m.End += 2
	}
	if !plausibleProject(name, h) && !(coBuildVerbs[m.Stop] && plausibleWith(name, h, 0)) {
		return projectMention{}, false
	}
	return m, true
}

// stripBrackets removes bracketed notes and quotes from a name:
// 微机电系统(MEMS)集成制造技术平台 → 微机电系统集成制造技术平台.
func stripBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')':
			if depth > 0 {
				depth--
			}
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// startsWithCount reports whether a name starts with a count (四个中心,
// 3个平台): a number of things, not one named thing.
func startsWithCount(name string) bool {
	rs := []rune(name)
	i := 0
	for i < len(rs) && (unicode.IsDigit(rs[i]) || strings.ContainsRune("一二三四五六七八九十百千万两几余多", rs[i])) {
		i++
	}
	return i > 0 && i < len(rs) && strings.ContainsRune("个家所项套批条座类", rs[i])
}

func isASCIIName(s string) bool {
	if s == "" {
		return false
	}
	letters := 0
	for _, r := range s {
		if r >= 128 {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// headOf returns the project head a name ends with.
func headOf(name string) projectHead {
	for _, h := range projectHeads {
		if strings.HasSuffix(name, h.word) {
			return h
		}
	}
	return projectHead{}
}

// plausibleProject reports whether a name names one thing rather than a
// kind of thing: what is left of it without its generic words must say which.
func plausibleProject(name string, h projectHead) bool {
	minSpecific := 2
	if h.strict {
		minSpecific = 4
	}
	return plausibleWith(name, h, minSpecific)
}

// coBuildVerbs say the parties of an agreement build what follows together
// (双方共建区域信息网络平台): what they build is a project even when its
// name is made of generic words.
var coBuildVerbs = map[string]bool{"共建": true, "合建": true, "联建": true, "共同建设": true}

// plausibleWith is plausibleProject with the least number of specific
// runes a name must keep once its generic words are taken out.
func plausibleWith(name string, h projectHead, minSpecific int) bool {
	rs := []rune(name)
	// 内容数字化和平台, 世博会场馆和网络: a bare head joined to a list is
	// the kind of thing, not the end of a name
	if k := strings.LastIndexAny(name, "和与及"); k > 0 && name[k+len("和"):] == h.word {
		return false
	}
	if h.word == "体系" {
		// a built system is told by its technical words, however
		// generic the rest (信息安全技术服务体系)
		return systemBuilt(name) && len(rs) >= 6 && len(rs) <= maxProjectName
	}
	if len(rs) < 4 || len(rs) > maxProjectName {
		return false
	}
	if strings.Contains(name, "规划") || strings.Contains(name, "行动计划") {
		return false
	}
	for _, w := range kindMarkers {
		if strings.Contains(name, w) {
			return false
		}
	}
	return specificRunes(strings.TrimSuffix(name, h.word)) >= minSpecific
}

// specificCache remembers specificRunes by name: the scanners ask about
// the same names many times, and the answer takes a pass over the generic
// parts per word removed. It is dropped when it grows large, so that a
// server loading document after document does not keep every name.
var specificCache = struct {
	sync.Mutex
	m map[string]int
}{m: map[string]int{}}

// specificRunes counts the runes of a name (without its head) that are
// left once its generic words are taken out: what says which thing it is.
func specificRunes(rest string) int {
	specificCache.Lock()
	n, ok := specificCache.m[rest]
	specificCache.Unlock()
	if ok {
		return n
	}
	key := rest
	// 分 of 分平台, not of 学分银行: the edge of the name as written
	for _, g := range affixEdges {
		rest = strings.TrimSuffix(rest, g)
		rest = strings.TrimPrefix(rest, g)
	}
	for changed := true; changed; {
		changed = false
		for _, g := range genericParts {
			if affixOnly[g] {
				continue
			}
			if strings.Contains(rest, g) {
				rest = strings.Replace(rest, g, "", 1)
				changed = true
			}
		}
	}
	for _, r := range rest {
		if strings.ContainsRune(conjunctions, r) {
			// a conjunction joins the specific words, it is none of them
			continue
		}
		if isHan(r) || unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	specificCache.Lock()
	if len(specificCache.m) > 100000 {
		specificCache.m = map[string]int{}
	}
	specificCache.m[key] = n
	specificCache.Unlock()
	return n
}

// headsByLast and stopsByLast index projectHeads and projectStops by their
// last rune, keeping their order (which is their priority): the scanner
// asks at every position of every sentence.
var (
	headsByLast = sync.OnceValue(func() map[rune][]projectHead {
		idx := map[rune][]projectHead{}
		for _, h := range projectHeads {
			r, _ := utf8.DecodeLastRuneInString(h.word)
			idx[r] = append(idx[r], h)
		}
		return idx
	})
	stopsByLast = sync.OnceValue(func() map[rune][]string {
		idx := map[rune][]string{}
		for _, w := range projectStops {
			r, _ := utf8.DecodeLastRuneInString(w)
			idx[r] = append(idx[r], w)
		}
		return idx
	})
)

// itemNumberEnd returns the byte length of an item number that opens a
// name (1.X, 12、X), or 0: the number marks the item, it is not named.
func itemNumberEnd(name string) int {
	i := 0
	for i < len(name) && i < 3 && name[i] >= '0' && name[i] <= '9' {
		i++
	}
	if i == 0 || i > 2 || i >= len(name) || (name[i] != '.' && !strings.HasPrefix(name[i:], "、")) {
		return 0
	}
	j := i + 1
	if name[i] != '.' {
		j = i + len("、")
	}
	if j >= len(name) || (name[j] >= '0' && name[j] <= '9') {
		return 0
	}
	return j
}

// systemTechWords make a 体系 a technical system that is built (电子认证
// 体系, 数据交换体系, 预警预报体系); systemSoftWords make it an
// arrangement of rules or people (人才培养体系, 考核指标体系), not a project.
var (
	systemTechWords = []string{"认证", "交换", "数据", "预警", "测试", "验证", "目录", "监测", "技术服务"}
	systemSoftWords = []string{"人才", "培养", "考核", "指标", "机制", "制度", "评价", "评估", "投融资", "保护", "执法", "诚信", "框架", "标准化", "政策", "法规", "绩效", "统计"}
)

// systemBuilt reports whether a name ending in 体系 names a built system.
func systemBuilt(name string) bool {
	for _, w := range systemSoftWords {
		if strings.Contains(name, w) {
			return false
		}
	}
	return containsAny(name, systemTechWords)
}
