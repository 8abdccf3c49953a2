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
var tailWords = []string{"达到了", "达到", "达", "为", "约为", "约", "近", "逾", "超过", "超", "突破", "不低于", "不少于", "不超过", "不高于", "力争", "争取", "将", "要", "已", "已经", "累计", "共计", "共有", "总计", "合计", "共", "实现", "完成", "增加到", "增至", "提高到", "提高至", "提升到", "提升至", "上升到", "上升为", "上升至", "扩大到", "扩大至", "保持", "保持在", "控制在", "稳定在", "到", "至", "是", "有", "以上", "分别", "每年", "年均", "平均"}

// Verbs that alone do not name a quantity (完成2个X的升级改造): the noun after
// the figure does.
var weakVerbs = []string{"完成", "建成", "新建", "建设", "培育", "扶持", "认定", "登记", "发放", "引进", "推进建设", "开展", "拥有", "形成", "设立", "建立", "覆盖", "吸引", "带动", "支持", "组织", "举办", "接待", "审批", "受理", "处理", "提供", "开通", "在", "对", "向", "与", "为"}

var growthRe = regexp.MustCompile(`^(?:比上年(?:末|同期)?|较上年(?:末|同期)?|同比|环比|年均|平均|比\S{1,6}年)?(?:分别)?(?:增长|增幅|增速|提高|上升|下降|减少|降低)(?:了)?(?:幅度)?(?:达到|达|为|约)?$`)
var incrementRe = regexp.MustCompile(`^(?:比上年(?:末|同期)?|较上年(?:末|同期)?|同比|年内)?(?:分别)?(?:增加|新增|净增|增)(?:了)?$`)
var shareRe = regexp.MustCompile(`^(?:约|共)?占(.{1,20}?)(?:的)?(?:比重|比例|份额)?(?:达到|达|为|约|近|超过)?(?:的)?$`)

// isBreak says a rune ends the phrase that can name a quantity.
func isBreak(r rune) bool {
	return strings.ContainsRune(",;:。、!?()[]《》", r) || unicode.IsSpace(r)
}

// cleanIndicatorName strips time phrases, clause openers and the verbs that
// introduce the figure from the words before a number.
func cleanIndicatorName(s string) string {
	s = strings.TrimSpace(s)
	for changed := true; changed && s != ""; {
		changed = false
		if loc := leadTimeRe.FindStringIndex(s); loc != nil && loc[1] > 0 {
			s, changed = s[loc[1]:], true
		}
		for _, w := range leadWords {
			if strings.HasPrefix(s, w) && len(s) > len(w) {
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
		if t := strings.TrimRight(s, ",的 "); t != s {
			s, changed = t, true
		}
	}
	return cleanName(s)
}

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
