package loaders

import "strings"

// Bulletins report the works a body took part in as lists of quoted
// names: “A”、“B”两个项目获…奖, 合作承担的“A”和“B”项目通过验收. The names
// are long research and product titles (…核心技术研究, …高性能计算机)
// that end in no project head and may hold 的 or 与, so neither the head
// scanner nor the short-quotation reader takes them. The quotation list
// says what they are: a count and 项目 after it, or a sibling in the same
// list that ends in a project head (“A系统”、“B演播厅”等的咨询工作).

// quoteSpan is one quotation of a list: body offsets, quotes excluded.
type quoteSpan struct{ start, end int }

// quotedListMax bounds a quoted title: research titles run long, a
// quoted sentence longer still.
const quotedListMax = 30

// quotedListJoins are the words that join two quotations of one list.
var quotedListJoins = []string{"、", "和", "与", "及", "以及", ",", ""}

// quotedListBody reports whether r may stand inside a quoted title: the
// name runes and the joining words a research title holds.
func quotedListBody(r rune) bool {
	return isNameRune(r) || strings.ContainsRune("的与和及·－()", r)
}

// quotationAt returns the quotation that opens at offset q of s, if its
// body is a plausible title.
func quotationAt(s []rune, q int) (quoteSpan, bool) {
	if q >= len(s) || !isOpenQuote(s[q]) {
		return quoteSpan{}, false
	}
	c := q + 1
	for c < len(s) && c-q <= quotedListMax && quotedListBody(s[c]) {
		c++
	}
	if c >= len(s) || !isCloseQuote(s[c]) || c-q-1 < 3 || c-q-1 > quotedListMax {
		return quoteSpan{}, false
	}
	return quoteSpan{start: q + 1, end: c}, true
}

// projectsAfterList reports whether the text at offset i, right after a
// list of quotations, calls them projects: an optional 等, an optional
// count of items (两个, 3项) and 项目 not starting a longer word (项目管理).
func projectsAfterList(s []rune, i int) bool {
	if hasStringAt(s, i, "等") {
		i++
	}
	j := i
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || strings.ContainsRune(listDigits+"两", s[j])) {
		j++
	}
	if j > i {
		if j >= len(s) || !strings.ContainsRune("个项", s[j]) {
			return false
		}
		i = j + 1
	}
	if !hasStringAt(s, i, "项目") && !hasStringAt(s, i, "课题") {
		return false
	}
	// 项目管理, 项目资金, 项目库…: words of project administration, not
	// a call of the quotations projects
	return i+2 >= len(s) || !strings.ContainsRune(projectAdminRunes, s[i+2])
}

// projectAdminRunes open the words that follow 项目 in the language of
// project administration: 管理, 资金, 库, 申报, 单位, 审批, 经费, 招标, 评审,
// 储备, 组织, 法人, 负责人, 化, 业主, 外包, 合同.
const projectAdminRunes = "管资库申单审经招评储组法负化业外合"

// quotedLists returns the items of the quotation lists a sentence calls
// projects, by a count and 项目 after the list or by a sibling that ends
// in a project head. A list of one quotation counts only when 项目 closes
// it and its title is long (“X核心技术研究”项目); short ones are read by
// quotedProjects.
func quotedLists(s []rune) []projectMention {
	var out []projectMention
	for q := 0; q < len(s); q++ {
		first, ok := quotationAt(s, q)
		if !ok {
			continue
		}
		items := []quoteSpan{first}
		next := first.end + 1
		for {
			found := false
			for _, j := range quotedListJoins {
				if !hasStringAt(s, next, j) {
					continue
				}
				if it, ok := quotationAt(s, next+len([]rune(j))); ok {
					items = append(items, it)
					next = it.end + 1
					found = true
					break
				}
			}
			if !found {
				break
			}
		}
		q = next - 1
		if listOfEvents(s, items[len(items)-1].end) {
			continue
		}
		called := projectsAfterList(s, next)
		headed := false
		for _, it := range items {
			if it.end-it.start >= 4 && endsWithHead(s[it.start:it.end]) {
				headed = true
			}
		}
		if !called && !(headed && len(items) >= 2) {
			continue
		}
		for _, it := range items {
			body := s[it.start:it.end]
			if len(items) == 1 && len(body) <= 10 || !nounLike(body) || startsWithCount(string(body)) {
				continue
			}
			out = append(out, projectMention{Start: it.start, End: it.end, Name: string(body), Stop: "“", Clause: clauseBefore(s, it.start-1)})
		}
	}
	return out
}

// preferQuotedTitles puts the quoted titles of a sentence's project lists
// in place of the shorter mentions the head scanner read inside them
// (异构环境下的系统 of “异构环境下的系统与数据整合核心技术研究”项目): the
// quotation marks bound the name. Mentions that only overlap a title
// stay, and the title is then left out.
func preferQuotedTitles(s []rune, ms []projectMention) []projectMention {
	titles := quotedLists(s)
	if len(titles) == 0 {
		return ms
	}
	out := ms[:0:0]
	for _, m := range ms {
		inside := false
		for _, t := range titles {
			if m.Start >= t.Start && m.End <= t.End && m.End-m.Start < t.End-t.Start {
				inside = true
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return addNonOverlapping(out, titles)
}

// eventKinds, after a quotation list's 等, say its items are examples of
// events or courses (“A”、“B”等各种公益活动3522项, “C”等8门课程).
var eventKinds = []string{"活动", "课程", "比赛", "竞赛", "节目", "讲座", "赛事"}

// listOfEvents reports whether the quotation closed at offset c belongs
// to a list that ends in 等 and an event kind: its items are examples of
// a kind of event, not projects.
func listOfEvents(s []rune, c int) bool {
	i := c + 1
	for i+1 < len(s) && strings.ContainsRune("、和与及", s[i]) && isOpenQuote(s[i+1]) {
		j := i + 2
		for j < len(s) && j-i <= quotedListMax+2 && !isCloseQuote(s[j]) {
			j++
		}
		if j >= len(s) || !isCloseQuote(s[j]) {
			return false
		}
		i = j + 1
	}
	if !hasStringAt(s, i, "等") {
		return false
	}
	for j := i + 1; j < len(s) && j-i <= 10 && !strings.ContainsRune(",;:。!?", s[j]); j++ {
		for _, k := range eventKinds {
			if hasStringAt(s, j, k) {
				return true
			}
		}
	}
	return false
}
