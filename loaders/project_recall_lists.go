package loaders

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Lists that say their items are projects without giving them a head:
//
//   - a 、-list closed by 等 and a phrase ending in 项目/工程 (推动了“校校通”、
//     “市民信箱”、社区信息苑等一批应用项目);
//   - a list after a build verb and a colon whose items open with a quoted
//     name and go on with what it does (重点建设:“金融云”,支撑…;“健康云”,…).

// listProjectEnds end the phrase after 等 that calls a list's items
// projects.
var listProjectEnds = []string{"项目", "工程"}

// etcProjectItems returns the items of 、-lists closed by 等…项目/工程. A
// list qualifies only with two quoted items at least: the quotes mark the
// names, so its unquoted items are names too, not fields of work.
func etcProjectItems(s []rune) []projectMention {
	out := quotedParts(s)
	for i := 0; i < len(s); i++ {
		if s[i] != '等' {
			continue
		}
		out = append(out, stateHeadItems(s, i+1)...)
		short := shortProjectPhrase(s, i+1)
		if !short && !etcCallsProjects(s, i+1) {
			continue
		}
		items := splitListItems(s, clauseFrom(s, i), i)
		quoted, named := 0, 0
		for _, it := range items {
			if it.quoted {
				quoted++
			}
			if body := s[it.start:it.end]; endsWithHead(body) {
				if _, ok := mentionEndingAt(body, len(body), headOf(string(body))); ok {
					named++
				}
			}
		}
		// the quotes mark the names; or a list of three items at least,
		// one of them a system by its head, that 等 calls 重大项目 right
		// away (X信息系统、应急联动、智能交通等重大项目): its bare items are
		// named works too
		if quoted < 2 && !(short && named >= 1 && len(items) >= 3) {
			continue
		}
		for _, it := range items {
			body := s[it.start:it.end]
			if len(body) < 2 || len(body) > 10 || endsWithHead(body) || startsWithCount(string(body)) {
				continue
			}
			if !it.quoted && (!nounLike(body) || hasAnySuffix(string(body), runInTopicEnds)) {
				continue
			}
			// without quotes, an item of generic words is a field of
			// work (网络安全、信息共享), not a named one
			if quoted < 2 && !plausibleWith(string(body), projectHead{}, 2) {
				continue
			}
			if it.quoted && !nounLike(body) {
				continue
			}
			out = append(out, projectMention{Start: it.start, End: it.end, Name: cleanName(string(body)), Stop: "、", Clause: clauseBefore(s, it.start)})
		}
	}
	return out
}

// etcCallsProjects reports whether the phrase after 等 at offset from, up
// to its clause's end and within 24 runes, ends in a project word.
func etcCallsProjects(s []rune, from int) bool {
	end := from
	for end < len(s) && end-from <= 24 && !strings.ContainsRune(",;:。!?", s[end]) {
		end++
	}
	if end-from > 24 {
		return false
	}
	phrase := string(s[from:end])
	return hasAnySuffix(phrase, listProjectEnds)
}

// shortProjectPhrase reports whether the phrase right after 等 at offset
// from calls the items projects outright (等项目, 等重大项目, 等重点工程);
// a kind before the word (等应用示范工程) makes them uses of a technology.
func shortProjectPhrase(s []rune, from int) bool {
	for _, m := range []string{"", "重大", "重点", "重要"} {
		k := from + utf8.RuneCountInString(m)
		if hasStringAt(s, from, m) && matchUnit(s, k, listProjectEnds) != "" {
			return true
		}
	}
	return false
}

// listItem is one item of a 、-list, its name without quotes and notes.
type listItem struct {
	start, end int
	quoted     bool
}

// splitListItems splits s[from:to] at its 、 outside brackets. The first
// item starts after the verb that introduces the list (推动了三个“一卡通”).
// Bracketed notes after an item (“一卡通”(社保卡、交通卡)) are not items.
func splitListItems(s []rune, from, to int) []listItem {
	var out []listItem
	for i, pc := range splitPieces(s, from, to) {
		st := pc[0]
		if i == 0 {
			st = firstItemStart(s, st, pc[1])
		}
		if it := trimListItem(s, st, pc[1]); it.end > it.start {
			out = append(out, it)
		}
	}
	return out
}

// firstItemStart returns where the first item of a list in s[st:e] starts:
// at its opening quote, or after the last stop word (推动了三个“一卡通”).
func firstItemStart(s []rune, st, e int) int {
	if k := slices.Index(s[st:e], '('); k >= 0 {
		e = st + k
	}
	for p := e - 1; p > st; p-- {
		if isOpenQuote(s[p]) {
			return p
		}
		if stopEndsAt(s, p) != "" {
			return p
		}
	}
	return st
}

// trimListItem cuts a bracketed note off an item and strips its quotes.
func trimListItem(s []rune, st, e int) listItem {
	if k := slices.Index(s[st:e], '('); k >= 0 {
		e = st + k
	}
	it := listItem{start: st, end: e}
	if it.end-it.start >= 2 && isOpenQuote(s[it.start]) && isCloseQuote(s[it.end-1]) {
		it.start++
		it.end--
		it.quoted = true
	}
	for k := it.start; k < it.end; k++ {
		if !isNameRune(s[k]) {
			return listItem{}
		}
	}
	return it
}

// colonListProjects adds the quoted items of lists that a build verb opens
// with a colon (重点建设:“金融云”,支撑…;“健康云”,基于…). The items run
// over several sentences, so the line is read, up to its full stop.
func (p *projectReader) colonListProjects() {
	d := p.d
	for _, l := range d.Lines {
		if l.End <= d.Body {
			continue
		}
		for i := l.Start + 2; i < l.End; i++ {
			if d.Text[i] != ':' || !launchVerbs[stopEndsAt(d.Text[l.Start:i], i-l.Start)] {
				continue
			}
			// the items: pieces up to the full stop, split at ';'
			for k := i + 1; k < l.End && d.Text[k] != '。'; {
				if isOpenQuote(d.Text[k]) {
					c := k + 1
					for c < l.End && c-k <= 11 && isNameRune(d.Text[c]) {
						c++
					}
					body := d.Text[k+1 : c]
					if c < l.End-1 && isCloseQuote(d.Text[c]) && strings.ContainsRune(",;", d.Text[c+1]) &&
						len(body) >= 2 && !endsWithHead(body) && nounLike(body) {
						name := string(body)
						if !p.taken[name] {
							n := p.add(name, nil, k+1, c)
							p.headed = append(p.headed, headedRef{name: name, id: n.ID})
						}
					}
				}
				// on to the next piece
				for k < l.End && d.Text[k] != ';' && d.Text[k] != '。' {
					k++
				}
				if k < l.End && d.Text[k] == ';' {
					k++
				}
			}
		}
	}
}

// builtListEnds end the phrase after 等 that calls the items of a list
// after a build verb built facilities (建设X局、Y中心等功能型基础设施).
var builtListEnds = []string{"设施", "项目", "工程"}

// builtCentreEnds end the items of such a list that the head scanner does
// not take on its own: a 中心 in a list is usually a body, and 局/站 are
// not heads at all.
var builtCentreEnds = []string{"中心", "出入口局", "交换局", "站"}

// builtListItems returns the items of a 、-list that a build verb opens
// and 等…设施/项目/工程 closes, and the 中心 a build verb's clause ends
// with after a modifier (推动建设亚太地区重要的海底光缆传输中心).
func builtListItems(s []rune) []projectMention {
	var out []projectMention
	for i := 0; i < len(s); i++ {
		if s[i] != '等' {
			continue
		}
		end := i + 1
		for end < len(s) && end-i <= 16 && !strings.ContainsRune(",;:。!?", s[end]) {
			end++
		}
		if !hasAnySuffix(string(s[i+1:end]), builtListEnds) {
			continue
		}
		b := i
		for b > 0 && !strings.ContainsRune(",;:。!?", s[b-1]) {
			b--
		}
		items := splitListItems(s, b, i)
		if len(items) < 2 || !buildVerbs[stopEndsAt(s, items[0].start)] {
			continue
		}
		// a centre named by generic words only (国际互联网交换中心) is
		// one of the list's facilities when others are named by specific
		// ones
		var generic []listItem
		named := 0
		for _, it := range items {
			found := builtCentre(s, it.start, it.end, "", 2)
			out = append(out, found...)
			named += len(found)
			if len(found) == 0 && it.end-it.start >= 6 {
				generic = append(generic, it)
			}
		}
		for _, it := range generic {
			if named > 0 {
				out = append(out, builtCentre(s, it.start, it.end, "", 0)...)
			}
		}
	}
	// X中心 closing a clause that a build verb opens
	for e := 2; e <= len(s); e++ {
		if !hasStringAt(s, e-2, "中心") || e < len(s) && !strings.ContainsRune(",;。、", s[e]) {
			continue
		}
		st := e - 2
		for st > 0 && isNameRune(s[st-1]) && stopEndsAt(s, st) == "" {
			st--
		}
		if st == 0 || s[st-1] != '的' {
			continue
		}
		b := st
		for b > 0 && !strings.ContainsRune(",;:。!?", s[b-1]) {
			b--
		}
		verb := -1
		for k := b + 2; k < st; k++ {
			if buildVerbs[stopEndsAt(s, k)] {
				verb = k
			}
		}
		if verb < 0 {
			continue
		}
		// 组建数字内容产业的专业孵化中心: the field before 的 is part of
		// the names (a place or an adjective, 亚太地区重要的, is not)
		prefix := ""
		if mod := string(s[verb : st-1]); hasAnySuffix(mod, fieldEnds) && st-1-verb <= 8 {
			prefix = mod
		}
		found := builtCentre(s, st, e, prefix, 2)
		// the further centres of its list (、技术研发中心和版权交易中心)
		for k := e; k < len(s) && strings.ContainsRune("、和及与", s[k]); {
			j := k + 1
			for j < len(s) && j-k <= 14 && isNameRune(s[j]) && !hasStringAt(s, j-2, "中心") {
				j++
			}
			if j-k > 14 || !hasStringAt(s, j-2, "中心") {
				break
			}
			found = append(found, builtCentre(s, k+1, j, prefix, 2)...)
			k = j
		}
		out = append(out, found...)
		if len(found) > 0 {
			e = max(e, found[len(found)-1].End)
		}
	}
	return out
}

// fieldEnds end the field a 的-phrase names before a list of centres.
var fieldEnds = []string{"产业", "行业"}

// builtCentre returns s[st:e], after the field prefix its list shares,
// as a project when it ends in a centre or station and says which one:
// minSpecific specific runes once its generic words are taken out.
func builtCentre(s []rune, st, e int, prefix string, minSpecific int) []projectMention {
	name := string(s[st:e])
	n := e - st
	// the item may repeat the field's first word (数字内容产品版权交易中心)
	if p := []rune(prefix); len(p) >= 2 && !hasStringAt(s, st, string(p[:2])) {
		name = prefix + name
	}
	// a 网站 is a website, not a station
	if n < 4 || n > 14 || !hasAnySuffix(name, builtCentreEnds) || strings.HasSuffix(name, "网站") {
		return nil
	}
	for _, w := range kindMarkers {
		if strings.Contains(name, w) {
			return nil
		}
	}
	if !plausibleWith(name, projectHead{word: "中心"}, minSpecific) {
		return nil
	}
	return []projectMention{{Start: st, End: e, Name: name, Stop: "建设", Clause: clauseBefore(s, st)}}
}

// stateHeadItems returns the items of a list closed by 等, a state and a
// head that goes on into the work done to them (跨洋直达(TPE)、东亚环线
// 等已建海光缆扩容建设): the head scanner takes 海光缆扩容 for a longer
// word, but the state says the items are built things of that head.
func stateHeadItems(s []rune, from int) []projectMention {
	j := from
	for _, w := range sharedStates {
		if hasStringAt(s, j, w) {
			j += utf8.RuneCountInString(w)
			break
		}
	}
	if j == from {
		return nil
	}
	for _, h := range projectHeads {
		n := utf8.RuneCountInString(h.word)
		if !hasStringAt(s, j, h.word) {
			continue
		}
		if _, ok := headAt(s, j+n); ok {
			// the head scanner reads this list
			return nil
		}
		return sharedHeadItems(s, j, h, "", nil)
	}
	return nil
}

// quotedParts returns a quoted name and the parts a bracket lists right
// after it (三个“一卡通”(社保卡、交通卡、银行卡)): each part ends in a
// project head, and the parts are PART_OF the quoted whole. A count
// before the quote that numbers the parts belongs to the whole's name.
func quotedParts(s []rune) []projectMention {
	var out []projectMention
	for i := 2; i < len(s); i++ {
		if s[i] != '(' || !isCloseQuote(s[i-1]) {
			continue
		}
		q := i - 2
		for q >= 0 && i-q <= 12 && isNameRune(s[q]) {
			q--
		}
		if q < 0 || !isOpenQuote(s[q]) || i-q-2 < 2 {
			continue
		}
		c := i + 1
		for c < len(s) && c-i <= 40 && s[c] != ')' {
			c++
		}
		if c >= len(s) || s[c] != ')' {
			continue
		}
		items := splitPieces(s, i+1, c)
		if len(items) < 2 {
			continue
		}
		whole := string(s[q+1 : i-1])
		parts := make([]projectMention, 0, len(items))
		for _, it := range items {
			body := s[it[0]:it[1]]
			if len(body) < 3 || len(body) > 10 || !endsWithHead(body) || slices.ContainsFunc(body, func(r rune) bool { return !isNameRune(r) }) {
				parts = nil
				break
			}
			parts = append(parts, projectMention{Start: it[0], End: it[1], Name: string(body), Stop: "(", Clause: clauseBefore(s, it[0])})
		}
		if parts == nil {
			continue
		}
		start := q + 1
		if n, ok := countEndingAt(s, q); ok && n == len(parts) {
			// 三个“一卡通”: the count is part of the name
			k := q - 1
			for k > 0 && strings.ContainsRune(listDigits, s[k-1]) {
				k--
			}
			whole = string(s[k:q]) + whole
			start = k
		}
		for p := range parts {
			parts[p].Parent = whole
		}
		out = append(out, projectMention{Start: start, End: i - 1, Name: whole, Stop: "“", Clause: clauseBefore(s, start)})
		out = append(out, parts...)
		i = c
	}
	return out
}

// countEndingAt reads the count N个 that ends right before offset at of s
// (三个, 3个), if any.
func countEndingAt(s []rune, at int) (int, bool) {
	if at < 2 || s[at-1] != '个' {
		return 0, false
	}
	k := at - 1
	for k > 0 && strings.ContainsRune(listDigits, s[k-1]) {
		k--
	}
	if k == at-1 {
		return 0, false
	}
	return ChineseInt(string(s[k : at-1]))
}
