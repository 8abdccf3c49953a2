package loaders

import (
	"slices"
	"strings"
	"unicode"

	"github.com/plangraph/plangraph/graph"
)

// mergeVariants merges the project nodes of a document that name one
// thing in several ways. A text writes a system out in full once and then
// shortens it (上海教育城域网 … 教育城域网; 突发公共卫生事件应急信息系统 …
// 公共卫生事件应急信息系统), adds or drops a work word (校校通工程 / 校校通),
// names its own city's network with or without the city (上海市公务网 /
// 市公务网 / 市级公务网), leaves out a word (信息安全综合测评认证平台 /
// 信息安全测评认证平台) or swaps two (地下空间基础信息平台 / 地下空间信息
// 基础平台). One name stays the node's name; the others become its aliases
// and its relationships follow it.
//
// A shortening by a dropped prefix or word merges only when it has one
// expansion in the document: where 网格化管理系统 stands beside both
// 专业网格化管理系统 and 城市网格化管理系统, the short name is the kind the
// two share, not either of them. A name that heads an item of its own
// (（三）空间地理信息平台, a bulletin's run-in 居住证信息系统) is the whole
// its item describes, not a shortening of a part named in it.
func (p *projectReader) mergeVariants() {
	d := p.d
	nodes := d.nodesWithLabel(graph.LabelSpecialProject)
	if len(nodes) < 2 {
		return
	}
	headed := map[string]bool{}
	for _, h := range p.headed {
		headed[h.id] = true
	}
	for _, n := range nodes {
		for _, ev := range n.Evidence {
			// a name set off by spaces heads the paragraph after it
			headed[n.ID] = headed[n.ID] || spaceAt(d.Text, ev.Start-1) && spaceAt(d.Text, ev.End)
		}
	}
	prefixes, bare := selfPrefixes(p.dicts, d.Region)
	names := make([]string, len(nodes))
	for i, n := range nodes {
		names[i] = n.Name
	}
	cores := selfCores(names, prefixes, bare)
	type entry struct {
		node     *graph.Node
		name     []rune
		core     []rune
		coreHead bool
		// short marks a short form the text defines for a longer name
		// (以下简称X, a name in brackets after it)
		short bool
		group int
	}
	es := make([]*entry, len(nodes))
	aliasOf := map[string][]int{}
	// the evidence spans of the names, by where they start
	type span struct{ node, end int }
	starts := map[int]span{}
	// names that can be variants end alike; only a work word added
	// (校校通工程) changes the last rune, and that is looked up by core
	byLast := map[rune][]int{}
	byCore := map[string][]int{}
	for i, n := range nodes {
		core := cores[i]
		es[i] = &entry{node: n, name: []rune(n.Name), group: i}
		es[i].core = []rune(core)
		es[i].coreHead = endsWithHead(es[i].core)
		byLast[es[i].core[len(es[i].core)-1]] = append(byLast[es[i].core[len(es[i].core)-1]], i)
		byCore[core] = append(byCore[core], i)
		for _, a := range n.Aliases {
			aliasOf[a] = append(aliasOf[a], i)
		}
		for _, ev := range n.Evidence {
			starts[ev.Start] = span{i, ev.End}
		}
	}
	root := func(i int) int {
		for es[i].group != i {
			i = es[i].group
		}
		return i
	}
	// The shortest name leads a group: other documents are likeliest to
	// share it (政务外网 of 市级政务外网). A short form the text defines
	// for a longer name (以下简称X, (“653工程”)) does not lead.
	leads := func(a, b int) bool {
		if es[a].short != es[b].short {
			return es[b].short
		}
		if len(es[a].name) != len(es[b].name) {
			return len(es[a].name) < len(es[b].name)
		}
		return a < b
	}
	join := func(a, b int) {
		ra, rb := root(a), root(b)
		if ra == rb {
			return
		}
		if leads(rb, ra) {
			ra, rb = rb, ra
		}
		es[rb].group = ra
	}
	// a short name quoted in brackets right after a long one
	// (上海市信息专业技术人才知识更新工程(“653工程”)) is the same thing's;
	// an unquoted one may name another thing (电子政务外网(政务云平台))
	for i, e := range es {
		for _, ev := range e.node.Evidence {
			at := ev.End + 2
			if at >= len(d.Text) || d.Text[ev.End] != '(' || !isOpenQuote(d.Text[ev.End+1]) {
				continue
			}
			sp, ok := starts[at]
			j := sp.node
			if !ok || j == i || len(es[j].name) >= len(e.name) {
				continue
			}
			if end := sp.end; end+1 < len(d.Text) && isCloseQuote(d.Text[end]) && d.Text[end+1] == ')' {
				es[j].short = true
				join(i, j)
			}
		}
	}
	// Shorter names after longer ones, so that the expansions of a
	// short name are already grouped when it is counted against them.
	byLen := make([]int, len(es))
	for i := range byLen {
		byLen[i] = i
	}
	slices.SortStableFunc(byLen, func(a, b int) int { return len(es[b].name) - len(es[a].name) })
	for _, i := range byLen {
		s := es[i]
		for _, j := range aliasOf[s.node.Name] {
			if len(es[j].name) > len(s.name) {
				s.short = true
				join(i, j)
			}
		}
		if len(s.core) >= 3 {
			for _, w := range workWords {
				for _, j := range byCore[string(s.core)+w] {
					join(i, j)
				}
			}
		}
		var expansions []int
		for _, j := range byLast[s.core[len(s.core)-1]] {
			l := es[j]
			if j == i || len(l.name) < len(s.name) {
				continue
			}
			switch {
			case sameThing(s.core, l.core):
				join(i, j)
			case s.coreHead && (droppedFront(s.core, l.core) || !headed[s.node.ID] && droppedWords(s.core, l.core)):
				if r := root(j); !slices.Contains(expansions, r) {
					expansions = append(expansions, r)
				}
			}
		}
		if len(expansions) == 1 {
			join(i, expansions[0])
		}
	}
	into := map[string]string{}
	for i, e := range es {
		if r := root(i); r != i {
			into[e.node.ID] = es[r].node.ID
		}
	}
	d.mergeNodes(into)
}

// selfPrefixes are the words by which a document's names say they belong
// to its own region: the region's names and the level words of its kind
// (市级 in a city's text), longest first, and the bare level word (市),
// which also opens plain words (市民, 市场) and so counts only where the
// document uses the same name with a fuller prefix too.
func selfPrefixes(dicts *Dictionaries, region string) (prefixes []string, bare string) {
	if e, ok := dicts.Regions[region]; ok {
		prefixes = append(prefixes, e.Name)
		prefixes = append(prefixes, e.Aliases...)
	} else if region != "" {
		prefixes = append(prefixes, region)
	}
	if region != "" {
		last := []rune(region)[len([]rune(region))-1]
		prefixes = append(prefixes, selfRefs[last]...)
		if strings.ContainsRune("市省区县", last) {
			prefixes = append(prefixes, string(last)+"级")
			bare = string(last)
		}
	}
	slices.SortStableFunc(prefixes, func(a, b string) int { return len(b) - len(a) })
	return prefixes, bare
}

// stripSelfPrefix returns name without the self prefix it starts with,
// when enough of a name is left.
func stripSelfPrefix(name string, prefixes []string) string {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(name, p); ok && len([]rune(rest)) >= 3 && endsWithHead([]rune(rest)) {
			return rest
		}
	}
	return name
}

// selfCores returns the names without their self prefixes: a bare level
// word (市公务网) is taken off only where another name gives the same rest
// with a fuller prefix (上海市公务网, 市级公务网).
func selfCores(names []string, prefixes []string, bare string) []string {
	cores := make([]string, len(names))
	full := map[string]bool{}
	for i, n := range names {
		cores[i] = stripSelfPrefix(n, prefixes)
		if cores[i] != n {
			full[cores[i]] = true
		}
	}
	for i, n := range names {
		if rest, ok := strings.CutPrefix(n, bare); ok && bare != "" && cores[i] == n && full[rest] {
			cores[i] = rest
		}
	}
	return cores
}

// workWords, added to a name, name the work of building the thing rather
// than another thing (校校通工程 is 校校通), or only spell its head out
// (光纤宽带网络 is 光纤宽带网).
var workWords = []string{"工程", "项目", "建设", "试点", "络"}

// sameThing reports whether two names (without their self prefixes) are
// one thing however many others the text names: the same, the same with a
// work word added or its head spelt out, or the same words with two of them swapped.
func sameThing(s, l []rune) bool {
	if slices.Equal(s, l) {
		return true
	}
	if len(s) >= 3 && len(l) > len(s) && slices.Equal(l[:len(s)], s) {
		for _, w := range workWords {
			if string(l[len(s):]) == w {
				return true
			}
		}
	}
	return len(s) >= 6 && len(s) == len(l) && slices.Equal(s[len(s)-2:], l[len(l)-2:]) && sameRunes(s, l)
}

// droppedFront reports whether s is l shortened by a modifier left off its
// front (公共卫生事件应急信息系统 of 突发公共卫生事件应急信息系统): at most
// six runes, from a name of five or more (that ends with a head: the caller
// checks).
func droppedFront(s, l []rune) bool {
	n := len(l) - len(s)
	return len(s) >= 5 && n > 0 && n <= 6 && slices.Equal(l[n:], s)
}

// droppedWords reports whether s is l shortened by up to three runes left
// out inside it, in at most two places (信息安全测评认证平台 of 信息安全综合
// 测评认证平台, 区县政务网 of 区县政务外网). Numbers left out (二期, 2号)
// make another thing, not a shorter name. The caller checks that s ends with
// a head and is no heading: the item 居住证信息系统 describes its
// 居住证信息采集系统, it does not shorten it.
func droppedWords(s, l []rune) bool {
	if len(s) < 5 || len(l) <= len(s) || len(l)-len(s) > 3 || s[0] != l[0] || s[len(s)-1] != l[len(l)-1] {
		return false
	}
	i, gaps := 0, 0
	inGap := false
	for _, r := range l {
		if i < len(s) && s[i] == r {
			i++
			inGap = false
			continue
		}
		if unicode.IsDigit(r) || strings.ContainsRune("一二三四五六七八九十期号", r) {
			return false
		}
		if !inGap {
			gaps++
			inGap = true
		}
	}
	return i == len(s) && gaps <= 2
}

// spaceAt reports whether text has a space, or no text, at offset i.
func spaceAt(text []rune, i int) bool {
	return i < 0 || i >= len(text) || unicode.IsSpace(text[i])
}
