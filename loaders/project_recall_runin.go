package loaders

import (
	"strings"
	"unicode/utf8"
)

// A bulletin (年度信息化公报) sets off the items of a section as run-in
// headings: a short name at the start of a paragraph, then spaces, then
// its text (市民信箱  至年末，市民信箱注册用户…). Most of them are topics
// (电子商务, 金融信息化, 信息化培训); the ones that name one thing are
// projects. A heading that ends in a project head is read by the prose
// reader already; this file reads the ones without a head.

// runInChunk is a piece of a line between two gaps of spaces, offsets in
// d.Text. Normalising made every kind of space a plain one, so a gap is
// two spaces or more.
type runInChunk struct{ start, end int }

// runInTopicEnds end the run-in headings that name a field of work, not a
// thing: 农业信息化, 软件产业, 银行卡应用, 信息化培训, 重要会展.
var runInTopicEnds = []string{
	"化", "业", "管理", "服务", "建设", "工作", "应用", "研究", "交流", "会展", "推进",
	"落实", "评选", "活动", "保护", "体系", "设施", "制度", "发展", "规范", "咨询",
	"培训", "安全", "商务", "政务", "公开", "规划", "法规", "保障", "创新", "编制",
	"合作", "委员会", "协会", "联盟", "信息", "监管", "建设与管理", "情况", "概况",
	"中心", "基地", "园区", "改革", "措施", "成果", "项目", "技术",
}

// runInTopicWords, anywhere in a heading, make it a field of work.
var runInTopicWords = []string{"信息化", "领域", "产业", "行业", "及", "与", "和"}

// runInUseWords in a paragraph report the use of a thing that runs: its
// users, transactions, visits or the platform it is.
var runInUseWords = []string{"用户", "注册", "交易", "访问", "平台", "系统", "网站", "开通", "上线", "服务对象"}

// runInKinds are the kind words a paragraph may add to its heading's name.
var runInKinds = []string{"平台", "系统", "网站", "工程", "项目"}

// runInListedAs open a paragraph that says its heading was made a project
// (百万家庭学礼仪  被列为市政府实事项目).
var runInListedAs = []string{"被列为", "被列入", "列为", "列入"}

// runInContainerEnds end a section title whose paragraphs are each a
// project (市政府实事项目, 重点工程).
var runInContainerEnds = append([]string{"实事项目", "实事工程"}, containerSuffixes...)

// isRunInGap reports whether r is a space a bulletin separates a heading
// from its text with.
func isRunInGap(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u3000' || r == '\t' }

// runInChunks splits a line into the pieces between its gaps: a run of
// spaces holding a no-break or ideographic space, or two plain spaces.
func runInChunks(text []rune, start, end int) []runInChunk {
	var out []runInChunk
	from := start
	for i := start; i < end; {
		if !isRunInGap(text[i]) {
			i++
			continue
		}
		j, wide := i, false
		for j < end && isRunInGap(text[j]) {
			if text[j] != ' ' {
				wide = true
			}
			j++
		}
		if wide || j-i >= 2 {
			if i > from {
				out = append(out, runInChunk{start: from, end: i})
			}
			from = j
		}
		i = j
	}
	if end > from {
		out = append(out, runInChunk{start: from, end: end})
	}
	return out
}

// runInName reports whether a chunk is short enough and free of sentence
// marks to be a heading.
func runInName(text []rune, c runInChunk) bool {
	n := c.end - c.start
	if n < 2 || n > 24 {
		return false
	}
	for _, r := range text[c.start:c.end] {
		if !isNameRune(r) && !isOpenQuote(r) && !isCloseQuote(r) && r != '(' && r != ')' && r != '－' {
			return false
		}
	}
	return true
}

// runInHeadings adds the projects that a bulletin's run-in headings name.
func (p *projectReader) runInHeadings() {
	d := p.d
	for _, l := range d.Lines {
		if l.End <= d.Body {
			continue
		}
		cs := runInChunks(d.Text, l.Start, l.End)
		container := false
		for k := 0; k+1 < len(cs); k++ {
			c := cs[k]
			if !runInName(d.Text, c) {
				continue
			}
			name := cleanName(string(d.Text[c.start:c.end]))
			next := cs[k+1]
			if runInName(d.Text, next) {
				// a section title followed by its first run-in heading
				// (社会事业领域信息化  教育领域信息化  全市…): it opens a
				// scope of projects or closes one
				container = hasAnySuffix(name, runInContainerEnds)
				continue
			}
			if hasAnySuffix(name, runInContainerEnds) {
				// a title followed by text (市政府实事项目  在…推广…)
				container = true
				continue
			}
			if strings.HasSuffix(name, "化") {
				container = false
			}
			para := d.Text[next.start:next.end]
			if !p.runInProject(name, para, container) {
				continue
			}
			n := p.add(name, nil, c.start, c.end)
			p.headed = append(p.headed, headedRef{name: name, id: n.ID})
			// the paragraph may call it by its name and kind (付费通平台
			// for 付费通): the same thing, so the prose reader aliases it
			ps := string(para)
			for _, h := range runInKinds {
				if strings.Contains(ps, name+h) {
					p.headed = append(p.headed, headedRef{name: name + h, id: n.ID})
				}
			}
		}
	}
}

// runInProject reports whether a run-in heading without a project head
// names a project: an item of a section of projects, one its paragraph
// says was made a project, or a short specific name its paragraph names
// again while it reports the thing's use (市民信箱 … 市民信箱注册用户).
func (p *projectReader) runInProject(name string, para []rune, container bool) bool {
	n := utf8.RuneCountInString(name)
	rs := []rune(name)
	if n < 3 || p.taken[name] || endsWithHead(rs) || strings.HasPrefix(name, "第") {
		return false
	}
	// a paragraph that starts with a verb (在…推广使用, 完成…) is text,
	// not a heading
	for k := 1; k <= 3 && k < n; k++ {
		if stopEndsAt(rs, k) != "" {
			return false
		}
	}
	if _, ok := p.dicts.RegionOf(name); ok {
		return false
	}
	if container {
		return !strings.HasSuffix(name, "化")
	}
	head := string(para[:min(len(para), 12)])
	for _, w := range runInListedAs {
		if strings.HasPrefix(head, w) && strings.Contains(string(para[:min(len(para), 24)]), "项目") {
			return !strings.HasSuffix(name, "化")
		}
	}
	if n > 8 || hasAnySuffix(name, runInTopicEnds) {
		return false
	}
	for _, w := range runInTopicWords {
		if strings.Contains(name, w) {
			return false
		}
	}
	rest := string(para)
	if !strings.Contains(rest, name) {
		return false
	}
	return containsAny(rest, runInUseWords)
}
