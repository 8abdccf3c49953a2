package loaders

import "strings"

// refineMentions corrects the project mentions read in one sentence s
// before they become nodes: quoted titles replace the fragments the head
// scanner read inside them, and mentions that name a kind rather than a
// project go (the kind each of a count of places builds, an example of a
// kind of event).
func refineMentions(s []rune, ms []projectMention) []projectMention {
	ms = preferQuotedTitles(s, ms)
	// the words a list of places shares (5G网络 of 主城区、县城和重点乡镇
	// 5G网络) are taken off all of its items
	var placeTails []string
	for _, m := range ms {
		if placeListItem(s, m) {
			placeTails = append(placeTails, m.Name[len(string(s[m.Start:m.End])):])
		}
	}
	out := ms[:0:0]
	for _, m := range ms {
		if countedBuilders(s, m) || quotedEventExample(s, m) || levelListTail(m.Name) || m.Stop == "、" && hasAnySuffix(m.Name, placeTails) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// quotedEventExample reports whether m is a whole quotation of a list of
// event examples (“A”、“B热线”等各种公益活动).
func quotedEventExample(s []rune, m projectMention) bool {
	return m.Start > 0 && isOpenQuote(s[m.Start-1]) && m.End < len(s) && isCloseQuote(s[m.End]) && listOfEvents(s, m.End)
}

// levelRunes are the administrative levels a list of them names (省、市、
// 县三级): the list says how far down a thing reaches.
const levelRunes = "省市县区乡镇村"

// levelListTail reports whether a name begins with the last item of a list
// of levels and its count (县三级外网 of 省、市、县三级外网): the words
// before the thing are no part of its name.
func levelListTail(name string) bool {
	rs := []rune(name)
	return len(rs) > 3 && strings.ContainsRune(levelRunes, rs[0]) && strings.ContainsRune("两二三四五", rs[1]) && rs[2] == '级'
}

// placeSuffixes end the words for kinds of places (主城区, 县城, 重点乡镇).
const placeSuffixes = "区城镇乡村县市省"

// placeListItem reports whether m was read as an item of a 、-list that
// shares the words after the list (A、B和C5G网络, 在A、B开展X试点) while
// the item is a place or ends in a conjunction: the list names where the
// thing goes, and the name is the words after it alone.
func placeListItem(s []rune, m projectMention) bool {
	if m.Stop != "、" || m.Start < 0 || m.End > len(s) || m.End-m.Start > 4 || m.End-m.Start < 2 {
		return false
	}
	item := s[m.Start:m.End]
	if string(item) == m.Name || !strings.HasPrefix(m.Name, string(item)) {
		return false
	}
	last := item[len(item)-1]
	return strings.ContainsRune(placeSuffixes, last) || strings.ContainsRune(conjunctions, last)
}
