package loaders

import "strings"

// launchVerbs introduce a quoted name as a thing the text builds or
// launches (建成“市民信箱”, 推进“金融云”、“健康云”).
var launchVerbs = map[string]bool{
	"建设": true, "建成": true, "建立": true, "开通": true, "推出": true, "启动": true,
	"实施": true, "推进": true, "开展": true, "打造": true, "推广": true, "构建": true,
	"建成了": true, "开通了": true, "推出了": true, "启动了": true, "创建": true, "组建": true,
}

// launchAfter are the words that, right after a quoted name, say it is a
// project (“电子政务云”试点, “管理通”工程).
var launchAfter = []string{"建设", "工程", "试点", "项目"}

// quotedProjects returns the quoted names without a project head that the
// sentence builds or launches: a quotation of 2 to 10 name characters
// right after a launch verb, or a further item of a quoted list after one,
// or followed by 建设/工程/试点/项目.
func quotedProjects(s []rune) []projectMention {
	var out []projectMention
	listOK := false
	for q := 0; q < len(s); q++ {
		if !isOpenQuote(s[q]) {
			continue
		}
		c := q + 1
		for c < len(s) && c-q <= 11 && isNameRune(s[c]) {
			c++
		}
		if c >= len(s) || !isCloseQuote(s[c]) || c-q-1 < 2 || c-q-1 > 10 {
			listOK = false
			continue
		}
		body := s[q+1 : c]
		ok := false
		if q > 0 && (launchVerbs[stopEndsAt(s, q)] || listOK && s[q-1] == '、') {
			ok = true
		}
		after := string(s[c+1 : min(len(s), c+3)])
		for _, w := range launchAfter {
			if strings.HasPrefix(after, w) {
				ok = true
			}
		}
		listOK = ok
		if endsWithHead(body) {
			// the head scanner reads a headed name the verb right before
			// it introduces; one behind a modifier (建立由…支撑的“X服务
			// 中心”) it takes only when its words are specific, yet
			// quoted after a build verb of its clause it is a name
			// (a quotation inside a longer name, 电子支付“一卡通”, is
			// only part of it)
			ok = !ok && q > 0 && len(body) >= 5 && (!isNameRune(s[q-1]) || s[q-1] == '的') && launchedInClause(clauseBefore(s, q))
		}
		if !ok || startsWithCount(string(body)) || !nounLike(body) || listOfEvents(s, c) {
			continue
		}
		out = append(out, projectMention{Start: q + 1, End: c, Name: string(body), Stop: "“", Clause: clauseBefore(s, q)})
		q = c
	}
	return out
}

// unheadedProjects returns the projects of a sentence that end in no
// project head, so the head scanner cannot find them: quoted names, the
// items of a list its text calls projects (“校校通”、社区信息苑等应用项目),
// quoted or not, the centres a build verb lists and the works named with
// a common head (实施X示范项目, 开展X专项行动).
func unheadedProjects(s []rune) []projectMention {
	extra := append(quotedLists(s), etcProjectItems(s)...)
	extra = append(extra, builtListItems(s)...)
	extra = append(extra, pilotWorks(s)...)
	extra = append(extra, ofBuildItems(s)...)
	return addNonOverlapping(quotedProjects(s), append(extra, namedWorks(s)...))
}

// addNonOverlapping appends to out the items that overlap none of the
// mentions already in it: a name found by one reader is not read again, in
// part, by another. An item that names a mention's whole lends it that
// whole.
func addNonOverlapping(out, items []projectMention) []projectMention {
	for _, it := range items {
		dup := false
		for k, m := range out {
			if it.Start < m.End && m.Start < it.End {
				dup = true
				if it.Parent != "" && m.Parent == "" && it.Name == m.Name {
					// the same name read as a part of a whole
					// (“三个一卡通”(社会保障卡、公共交通卡…)) keeps its whole
					out[k].Parent = it.Parent
				}
			}
		}
		if !dup {
			out = append(out, it)
		}
	}
	return out
}

// nounLike reports whether a quotation can name a thing: not a period
// (“十一五”), a slogan of change (“一体化”, “两化”) or a verb phrase
// (“走出去”), and not a bare number.
func nounLike(body []rune) bool {
	if len(body) < 3 {
		return false
	}
	digits := 0
	for _, r := range body {
		if strings.ContainsRune(listDigits+"百千万", r) {
			digits++
		}
	}
	if digits == len(body) || digits == len(body)-1 && body[len(body)-1] == '五' {
		return false
	}
	return !strings.ContainsRune("化去来", body[len(body)-1])
}

// launchedInClause reports whether a clause holds one of the launch verbs.
func launchedInClause(clause string) bool {
	for v := range launchVerbs {
		if strings.Contains(clause, v) {
			return true
		}
	}
	return false
}
