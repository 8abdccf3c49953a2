package loaders

import (
	"strings"
	"unicode"
)

// interopWords name the work of making a thing usable across the systems
// of several places: regional cooperation plans and their bulletins set up
// 交通卡联网通用, 社保卡互通互用 and CA互联互通 as initiatives of their own.
var interopWords = []string{"互联互通", "联网通用", "互通互用", "互认互通"}

var interopIndex = indexOf(&interopWords)

// interopObjects are the things such work joins up that make it an
// initiative rather than a manner of working (信息系统互联互通 is how
// systems should work, 交通卡联网通用 a programme): cards, certificates
// and their authorities.
var interopObjects = []string{"卡", "证书", "CA", "ETC"}

// interopWorks returns the initiatives a sentence names as a card or
// certificate scheme made to work across places (推进长三角地区CA互联互通,
// 与无锡市合作的社保卡互通互用). A count of cities that opens the name
// (长三角16城市交通卡联网通用) is its scope, not its name.
func interopWorks(s []rune) []projectMention {
	var out []projectMention
	for i := 2; i < len(s); i++ {
		w := interopIndex.at(s, i)
		if w == "" {
			continue
		}
		start := i
		for start > 0 && i-start < 16 && isNameRune(s[start-1]) && stopEndsAt(s, start) == "" {
			start--
		}
		object := string(s[start:i])
		if len([]rune(object)) < 2 || !containsAny(object, interopObjects) || hasAnyPrefix(object, setOpeners) {
			continue
		}
		if cut := cityCountEnd(s[start:i]); cut > 0 && i-start-cut >= 2 {
			start += cut
		}
		end := i + len([]rune(w))
		out = append(out, projectMention{Start: start, End: end, Name: string(s[start:end]), Stop: stopEndsAt(s, start), Clause: clauseBefore(s, start)})
		i = end - 1
	}
	return out
}

// cityCountEnd returns the length of a scope of counted cities that opens
// s (长三角16城市, 京津冀13个城市), or 0.
func cityCountEnd(s []rune) int {
	for i := 1; i+2 <= len(s) && i <= 8; i++ {
		if !unicode.IsDigit(s[i-1]) && !strings.ContainsRune(listDigits, s[i-1]) {
			continue
		}
		j := i
		if j < len(s) && s[j] == '个' {
			j++
		}
		if hasStringAt(s, j, "城市") {
			return j + 2
		}
	}
	return 0
}
