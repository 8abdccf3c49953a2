package loaders

import "strings"

// A plan names the works it pushes on as a list before 的建设: 推进A和B的
// 建设, 加快A、B的建设. The clause is about those works, so each item is
// one, read when it is specific and not a field of work (队伍和制度的建设,
// 信息基础设施和应用系统的建设 name none).

// buildListJoins split the items of a 的建设 list.
const buildListJoins = "和与及、"

// buildAdverbs may open the clause before its verb (进一步推进, 大力推进).
var buildAdverbs = []string{"进一步", "积极", "大力", "继续", "全面", "着力", "努力", "逐步", "不断", "重点"}

// ofBuildItems returns the items of a clause that is a build verb, a list
// and 的建设 right before the clause ends.
func ofBuildItems(s []rune) []projectMention {
	var out []projectMention
	for end := 3; end < len(s); end++ {
		if s[end-1] != '设' || s[end-2] != '建' || s[end-3] != '的' || !strings.ContainsRune(",;。", s[end]) {
			continue
		}
		from := clauseFrom(s, end-3)
		for _, a := range buildAdverbs {
			if hasStringAt(s, from, a) {
				from += len([]rune(a))
				break
			}
		}
		verb := ""
		for v := range buildItemVerbs {
			if hasStringAt(s, from, v) && len([]rune(v)) > len([]rune(verb)) {
				verb = v
			}
		}
		if verb == "" {
			continue
		}
		start := from + len([]rune(verb))
		for i := start; i <= end-3; i++ {
			if i < end-3 && !strings.ContainsRune(buildListJoins, s[i]) {
				if !isNameRune(s[i]) {
					break
				}
				continue
			}
			if it, ok := ofBuildItem(s, start, i); ok {
				it.Stop = verb
				it.Clause = string(s[from:it.Start])
				out = append(out, it)
			}
			start = i + 1
		}
	}
	return out
}

// ofBuildItem reads s[start:end] as one item of a 的建设 list.
func ofBuildItem(s []rune, start, end int) (projectMention, bool) {
	for _, w := range selfRegionWords {
		if hasStringAt(s, start, w) {
			start += len([]rune(w))
		}
	}
	if end-start < 4 || end-start > 14 {
		return projectMention{}, false
	}
	name := string(s[start:end])
	if hasAnySuffix(name, buildFieldEnds) || containsAny(name, namedWorkKinds) || containsAny(name, kindMarkers) {
		return projectMention{}, false
	}
	if endsWithHead(s[start:end]) && end-start < 6 {
		// 应用系统, 门户网站: a bare kind
		return projectMention{}, false
	}
	return projectMention{Start: start, End: end, Name: name}, true
}
