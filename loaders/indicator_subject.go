package loaders

import (
	"strings"
	"unicode"
)

// entityHeads end the names of the things a bulletin reports figures for:
// systems, platforms, hotlines, bases, programmes, funds. A clause that
// builds or opens one (开通X系统, 构建X平台) or opens with one
// (X热线咨询服务网点达17家) makes it the owner of the bare figures after it
// (受理咨询11.6万人次, 接通率 …).
var entityHeads = []string{"信息系统", "系统", "平台", "热线", "信箱", "网站", "中心", "基地", "工程", "产业园", "园区", "专项资金", "基金", "试点"}

// entityVerbs open a clause whose object is the thing reported on.
var entityVerbs = []string{"实现", "构建", "开通", "建设", "建成", "建立", "开发", "启动", "完成", "推进", "实施", "加大", "依托", "通过", "利用", "完善", "优化", "升级", "运行", "上线"}

// clauseEntity returns the system-like noun phrase that opens the clause
// c (after time phrases, openers and one opening verb), or "". The phrase
// runs from the clause start to the last entity head before the first
// figure, so 市级信息交换平台与6个部门… gives 市级信息交换平台.
func clauseEntity(c string) string {
	// most clauses name no system: skip them before any real work
	found := false
	for _, h := range entityHeads {
		if strings.Contains(c, h) {
			found = true
			break
		}
	}
	if !found {
		return ""
	}
	c = cleanLead(c)
	for _, v := range entityVerbs {
		if strings.HasPrefix(c, v) {
			c = strings.TrimPrefix(c, v)
			break
		}
	}
	c = strings.TrimPrefix(c, "了")
	rs := []rune(c)
	end := len(rs)
	best := -1
	for i := 0; i < end; i++ {
		for _, h := range entityHeads {
			if hasStringAt(rs, i, h) && i+len([]rune(h)) <= end {
				e := i + len([]rune(h))
				// the head must end a word: 中心城区 and 系统化 are not heads
				if e < len(rs) && strings.ContainsRune("城区化性内外", rs[e]) {
					continue
				}
				if e > best {
					best = e
				}
			}
		}
	}
	if best < 0 || taskHead(rs, best) {
		return ""
	}
	np := cleanName(strings.Trim(string(rs[:best]), "“”\" "))
	if strings.ContainsAny(np, "的,;、和与及在对等") || len([]rune(np)) < 4 || len([]rune(np)) > 24 || hasCount(np) {
		return ""
	}
	// a clause that goes on with an action (完成X系统, 开展X试点) is not a name
	for _, v := range actionVerbs {
		if strings.Contains(np, v) {
			return ""
		}
	}
	// 完成连接市交通信息中心…的环网: what a verb reaches (连接X中心) is its
	// object, not the system that owns the figures
	if verbPhrase(np) {
		return ""
	}
	return np
}

// actionVerbs inside a phrase make it an action, not a name.
var actionVerbs = []string{"完成", "开展", "实施", "推进", "启动", "建成", "建立", "实现", "举办", "组织", "开通", "形成", "提供"}

// hasCount says s holds a counted figure (95个信息系统): a short number
// followed by a Han word. Hotline numbers (962200热线) are five digits or more.
func hasCount(s string) bool {
	rs := []rune(s)
	n := 0
	for i, r := range rs {
		if isASCIIDigit(r) {
			n++
			continue
		}
		if n > 0 && n < 5 && unicode.Is(unicode.Han, r) && i > 0 {
			return true
		}
		n = 0
	}
	return false
}

// entityName says a heading names a system or programme (居住证信息系统).
func entityName(s string) bool {
	for _, h := range entityHeads {
		if strings.HasSuffix(s, h) && len([]rune(s)) > len([]rune(h)) {
			return true
		}
	}
	return false
}

// sentenceEntity returns the last clause entity of the sentence before
// position at, or "".
func sentenceEntity(rs []rune, at int) string {
	at = min(at, len(rs))
	// the clauses are read from the last one back: the first name found wins
	end := at
	for i := at - 1; i >= -1; i-- {
		if i < 0 || strings.ContainsRune(",;:。!?", rs[i]) {
			if e := clauseEntity(string(rs[i+1 : end])); e != "" {
				return e
			}
			end = i
		}
	}
	return ""
}

// genericName says a figure's name alone does not say whose quantity it is:
// a verb phrase (提供咨询服务), a bare measure (接通率, 注册资金) or a short
// count (区县数).
func genericName(name string) bool {
	n := len([]rune(name))
	return n <= 4 || n <= 6 && measureWord(name) || verbPhrase(name) && n <= 6
}

// isPreposition says a name is only a preposition (在19个区县…): the
// counted noun alone names the quantity.
func isPreposition(s string) bool {
	switch s {
	case "在", "对", "向", "与", "为", "于", "从", "由", "经":
		return true
	}
	return false
}

// peopleVerbs say what a counted group of people did (2000人参加培训).
var peopleVerbs = []string{"参加", "参与", "获得", "接受", "通过", "报名", "注册", "观看", "访问", "使用"}

// peopleAction names a count of people by what they did: 61万人参加了
// “网上学礼仪”考核 → 参加网上学礼仪考核人数. It returns "" when the unit
// does not count people or no action follows.
func peopleAction(rs []rune, m valueMention) string {
	u := strings.TrimLeft(m.Unit, "万亿千百")
	if u != "人" && u != "人次" && u != "名" {
		return ""
	}
	i := m.End
	ok := false
	for _, v := range peopleVerbs {
		if hasStringAt(rs, i, v) {
			ok = true
			break
		}
	}
	if !ok {
		return ""
	}
	j := i
	for j < len(rs) && j-i < 20 && !strings.ContainsRune(",;:。!?", rs[j]) {
		j++
	}
	// 参加了各类培训: a quantifier says how much of the thing, not what
	act := cleanName(quantifierRe.ReplaceAllString(strings.NewReplacer("了", "", "“", "", "”", "", "\"", "").Replace(string(rs[i:j])), ""))
	if len([]rune(act)) < 3 || j-i >= 20 {
		return ""
	}
	if u == "人次" {
		return act + "人次"
	}
	return act + "人数"
}
