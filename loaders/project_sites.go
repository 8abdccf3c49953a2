package loaders

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// clauseBefore returns the clause of s that leads up to offset at: the
// text after the last comma, semicolon, colon or full stop.
func clauseBefore(s []rune, at int) string {
	return string(s[clauseFrom(s, at):at])
}

// clauseFrom returns where the clause that leads up to offset at starts.
func clauseFrom(s []rune, at int) int {
	for at > 0 && !strings.ContainsRune(",;:。!?\n", s[at-1]) {
		at--
	}
	return at
}

// siteLinks are what may stand between a list of regions and the project
// they site (浦东、杨浦等区县的物联网产业基地; 长宁、黄浦2个区的试点).
var siteLinks = []string{"等", "区县", "区域", "地区", "区", "县", "的", "个", "三", "两", "四", "五", "六", "七", "八", "九", "十", "所"}

// siteVerbs may stand between 在 + regions and the project (在长宁、黄浦开展
// 区级电子政务综合试点).
var siteVerbs = []string{"开展", "推进", "试行", "启动", "实施", "建设", "建成", "建立", "设立", "推广", "进行", "组织开展", "试点"}

// sitesOf returns the regions a mention sites its project in: those of
// siteOf, and the regions of its clause that frame it: 在A、B开展X, 选择A、
// B等区域开展X, A、B等区县的X, 全市统一的X.
func (p *projectReader) sitesOf(m projectMention) []string {
	var out []string
	if r := p.siteOf(m); r != "" {
		out = append(out, r)
	}
	clause := []rune(m.Clause)
	if len(clause) == 0 {
		return out
	}
	ms := p.dicts.findRegions(clause)
	if len(ms) > 0 {
		// the regions must form one list ending right before the project,
		// or a list introduced by 在/选择 whose verb leads to the project
		last := ms[len(ms)-1]
		rest := string(clause[last.End:])
		framed := false
		trimmed := rest
		for changed := true; changed; {
			changed = false
			for _, w := range siteLinks {
				if strings.HasPrefix(trimmed, w) {
					trimmed, changed = strings.TrimPrefix(trimmed, w), true
				}
			}
		}
		// the project, or the list it ends (长三角数字线画图、数字遥感图)
		if trimmed == "" || strings.HasSuffix(trimmed, "、") && !strings.ContainsAny(trimmed, "的在") {
			framed = true
		}
		first := ms[0]
		lead := string(clause[:first.Start])
		if !framed && (strings.HasSuffix(lead, "在") || strings.HasSuffix(lead, "选择") || strings.HasSuffix(lead, "于")) {
			for _, v := range siteVerbs {
				if strings.HasSuffix(trimmed, v) {
					framed = true
				}
			}
		}
		// the regions between first and last are joined by 、 and 和 only
		for i := 1; framed && i < len(ms); i++ {
			gap := string(clause[ms[i-1].End:ms[i].Start])
			if gap != "、" && gap != "和" && gap != "及" && gap != "," {
				framed = false
			}
		}
		if framed {
			for _, r := range ms {
				name := pickRegion(p.dicts, r.Targets, p.d.Region)
				if !slices.Contains(out, name) {
					out = append(out, name)
				}
			}
			return out
		}
	}
	// 建设全市统一的X, 覆盖全市的X: the document's own region
	if p.d.Region != "" && len(out) == 0 {
		c := string(clause)
		for _, w := range selfRegionWords {
			if strings.Contains(c, w) {
				return append(out, p.d.Region)
			}
		}
	}
	return out
}

// siteLabels open the field of a project item that gives its site
// (建设地点:X, 项目选址:X).
var siteLabels = []string{"建设地点", "项目地点", "实施地点", "建设选址", "项目选址", "选址"}

// itemSites returns the regions the text of a project item (the words of
// its line after the title) sites it in: a site field (建设地点:X) or an
// opening 在X建设/在X、Y开展.
func (p *projectReader) itemSites(text []rune) []string {
	var out []string
	add := func(ms []match) {
		for _, r := range ms {
			if name := pickRegion(p.dicts, r.Targets, p.d.Region); name != "" && !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
	}
	for _, l := range siteLabels {
		n := utf8.RuneCountInString(l)
		for i := 0; i+n < len(text); i++ {
			if !hasStringAt(text, i, l) {
				continue
			}
			j := i + n
			for j < len(text) && (text[j] == ':' || text[j] == ' ' || text[j] == '为' || text[j] == '在') {
				j++
			}
			if ms := p.dicts.findRegions(text[j:]); len(ms) > 0 && ms[0].Start == 0 {
				add(ms[:1])
			}
			return out
		}
	}
	if len(text) > 1 && text[0] == '在' {
		c := text[1:]
		if k := slices.IndexFunc(c, func(r rune) bool { return strings.ContainsRune(",;:。", r) }); k >= 0 {
			c = c[:k]
		}
		ms := p.dicts.findRegions(c)
		if len(ms) == 0 || ms[0].Start != 0 {
			return nil
		}
		end := 0
		var list []match
		for _, m := range ms {
			if gap := string(c[end:m.Start]); end > 0 && gap != "、" && gap != "和" && gap != "及" {
				break
			}
			list, end = append(list, m), m.End
		}
		rest := string(c[end:])
		for _, v := range siteVerbs {
			if strings.HasPrefix(rest, v) {
				add(list)
				return out
			}
		}
	}
	return out
}
