package loaders

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/plangraph/plangraph/graph"
)

// indicatorValue is one value statement with everything the graph keeps.
type indicatorValue struct {
	Name       string
	Value      float64
	Unit       string
	Raw        string
	Year       int
	Kind       string
	Comparator string
	// Start and End are rune offsets in the document.
	Start, End int
}

// Indicators reads the values of measurable quantities: each becomes an
// Indicator node and a SETS_TARGET edge from the plan (targets) or a REPORTS
// edge from the document (actual and baseline values).
func Indicators(dicts *Dictionaries) func(*Doc) error {
	return func(d *Doc) error {
		for _, v := range extractIndicators(d, dicts) {
			name := canonicalIndicatorName(v.Name)
			if name == "" {
				continue
			}
			var aliases []string
			if alias := cleanName(v.Name); alias != name {
				aliases = append(aliases, alias)
			}
			ev := d.Evidence(v.Start, v.End)
			n := d.AddNode(graph.LabelIndicator, name, aliases, nil, ev)
			props := map[string]any{"value": v.Value, "unit": v.Unit, "raw": v.Raw, "year": v.Year,
				"kind": v.Kind, "comparator": v.Comparator}
			if v.Year == 0 {
				delete(props, "year") // the text does not say; 0 would be a wrong year
			}
			if v.Kind == "target" && d.SelfPlan != "" {
				d.AddEdge(graph.SetsTarget, d.SelfPlan, n.ID, props, ev)
			} else {
				if v.Kind == "target" {
					props["kind"] = "target" // a target outside a plan document is still reported
				}
				d.AddEdge(graph.Reports, d.ID, n.ID, props, ev)
			}
		}
		return nil
	}
}

// Headings that open a review of the past period (现实基础, 发展现状, “十五”回顾).
var reviewHeadingRe = regexp.MustCompile(`现实基础|发展基础|工作基础|现状|回顾|成就|成效|进展|基本情况|发展状况|取得的`)

// forwardHeadingRe marks headings that look ahead even when they use a
// review word (预期成效, 发展目标和主要进展): their values are targets.
var forwardHeadingRe = regexp.MustCompile(`预期|目标|展望|任务`)

// Headings of the chapter and section levels (第一章 …, 一、…), wherever
// they stand: some documents run their headings into the text.
var chapterHeadingRe = regexp.MustCompile(`(?:^|[。\n ])(第[一二三四五六七八九十]+[章部篇]\s*[^。,;\n]{2,30}|[一二三四五六七八九十]+、[^。,;、\n]{2,30})`)

// headMark is a heading position and whether it opens a review section.
type headMark struct {
	pos    int
	review bool
}

// reviewMarks lists the chapter and section headings in text order.
func reviewMarks(d *Doc) []headMark {
	var out []headMark
	text := string(d.Text)
	for _, m := range chapterHeadingRe.FindAllStringSubmatchIndex(text, -1) {
		h := text[m[2]:m[3]]
		out = append(out, headMark{pos: runeIndex(text, m[2]), review: reviewHeadingRe.MatchString(h) && !forwardHeadingRe.MatchString(h)})
	}
	return out
}

// inReview says whether the latest heading before pos opens a review.
func inReview(heads []headMark, pos int) bool {
	r := false
	for _, h := range heads {
		if h.pos > pos {
			break
		}
		r = h.review
	}
	return r
}

var yearRe = regexp.MustCompile(`(?:到|至|截至|截止|于|在|由|从)?([0-9]{4})\s*年(?:底|末|初)?`)

// movedOnRe says a figure follows the words of a move to a new level
// (的300亿元增加到), after the year of the starting value.
var movedOnRe = regexp.MustCompile(`^的?[0-9.]+[^,;。]*?(?:增加|提高|提升|上升|扩大|下降|减少|降低|增长)(?:到|至|为)`)

var fiveYearMarkRe = regexp.MustCompile(`[“"]?(十[一二三四五]?|[九八七])五[”"]?(?:期末|末|期间|时期|时|初)?`)

// docPeriod returns the document's period, or zero years.
func docPeriod(d *Doc) (int, int) {
	if len(d.Meta.Period) == 2 {
		return d.Meta.Period[0], d.Meta.Period[1]
	}
	if len(d.Meta.Period) == 1 {
		return d.Meta.Period[0], d.Meta.Period[0]
	}
	return 0, 0
}

// extractIndicators reads every value statement of the body.
func extractIndicators(d *Doc, dicts *Dictionaries) []indicatorValue {
	from, to := docPeriod(d)
	bulletin := d.Meta.Kind == "bulletin"
	heads := reviewMarks(d)
	lineIdx := 0
	var ctx lineContext
	out, rows := tableIndicators(d, from, to, bulletin)
	row := 0
	for _, s := range d.Sentences {
		if s.End <= d.Body {
			continue
		}
		// a table row is read by its columns, not as prose
		for row < len(rows) && rows[row][1] <= s.Start {
			row++
		}
		if row < len(rows) && rows[row][0] <= s.Start && s.End <= rows[row][1] {
			continue
		}
		for lineIdx < len(d.Lines) && d.Lines[lineIdx].Start <= s.Start {
			if d.Lines[lineIdx].Start == s.Start {
				ctx = lineContext{}
			}
			lineIdx++
		}
		var vals []indicatorValue
		vals, ctx = sentenceIndicators(s.Text, dicts, ctx)
		for _, v := range vals {
			v.Start += s.Start
			v.End += s.Start
			review := inReview(heads, v.Start)
			switch {
			case bulletin:
				v.Year, v.Kind = from, "actual"
			default:
				y, explicit := valueYear(s.Text, v.Start-s.Start)
				switch {
				case explicit && from > 0 && y < from:
					v.Year, v.Kind = y, "baseline"
				case explicit:
					// a year inside or after the plan's period is a target,
					// even under a review heading (到2015年 in 预期成效)
					v.Year, v.Kind = y, "target"
					if review && (from == 0 || y < from) {
						v.Kind = "baseline"
					}
				case review && from > 0:
					v.Year, v.Kind = from-1, "baseline"
				default:
					v.Year, v.Kind = to, "target"
				}
			}
			out = append(out, v)
		}
	}
	if len(rows) > 0 {
		// table values were read first; the graph keeps text order
		sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	}
	return out
}

// valueYear finds the year a value holds for from the words before it in its
// sentence: the closest 2010年 / 2005年底 / “十一五”期末.
func valueYear(s string, at int) (int, bool) {
	rs := []rune(s)
	if at > len(rs) {
		at = len(rs)
	}
	before := string(rs[:at])
	best, bestPos := 0, -1
	for _, m := range yearRe.FindAllStringSubmatchIndex(before, -1) {
		y, _ := strconv.Atoi(before[m[2]:m[3]])
		// 比2000年增长: the base of a comparison, not the value's year
		if m[0] >= len("比") && (strings.HasSuffix(before[:m[0]], "比") || strings.HasSuffix(before[:m[0]], "较")) {
			continue
		}
		// 是2000年的9.5倍: the base of a multiple
		if strings.HasSuffix(before[:m[0]], "是") && strings.HasPrefix(before[m[1]:], "的") {
			continue
		}
		// 由2010年的300亿元增加到800亿元: the year of the starting value, not
		// of the value the quantity moves to
		if p := before[:m[2]]; (strings.HasSuffix(p, "由") || strings.HasSuffix(p, "从")) && movedOnRe.MatchString(before[m[1]:]) {
			continue
		}
		// a range start (2011-2013年) or an event name (2010年上海世博会) is not the value's year
		end := m[1]
		if end < len(before) && strings.ContainsAny(before[end:min(len(before), end+3)], "-~至") {
			continue
		}
		if y >= 1950 && y <= 2100 && m[0] > bestPos {
			best, bestPos = y, m[0]
		}
	}
	for _, m := range fiveYearMarkRe.FindAllStringSubmatchIndex(before, -1) {
		if m[0] <= bestPos {
			continue
		}
		// 比“十一五”期末翻一番: the base of a comparison
		if p := strings.TrimRight(before[:m[0]], "“\""); strings.HasSuffix(p, "比") || strings.HasSuffix(p, "较") {
			continue
		}
		if n, ok := ChineseInt(before[m[2]:m[3]]); ok {
			if _, b, ok := FiveYearPeriod(n); ok {
				best, bestPos = b, m[0]
			}
		}
	}
	return best, bestPos >= 0
}

// sentenceIndicators reads the value statements of one sentence. ctx holds
// the topic a heading inside the line set (信息产品制造业  全年实现销售收入…),
// used when a name alone is too generic, and the subject of the sentence
// before; the context in force after the sentence is returned.
func sentenceIndicators(s string, dicts *Dictionaries, ctx lineContext) ([]indicatorValue, lineContext) {
	topic := ctx.topic
	rs := []rune(s)
	ms := scanValues(s, dicts.Units)
	var out []indicatorValue
	var names []string // base names in order, for growth and share values
	prevEnd := 0
	var pending []string // the subjects still to give out in a 分别 list
	// the subject and the word starts are read only for a sentence with
	// figures, or when the next sentence's figures need the subject: most
	// sentences have none
	ownDone, ownSubj, ownEnd := false, "", 0
	own := func() (string, int) {
		if !ownDone {
			ownDone = true
			ownSubj, ownEnd = figureSubject(rs)
		}
		return ownSubj, ownEnd
	}
	var ws []bool
	subject, subjectEnd := "", 0
	if len(ms) > 0 {
		ws = wordStarts(s)
		subject, subjectEnd = own()
		if subject == "" {
			// 处理报文9163万件 in the sentence right after the one that named the system
			subject, subjectEnd = ctx.subjectOf(), -1
		}
	}
	// parent is the quantity a 其中 breakdown (其中一级8家、二级27家) divides
	parent, parentUnit := "", ""
	// headings run into the text separated by two or more spaces
	topicAt := func(pos int) string {
		t := topic
		for i := 0; i+1 < pos; i++ {
			if rs[i] == ' ' && rs[i+1] == ' ' {
				seg := strings.TrimSpace(string(rs[lastBreak(rs, i):i]))
				if n := len([]rune(seg)); n >= 2 && n <= 16 {
					t = seg
				}
			}
		}
		return t
	}
	for k, m := range ms {
		if u := impliedUnit(rs, m, ws); u != "" {
			m.Unit += u
		}
		// 年经营收入超过50亿元的软件企业2家: a figure before 的 qualifies the
		// noun a later figure of the same clause counts; it is part of that name
		if qualifierFigure(rs, ms, k) {
			continue
		}
		// the phrase before the figure, back to a break or the previous figure
		lb := phraseStart(rs, m.Start, prevEnd)
		raw := string(rs[lb:m.Start])
		prevEnd = m.End
		if len(ms) > k+1 && m.End == ms[k+1].Start {
			prevEnd = m.End
		}
		last := ""
		if len(names) > 0 {
			last = names[len(names)-1]
		}
		trimmed := strings.TrimSpace(raw)
		name := ""
		base := false
		rate := "增长率"
		if m.Unit == "倍" {
			rate = "增长倍数" // 增长5.4倍, 是2000年的5.4倍: a multiple, not a rate
		}
		switch {
		case len(pending) > 0 && (trimmed == "、" || trimmed == "和" || trimmed == "及" || trimmed == ""):
			// the next figure of a 分别 list takes the next coordinated subject
			name, pending = pending[0], pending[1:]
		case m.Doubling:
			subject := cleanIndicatorName(strings.TrimSuffix(strings.TrimSuffix(trimmed, "翻"), "实现"))
			if subject == "" || isWeakVerb(subject) {
				subject = last
			}
			if subject != "" {
				name = subject + "增长率"
			}
		case (trimmed == "和" || trimmed == "、") && k > 0 && len(out) > 0 && strings.HasSuffix(out[len(out)-1].Name, "增长率"):
			name = respectively(names, ms, k, s) + "增长率"
		case growthRe.MatchString(trimmed) || trimmed == "" && lb > 0 && growthRe.MatchString(strings.TrimSpace(string(rs[max(0, lb-6):lb-1]))) && m.Unit == "%":
			if m.Unit == "个百分点" && len(out) > 0 && out[len(out)-1].Unit == "%" {
				// 比重为7.5%,比上年提高0.3个百分点: the change is of the
				// share or rate just given, not of the quantity before it
				last = out[len(out)-1].Name
			}
			if last != "" {
				if m.Unit != "%" && m.Unit != "倍" {
					// 比上年末减少96万户: a change in the quantity's own
					// unit is an increment, not a rate
					rate = "增量"
				}
				name = last + rate
				if strings.Contains(trimmed, "分别") {
					name = respectively(names, ms, k, s) + rate
				}
				if strings.Contains(trimmed, "下降") || strings.Contains(trimmed, "减少") || strings.Contains(trimmed, "降低") {
					m.Value = -m.Value
				}
			}
		case incrementRe.MatchString(trimmed):
			if last != "" {
				name = last + "增量"
			}
		case shareRe.MatchString(trimmed):
			if last != "" {
				of := shareRe.FindStringSubmatch(trimmed)[1]
				of = wholeOf(strings.TrimSuffix(of, "的"))
				name = last + "占" + of + "比重"
				// 分别占全国的七分之一和五分之一: the last n subjects in order
				if n := listLen(rs, ms, k); strings.HasPrefix(trimmed, "分别") && n >= 2 && len(names) >= n {
					subj := names[len(names)-n:]
					name = subj[0] + "占" + of + "比重"
					pending = nil
					for _, x := range subj[1:] {
						pending = append(pending, x+"占"+of+"比重")
					}
				}
			}
		case strings.Contains(trimmed, "分别") && len(coordinated(figureClause(rs, m.Start))) >= 2 && len(coordinated(figureClause(rs, m.Start))) == listLen(rs, ms, k):
			// 接通率、处理率、满意率分别达到100%、99.83%和93.5%: one subject per figure
			parts := coordinated(figureClause(rs, m.Start))
			suffix := ""
			if m.Unit == "倍" && multipleRe.MatchString(trimmed) {
				suffix = rate
			}
			names = append(names, parts...)
			e := figureEntity(rs, m.Start, ctx.carried(), topic, topicAt(m.Start))
			for i := range parts {
				if e != "" && genericName(parts[i]) && !strings.Contains(parts[i], e) {
					parts[i] = e + parts[i]
				}
				parts[i] += suffix
			}
			name, pending = parts[0], parts[1:]
		case m.Unit != "倍" && changeSubject(trimmed, dicts) != "":
			// 销售收入年均增长15%, 用户比上年末减少96万户: the subject and its change
			subj := changeSubject(trimmed, dicts)
			names = append(names, subj)
			name = subj + "增长率"
			if m.Unit != "%" {
				name = subj + "增量"
			}
			if decreaseRe.MatchString(trimmed) {
				m.Value = -m.Value
			}
		case last != "" && len(out) > 0 && trimmed != "" && cleanIndicatorName(raw) == "" && reachRe.MatchString(trimmed):
			// 年均增长15%,到2015年达到120亿元: the level the same quantity reaches
			name = last
		default:
			name = cleanIndicatorName(raw)
			described := false // the name says what is counted and what it did
			if name == "" && k > 0 && lb == ms[k-1].End && len(out) > 0 && tallyWord(trimmed) {
				// 表格1473项共计5627张: the same things counted in another unit
				name, described = out[len(out)-1].Name, true
			}
			if m.Unit == "%" && weakSubject(name, dicts) {
				// 100%的街道建成了局域网: the share of the noun that did it
				if n := percentOfNoun(rs, m, ws); n != "" {
					name, described = n, true
				}
			}
			if n := classCount(rs, ms, k, ws); n != "" {
				// 4大类29项统计指标: the classes of the things counted next
				name, described = n, true
			}
			if chainedCount(rs, ms, k, lb, trimmed) || locative(name) && strings.HasSuffix(trimmed, "的") {
				// 7个区的26个镇, 在郊区的500个村建成…: the figure counts the
				// noun after it; the words before only say where
				if n := countName(rs, m, ws); n != "" {
					name, described = n, strings.Contains(n, "的")
				}
			}
			if m.Unit == "倍" && last != "" && baseMultipleRe.MatchString(trimmed) {
				// 用户412万户,是上年末的2.3倍: a multiple of the quantity
				// just given, which the clause does not name again
				name = last + rate
				break
			}
			if m.Unit == "倍" && multipleRe.MatchString(trimmed) && name != "" && !continuation(name) {
				name = growthTailRe.ReplaceAllString(name, "")
				names = append(names, name)
				name += rate
				break
			}
			// 保持50%以上的增速: the figure is the subject's growth rate
			if m.Unit == "%" && growthAfterRe.MatchString(string(rs[m.End:min(len(rs), m.End+6)])) && name != "" {
				names = append(names, name)
				name += "增长率"
				break
			}
			if continuation(name) && len(names) > 0 {
				// 由2000年的7.4%上升为2005年的12%: the same quantity again
				name = last
				break
			}
			// 出口额约占全国的五分之一: a share of a whole
			if i := strings.Index(name, "占"); i > 0 {
				subj, of := name[:i], strings.TrimPrefix(name[i+len("占"):], "到")
				for _, c := range []string{"约", "近", "分别", "已"} {
					if strings.HasSuffix(subj, c) {
						subj = strings.TrimSuffix(subj, c)
						if (c == "约" || c == "近") && m.Comp == "=" {
							m.Comp = "~"
						}
					}
				}
				of = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(of, "的"), "总量"), "的比重")
				if subj != "" && of != "" {
					name = subj + "占" + shareWhole(of)
				}
			}
			if n := modifiedNoun(rs, m, trimmed); n != "" && name != "" && !measureWord(name) && !weakSubject(name, dicts) {
				// 掌握具有自主知识产权的65纳米级系统芯片: the words before
				// qualify the noun the figure sizes; that noun is measured
				name = n
			} else if n := areaObject(rs, m, name); n != "" {
				// 完成机场二期70万平方米室内通信系统建设: the area of the work
				name = n
			}
			if m.Unit == "%" && name != "" && !measureWord(name) && !rateName(name) {
				// 高校95%以上建立了校园网: the share of the noun that did it
				if p := predicateAfter(rs, m.End, ws); p != "" {
					name = p + "的" + name + "比例"
				}
			}
			if weakSubject(name, dicts) && peopleAction(rs, m) == "" {
				if n := nounAfter(rs, m.End); len([]rune(n)) >= 2 && !countUnit(m.Unit) {
					name = n
				}
			}
			listItem := lb > 0 && rs[lb-1] == '、' || strings.HasSuffix(name, "等") || strings.HasSuffix(name, "和")
			verb := clauseVerb(rs, m.Start)
			if p := peopleAction(rs, m); p != "" && (weakSubject(name, dicts) || endsWithVerb(name)) {
				name = p
			} else if noun, pred, tail := countedNoun(rs, m, ws); noun != "" && (isWeakVerb(name) || listItem || countUnit(m.Unit) && weakSubject(name, dicts) || countUnit(m.Unit) && endsWithVerb(name) || verb != "" && strings.HasSuffix(name, verb) || verb != "" && strings.HasPrefix(name, verb) && weakSubject(strings.TrimPrefix(name, verb), dicts)) {
				switch {
				case pred != "":
					name = pred + "的" + noun + "数"
				case tail != "" && verb != "":
					// 完成8个区域的专业规划编制: the regions that completed it
					name = verb + tail + "的" + noun + "数"
				case isWeakVerb(name) && name != "在" && name != "为" && name != "对" && name != "向" && name != "与":
					name = name + noun + "数"
				case endsWithVerb(name) && !isPreposition(name):
					name = name + noun + "数"
				default:
					name = noun + "数"
				}
			} else if isWeakVerb(name) {
				name = ""
			}
			if n := qualifiedHolder(rs, m); n != "" && measureWord(name) {
				// 培育若干家销售收入超1亿美元的设计公司: the figure is a
				// measure of the enterprises the sentence wants
				name = n + holderMeasure(name)
			}
			// 本地许可证18张、跨省许可证288张: the next item of a list keeps
			// the owner the item before named
			if k > 0 && lb > 0 && rs[lb-1] == '、' && lb-1 == ms[k-1].End && len(out) > 0 && out[len(out)-1].Unit == m.Unit {
				name = siblingName(out[len(out)-1].Name, name)
			}
			name, parent, parentUnit = breakdownName(name, trimmed, last, parent, parentUnit, m.Unit, len(out) > 0 && out[len(out)-1].Unit == m.Unit)
			// a heading run into this sentence before the figure ends the
			// previous sentence's subject
			headed := topicAt(m.Start) != topic
			prefixed := false
			if name != "" && !described && subject != "" && m.Start > subjectEnd && !(subjectEnd < 0 && headed) && !strings.Contains(name, subject) && (verbPhrase(name) || len([]rune(name)) <= 4 && measureWord(name)) {
				name, prefixed = subject+name, true
			}
			if h := anaphorHead(name); h != "" && !described {
				// 中心全年举办培训4次: the bare head stands for the centre named before
				if e := figureEntity(rs, m.Start, ctx.carried(), topic, topicAt(m.Start)); strings.HasSuffix(e, h) && len(e) > len(h) {
					name, prefixed = e+strings.TrimPrefix(name, h), true
				}
			}
			if name != "" && !prefixed && genericName(name) {
				if e := figureEntity(rs, m.Start, ctx.carried(), topic, topicAt(m.Start)); e != "" && !strings.Contains(name, e) {
					name, prefixed = e+name, true
				}
			}
			if name != "" {
				if t := topicAt(m.Start); !prefixed && t != "" && len([]rune(name)) <= 4 && measureWord(name) && !strings.HasPrefix(name, t) && !strings.HasPrefix(t, "第") {
					name = cleanIndicatorName(t) + name
				}
				base = true
			}
		}
		name, m.Unit = perBase(finalName(name), m.Unit)
		if name == "" || len([]rune(name)) < 2 {
			continue
		}
		if base {
			names = append(names, name)
		}
		v := indicatorValue{Name: name, Value: m.Value, Unit: m.Unit, Raw: m.Raw, Comparator: m.Comp, Start: m.Start, End: m.End}
		if m.HasUpper {
			lo, hi := m.Value, m.Upper
			v.Comparator = ">="
			w := v
			w.Value, w.Comparator = hi, "<="
			if lo > hi {
				v.Comparator, w.Comparator = "<=", ">="
			}
			_ = lo
			out = append(out, v, w)
			continue
		}
		out = append(out, v)
	}
	newTopic := topicAt(len(rs))
	// the entity is read only if a later figure needs it: most never do
	done, entity := false, ""
	carried := func() string {
		if !done {
			done, entity = true, carriedEntity(rs, ctx.carried(), topic, newTopic)
		}
		return entity
	}
	ownSubject := func() string {
		x, _ := own()
		return x
	}
	return out, lineContext{topic: newTopic, subject: ownSubject, entity: carried}
}

// subjectOf is the subject the sentence before gave, or "".
func (c lineContext) subjectOf() string {
	if c.subject == nil {
		return ""
	}
	return c.subject()
}

// lineContext is what one sentence of a line tells the next: the topic a
// run-in heading sets, the subject the sentence is about and the system or
// programme (entity) its figures are reported for.
type lineContext struct {
	topic string
	// subject gives the noun phrase that opens the sentence; nil at the
	// start of a line
	subject func() string
	// entity gives the system the sentence's figures are reported for;
	// nil at the start of a line
	entity func() string
}

// carried is the entity in force, or "".
func (c lineContext) carried() string {
	if c.entity == nil {
		return ""
	}
	return c.entity()
}

// figureEntity is the system or programme a generic figure name belongs to:
// the last one named in the sentence before the figure, else the one the
// sentences before named, unless a heading intervened.
func figureEntity(rs []rune, at int, prev, oldTopic, newTopic string) string {
	if e := sentenceEntity(rs, at); e != "" {
		return e
	}
	if newTopic == oldTopic && prev != "" {
		return prev
	}
	if t := cleanName(newTopic); entityName(t) {
		return t
	}
	return ""
}

// carriedEntity is the entity the next sentence inherits: the one this
// sentence named, else the one in force if the sentence ended with a
// semicolon (the same item goes on), else a heading that names a system.
func carriedEntity(rs []rune, prev, oldTopic, newTopic string) string {
	if e := sentenceEntity(rs, len(rs)); e != "" {
		return e
	}
	if newTopic != oldTopic {
		prev = ""
	}
	if t := strings.TrimSpace(string(rs)); prev != "" && strings.HasSuffix(t, ";") {
		return prev
	}
	if t := cleanName(newTopic); entityName(t) {
		return t
	}
	return ""
}

// respectively picks the base name the k-th figure of a 分别 list refers to:
// the n figures after 分别 answer the last n names, in order.
func respectively(names []string, ms []valueMention, k int, s string) string {
	rs := []rune(s)
	// the figures of the list: from the one after 分别 while only 和/、 part them
	first := k
	for first > 0 && strings.TrimSpace(string(rs[ms[first-1].End:ms[first].Start])) != "" && !strings.Contains(string(rs[ms[first-1].End:ms[first].Start]), "分别") && len([]rune(strings.TrimSpace(string(rs[ms[first-1].End:ms[first].Start])))) <= 1 {
		first--
	}
	n := 1
	for j := first + 1; j < len(ms); j++ {
		gap := strings.TrimSpace(string(rs[ms[j-1].End:ms[j].Start]))
		if gap != "和" && gap != "、" && gap != "及" {
			break
		}
		n++
	}
	idx := len(names) - n + (k - first)
	if idx < 0 || idx >= len(names) {
		if len(names) == 0 {
			return ""
		}
		return names[len(names)-1]
	}
	return names[idx]
}

// continuation says the words before a figure only move the last quantity
// on (上升为, 增加到, 和): the figure is another value of it.
func continuation(name string) bool {
	switch name {
	case "上升", "下降", "增加", "提高", "提升", "增长", "扩大", "减少", "降低", "上升为", "和", "及", "或":
		return true
	}
	return false
}

// weakSubject says the words before a figure name a place or the whole
// (全市1Mbps以上无线宽带覆盖), so the noun after the figure names the quantity.
func weakSubject(name string, dicts *Dictionaries) bool {
	if name == "" || isWeakVerb(name) {
		return true
	}
	switch name {
	case "全市", "本市", "全区", "全省", "全国", "城镇", "农村", "郊区", "中心城区":
		return true
	}
	_, ok := dicts.RegionOf(name)
	return ok
}

// measureWord says a short name is a generic measure (销售收入, 利润,
// 从业人员) that needs the subject a heading gives it.
func measureWord(name string) bool {
	for _, w := range []string{"收入", "额", "量", "率", "值", "利润", "人员", "用户", "规模", "产值", "人数", "总数", "产能", "能力"} {
		if strings.HasSuffix(name, w) {
			return true
		}
	}
	return false
}

// countUnit says a unit counts things (个, 家, 所) rather than measures them.
func countUnit(u string) bool {
	u = strings.TrimLeft(u, "万亿千百")
	return strings.Contains("个家所项台张条种位名人户座栋块门批次场期类处款件套部辆", u) && len([]rune(u)) == 1
}

// predicate verbs that end the counted noun (45家医院开通了…).
var predicateVerbs = []string{"开通", "建成", "建立", "实现", "开展", "完成", "形成", "参加", "获得", "通过", "进行", "被", "列入", "纳入", "提供", "覆盖", "应用", "使用", "组织", "举办", "设立", "开设", "引进", "发布", "接入", "入驻", "取得", "启动", "推广", "采用", "具备", "拥有", "达到", "参与", "作", "实施", "得到", "进入", "签订", "申请", "成为", "加入", "连接", "互联"}

func endsWithVerb(s string) bool {
	for _, v := range append(predicateVerbs, weakVerbs...) {
		if strings.HasSuffix(s, v) {
			return true
		}
	}
	return false
}

// countedNoun reads what a count figure counts and what is said of it:
// 45家医院开通了绑定支付业务 → 医院, 开通绑定支付业务. The noun runs from the
// unit to a break, 的 or a predicate verb that starts a word (ws marks the
// word starts, so 合作 does not end a noun at 作). A list of counts that
// share one predicate (45家医院、37个街道开通了…) gives each the predicate;
// a noun followed by 的 returns the phrase after it as tail (8个区域的规划编制).
func countedNoun(rs []rune, m valueMention, ws []bool) (noun, pred, tail string) {
	if !countUnit(m.Unit) {
		return "", "", ""
	}
	i := m.End
	j := i
	// 2-3条12英寸生产线: a size at the start qualifies the counted noun
	for j < len(rs) && (isASCIIDigit(rs[j]) || rs[j] == '.' && j > i) {
		j++
	}
	for j < len(rs) && j-i < 14 && !isBreak(rs[j]) && rs[j] != '的' && !isASCIIDigit(rs[j]) && !(ws[j] && strings.ContainsRune(chineseDigits[3:], rs[j])) {
		if j > i && ws[j] && startsVerb(rs, j) {
			break
		}
		j++
	}
	// 部门和19个区县: the connector belongs to the list, not to the noun;
	// 区县近200家: a comparator belongs to the next figure
	if j > i && j < len(rs) && startsFigure(rs, j) {
		for _, c := range []string{"和", "及", "与", "近", "约", "超过", "逾"} {
			if k := j - len([]rune(c)); k > i && hasStringAt(rs, k, c) {
				j = k
				break
			}
		}
	}
	noun = cleanName(quantifierRe.ReplaceAllString(stubConjunct(rs, i, j), ""))
	// 2个以网络运营、技术服务…构成的服务品牌: a preposition opens a
	// qualifier; the counted noun is the head after its last 的
	if j-i >= 1 && strings.ContainsRune("以由按凭", rs[i]) {
		e := i
		for e < len(rs) && !strings.ContainsRune(",;:。!?", rs[e]) {
			e++
		}
		if k := lastRune(rs[i:e], '的'); k > 0 {
			h := i + k + 1
			he := h
			for he < e && he-h < 12 && !isBreak(rs[he]) {
				he++
			}
			if he-h >= 2 {
				return cleanName(string(rs[h:he])), "", ""
			}
		}
	}
	if len([]rune(noun)) < 1 || noun == "以上" || noun == "左右" || tallyWord(noun) {
		return "", "", ""
	}
	k := listEnd(rs, j, ws)
	if k < len(rs) && ws[k] && startsVerb(rs, k) {
		e := k
		for e < len(rs) && e-k < 20 && !isBreak(rs[e]) {
			e++
		}
		pred = strings.ReplaceAll(string(rs[k:e]), "了", "")
	} else if k == j && j < len(rs) && rs[j] == '的' {
		e := j + 1
		for e < len(rs) && e-j <= 20 && !isBreak(rs[e]) {
			e++
		}
		if e < len(rs) && !isBreak(rs[e]) || isASCIIDigit(rs[e-1]) {
			return noun, "", ""
		}
		tail = string(rs[j+1 : e])
	}
	return noun, pred, tail
}

// startsFigure says a number starts at j.
func startsFigure(rs []rune, j int) bool {
	return j < len(rs) && (isASCIIDigit(rs[j]) || strings.ContainsRune(chineseDigits[3:], rs[j]))
}

// listEnd skips the further items of a list of counts (、37个街道和8家银行)
// that starts at j and returns where the list ends.
func listEnd(rs []rune, j int, ws []bool) int {
	for n := 0; n < 8; n++ {
		c := j
		for _, conn := range []string{"、", "和", "及", "与", "以及"} {
			if hasStringAt(rs, j, conn) {
				c = j + len([]rune(conn))
				break
			}
		}
		if c == j || !startsFigure(rs, c) {
			return j
		}
		k := c
		for k < len(rs) && !isBreak(rs[k]) && !(ws[k] && startsVerb(rs, k)) {
			if k > c && strings.ContainsRune("和及与", rs[k]) && startsFigure(rs, k+1) {
				break
			}
			k++
		}
		j = k
	}
	return j
}

// clauseVerbs open a clause whose object a count figure counts (完成8个区域的…).
var clauseVerbs = []string{"累计完成", "完成", "确定", "审批", "审核", "受理", "发放", "培训", "举办", "接待", "安装", "改造", "推进", "建成", "建立", "新建", "开通", "认定", "实施", "组织", "启动", "支持", "扶持", "培育"}

// clauseVerb returns the verb that opens the clause around position at, after
// the time phrases and openers (至年末, 累计), or "".
func clauseVerb(rs []rune, at int) string {
	st := lastBreak(rs, at)
	c := cleanLead(string(rs[st:at]))
	for _, v := range clauseVerbs {
		if strings.HasPrefix(c, v) {
			return strings.TrimPrefix(v, "累计")
		}
	}
	return ""
}

// cleanLead strips the time phrases and clause openers at the start of s.
func cleanLead(s string) string {
	s = strings.TrimSpace(s)
	for changed := true; changed && s != ""; {
		changed = false
		if loc := leadTimeRe.FindStringIndex(s); loc != nil && loc[1] > 0 {
			s, changed = s[loc[1]:], true
		}
		for _, w := range leadWords {
			if w != "实现" && strings.HasPrefix(s, w) && len(s) > len(w) {
				s, changed = s[len(w):], true
				break
			}
		}
	}
	return s
}

func startsVerb(rs []rune, j int) bool {
	for _, v := range predicateVerbs {
		if hasStringAt(rs, j, v) {
			return true
		}
	}
	return false
}

// lastBreak is where the phrase ending at i starts.
func lastBreak(rs []rune, i int) int {
	j := i
	for j > 0 && !strings.ContainsRune(",;:。!?", rs[j-1]) && !(rs[j-1] == ' ' && j >= 2 && rs[j-2] == ' ') {
		j--
	}
	return j
}

// suffixEnd is the end of the unit of m (before 以上/左右 the noun cannot start).
func suffixEnd(rs []rune, m valueMention) int { return m.End }

func byteOffset(s string, runes int) int {
	n := 0
	for i := range s {
		if n == runes {
			return i
		}
		n++
	}
	return len(s)
}

// personNouns and householdNouns end nouns that count people and
// households; a figure written with a multiplier alone before them
// (180万有线电视用户, 71万社区居民) counts in 人 or 户.
var personNouns = []string{"居民", "市民", "人员", "学生", "农民", "职工", "网民", "党员", "干部", "人才", "人"}
var householdNouns = []string{"用户", "家庭", "户"}

// impliedUnit is the unit a bare multiplier (万, 亿) takes from the noun that
// follows it, or "".
func impliedUnit(rs []rune, m valueMention, ws []bool) string {
	switch m.Unit {
	case "万", "亿", "千", "百万", "千万":
	default:
		return ""
	}
	if m.End != m.UnitEnd {
		return ""
	}
	j := m.End
	for j < len(rs) && j-m.End < 10 && !isBreak(rs[j]) && rs[j] != '的' && !isASCIIDigit(rs[j]) {
		if j > m.End && ws[j] && startsVerb(rs, j) {
			break
		}
		j++
	}
	noun := string(rs[m.End:j])
	if strings.HasSuffix(noun, "人次") {
		return "人次"
	}
	for k := range []rune(noun) {
		// the head noun may be followed by more words (用户数字电视整体转换):
		// test every prefix, longest first
		pre := string([]rune(noun)[:len([]rune(noun))-k])
		for _, n := range householdNouns {
			if strings.HasSuffix(pre, n) {
				return "户"
			}
		}
		for _, n := range personNouns {
			if strings.HasSuffix(pre, n) {
				return "人"
			}
		}
	}
	return ""
}

// perBaseRe is a per-capita base before the counted thing (每百人拥有移动电话).
var perBaseRe = regexp.MustCompile(`^(?:.*?)每(百|千|万)(人|户)(拥有)?(.{2,})$`)

// perBase moves a per-capita base from the name into the unit: 每百人拥有
// 移动电话 77.3部 is 移动电话拥有量 77.3部/百人.
func perBase(name, unit string) (string, string) {
	m := perBaseRe.FindStringSubmatch(name)
	if m == nil || unit == "" || strings.Contains(unit, "/") || unit == "%" {
		return name, unit
	}
	n := m[4]
	if m[3] != "" {
		n += "拥有量"
	}
	return n, unit + "/" + m[1] + m[2]
}

// holderHeads end the nouns for enterprises and institutions that a
// qualifying figure describes (销售收入超1亿美元的设计公司).
var holderHeads = []string{"企业", "公司", "厂商", "集团", "园区", "基地", "单位", "机构", "医院", "学校", "高校"}

// qualifiedHolder is the enterprise a figure qualifies when 的 and the
// enterprise's noun follow it, or "".
func qualifiedHolder(rs []rune, m valueMention) string {
	if m.End >= len(rs) {
		return ""
	}
	at := m.End
	if rs[at] == '、' {
		// 从业人员超过千人、经营收入超过10亿元的软件企业: qualifiers in a
		// list share the enterprise after the last one
		for at < len(rs) && at-m.End < 24 && rs[at] != '的' && !strings.ContainsRune(",;:。", rs[at]) {
			at++
		}
	}
	if at >= len(rs) || rs[at] != '的' {
		return ""
	}
	j := at + 1
	for j < len(rs) && j-at <= 12 && !isBreak(rs[j]) && rs[j] != '的' && !isASCIIDigit(rs[j]) {
		j++
	}
	if j < len(rs) && (rs[j] == '的' || isASCIIDigit(rs[j])) {
		return ""
	}
	n := cleanName(string(rs[at+1 : j]))
	for _, h := range holderHeads {
		if strings.HasSuffix(n, h) && len([]rune(n)) > len([]rune(h)) {
			return n
		}
	}
	return ""
}

// holderLeadRe is the words before the measure of a group of enterprises
// (培育若干家销售收入, 一批从业人员).
var holderLeadRe = regexp.MustCompile(`^.*(?:一批|若干家|若干个|若干|一些|数家|多家|[0-9一二两三四五六七八九十]+家)`)

// holderMeasure is the measure at the end of a name that names enterprises
// by a figure: what precedes the group word goes.
func holderMeasure(name string) string {
	if loc := holderLeadRe.FindStringIndex(name); loc != nil && loc[1] < len(name) {
		return name[loc[1]:]
	}
	return name
}

// finalName tidies a name put together from several parts: a heading's
// dash and a part given twice (政府网站政府网站) go.
func finalName(name string) string {
	name = stripListMarker(strings.TrimLeft(name, "—-~ "))
	// 用户占比96.4%: 占比 is itself the share; the share reading must not
	// add a second 比重
	if strings.HasSuffix(name, "占比比重") {
		name = strings.TrimSuffix(name, "比重")
	}
	rs := []rune(name)
	for n := len(rs) / 2; n >= 2; n-- {
		for i := 0; i+2*n <= len(rs); i++ {
			if string(rs[i:i+n]) == string(rs[i+n:i+2*n]) {
				return string(rs[:i+n]) + string(rs[i+2*n:])
			}
		}
	}
	return name
}

// lastRune is the index of the last r in rs, or -1.
func lastRune(rs []rune, r rune) int {
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i] == r {
			return i
		}
	}
	return -1
}

// baseMultipleRe is a clause that gives only the base of a multiple
// (是上年末的, 为2015年的).
var baseMultipleRe = regexp.MustCompile(`^(?:分别)?(?:是|为|相当于)(?:上年末?|去年|同期|[0-9]{4}年(?:末|底)?|“?十[一二三四五]?五”?期?末)的$`)

// wholeOf drops 总量/总额 from the whole of a share when it only says "the
// total of" a place (全国总量 → 全国); a statistic named with 总额
// (社会消费品零售总额) keeps it.
func wholeOf(of string) string {
	for _, w := range []string{"总量", "总额"} {
		if r := strings.TrimSuffix(of, w); r != of && (strings.HasPrefix(r, "全") || len([]rune(r)) <= 2) {
			return r
		}
	}
	return of
}
