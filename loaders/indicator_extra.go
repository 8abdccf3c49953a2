package loaders

import (
	"regexp"
	"strings"
)

// midTimeRe is a time adverbial inside a name with the adverb of total
// that may follow it (中心全年共举办技术培训): it says when the figure was
// counted, not what is counted. At the start of a name leadTimeRe handles
// it; this catches it after the subject.
var midTimeRe = regexp.MustCompile(`(?:全年|当年|年内|年底前|年末前)(?:共计|累计|共|总计|合计)?`)

// sourceRe is a phrase of origin inside a name (接待来自社会各界的参观团队):
// where the counted things come from does not name them.
var sourceRe = regexp.MustCompile(`来自[^的,;。]{1,12}的`)

// loneOpeners are clause openers that cannot name a quantity on their own
// (其中484人…: the name is elsewhere).
var loneOpeners = map[string]bool{"其中": true, "另外": true, "此外": true, "同时": true, "并且": true, "以及": true, "累计": true, "共计": true, "共有": true, "合计": true, "总计": true}

// stripInnerPhrases drops time adverbials and origin phrases from inside a
// name; a time word right after a digit or numeral (5年内) belongs to a
// span and is left alone.
func stripInnerPhrases(s string) string {
	if strings.Contains(s, "来自") {
		s = sourceRe.ReplaceAllString(s, "")
	}
	if !strings.Contains(s, "年") {
		return s
	}
	locs := midTimeRe.FindAllStringIndex(s, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		a, b := locs[i][0], locs[i][1]
		if a == 0 || b == len(s) {
			continue // at an edge the lead and tail rules decide
		}
		prev := []rune(s[:a])
		if r := prev[len(prev)-1]; isASCIIDigit(r) || strings.ContainsRune("一二三四五六七八九十两几多", r) {
			continue
		}
		s = s[:a] + s[b:]
	}
	return s
}

// siblingName names the next item of a list of figures (本地许可证18张、
// 跨省许可证288张) after the item before it: when both end in the same
// head and the new item only swaps a modifier of one or two characters in
// front of it, the words before that modifier (审批移动信息服务) belong to it
// too. It returns name unchanged otherwise.
func siblingName(last, name string) string {
	a, b := []rune(last), []rune(name)
	c := 0
	for c < len(a) && c < len(b) && a[len(a)-1-c] == b[len(b)-1-c] {
		c++
	}
	if c < 2 || c == len(b) {
		return name
	}
	mod := len(b) - c
	pre := len(a) - c - mod // the words of last before its own modifier
	// only a short modifier (本地/跨省, 一级/二级) swaps cleanly: a longer
	// one (办事状态实时查询/结果反馈) may replace more than the item before
	// shows, and the owner cannot be told from the modifier
	if mod > 2 || pre < 2 {
		return name
	}
	head := string(a[:pre])
	// a preposition or a clause opener alone is not a shared owner
	if isPreposition(head) || loneOpeners[head] {
		return name
	}
	return head + name
}

// shareOfParent names a percentage stated after 其中 (从业人员20万人,其中
// 本科以上学历的近68%): it is the share of the part in the whole, named after
// the whole, with 比重 unless the part already names a rate.
func shareOfParent(parent, name string) string {
	if parent == "" || name == "" || strings.Contains(parent, name) {
		return name
	}
	if !strings.HasPrefix(name, parent) {
		name = parent + name
	}
	if !rateName(name) {
		name += "比重"
	}
	return name
}

// rateName says a name already names a ratio (普及率, 比重, 占比).
func rateName(s string) bool {
	for _, w := range []string{"率", "比重", "比例", "占比", "份额", "指数"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// ownerVerbs follow the owner of a figure in a clause that names one
// (交通卡累计发卡3240万张, 热线全年受理…): a tally adverb, so what comes before
// is whose figures they are, not a measure.
var ownerVerbs = []string{"累计", "全年", "当年", "共计", "年内"}

// ownerClause says the figure clause c opens with its owner subj followed
// by a tally adverb (交通卡累计发卡…).
func ownerClause(c, subj string) bool {
	if subj == "" || !strings.HasPrefix(c, subj) {
		return false
	}
	rest := c[len(subj):]
	for _, w := range ownerVerbs {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// taskWords name work done on a system (X系统开发, X平台建设, X系统关键技术研究):
// after the head they make the system the object of a task, not the owner
// of the figures that follow.
var taskWords = []string{"开发", "研究", "研制", "攻关", "项目", "建设", "改造", "升级", "设计", "关键技术", "课题", "工作"}

// taskHead says the entity head that ends at rune e of clause rs belongs to
// a task or a title: the words after it name work on it, or it stands
// inside a quotation that closes only after it (完成“X系统关键技术研究”项目).
func taskHead(rs []rune, e int) bool {
	open := 0
	for _, r := range rs[:e] {
		switch r {
		case '“', '《':
			open++
		case '”', '》':
			open--
		}
	}
	if open > 0 && (e >= len(rs) || rs[e] != '”' && rs[e] != '》') {
		return true
	}
	rest := rs[e:]
	for len(rest) > 0 && (rest[0] == '”' || rest[0] == '》') {
		rest = rest[1:]
	}
	for _, w := range taskWords {
		if hasStringAt(rest, 0, w) {
			return true
		}
	}
	return false
}

// chainedCount says the k-th figure is a count that follows another count
// joined only by that count's short noun or by nothing (7个区的26个镇,
// 19个区县近200家商户, 4大类29项指标):
// the words before it are what the first figure counts, so they do not
// name the second.
func chainedCount(rs []rune, ms []valueMention, k, lb int, trimmed string) bool {
	return k > 0 && lb == ms[k-1].End && countUnit(ms[k].Unit) && countUnit(ms[k-1].Unit) &&
		len([]rune(strings.TrimSuffix(trimmed, "的"))) <= 4
}

// locative says a name only says where (在郊区, 于全市): a preposition of
// place before a short noun.
func locative(name string) bool {
	n := len([]rune(name))
	return n >= 2 && n <= 8 && (strings.HasPrefix(name, "在") || strings.HasPrefix(name, "于")) && !strings.HasPrefix(name, "在线")
}

// countName names a count figure by the noun it counts and, when one
// follows, by what is said of the noun (500个村建成服务站 → 建成服务站的村数);
// "" when the unit does not count things.
func countName(rs []rune, m valueMention, ws []bool) string {
	noun, pred, _ := countedNoun(rs, m, ws)
	if noun == "" {
		return ""
	}
	if pred != "" && !strings.ContainsAny(pred, "0123456789") {
		return pred + "的" + noun + "数"
	}
	return noun + "数"
}

// agentOf returns the action of a name for a group of people by what they
// did (参加考核者 → 参加考核), or "" when the name is not one.
func agentOf(name string) string {
	if !strings.HasSuffix(name, "者") || len([]rune(name)) < 3 {
		return ""
	}
	return strings.TrimSuffix(name, "者")
}

// shareWords may stand between a percentage and the predicate it is the
// share of (95%以上建立, 80%已经接入).
var shareWords = []string{"以上", "以下", "左右", "已经", "已", "都", "均", "基本", "实现了", "了"}

// predicateAfter reads the predicate that follows a percentage figure
// ending at rune i (高校95%以上建立了校园网 → 建立校园网): a verb of the
// genre that starts a word, up to the next break. It returns "" when no
// verb follows or the predicate holds another figure.
func predicateAfter(rs []rune, i int, ws []bool) string {
	for moved := true; moved; {
		moved = false
		for _, w := range shareWords {
			if hasStringAt(rs, i, w) {
				i += len([]rune(w))
				moved = true
				break
			}
		}
	}
	if i >= len(rs) || i >= len(ws) || !ws[i] || !startsVerb(rs, i) {
		return ""
	}
	e := i
	for e < len(rs) && e-i < 16 && !isBreak(rs[e]) {
		if isASCIIDigit(rs[e]) {
			return ""
		}
		e++
	}
	if e-i < 3 || e-i >= 16 {
		return ""
	}
	return strings.ReplaceAll(string(rs[i:e]), "了", "")
}

// scopeWords name the whole range of a verb (覆盖全市, 连接全省).
var scopeWords = []string{"全市", "全省", "全区", "全县", "全国", "全球"}

// modifiedNoun returns the noun a size or amount figure qualifies when the
// words before end in 的 (具有自主知识产权的65纳米级系统芯片 → 系统芯片):
// those words describe the noun, and the noun is what is measured. Counts
// and percentages are left to their own rules; "" when no noun follows.
func modifiedNoun(rs []rune, m valueMention, trimmed string) string {
	if !strings.HasSuffix(trimmed, "的") || countUnit(m.Unit) || m.Unit == "%" || m.End >= len(rs) {
		return ""
	}
	i := m.End
	if rs[i] == '级' || rs[i] == '的' {
		i++ // 65纳米级芯片: 级 joins the size to the noun
	}
	for _, w := range []string{"以上", "以下", "左右", "之间"} {
		if hasStringAt(rs, i, w) {
			return ""
		}
	}
	n := nounAfter(rs, i)
	if len([]rune(n)) < 2 || isWeakVerb(n) {
		return ""
	}
	if areaUnit(m.Unit) && !strings.HasSuffix(n, "面积") {
		n += "面积" // 600平方公里城市化区域: the area of the region
	}
	return n
}

// areaUnit says a unit measures area.
func areaUnit(u string) bool {
	for _, a := range []string{"平方米", "平方公里", "平方千米", "亩", "公顷"} {
		if strings.HasSuffix(u, a) {
			return true
		}
	}
	return false
}

// areaVerbs open a clause of work done over an area (完成X…万平方米Y建设).
var areaVerbs = []string{"完成", "建成", "新建", "改建", "扩建", "实现"}

// areaObject names an area figure that stands inside the object of a verb
// of work (完成机场二期70万平方米室内通信系统建设): the words after the verb
// and the noun phrase after the figure, with 面积. It returns "" unless the
// unit measures area, the name opens with such a verb and a noun follows.
func areaObject(rs []rune, m valueMention, name string) string {
	if !areaUnit(m.Unit) || m.End >= len(rs) || rs[m.End] == '的' {
		return ""
	}
	obj := ""
	for _, v := range areaVerbs {
		if strings.HasPrefix(name, v) {
			obj = strings.TrimPrefix(name, v)
			break
		}
	}
	if obj == "" {
		return ""
	}
	for _, w := range []string{"以上", "以下", "左右", "之间"} {
		if hasStringAt(rs, m.End, w) {
			return ""
		}
	}
	n := nounAfter(rs, m.End)
	if len([]rune(n)) < 2 || isWeakVerb(n) {
		return ""
	}
	return obj + n + "面积"
}

// classCount names a count of classes that runs straight into the count of
// their members (4大类29项统计指标 → 统计指标大类数); "" otherwise.
func classCount(rs []rune, ms []valueMention, k int, ws []bool) string {
	m := ms[k]
	if k+1 >= len(ms) || ms[k+1].Start != m.End || !strings.HasSuffix(m.Unit, "类") || !countUnit(ms[k+1].Unit) {
		return ""
	}
	noun, _, _ := countedNoun(rs, ms[k+1], ws)
	if len([]rune(noun)) < 2 {
		return ""
	}
	return noun + strings.TrimLeft(m.Unit, "0123456789万千百") + "数"
}

// shareWhole ends the name of a share with the word the text uses for it
// (占消费总支出比例 stays 比例); a bare whole (占全国) takes 比重.
func shareWhole(of string) string {
	for _, w := range []string{"比例", "比重", "份额", "占比"} {
		if strings.HasSuffix(of, w) {
			return strings.TrimSuffix(strings.TrimSuffix(of, w), "的") + w
		}
	}
	return of + "比重"
}

// tallyWord says the words between two figures only total the first (共计,
// 合计, 共): the second counts the same things.
func tallyWord(s string) bool {
	switch s {
	case "共计", "合计", "共", "总计", "累计":
		return true
	}
	return false
}

// percentOfNoun names a percentage that opens a noun phrase with 的 and a
// predicate after it (100%的街道建成了局域网 → 建成局域网的街道比例); "" when
// no predicate verb follows the noun.
func percentOfNoun(rs []rune, m valueMention, ws []bool) string {
	i := m.End
	if i >= len(rs) || rs[i] != '的' {
		return ""
	}
	i++
	j := i
	for j < len(rs) && j-i < 20 && !isBreak(rs[j]) && !isASCIIDigit(rs[j]) {
		if j > i+1 && j < len(ws) && ws[j] && (startsVerb(rs, j) || startsWeakVerb(rs, j)) {
			break
		}
		j++
	}
	// 受理中心建设了局域网: a verb with 了 is the predicate; a verb met
	// before it is part of the noun (社区事务受理中心)
	for p := j; p < len(rs) && p-i < 24 && !isBreak(rs[p]); p++ {
		if rs[p] == '了' && p-2 > j && ws[p-2] {
			j = p - 2
			break
		}
	}
	if j-i < 2 || j >= len(rs) || isBreak(rs[j]) || isASCIIDigit(rs[j]) || j-i >= 20 {
		return ""
	}
	e := j
	for e < len(rs) && e-j < 16 && !isBreak(rs[e]) {
		if isASCIIDigit(rs[e]) {
			return ""
		}
		e++
	}
	if e-j < 3 || e-j >= 16 {
		return ""
	}
	pred := strings.ReplaceAll(string(rs[j:e]), "了", "")
	return pred + "的" + cleanName(string(rs[i:j])) + "比例"
}

// startsWeakVerb says a verb of two or more characters from weakVerbs
// starts at j (建设, 完成).
func startsWeakVerb(rs []rune, j int) bool {
	for _, v := range weakVerbs {
		if len(v) >= 6 && hasStringAt(rs, j, v) { // two Han characters or more
			return true
		}
	}
	return false
}

// recipientRe is a recipient before a verb of giving at the start of a name
// (向用户发送, 为企业提供): group 1 starts at the verb.
var recipientRe = regexp.MustCompile(`^(?:向|给|为)[^,的向给为]{1,4}?((?:发送|提供|发放|推送|开放|赠送)\S*)$`)

// stubConjunct is the noun rs[i:j] without a conjunction that only opens
// the next item of a list (医疗卫生机构和市、区县两级部门: 和市 starts the
// next item, not part of the noun); a full second noun (财务和信息化人员)
// stays.
func stubConjunct(rs []rune, i, j int) string {
	for k := j - 2; k > i; k-- {
		if strings.ContainsRune("和及与", rs[k]) {
			if j-k-1 <= 2 && j < len(rs) && rs[j] == '、' {
				return string(rs[i:k])
			}
			break
		}
	}
	return string(rs[i:j])
}

// anaphorHead returns the entity head a name opens with when the head
// stands alone for a system or centre named before (中心举办培训 → 中心),
// or "".
func anaphorHead(name string) string {
	for _, h := range []string{"中心", "平台", "系统", "热线", "网站", "基地"} {
		if strings.HasPrefix(name, h) && len(name) > len(h) {
			// the head must stand alone: a verb or adverb follows it
			// (中心举办, 平台已收录), not a noun (系统单位, 中心城区)
			words := segmentSentence(name)
			if len(words) < 2 || words[0] != h {
				return ""
			}
			if pos := wordPOS(words[1]); strings.HasPrefix(pos, "n") || pos == "f" || pos == "" {
				return ""
			}
			return h
		}
	}
	return ""
}
