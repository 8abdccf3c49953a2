package loaders

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// listDigits are the digits of the count a shared head may carry (三个, 4个,
// 两大).
const listDigits = "一二三四五六七八九十两0123456789"

// sharedStates, between 等 and a shared head, say how far the things are
// built (等已建海光缆): they are said of the items, not part of their names.
var sharedStates = []string{"已建", "在建", "新建", "拟建", "现有"}

// sharedHeadWords, between 等 and a head, make a compound head the items
// share (社区事务受理、社会救助等信息系统 names 社区事务受理信息系统).
var sharedHeadWords = []string{"信息", "管理", "服务", "应用", "业务", "数据", "综合", "公共", "交换", "共享", "支撑", "监管", "基础"}

// sharedModifier returns where the 等 that closes a list ends, before the
// compound head or state word that comes between it and the head at
// headStart, and the words of the compound head (信息 of 等信息系统); -1
// when no such 等 stands within four runes.
func sharedModifier(s []rune, headStart int) (int, string) {
	for m := headStart - 1; m >= 1 && headStart-m <= 4; m-- {
		if s[m-1] != '等' {
			continue
		}
		mod := string(s[m:headStart])
		for _, w := range sharedStates {
			mod = strings.TrimPrefix(mod, w)
		}
		rest := mod
		for changed := true; changed && rest != ""; {
			changed = false
			for _, w := range sharedHeadWords {
				if strings.HasPrefix(rest, w) {
					rest, changed = rest[len(w):], true
				}
			}
		}
		if rest != "" {
			return -1, ""
		}
		return m, mod
	}
	return -1, ""
}

// sharedHeadItems reads a list whose items share one head word: 征地管理、
// 拆迁管理等子系统 names 征地管理子系统 and 拆迁管理子系统; 空间地理信息、
// 智能交通两个城市管理平台 names 空间地理信息平台 and 智能交通平台, parts of
// the umbrella 城市管理平台 (umbrella, when the head phrase is one). The
// head may be compound (等信息系统) or follow a state (等已建海光缆); short
// items may share the tail of the last one (人口、法人基础数据库).
// headStart is where the head phrase (or umbrella name) starts in s.
func sharedHeadItems(s []rune, headStart int, h projectHead, umbrella string, regions *matcher) []projectMention {
	// one-character heads (网, 卡) and 中心 are too common as plain words
	// to be shared by a list
	if len([]rune(h.word)) < 2 || h.word == "中心" {
		return nil
	}
	// a list that goes on after the head (应用支撑平台等子系统) shares
	// the later head, not this one
	if e := headStart + len([]rune(h.word)); umbrella == "" && e < len(s) && strings.ContainsRune("等、", s[e]) {
		return nil
	}
	k := headStart
	shared := h.word
	if umbrella == "" {
		if m, mod := sharedModifier(s, headStart); m >= 0 {
			k, shared = m, mod+h.word
		}
	}
	counted := false
	// 等三个 / 三个 / 等
	for k > 0 && (s[k-1] == '个' || s[k-1] == '大' || s[k-1] == '项') && k >= 2 && strings.ContainsRune(listDigits, s[k-2]) {
		k--
		for k > 0 && strings.ContainsRune(listDigits, s[k-1]) {
			k--
		}
		counted = true
	}
	etc := false
	if k > 0 && s[k-1] == '等' {
		k--
		etc = true
	}
	cb := listClauseStart(s, k)
	// a 的-phrase before the list (覆盖省、市两级的X、Y等系统) says where
	// it is used: the list starts after its last 的
	cut := false
	for i := k - 1; i >= cb; i-- {
		if s[i] == '的' {
			cb, cut = i+1, true
			break
		}
	}
	pieces := splitPieces(s, cb, k)
	for i, pc := range pieces {
		// 各委办局、各社区服务平台: a list of sets names no one thing
		if p := string(s[pc[0]:pc[1]]); hasAnyPrefix(p, setOpeners) || i == 0 && containsAny(p, setOpeners) {
			return nil
		}
	}
	if !counted && !etc {
		if items := tailItems(s, slices.Clone(pieces), cut, h, cmp.Or(umbrella, shared), regions); items != nil || umbrella != "" {
			return items
		}
	}
	if len(pieces) < 2 && !counted && !etc {
		return nil
	}
	// the last piece may join the last two items: A、B和C
	last := pieces[len(pieces)-1]
	for i := last[1] - 2; i >= last[0]+2; i-- {
		if strings.ContainsRune(conjunctions, s[i]) {
			pieces = append(pieces[:len(pieces)-1], [2]int{last[0], i}, [2]int{i + 1, last[1]})
			break
		}
	}
	if len(pieces) < 2 {
		return nil
	}
	if !cut {
		pieces[0][0] = listItemStart(s, pieces[0][0], pieces[0][1])
	}
	// items named in full are longer when a 等 or a count closes the list
	maxItem := 12
	if etc || counted {
		maxItem = 20
	}
	var out []projectMention
	for _, pc := range pieces {
		rs, abbrev, ok := pieceName(s[pc[0]:pc[1]])
		// an item of a list of sites (杨浦新江湾城、临港新城等基地) or of
		// counts is not a name
		if !ok || len(rs) < 4 || len(rs) > maxItem || strings.ContainsAny(string(rs), "的等") {
			return nil
		}
		for _, r := range rs {
			if r < 128 && unicode.IsDigit(r) {
				return nil
			}
		}
		if regions != nil && len(regions.find(rs)) > 0 {
			return nil
		}
		if endsWithHead(rs) {
			// an item with a head of its own is a mention of its own,
			// unless the head ends a compound the item names
			// (企业投资建设工程、电子监察等系统)
			if _, own := mentionEndingAt(rs, len(rs), headOf(string(rs))); own {
				continue
			}
		}
		name := string(rs) + shared
		if !plausibleProject(name, h) {
			continue
		}
		out = append(out, projectMention{Start: pc[0], End: pc[1], Name: name, Abbrev: abbrev, Stop: "、", Parent: umbrella, Clause: clauseBefore(s, pc[0])})
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// listItemStart returns where the first item of a list in s[st:e] starts:
// after the verb or preposition that introduces the list, passing over
// the ASCII notes of the item.
func listItemStart(s []rune, st, e int) int {
	for p := e; p > st; p-- {
		if s[p-1] == ')' {
			for p > st+1 && s[p-1] != '(' {
				p--
			}
			continue
		}
		if !isNameRune(s[p-1]) || stopEndsAt(s, p) != "" {
			return p
		}
	}
	return st
}

// listClauseStart returns where the clause that ends at k starts, passing
// over the ASCII notes of its items (跨太平洋直达(TPE)、…).
func listClauseStart(s []rune, k int) int {
	cb := k
	for cb > 0 && !strings.ContainsRune(",;:。!?(“”《》\n", s[cb-1]) {
		if s[cb-1] == ')' {
			open := cb - 2
			for open >= 0 && cb-open <= 14 && s[open] != '(' {
				open--
			}
			if open < 0 || s[open] != '(' || !isASCIIName(string(s[open+1:cb-1])) {
				break
			}
			cb = open
			continue
		}
		cb--
	}
	return cb
}

// splitPieces splits s[from:to] at its 、 outside brackets.
func splitPieces(s []rune, from, to int) [][2]int {
	var out [][2]int
	depth, st := 0, from
	for k := from; k < to; k++ {
		switch s[k] {
		case '(':
			depth++
		case ')':
			depth = max(0, depth-1)
		case '、':
			if depth == 0 {
				out = append(out, [2]int{st, k})
				st = k + 1
			}
		}
	}
	return append(out, [2]int{st, to})
}

// pieceName returns the name of a list item without its ASCII notes, and
// the note that ends it as its short form (亚太二号(APCN2)); not ok when a
// rune or note cannot be part of a name.
func pieceName(p []rune) ([]rune, string, bool) {
	var out []rune
	abbrev := ""
	for i := 0; i < len(p); i++ {
		if p[i] == '(' {
			j := slices.Index(p[i:], ')')
			if j < 0 || !isASCIIName(string(p[i+1:i+j])) {
				return nil, "", false
			}
			if i+j == len(p)-1 {
				abbrev = string(p[i+1 : i+j])
			}
			i += j
			continue
		}
		if !isNameRune(p[i]) {
			return nil, "", false
		}
		out = append(out, p[i])
	}
	return out, abbrev, true
}

// tailItems reads short items that share the tail of the last one before a
// head (人口、法人基础数据库 names 人口基础数据库 and 法人基础数据库): the
// leading items are of one length, two or three runes, and the last piece
// starts with an item of that length too. Lists of regions (上海、江苏信息
// 平台) and of levels (市、区两级平台) are not this.
func tailItems(s []rune, pieces [][2]int, cut bool, h projectHead, head string, regions *matcher) []projectMention {
	if len(pieces) < 2 {
		return nil
	}
	if !cut {
		pieces[0][0] = listItemStart(s, pieces[0][0], pieces[0][1])
	}
	n := pieces[0][1] - pieces[0][0]
	if n < 2 || n > 3 {
		return nil
	}
	last := pieces[len(pieces)-1]
	if last[1]-last[0]-n < 2 {
		return nil
	}
	tail := string(s[last[0]+n:last[1]]) + head
	if strings.HasPrefix(tail, "两级") || strings.HasPrefix(tail, "三级") || strings.HasPrefix(tail, "级") {
		return nil
	}
	// the tail is one name: no 等, no word that ends a name (云计算、物联网
	// 等新兴技术在园区…), no count (有计划、有步骤地扶持10个…平台)
	for p := last[0] + n; p < last[1]; p++ {
		if !isHan(s[p]) || s[p] == '等' || strings.ContainsRune(singleStops, s[p]) && stopEndsAt(s, p+1) != "" {
			return nil
		}
	}
	var out []projectMention
	for i, pc := range pieces {
		e := pc[1]
		if i == len(pieces)-1 {
			e = pc[0] + n
		}
		rs := s[pc[0]:e]
		if e-pc[0] != n || regions != nil && len(regions.find(rs)) > 0 {
			return nil
		}
		for _, r := range rs {
			if !isHan(r) {
				return nil
			}
		}
		// items that are verbs (扩容、优化城域网络), manners (数字化、
		// 自动化生产系统, 有计划、有步骤地) are not names
		if stopEndsAt(s, e) != "" || strings.ContainsRune("化地", rs[n-1]) || rs[0] == '有' {
			return nil
		}
		name := string(rs) + tail
		if !plausibleProject(name, h) {
			return nil
		}
		out = append(out, projectMention{Start: pc[0], End: pc[1], Name: name, Stop: "、", Clause: clauseBefore(s, pc[0])})
	}
	return out
}

// countedUmbrellaItems reads a list closed by a count and a name of the
// whole (空间地理信息、应急联动指挥和智能交通三个城市智能化管理平台): the
// whole, which the head scanner rejects for its count, and its items,
// parts of it. end is where the head h of the whole ends.
func countedUmbrellaItems(s []rune, end int, h projectHead, regions *matcher) []projectMention {
	start := end - utf8.RuneCountInString(h.word)
	for start > 0 && end-start < maxProjectName && isHan(s[start-1]) && s[start-1] != '个' {
		start--
	}
	if start < 2 || s[start-1] != '个' || !strings.ContainsRune(listDigits, s[start-2]) || end-start <= utf8.RuneCountInString(h.word) {
		return nil
	}
	whole := string(s[start:end])
	// the list says which ones: the whole may be named by kind words alone
	if !plausibleWith(whole, h, 0) {
		return nil
	}
	items := sharedHeadItems(s, start, h, whole, regions)
	if len(items) == 0 {
		return nil
	}
	return append(items, projectMention{Start: start, End: end, Name: whole, Stop: "个", Clause: clauseBefore(s, start)})
}
