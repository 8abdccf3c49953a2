package loaders

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the rules that move the left edge of a project name
// past a word that usually ends it, and that cut words out of a name, where
// the structure of the phrase shows the word belongs to the name.

// transitionWords, between 向/到 and the head, make the name a move from
// one thing to another (银行卡从磁条卡向IC卡迁移工程, 从IPv4向IPv6过渡试点):
// the 从X向Y span is part of the name, not the clause around it.
var transitionWords = []string{"迁移", "转换", "过渡", "升级", "演进", "转型", "切换", "迁徙"}

// fromSpanStart returns where the name goes on past a 向/到/至 stop ending
// at rune offset p of s (the name's head starts at headStart): at the 从 or
// 由 that opens the span, when the part after the stop names a transition.
// It returns -1 when the stop ends the name.
func fromSpanStart(s []rune, p, headStart int) int {
	if p < 1 || p > headStart || !strings.ContainsRune("向到至", s[p-1]) {
		return -1
	}
	found := false
	for i := p; i < headStart && !found; i++ {
		for _, w := range transitionWords {
			if hasStringAt(s, i, w) {
				found = true
				break
			}
		}
	}
	if !found {
		return -1
	}
	// the source of the move is short and made of name runes
	for q := p - 2; q >= 0 && p-1-q <= 10; q-- {
		r := s[q]
		if r == '从' || r == '由' {
			if q == p-2 {
				return -1 // 从向: nothing moved from
			}
			return q
		}
		if !isNameRune(r) && r != '(' && r != ')' {
			return -1
		}
	}
	return -1
}

// settingWords, right before 的, say under which setting a thing works
// (无线网络环境下的认证系统, 分布式条件下的调度平台): the setting restricts
// which thing is meant, so it belongs to the name, unlike a describing
// clause (覆盖全市的, 统一的).
var settingWords = []string{"环境下", "条件下", "模式下", "架构下", "体制下", "框架下"}

// settingBefore reports whether the 的 ending at rune offset p of s follows
// a setting phrase and is followed by more than the bare head starting at
// headStart (异构环境下的系统与…研究 names no system).
func settingBefore(s []rune, p, headStart int) bool {
	if p < 4 || headStart-p < 2 || s[p-1] != '的' {
		return false
	}
	for _, w := range settingWords {
		n := utf8.RuneCountInString(w)
		if p-1 >= n && hasStringAt(s, p-1-n, w) {
			return true
		}
	}
	return false
}

// compoundModifiers, right before a verb that compounds with the words
// after it, make the verb part of a technical term (安全接入防护系统,
// 宽带接入服务平台, 移动支付平台): the verb does not introduce the name.
var compoundModifiers = []string{"安全", "宽带", "无线", "移动", "统一", "光纤", "应急", "远程"}

// compoundLast are the last runes of the compoundStops.
const compoundLast = "持行发广障究入供管用造级"

// compoundVerbAt returns the length in runes of a compound verb ending at
// rune offset p of s that a modifier right before it makes part of a term,
// or 0.
func compoundVerbAt(s []rune, p int) int {
	// the scanner asks at every step left: first the last rune of a
	// compound verb, then the stop itself
	if p < 3 || !strings.ContainsRune(compoundLast, s[p-1]) {
		return 0
	}
	w := stopEndsAt(s, p)
	if !compoundStops[w] {
		return 0
	}
	n := utf8.RuneCountInString(w)
	for _, m := range compoundModifiers {
		k := utf8.RuneCountInString(m)
		if p-n-k >= 0 && hasStringAt(s, p-n-k, m) {
			return n
		}
	}
	return 0
}

// measureUnits are the units of a measured size or length; a quantity in
// them inside a name (二期70余万平方米室内覆盖系统) says how big the thing
// is, not which thing it is.
var measureUnits = []string{"平方公里", "平方米", "公里", "千米", "米", "吨"}

// cutMeasure removes a measured quantity from a name: a number (digits or
// numerals, with 余/多 and 万/千/亿) followed by a unit of measurement. It
// returns the name and the number of runes removed before the cut point
// when the quantity opened the name (so the caller can move the start).
func cutMeasure(name string) (string, int) {
	rs := []rune(name)
	for i := 0; i < len(rs); i++ {
		// a quantity starts with a digit (万 alone is no quantity) that
		// no letter runs into (a model number: A380)
		if !unicode.IsDigit(rs[i]) {
			continue
		}
		if i > 0 && rs[i-1] < 128 && (unicode.IsLetter(rs[i-1]) || rs[i-1] == '-') {
			for i+1 < len(rs) && (unicode.IsDigit(rs[i+1]) || rs[i+1] == '.') {
				i++
			}
			continue
		}
		j := i
		for j < len(rs) && (isQuantityRune(rs[j]) || rs[j] == '.') {
			j++
		}
		for _, u := range measureUnits {
			if hasStringAt(rs, j, u) {
				e := j + utf8.RuneCountInString(u)
				out := string(rs[:i]) + string(rs[e:])
				if utf8.RuneCountInString(out) < 4 {
					return name, 0
				}
				if i == 0 {
					return out, e
				}
				return out, 0
			}
		}
		i = j
	}
	return name, 0
}

// isQuantityRune reports whether r can be part of a quantity: digits and
// the numerals, multipliers and approximations of a count.
func isQuantityRune(r rune) bool {
	return unicode.IsDigit(r) || strings.ContainsRune("万千亿百余多", r)
}

// userCountEnd returns the byte length of a count of users or households
// that opens a name (300万有线电视用户NGB网络, 50万户数字电视): the count
// says how many are served, the name starts after it. It returns 0 when
// there is none.
func userCountEnd(name string) int {
	rs := []rune(name)
	i := 0
	for i < len(rs) && (isQuantityRune(rs[i]) || rs[i] == '.') {
		i++
	}
	if i == 0 || !unicode.IsDigit(rs[0]) {
		return 0
	}
	for j := i; j < len(rs) && j <= i+8; j++ {
		if hasStringAt(rs, j, "用户") {
			return len(string(rs[:j+2]))
		}
		if !isHan(rs[j]) && !unicode.IsLetter(rs[j]) {
			return 0
		}
	}
	if i < len(rs) && rs[i] == '户' {
		return len(string(rs[:i+1]))
	}
	return 0
}

// centreBuilt reports whether a centre name ending at rune offset end of s
// is followed by 建设 as the thing done (加强X中心建设, X中心建设取得进展):
// the project is the building of the centre, which may itself be an
// agency, so its name keeps the word.
func centreBuilt(s []rune, end int) bool {
	if end+2 > len(s) || !hasStringAt(s, end, "建设") {
		return false
	}
	// 中心建设了局域网, 中心建设的系统: the centre builds something
	return end+2 == len(s) || !strings.ContainsRune("了的成好", s[end+2])
}

// facilityCentres, right before 中心, make it a built facility whatever
// verb introduces it (提升灾备中心服务能力, 依托数据中心): such centres store,
// back up or compute, they do not act.
var facilityCentres = []string{"灾备", "容灾", "备份", "数据", "云计算", "超算"}

// facilityCentre reports whether a name is a facility centre.
func facilityCentre(name string) bool {
	rest, ok := strings.CutSuffix(name, "中心")
	return ok && utf8.RuneCountInString(rest) >= 4 && hasAnySuffix(rest, facilityCentres)
}
