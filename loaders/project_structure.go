package loaders

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/plangraph/plangraph/graph"
)

// heading is a numbered or marked line of the document's outline.
type heading struct {
	line  int
	level int
	// title is the heading's words, without its number and full stop.
	title string
	// project is set for 重点专项X：… headings, which name a project by form.
	project bool
	dash    bool
	// runOn is set when the line goes on after the title's full stop: an
	// item with its text (4.X建设项目。新建…), never a section title.
	runOn bool
}

var (
	reChapter  = regexp.MustCompile(`^第[一二三四五六七八九十]+[章部分篇]`)
	reCnNumber = regexp.MustCompile(`^[一二三四五六七八九十]+、`)
	reParenNum = regexp.MustCompile(`^\([一二三四五六七八九十]+\)`)
	reArabic   = regexp.MustCompile(`^[0-9]{1,2}\s*[、.]`)
	// (1), 1), ① number the items of a 专栏 box or of a numbered item.
	reSmallNum = regexp.MustCompile(`^(?:\([0-9]{1,2}\)|[0-9]{1,2}\)|[①-⑳])`)
	// 专栏1, 专栏 2:, 专栏三 title a box of key projects or indicators.
	reBox = regexp.MustCompile(`^专栏\s*[0-9一二三四五六七八九十]*\s*[:：]?\s*`)
	// 重点专项一：, 重大专项二：, 重点任务三： number the items of a section.
	reItem = regexp.MustCompile(`^([重主][点大要]\p{Han}{1,4}?)[一二三四五六七八九十0-9]+\s*[:：]`)
)

// containerSuffixes end the title of a section or appendix whose numbered
// items are projects (“十一五”信息化发展重点专项, 第五章 重大工程).
var containerSuffixes = []string{"专项", "重点工程", "重大工程", "重点项目", "重大项目", "专项工程", "建设项目", "示范工程"}

// outline reads the document's headings.
func outline(d *Doc) []heading {
	var out []heading
	for i, l := range d.Lines {
		if l.End <= d.Body {
			continue
		}
		t := strings.TrimSpace(strings.TrimLeft(l.Text, "# "))
		h := heading{line: i}
		var rest string
		switch {
		case reBox.MatchString(t) && len(t) > len(reBox.FindString(t)):
			h.level, rest = 0, t[len(reBox.FindString(t)):]
		case reSmallNum.MatchString(t):
			h.level, rest = 7, t[len(reSmallNum.FindString(t)):]
		case strings.HasPrefix(t, "——"):
			h.level, h.dash, rest = 6, true, strings.TrimPrefix(t, "——")
		case reItem.MatchString(t):
			m := reItem.FindStringSubmatch(t)
			h.level, rest = 4, t[len(m[0]):]
			h.project = strings.Contains(m[1], "专项") || strings.Contains(m[1], "工程") || strings.Contains(m[1], "项目")
		case reChapter.MatchString(t):
			h.level, rest = 1, t[len(reChapter.FindString(t)):]
		case reCnNumber.MatchString(t):
			h.level, rest = 2, t[len(reCnNumber.FindString(t)):]
		case reParenNum.MatchString(t):
			h.level, rest = 3, t[len(reParenNum.FindString(t)):]
		case reArabic.MatchString(t):
			h.level, rest = 5, t[len(reArabic.FindString(t)):]
		default:
			// a short line without punctuation is an unnumbered title
			if n := len([]rune(t)); n > 30 || strings.ContainsAny(t, ",;。:") {
				continue
			}
			h.level, rest = 0, t
		}
		h.title = headingTitle(rest)
		if i := strings.IndexAny(rest, "。;"); i >= 0 {
			// ; is one byte, 。 three
			_, size := utf8.DecodeRuneInString(rest[i:])
			h.runOn = strings.TrimSpace(rest[i+size:]) != ""
		}
		out = append(out, h)
	}
	return out
}

// headingTitle returns the words of a heading: up to its first full stop,
// or the whole of a short line.
func headingTitle(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "。;"); i >= 0 {
		return strings.TrimSpace(s[:i])
	}
	if len([]rune(s)) <= 40 {
		return s
	}
	return ""
}

// isContainer reports whether a heading's items are projects.
func isContainer(h heading) bool {
	t := strings.TrimRight(cleanName(h.title), "。")
	if h.dash || h.project || h.runOn || strings.ContainsAny(t, ",、") {
		return false
	}
	for _, s := range containerSuffixes {
		if strings.HasSuffix(t, s) {
			return true
		}
	}
	return false
}

// headedName cleans a heading's title into a project name: without
// quotes, brackets and the verb an item may start with (建设并完善X).
func headedName(title string) string {
	name := cleanName(title)
	name = strings.TrimRight(name, "。.")
	for changed := true; changed; {
		changed = false
		for _, w := range projectStops {
			if strings.HasPrefix(name, w) && len([]rune(name)) > len([]rune(w))+2 {
				name, changed = strings.TrimPrefix(name, w), true
			}
		}
		for _, c := range []string{"并", "和", "及", "与"} {
			if strings.HasPrefix(name, c) {
				name, changed = strings.TrimPrefix(name, c), true
			}
		}
	}
	return strings.TrimSpace(name)
}

// headedProject is a project named by a heading, before it is added.
type headedProject struct {
	h      heading
	name   string
	abbrev string // the short form its brackets give (3G网络), if any
	parent int    // index in the list, -1 for none
	start  int
	end    int // end of its scope
}

// structure adds the projects that headings name, PART_OF the heading
// above them, and records their scopes for the projects named inside.
func (p *projectReader) structure() {
	d := p.d
	hs := outline(d)
	scopeEnd := func(k int) int {
		// an unnumbered title (a 专栏 box) holds the items that follow it:
		// it ends at the first heading above their level.
		if hs[k].level == 0 && k+1 < len(hs) && hs[k+1].level > 0 {
			for j := k + 1; j < len(hs); j++ {
				if hs[j].level < hs[k+1].level {
					return d.Lines[hs[j].line].Start
				}
			}
			return len(d.Text)
		}
		for j := k + 1; j < len(hs); j++ {
			if hs[j].level <= hs[k].level && !(hs[k].level == 0 && hs[j].level > 0) {
				return d.Lines[hs[j].line].Start
			}
		}
		return len(d.Text)
	}
	var list []headedProject
	// stack of open project headings (indexes into list) and containers
	type open struct {
		level, idx int
		container  bool
		end        int
	}
	var stack []open
	for k, h := range hs {
		start := d.Lines[h.line].Start
		for len(stack) > 0 && start >= stack[len(stack)-1].end {
			stack = stack[:len(stack)-1]
		}
		inProject := len(stack) > 0
		parent := -1
		for i := len(stack) - 1; i >= 0; i-- {
			if !stack[i].container {
				parent = stack[i].idx
				break
			}
		}
		isProject := h.project || (inProject && h.title != "" && !isContainer(h))
		if isContainer(h) && !h.dash {
			stack = append(stack, open{level: h.level, idx: -1, container: true, end: scopeEnd(k)})
			continue
		}
		if !isProject {
			continue
		}
		name := headedName(h.title)
		abbrev := abbrevAlias(name)
		if bare := stripBrackets(name); bare != name && len([]rune(bare)) >= 2 {
			name = bare
		}
		if len([]rune(name)) < 2 || len([]rune(name)) > 30 || p.taken[name] {
			continue
		}
		end := d.Lines[h.line].End
		if !h.dash {
			end = scopeEnd(k)
		}
		list = append(list, headedProject{h: h, name: name, abbrev: abbrev, parent: parent, start: start, end: end})
		stack = append(stack, open{level: h.level, idx: len(list) - 1, end: end})
	}
	// an item name used under two headings (关键技术研发) is qualified by
	// its heading's: 云计算关键技术研发.
	parents := map[string]map[int]bool{}
	for _, hp := range list {
		if parents[hp.name] == nil {
			parents[hp.name] = map[int]bool{}
		}
		parents[hp.name][hp.parent] = true
	}
	ids := make([]string, len(list))
	for i, hp := range list {
		name, aliases := hp.name, []string(nil)
		if len(parents[hp.name]) > 1 && hp.parent >= 0 {
			name = strings.TrimSuffix(list[hp.parent].name, "建设") + hp.name
			aliases = []string{hp.name}
		}
		list[i].name = name
		if hp.abbrev != "" {
			aliases = append(aliases, hp.abbrev)
		}
		titleStart := d.Lines[hp.h.line].Start
		n := p.add(name, aliases, titleStart, d.Lines[hp.h.line].End)
		ids[i] = n.ID
		if hp.parent >= 0 {
			d.AddEdge(graph.PartOf, n.ID, ids[hp.parent], nil, d.Evidence(titleStart, d.Lines[hp.h.line].End))
		}
		p.locate(n, p.siteOf(projectMention{Name: name}), titleStart, d.Lines[hp.h.line].End)
		if hp.h.runOn {
			// an item of a project list gives its site in its text
			// (建设地点:X; 在X建设…)
			l := d.Lines[hp.h.line]
			line := d.Text[l.Start:l.End]
			if k := slices.IndexFunc(line, func(r rune) bool { return r == '。' || r == ';' }); k >= 0 {
				for _, r := range p.itemSites(line[k+1:]) {
					p.locate(n, r, titleStart, l.End)
				}
			}
		}
		p.scopes = append(p.scopes, projectScope{start: hp.start, end: hp.end, id: n.ID})
		p.headed = append(p.headed, headedRef{name: name, id: n.ID})
		if hp.abbrev != "" {
			p.headed = append(p.headed, headedRef{name: hp.abbrev, id: n.ID})
		}
	}
	p.runInHeadings()
	p.colonListProjects()
}

// abbrevAlias returns the short form a name's bracketed ASCII gives:
// 第三代移动通信(3G)网络 is also 3G网络, 下一代广播电视网(NGB) is NGB. The
// letters stand for the words before the bracket, so the short form is
// the letters and what follows them.
func abbrevAlias(name string) string {
	open := strings.Index(name, "(")
	if open <= 0 {
		return ""
	}
	close := strings.Index(name[open:], ")")
	if close < 0 {
		return ""
	}
	inner, rest := name[open+1:open+close], name[open+close+1:]
	letters := 0
	for _, r := range inner {
		if r >= 128 {
			return ""
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	// 3G counts: one letter with a digit is a short form; (2) is not
	if len(inner) < 2 || letters == 0 || strings.ContainsAny(rest, "()") {
		return ""
	}
	return inner + rest
}
