package loaders

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/plangraph/plangraph/graph"
)

// planSuffixes end the names of plans the text cites without 《》. Bare 计划
// and 方案 are left out: unquoted, they mostly name projects and
// programmes (制造业信息化示范计划), which the Projects stage reads.
var planSuffixes = []string{"规划纲要", "规划方案", "行动计划", "推进计划", "规划", "纲要", "战略"}

// planRightOK are what may follow an unquoted plan name: punctuation, a
// conjunction, or a verb or noun that takes the plan as its object
// (规划编制, 规划研究). Anything else makes the suffix part of a longer word
// (战略部署, 规划布局, 统筹规划建设).
var planRightOK = []string{"和", "与", "及", "、", "等", "的", "编制", "研究", "相", "明确", "确定", "颁布", "提出", "重大专项", "为", "中", "要求", "精神"}

// planTriggers are the words after which a plan's name starts, and the
// relation the citing plan has to it: based on it, implementing it, or
// none (it is being drawn up). Longest first where one holds another.
var planTriggers = []struct{ word, rel string }{
	{"编制和实施", ""}, {"编制完成", ""}, {"组织编写", ""}, {"组织编制", ""},
	{"贯彻落实", "based"}, {"全面落实", "implements"}, {"认真落实", "implements"},
	{"依据", "based"}, {"根据", "based"}, {"按照", "based"}, {"遵照", "based"}, {"遵循", "based"},
	{"贯彻", "based"}, {"对接", "based"}, {"参照", "based"}, {"指导下", "based"},
	{"落实", "implements"}, {"实施", "implements"}, {"执行", "implements"},
	{"编制", ""}, {"制定", ""}, {"制订", ""}, {"完成", ""}, {"启动", ""}, {"印发", ""},
	{"出台", ""}, {"颁布的", ""}, {"发布的", ""}, {"印发的", ""}, {"结合", ""}, {"推进", ""},
	{"修订", ""}, {"把握", "based"},
}

// planLeadAdverbs are adverbs and light verbs that stand between a trigger
// and the name (全力实施, 加快推进) and are no part of it.
var planLeadAdverbs = []string{"全力", "大力", "加快", "积极", "深入", "认真", "全面", "继续", "进一步", "重点", "组织", "初步", "着力", "切实", "深化", "抓紧", "好", "了", "的", "以", "及", "和", "与", "在"}

// planHeads end a phrase that is complete before 和/及 (科学发展观和X战略,
// 总体方向和国家X纲要), so the name after the conjunction stands alone.
var planHeads = []string{"观", "精神", "要求", "方针", "方向", "部署", "思想", "规划", "纲要", "战略", "政策", "原则", "方案"}

// planGenericHard open phrases that refer to a plan without naming it
// (本规划, 各类专项规划); planGenericSoft do so unless a region precedes
// them (全市规划 is generic, 长三角区域…规划 a name).
var planGenericHard = []string{"本", "该", "此", "各", "有关", "相关", "上述", "这", "新一轮", "其他", "其它"}
var planGenericSoft = []string{"全市", "全区", "统筹", "统一", "整体", "总体", "有", "两", "同步", "城乡", "控制性", "专业", "专项", "区域"}

// distributiveRe reads "A、B、C三个方面的“十一五”专项规划": one plan per
// item, sharing the words after the count. Items counted as 区域/地区 are
// the areas one plan covers instead.
var distributiveRe = regexp.MustCompile(`^(.+[、和及].+?)(?:等)?([两二三四五六七八九十\d]+)个(方面|领域|区域|地区|区县)?的?(.*)$`)

// selfPlanWords are how a plan names itself.
var selfPlanWords = []string{"本规划", "本行动计划", "本计划", "本纲要", "本方案", "本规划纲要"}

// planMention is a plan the text names.
type planMention struct {
	name, form   string
	start, end   int
	region       string
	rel          string
	trigger      string
	covers       []string
	regionPrefix bool
}

// findUnquotedPlans returns the plans named without 《》 in the text.
func findUnquotedPlans(dicts *Dictionaries, d *Doc, quoted []bool) []planMention {
	var out []planMention
	text := d.Text
	for i := d.Body; i < len(text); i++ {
		if quoted[i] {
			continue
		}
		suf := planSuffixIndex.at(text, i)
		if suf == "" {
			continue
		}
		j := i + len([]rune(suf))
		if suf == "纲要" && i >= 2 && string(text[i-2:i]) == "规划" {
			continue
		}
		if !planRightBoundary(text[j:]) {
			i = j - 1
			continue
		}
		l := i
		for l > 0 && i-l < 80 && !planHardStop(text[l-1]) && !quoted[l-1] {
			l--
		}
		seg := text[l:i]
		out = append(out, readPlanSegment(dicts, d, seg, l, suf, j)...)
		i = j - 1
	}
	return out
}

func planRightBoundary(rest []rune) bool {
	if len(rest) == 0 {
		return true
	}
	if strings.ContainsRune("，,。;；:：、)）》”\"」 \n\t!！?？", rest[0]) || unicode.IsDigit(rest[0]) {
		return true
	}
	for _, w := range planRightOK {
		if hasStringAt(rest, 0, w) {
			return true
		}
	}
	return false
}

func planHardStop(r rune) bool {
	return strings.ContainsRune("，,。;；:：!！?？\n\t 《》　", r)
}

// readPlanSegment reads the plan(s) whose name ends at the suffix suf
// after seg (which starts at rune offset off).
func readPlanSegment(dicts *Dictionaries, d *Doc, seg []rune, off int, suf string, end int) []planMention {
	p, trig, rel := 0, "", ""
	for k := 0; k < len(seg); k++ {
		for _, t := range planTriggers {
			if hasStringAt(seg[k:], 0, t.word) {
				e := k + len([]rune(t.word))
				p, trig, rel = e, t.word, t.rel
				k = e - 1 // 编制和实施 is one trigger, not 编制 then 实施
				break
			}
		}
	}
	// distributive lists: A、B两个…规划
	if m := distributiveRe.FindStringSubmatch(string(seg[p:])); m != nil && !strings.ContainsAny(m[4], "、和") {
		items := splitItems(stripLead(m[1]))
		var out []planMention
		if m[3] == "区域" || m[3] == "地区" || m[3] == "区县" {
			pm := makePlan(dicts, d, m[4]+suf, off+p, end, trig, rel)
			if pm != nil {
				for _, it := range items {
					pm.covers = append(pm.covers, cleanName(it))
				}
				out = append(out, *pm)
			}
			return out
		}
		for _, it := range items {
			if pm := makePlan(dicts, d, it+m[4]+suf, off+p, end, trig, rel); pm != nil {
				out = append(out, *pm)
			}
		}
		return out
	}
	// split at a conjunction when what follows stands alone
	for q := p + 1; q < len(seg); q++ {
		c := seg[q-1]
		if !strings.ContainsRune("和及与、的以在", c) {
			continue
		}
		rest := seg[q:]
		left := string(seg[p : q-1])
		ok := startsWithRegion(dicts, d, rest)
		if !ok && (c == '和' || c == '及') {
			for _, h := range planHeads {
				if strings.HasSuffix(left, h) {
					ok = true
				}
			}
		}
		if !ok && c == '、' {
			for _, s := range planSuffixes {
				if strings.HasSuffix(left, s) {
					ok = true
				}
			}
		}
		if c == '的' && (q == len(seg) || (q >= 2 && seg[q-2] == '”')) {
			ok = false
		}
		if ok {
			p = q
		}
	}
	pm := makePlan(dicts, d, string(seg[p:])+suf, off+p, end, trig, rel)
	if pm == nil {
		return nil
	}
	return []planMention{*pm}
}

func splitItems(s string) []string {
	var out []string
	for _, x := range strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == '和' || r == '及' }) {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func stripLead(s string) string {
	for changed := true; changed; {
		changed = false
		for _, a := range planLeadAdverbs {
			if strings.HasPrefix(s, a) && len(s) > len(a) {
				s, changed = s[len(a):], true
			}
		}
	}
	return s
}

var leadYearRe = regexp.MustCompile(`^(?:19|20)\d\d年?(?:[-～~—至到](?:19|20)\d\d)?年(?:度)?`)

// startsWithRegion reports whether rs opens with a region's name or a word
// standing for one (国家, 本市).
func startsWithRegion(dicts *Dictionaries, d *Doc, rs []rune) bool {
	r, _, _ := regionPrefix(dicts, d, string(rs))
	return r != ""
}

// regionPrefix returns the region a plan's name opens with, the name with
// the region's self-reference resolved (本市X → 上海市X), and whether the
// form was a self-reference.
func regionPrefix(dicts *Dictionaries, d *Doc, name string) (region, canonical string, self bool) {
	body := leadYearRe.ReplaceAllString(name, "")
	lead := name[:len(name)-len(body)]
	for _, w := range []string{"本市", "我市", "本区", "我区", "本省", "我省", "本县"} {
		if strings.HasPrefix(body, w) && d.Region != "" {
			return d.Region, lead + d.Region + body[len(w):], true
		}
	}
	for _, w := range []string{"国家", "全国"} {
		if strings.HasPrefix(body, w) {
			return "中国", name, false
		}
	}
	rs := []rune(body)
	if len(rs) > 12 {
		rs = rs[:12]
	}
	if ms := dicts.regionForms.find(rs); len(ms) > 0 && ms[0].Start == 0 {
		return pickRegion(dicts, ms[0].Targets, d.Region), name, false
	}
	if strings.HasPrefix(body, "市") && strings.HasSuffix(d.Region, "市") && !strings.ContainsRune("场民级区县政委属", []rune(body)[1]) {
		return d.Region, lead + d.Region + body[len("市"):], true
	}
	return "", name, false
}

var periodWordRe = regexp.MustCompile(`“?十[一二三四五]?五”?|第[一二三四五六七八九十]+个五年|(?:19|20)\d\d年?[-～~—至到]*(?:(?:19|20)\d\d年?)?|[（(][^)）]*[)）]`)

// makePlan checks a candidate plan name and returns it as a mention.
func makePlan(dicts *Dictionaries, d *Doc, form string, start, end int, trig, rel string) *planMention {
	form = stripLead(strings.TrimSpace(form))
	form = strings.Replace(form, "”的", "”", 1)
	if strings.Contains(strings.Replace(form, "”的", "", 1), "的") {
		return nil
	}
	if !planListOK(form) {
		return nil
	}
	region, canonical, _ := regionPrefix(dicts, d, form)
	_, hasPeriod := ParsePeriod(form)
	if trig == "" && region == "" && !hasPeriod && !strings.Contains(form, "”") {
		return nil
	}
	core := form
	if region != "" {
		core = strings.TrimPrefix(leadYearRe.ReplaceAllString(core, ""), "本市")
		for _, w := range []string{"国家", "全国", "我市", "本区", "我区", "本省", "我省", "本县"} {
			core = strings.TrimPrefix(core, w)
		}
	}
	core = periodWordRe.ReplaceAllString(core, "")
	for _, s := range planSuffixes {
		core = strings.TrimSuffix(core, s)
	}
	if region != "" {
		if e, ok := dicts.Regions[region]; ok {
			for _, f := range append([]string{e.Name}, e.Aliases...) {
				core = strings.TrimPrefix(core, f)
			}
		}
		core = strings.TrimPrefix(core, "市")
	}
	for _, w := range []string{"专项", "发展", "专业", "中长期", "总体", "整体", "区域"} {
		core = strings.TrimSuffix(core, w)
	}
	if region != "" && hasPeriod && core == "" {
		core = "--" // 国家“十一五”规划纲要: a region and a period make a name
	}
	if len([]rune(core)) < 2 || len([]rune(form)) > 40 {
		return nil
	}
	for _, g := range planGenericHard {
		if strings.HasPrefix(core, g) {
			return nil
		}
	}
	for _, g := range planGenericSoft {
		if strings.HasPrefix(core, g) && region == "" {
			return nil
		}
	}
	name := cleanName(canonical)
	return &planMention{name: name, form: cleanName(form), start: start, end: end, region: region, rel: rel, trigger: trig, regionPrefix: region != ""}
}

// planListOK rejects a candidate that is a list rather than one name: a
// bare suffix after 、 (项目、重大专项、行动计划), a one- or two-character
// item (市、区县两级…规划), an item that is a project, or 等各类….
func planListOK(form string) bool {
	parts := strings.Split(form, "、")
	for i, p := range parts {
		if i == len(parts)-1 {
			for _, s := range planSuffixes {
				if p == s {
					return false
				}
			}
			continue
		}
		if len([]rune(p)) < 3 {
			return false
		}
		for _, h := range []string{"项目", "专项", "工程", "平台", "系统"} {
			if strings.HasSuffix(p, h) {
				return false
			}
		}
	}
	if i := strings.LastIndex(form, "等"); i >= 0 {
		for _, g := range planGenericHard {
			if strings.HasPrefix(form[i+len("等"):], g) {
				return false
			}
		}
	}
	return true
}

// quotedMask marks the runes inside 《》.
func quotedMask(text []rune) []bool {
	mask := make([]bool, len(text)+1)
	in := false
	for i, r := range text {
		if r == '《' {
			in = true
		}
		mask[i] = in
		if r == '》' {
			in = false
		}
	}
	return mask
}

// planProps are the properties of a cited plan: its kind, period and region.
func planProps(dicts *Dictionaries, form, region string) map[string]any {
	props := map[string]any{}
	if k, ok := dicts.DocKindOf(form); ok {
		props["kind"] = k.Kind
	}
	if p, ok := ParsePeriod(form); ok {
		props["periodStart"], props["periodEnd"] = p[0], p[1]
	}
	if region != "" {
		props["region"] = region
	}
	return props
}

// addPlanMention adds a plan read by findUnquotedPlans, with COVERS to its
// region and the citing plan's relation to it.
func addPlanMention(dicts *Dictionaries, d *Doc, pm planMention) *graph.Node {
	ev := d.Evidence(pm.start, pm.end)
	var aliases []string
	if pm.form != pm.name {
		aliases = append(aliases, pm.form)
	}
	n := d.AddNode(graph.LabelPlan, pm.name, aliases, planProps(dicts, pm.form, pm.region), ev)
	if n.ID == d.SelfPlan {
		return n
	}
	region, covers := pm.region, pm.covers
	if region == "" && len(covers) == 0 {
		if place := placePrefix(pm.name); place != "" {
			covers = []string{place}
		} else if pm.rel == "" && d.Region != "" && (pm.trigger != "" || drawUpRe.MatchString(d.Slice(clauseStart(d, pm.start), pm.start))) {
			// a plan the text says is being drawn up (编制, 制定, 完成),
			// named without a region, is the document's region's own.
			region = d.Region
		}
	}
	coverPlan(dicts, d, n, region, covers, ev)
	relateCitation(d, n, pm.rel, ev)
	return n
}

// drawUpRe opens a clause that says plans are drawn up or issued, where
// their names stand after an earlier citation (印发《A》及B、C专项规划).
var drawUpRe = regexp.MustCompile(`(?:^|[\s　])(?:组织)?(?:印发|编制|制定|制订|完成|启动|出台)`)

// clauseStart returns where the clause holding pos starts.
func clauseStart(d *Doc, pos int) int {
	c, _ := clauseAt(d, pos, pos)
	return c
}

// placeSuffixRe ends a place name that opens a plan's title without being
// in the dictionary of regions: 某某园区, 某某新城, 某某枢纽.
var placeSuffixRe = regexp.MustCompile(`^(\p{Han}{2,8}?(?:园区|新城|城区|开发区|工业区|商务区|港区|枢纽|配套区|滨江地区))`)

// placePrefix returns the place a plan's title opens with, when the title
// names one by such a suffix.
func placePrefix(name string) string {
	m := placeSuffixRe.FindStringSubmatch(leadYearRe.ReplaceAllString(name, ""))
	if m == nil {
		return ""
	}
	return m[1]
}

// coverPlan adds COVERS from a cited plan to the region its title names,
// or to the areas listed for it.
func coverPlan(dicts *Dictionaries, d *Doc, n *graph.Node, region string, areas []string, ev graph.Evidence) {
	if region != "" && len(areas) == 0 {
		// 上海世博园区X规划: the place after the region is what it covers
		if e, ok := dicts.Regions[region]; ok {
			rest := leadYearRe.ReplaceAllString(n.Name, "")
			for _, f := range append([]string{e.Name}, e.Aliases...) {
				if f != "" && strings.HasPrefix(rest, f) {
					if place := placePrefix(strings.TrimPrefix(rest, f)); place != "" {
						region, areas = "", []string{place}
					}
					break
				}
			}
		}
	}
	if region != "" {
		r := d.addRegion(dicts, region, ev)
		d.AddEdge(graph.Covers, n.ID, r.ID, nil, ev)
	}
	for _, a := range areas {
		name := a
		if e, ok := dicts.RegionOf(a); ok {
			name = e.Name
		}
		r := d.addRegion(dicts, name, ev)
		d.AddEdge(graph.Covers, n.ID, r.ID, nil, ev)
	}
}

// relateCitation adds the citing document's relation to a cited plan or
// policy: BASED_ON for a plan's basis, IMPLEMENTS for what a plan or
// bulletin carries out.
func relateCitation(d *Doc, n *graph.Node, rel string, ev graph.Evidence) {
	from := d.SelfPlan
	switch {
	case rel == "implements" && n.Label == graph.LabelPlan:
		if from == "" {
			from = d.ID
		}
		d.AddEdge(graph.Implements, from, n.ID, nil, ev)
	case rel == "based" || rel == "implements":
		if from != "" {
			d.AddEdge(graph.BasedOn, from, n.ID, nil, ev)
		}
	}
}

// addSelfAliases records how the document names itself (本规划, 本行动计划)
// and a short form by its span (三年行动计划 for a 2011-2013 plan).
func addSelfAliases(d *Doc) {
	n := d.Node(d.SelfPlan)
	if n == nil {
		return
	}
	text := string(d.Text)
	for _, w := range selfPlanWords {
		if strings.Contains(text, w) && !slices.Contains(n.Aliases, w) {
			i := indexRunes(d.Text, []rune(w), 0)
			if i >= 0 && !hasStringAt(d.Text, i+len([]rune(w)), "纲要") {
				d.AddNode(n.Label, n.Name, []string{w}, nil, d.Evidence(i, i+len([]rune(w))))
			}
		}
	}
	if len(d.Meta.Period) == 2 {
		years := d.Meta.Period[1] - d.Meta.Period[0] + 1
		if w, ok := chineseCount[years]; ok {
			for _, k := range []string{"行动计划"} {
				if k2, ok := kindWord(n.Name); ok && k2 == k {
					form := w + "年" + k
					if i := indexRunes(d.Text, []rune(form), d.Body); i >= 0 {
						d.AddNode(n.Label, n.Name, []string{form}, nil, d.Evidence(i, i+len([]rune(form))))
					}
				}
			}
		}
	}
}

var chineseCount = map[int]string{2: "两", 3: "三", 4: "四", 5: "五"}

func kindWord(name string) (string, bool) {
	for _, k := range []string{"行动计划", "规划"} {
		if strings.HasSuffix(strings.TrimRight(name, ")）0123456789年-—~～（( "), k) {
			return k, true
		}
	}
	return "", false
}

var planSuffixIndex = indexOf(&planSuffixes)
