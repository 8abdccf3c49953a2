package loaders

import (
	"regexp"
	"strings"
	"unicode"
)

// Time phrases that open a clause (至年末, 全年, 到2010年, “十一五”期末, 5年内):
// they say when the value holds, not what it measures.
var leadTimeRe = regexp.MustCompile(`^(?:(?:到|至|截至|截止|截止到|至于|在)?(?:[0-9]{4}年度?|[0-9]{1,2}年(?:内|来|间)?|年末|年底|年内|全年|当年|目前|今年|期末|规划期内|规划期末|[“"]?十[一二三四五]?五[”"]?(?:期末|末|期间|时期)?|[0-9]{1,2}月(?:份)?|上半年|下半年|近[一二三四五六七八九十0-9]+年)(?:底|末|前|时|止|期间)?(?:,)?)`)

// Trailing year phrases (由2000年的, 上升为2005年的).
var tailTimeRe = regexp.MustCompile(`(?:(?:到|至|由|从|在)?[0-9]{4}年(?:底|末)?的?|[“"]?十[一二三四五]?五[”"]?(?:期末|末)的?)$`)

// Words that open a clause but are not part of what is measured.
var leadWords = []string{"其中", "另外", "此外", "同时", "并且", "并", "且", "而", "和", "及", "以及", "使", "让", "实现", "累计", "共计", "共有", "总计", "合计", "共", "已经", "已", "全市", "本市", "全省", "本省", "全区", "全国", "我市", "我省", "预计", "力争", "争取", "确保", "基本", "进一步", "平均"}

// Words that close the measured phrase before the figure: verbs and
// comparators (达到, 累计达, 超过, 约为).
var tailWords = []string{"达到了", "达到", "达", "为", "约为", "约", "近", "逾", "超过", "超", "突破", "不低于", "不少于", "不超过", "不高于", "力争", "争取", "将", "要", "已", "已经", "累计", "共计", "共有", "总计", "合计", "共", "实现", "完成", "增加到", "增至", "提高到", "提高至", "提升到", "提升至", "上升到", "上升为", "上升至", "扩大到", "扩大至", "保持", "保持在", "控制在", "稳定在", "到", "至", "是", "有", "以上", "分别", "每年", "年均", "平均", "基本", "基本上", "有望", "预计"}

// Verbs that alone do not name a quantity (完成2个X的升级改造): the noun after
// the figure does.
var weakVerbs = []string{"表彰", "归集", "接纳", "查处", "甄别", "收录", "汇集", "聘请", "选举", "评选", "命名", "吸纳", "资助", "奖励", "完成", "建成", "新建", "建设", "培育", "扶持", "认定", "登记", "发放", "引进", "推进建设", "开展", "拥有", "形成", "设立", "建立", "覆盖", "吸引", "带动", "支持", "组织", "举办", "接待", "审批", "受理", "处理", "提供", "开通", "在", "对", "向", "与", "为"}

var growthRe = regexp.MustCompile(`^(?:比上年(?:末|同期)?|较上年(?:末|同期)?|同比|环比|年均|平均|比\S{1,6}年)?(?:分别)?(?:增长|增幅|增速|提高|上升|下降|减少|降低)(?:了)?(?:幅度)?(?:达到|达|为|约)?$`)

// changeTailRe is a subject followed by the words of a change
// (销售收入年均增长, 用户比上年末减少).
var changeTailRe = regexp.MustCompile(`^(.+?)((?:比上年(?:末|同期)?|较上年(?:末|同期)?|同比|环比|年均|平均|比\S{1,6}年)?(?:分别)?(?:增长|增幅|增速|提高|上升|下降|减少|降低|增加|新增|净增)了?(?:幅度)?(?:达到|达|为|约)?)$`)

// decreaseRe says a change is a fall; its value is negative.
var decreaseRe = regexp.MustCompile(`(?:下降|减少|降低)了?(?:幅度)?(?:达到|达|为|约)?$`)

// reachRe says the words before a figure only say that a level is reached
// (到2015年达到, 增加到): the figure is another value of the last quantity.
var reachRe = regexp.MustCompile(`(?:达到|达|增加到|增至|提高到|提高至|提升到|提升至|上升到|上升为|上升至|扩大到|扩大至|突破|超过)$`)

// changeSubject is the quantity a change phrase is about, "" when the
// words before the change do not name one.
func changeSubject(trimmed string, dicts *Dictionaries) string {
	m := changeTailRe.FindStringSubmatch(trimmed)
	if m == nil {
		return ""
	}
	subj := cleanIndicatorName(m[1])
	if len([]rune(subj)) < 2 || weakSubject(subj, dicts) || endsWithVerb(subj) {
		return ""
	}
	return subj
}

var incrementRe = regexp.MustCompile(`^(?:比上年(?:末|同期)?|较上年(?:末|同期)?|同比|年内)?(?:分别)?(?:增加|新增|净增|增)(?:了)?$`)
var shareRe = regexp.MustCompile(`^(?:分别)?(?:约|共)?占(.{1,20}?)(?:的)?(?:比重|比例|份额)?(?:达到|达|为|约|近|超过)?(?:的)?$`)

// isBreak says a rune ends the phrase that can name a quantity.
func isBreak(r rune) bool {
	return strings.ContainsRune(",;:。、!?()[]《》", r) || unicode.IsSpace(r)
}

// cleanIndicatorName strips time phrases, clause openers and the verbs that
// introduce the figure from the words before a number.
func cleanIndicatorName(s string) string {
	s = stripInnerPhrases(strings.TrimSpace(spanYearsRe.ReplaceAllString(s, "")))
	for changed := true; changed && s != ""; {
		changed = false
		if loneOpeners[s] {
			return "" // 共计 alone: not 共 + 计
		}
		if loc := leadTimeRe.FindStringIndex(s); loc != nil && loc[1] > 0 {
			s, changed = s[loc[1]:], true
		}
		for _, w := range leadWords {
			// 使用率 and 共享率 open with a word, not with 使 or 共
			if strings.HasPrefix(s, w) && len(s) > len(w) && !strings.HasPrefix(s, "使用") && !strings.HasPrefix(s, "共享") {
				s, changed = s[len(w):], true
				break
			}
		}
		if loc := tailTimeRe.FindStringIndex(s); loc != nil && loc[0] < loc[1] {
			s, changed = s[:loc[0]], true
		}
		for _, w := range tailWords {
			if strings.HasSuffix(s, w) {
				s, changed = strings.TrimSuffix(s, w), true
				break
			}
		}
		for _, w := range scopeWords {
			// 建成连接全市: the range of a verb is not part of the name
			if t := strings.TrimSuffix(s, w); t != s && endsWithVerb(t) {
				s, changed = t, true
				break
			}
		}
		if t := strings.TrimRight(s, ",的了 "); t != s {
			s, changed = t, true
		}
	}
	if loneOpeners[s] {
		return ""
	}
	s = stripListMarker(strings.TrimLeft(s, "—-~ "))
	// 向用户发送信息: who receives is not what is sent
	if loc := recipientRe.FindStringSubmatchIndex(s); loc != nil {
		s = s[loc[2]:]
	}
	// 大力发展片上系统,鼓励优势企业: the directive before the last one
	// is about something else; what follows it is measured
	if loc := directiveRe.FindAllStringIndex(s, -1); loc != nil {
		if rest := s[loc[len(loc)-1][1]:]; len([]rune(rest)) >= 2 {
			s = rest
		}
	}
	// 商业金融等设施重点场所: the examples before 等 only illustrate
	if i := strings.LastIndex(s, "等"); i > 0 {
		if rest := s[i+len("等"):]; len([]rune(rest)) >= 3 && !strings.HasPrefix(rest, "级") && !strings.HasPrefix(rest, "同") && !strings.HasPrefix(rest, "待") {
			s = rest
		}
	}
	// 发送各类信息, 大部分主干带宽: a quantifier says how much of the thing,
	// not what is measured
	s = quantifierRe.ReplaceAllString(s, "")
	// 架设在主要高速公路: where things are installed names them, not the verb
	s = placedRe.ReplaceAllString(s, "")
	// 接听并处理居民来电: two verbs joined by 并 are one action
	if i := strings.Index(s, "并"); i >= len("接听") && !strings.HasSuffix(s[:i], "合") && !strings.HasSuffix(s[:i], "兼") {
		if rest := s[i+len("并"):]; len([]rune(rest)) >= 2 && !strings.HasPrefix(rest, "购") && !strings.HasPrefix(rest, "网") && !strings.HasPrefix(rest, "发") && !strings.HasPrefix(rest, "入") {
			s = s[:i] + rest
		}
	}
	s = midVerbRe.ReplaceAllString(s, "$1$2")
	if m := fundRe.FindStringSubmatch(s); m != nil {
		// 市财政每年安排信息化专项资金: the fund is the quantity; who pays and
		// how often are not part of its name
		if m[3] != "" {
			s = m[3]
		} else if m[1] != "" {
			s = m[1] + "投入"
		}
	}
	return cleanName(s)
}

// directiveRe is a verb of a plan's directive (推动, 鼓励) inside a name.
var directiveRe = regexp.MustCompile(`推动|鼓励|促进|引导|加快|带动`)

// placedRe is a verb of installing before the place (架设在, 分布于).
var placedRe = regexp.MustCompile(`^(?:架设|安装|设置|分布|部署|布设|集中)(?:在|于)`)

// quantifierRe is a quantifier inside a name (各类, 所有, 大部分).
var quantifierRe = regexp.MustCompile(`各级各类|各类|各种|各项|所有|全部|大部分|绝大部分`)

// listMarkerRe is an item number that opens a list entry (1. ①  (2) 三、 a)).
var listMarkerRe = regexp.MustCompile(`^(?:[0-9]{1,2}[.、)]|\([0-9一二三四五六七八九十]{1,2}\)|[①-⑳]|[一二三四五六七八九十]{1,2}、|[a-zA-Z][.)、])\s*`)

// stripListMarker drops an item number before a name; a decimal (4.5代) is
// not one.
func stripListMarker(s string) string {
	loc := listMarkerRe.FindStringIndex(s)
	if loc == nil || loc[1] >= len(s) {
		return s
	}
	if r := []rune(s[loc[1]:])[0]; isASCIIDigit(r) {
		return s
	}
	return s[loc[1]:]
}

// midVerbRe is a verb between the one measured and the measure
// (电子信息产业实现销售收入): the verb says the figure was reached, not what it
// measures.
var midVerbRe = regexp.MustCompile(`^(.{2,}?)(?:实现|完成)(.*(?:收入|销售额|交易额|营业额|出口额|增加值|产值|利润|利税|税收|投资|投资额))$`)

// fundRe is a payer and a funding verb before a fund (市财政每年安排信息化专项
// 资金; 区政府投入): group 1 the payer, group 3 the fund if named.
var fundRe = regexp.MustCompile(`^(.*?)(?:每年|年均|累计|共计|共|全年|当年)?(安排|设立|投入|筹集|拨付|下达|落实|出资|划拨)了?(.{2,}(?:资金|基金|经费|专款|投资))?$`)

func isWeakVerb(s string) bool {
	if s == "" {
		return true
	}
	for _, v := range weakVerbs {
		if s == v {
			return true
		}
	}
	return false
}

// nounAfter reads the noun a count figure counts (2个监测站的升级改造 → 监测站):
// the words after the unit up to a break or 的.
func nounAfter(rs []rune, i int) string {
	j := i
	for j < len(rs) && j-i < 16 && !isBreak(rs[j]) && rs[j] != '的' && !isASCIIDigit(rs[j]) {
		j++
	}
	n := string(rs[i:j])
	for _, w := range []string{"和", "及", "与", "在", "以上", "左右", "进行", "开展", "实现", "完成", "参加", "通过", "提供"} {
		if k := strings.Index(n, w); k > 0 {
			n = n[:k]
		}
	}
	return cleanName(n)
}

// canonicalIndicatorName maps the spellings of one quantity to one name, so
// that documents that never see each other agree on the node: 的 and spaces
// go, 互联网络 is 互联网, and an industry written 软件产业 or 软件业 is one
// word. It depends only on the name.
func canonicalIndicatorName(s string) string {
	s = cleanName(s)
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '的' {
			return -1
		}
		return r
	}, s)
	s = strings.ReplaceAll(s, "互联网络", "互联网")
	s = strings.ReplaceAll(s, "(", "")
	s = strings.ReplaceAll(s, ")", "")
	// X产业Y → X业Y for a two-character industry (软件产业经营收入): both
	// spellings are in use for the same statistic.
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		if i >= 2 && i+2 < len(rs) && rs[i] == '产' && rs[i+1] == '业' && (i == 2 || !unicode.Is(unicode.Han, rs[i-3])) {
			continue // drop 产, keep 业
		}
		b.WriteRune(rs[i])
	}
	return b.String()
}

// qualifierFigure says the k-th figure is followed by 的 and, in the same
// clause, by another figure: it qualifies what that figure counts
// (经营收入超亿元的企业83家) rather than stating a value of its own.
func qualifierFigure(rs []rune, ms []valueMention, k int) bool {
	m := ms[k]
	if k+1 >= len(ms) || m.End >= len(rs) {
		return false
	}
	// 100Mbps及以上接入速率用户3612万户: a bound with 以上 that runs on
	// into a noun qualifies it as 的 does
	bound := m.End >= 2 && (string(rs[m.End-2:m.End]) == "以上" || string(rs[m.End-2:m.End]) == "以下")
	j := m.End
	for _, w := range []string{"及以上", "及以下", "以上", "以下"} {
		if hasStringAt(rs, j, w) {
			j, bound = j+len([]rune(w)), true
			break
		}
	}
	// 95%以上医院建成…: a share before a noun is the share of it, no qualifier
	if j >= len(rs) || rs[j] != '的' && !(bound && m.Unit != "%" && unicode.Is(unicode.Han, rs[j])) {
		return false
	}
	for i := m.End; i < ms[k+1].Start; i++ {
		if strings.ContainsRune(",;:。!?", rs[i]) {
			return false
		}
	}
	return true
}

// breakdownName names the parts of a quantity: after 其中 (其中一级8家、
// 二级27家) or in a clause that only adds a qualifier to the figure before
// it (审批许可证60张,到期续办5张), a short name is a part of the last
// quantity and takes its name in front. It returns the name and the parent
// in force for the next figure.
func breakdownName(name, raw, last, parent, parentUnit, unit string, sameUnit bool) (string, string, string) {
	if name == "" {
		return name, parent, parentUnit
	}
	n := len([]rune(name))
	switch {
	case strings.HasPrefix(raw, "其中") && last != "":
		parent, parentUnit = last, unit
		if people := agentOf(parent); people != "" && agentOf(name) != "" && !strings.Contains(name, people) {
			// 参加考核者400万人次,其中获得证书者189万人次: those of the
			// whole who did more; the whole's action stays in the name
			return people + name, parent, parentUnit
		}
	case parent != "" && n <= 6:
		// a further item of the same breakdown
	case sameUnit && last != "" && n <= 4 && !measureWord(name) && !strings.HasSuffix(name, "数") && len([]rune(last)) > n:
		// 到期续办5张 after a count of 许可证: the same things, qualified
		return last + name, parent, parentUnit
	default:
		return name, "", ""
	}
	if unit == "%" && !rateName(name) {
		// 其中本科以上学历的近68%: the part's share in the whole
		return shareOfParent(parent, name), parent, parentUnit
	}
	if n <= 6 && !strings.Contains(parent, name) {
		return parent + name, parent, parentUnit
	}
	return name, parent, parentUnit
}

// multipleRe says the words before a 倍 figure compare with a base or state
// growth (是2000年的, 增长, 增加了, 为): the figure is a growth multiple.
var multipleRe = regexp.MustCompile(`是.*的$|(?:增长|增加|提高|扩大)了?$|为$|达到?$`)

// coordinated splits the subjects before 分别 (接通率、处理率和满意率分别达到)
// into one name each; a single subject gives one name.
func coordinated(raw string) []string {
	i := strings.Index(raw, "分别")
	if i < 0 {
		return nil
	}
	subj := cleanIndicatorName(raw[:i])
	if subj == "" {
		return nil
	}
	var out []string
	for _, p := range strings.FieldsFunc(subj, func(r rune) bool { return r == '、' || r == '和' || r == '及' || r == '与' }) {
		if p = cleanIndicatorName(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// listLen counts the figures of the list that starts with the k-th figure:
// figures parted only by 、, 和 or 及.
func listLen(rs []rune, ms []valueMention, k int) int {
	n := 1
	for j := k + 1; j < len(ms); j++ {
		gap := strings.TrimSpace(string(rs[ms[j-1].End:ms[j].Start]))
		if gap != "和" && gap != "、" && gap != "及" && gap != "" {
			break
		}
		n++
	}
	return n
}

// phraseStart is where the phrase naming the figure at i starts: back to a
// break or to the previous figure (prevEnd). A bracketed part of a name
// (产业化(东部)基地) does not break it.
func phraseStart(rs []rune, i, prevEnd int) int {
	lb := i
	// a table row (光纤覆盖率      98%) pads the name with spaces: the name
	// stands before the padding, not after the figure
	for lb > prevEnd && unicode.IsSpace(rs[lb-1]) {
		lb--
	}
	for lb > prevEnd {
		r := rs[lb-1]
		if r == ')' {
			// step over a short bracket that belongs to the name
			k := lb - 2
			for k > prevEnd && rs[k] != '(' && lb-k < 10 && !strings.ContainsRune(",;:。", rs[k]) {
				k--
			}
			if k >= prevEnd && rs[k] == '(' && k > prevEnd && !isBreak(rs[k-1]) {
				lb = k
				continue
			}
		}
		if isBreak(r) {
			// WLAN AP: a space between two Latin words is inside the name
			if r == ' ' && lb-2 >= prevEnd && lb < len(rs) && isASCIILetter(rs[lb-2]) && isASCIILetter(rs[lb]) {
				lb--
				continue
			}
			break
		}
		lb--
	}
	return lb
}

// growthAfterRe says the words after a percentage make it a growth rate
// (保持50%以上的增速, 以20%的速度增长).
var growthAfterRe = regexp.MustCompile(`^的(?:年均)?(?:增速|增长速度|增幅|速度增长|增长)`)

// spanYearsRe is a stretch of years inside a name (软件业连续5年保持): it says
// for how long, not what is measured.
var spanYearsRe = regexp.MustCompile(`(?:连续|近|过去)[0-9一二三四五六七八九十]{1,2}年(?:来|间|内)?`)

// figureSubject is the noun phrase that opens a sentence's first clause
// (第四届信息化博览会在…举行,展示面积达7500平方米): the words before the first
// verb, preposition or adverb as gse tags them. Later clauses that name a
// figure only by a verb phrase or a bare measure (展示面积, 处理报文) are
// about this subject. It returns the subject and where its clause ends.
func figureSubject(rs []rune) (string, int) {
	end, clause := 0, ""
	for first := true; clause == "" && end < len(rs); first = false {
		if !first {
			// past the mark that closed the clause before (a sentence may
			// open with one: ",X")
			end++
		}
		for end < len(rs) && !strings.ContainsRune(",;:。", rs[end]) {
			end++
		}
		st := lastBreak(rs, end) // after a run-in heading
		// a clause of dates only (7月27日至29日) says when, not who
		clause = strings.Trim(cleanLead(string(rs[st:end])), "0123456789年月日至到起- ")
		if clause == "" && end >= len(rs) {
			return "", end
		}
	}
	clause = cleanLead(clause)
	words := segmentSentence(clause)
	subj := ""
	verb := false
	for _, w := range words {
		pos := wordPOS(w)
		if strings.HasPrefix(pos, "v") || pos == "p" || pos == "t" || w == "全年" || w == "当年" || pos == "d" || pos == "c" || pos == "u" || strings.TrimSpace(w) == "" || isBreak([]rune(w)[0]) || startsFigure([]rune(w), 0) {
			verb = strings.HasPrefix(pos, "v") || pos == "p" || pos == "d"
			break
		}
		subj += w
	}
	// 电子口岸平台数据传输量达…: the subject is itself a quantity; the thing
	// it belongs to is the subject of the figures after it. A clause with a
	// figure whose subject is not a plain measure gives no subject.
	if strings.ContainsAny(clause, "0123456789") && !measureWord(subj) && !ownerClause(clause, subj) {
		return "", end
	}
	for len(words) > 0 && measureWord(subj) {
		k := len(words) - 1
		for k > 0 && !strings.HasSuffix(subj, words[k]) {
			k--
		}
		subj = strings.TrimSuffix(subj, words[k])
		words = words[:k]
	}
	if n := len([]rune(subj)); !verb || n < 3 || n > 24 {
		return "", end
	}
	return subj, end
}

// verbPhrase says a name opens with a verb (处理报文, 接待参观团队).
func verbPhrase(name string) bool {
	words := segmentSentence(name)
	return len(words) > 1 && strings.HasPrefix(wordPOS(words[0]), "v") && wordPOS(words[0]) != "vn"
}

// figureClause is the clause before position at, back to , ; : or 。 (a 、
// list stays in it).
func figureClause(rs []rune, at int) string {
	st := at
	for st > 0 && !strings.ContainsRune(",;:。!?", rs[st-1]) {
		st--
	}
	return strings.TrimSpace(string(rs[st:at]))
}

// growthTailRe is the growth verb that ends a name before a multiple
// (出口额增长2.5倍 → 出口额).
var growthTailRe = regexp.MustCompile(`(?:增长|增加|提高|扩大)了?$`)
