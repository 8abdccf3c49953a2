package loaders

import (
	"strings"
	"unicode"
)

// listCount matches the count a shared head may carry (三个, 4个, 两大).
const listDigits = "一二三四五六七八九十两0123456789"

// sharedHeadItems reads a list whose items share one head word: 征地管理、
// 拆迁管理等子系统 names 征地管理子系统 and 拆迁管理子系统; 空间地理信息、
// 智能交通两个城市管理平台 names 空间地理信息平台 and 智能交通平台, parts of
// the umbrella 城市管理平台 (umbrella, when the head phrase is one).
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
	if umbrella != "" && !counted && !etc {
		return nil
	}
	// the clause before the head
	cb := k
	for cb > 0 && !strings.ContainsRune(",;:。!?()“”《》\n", s[cb-1]) {
		cb--
	}
	text := s[cb:k]
	pieces := strings.Split(string(text), "、")
	if len(pieces) < 2 && !counted && !etc {
		return nil
	}
	// the last piece may join the last two items: A、B和C
	last := []rune(pieces[len(pieces)-1])
	for i := len(last) - 2; i >= 2; i-- {
		if strings.ContainsRune(conjunctions, last[i]) {
			pieces = append(pieces[:len(pieces)-1], string(last[:i]), string(last[i+1:]))
			break
		}
	}
	if len(pieces) < 2 {
		return nil
	}
	// the first item starts after the verb or preposition that introduces
	// the list
	first := []rune(pieces[0])
	from := 0
	for p := len(first); p > 0; p-- {
		if !isNameRune(first[p-1]) {
			from = p
			break
		}
		if stopEndsAt(first, p) != "" {
			from = p
			break
		}
	}
	pieces[0] = string(first[from:])
	var out []projectMention
	pos := cb + from
	for _, piece := range pieces {
		rs := []rune(piece)
		start := pos
		pos += len(rs) + 1
		// an item of a list of sites (杨浦新江湾城、临港新城等基地) or of
		// counts is not a name
		if len(rs) < 4 || len(rs) > 12 || strings.ContainsAny(piece, "的等") {
			return nil
		}
		for _, r := range rs {
			if !isNameRune(r) || r < 128 && unicode.IsDigit(r) {
				return nil
			}
		}
		if regions != nil && len(regions.find(rs)) > 0 {
			return nil
		}
		if endsWithHead(rs) {
			// an item with a head of its own is a mention of its own
			continue
		}
		name := piece + h.word
		if !plausibleProject(name, h) {
			continue
		}
		out = append(out, projectMention{Start: start, End: start + len(rs), Name: name, Stop: "、", Parent: umbrella, Clause: clauseBefore(s, start)})
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
