package loaders

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// orgMention is one agency name read from the text by its structure.
type orgMention struct {
	Start, End int
	// Surface is the text as written (市信息委).
	Surface string
	// Name is the full form (上海市信息化委员会); equal to Surface when
	// nothing was expanded.
	Name string
	// Region is the canonical region the name places the agency in, "" when
	// the name says none.
	Region string
	// Anchored says the name opens with a region, a level prefix or a
	// national prefix; unanchored names are only kept on stronger evidence.
	Anchored bool
	Suffix   string
}

// orgScope tells a scan which regions the level prefixes stand for: in a
// 静安区 text 区 is 静安区 and 市 is 上海市.
type orgScope map[string]string

// newOrgScope resolves the level prefixes against the document's region and
// its parents: a prefix whose level the document's region chain does not
// have stays unresolved (市 in a multi-region text).
func newOrgScope(dicts *Dictionaries, region string) orgScope {
	s := orgScope{}
	for name, i := region, 0; name != "" && i < 8; i++ {
		e, ok := dicts.Regions[name]
		if !ok {
			break
		}
		last := string([]rune(e.Name)[len([]rune(e.Name))-1:])
		switch {
		case strings.HasSuffix(e.Name, "自治区"):
			setOnce(s, "自治区", e.Name)
		case strings.HasSuffix(e.Name, "新区"):
			setOnce(s, "新区", e.Name)
			setOnce(s, "区", e.Name)
		case last == "市" || last == "省" || last == "区" || last == "县" || last == "州" || last == "镇" || last == "乡":
			setOnce(s, last, e.Name)
		}
		name = e.Parent
	}
	return s
}

func setOnce(m map[string]string, k, v string) {
	if _, ok := m[k]; !ok {
		m[k] = v
	}
}

// orgNationalPrefixes open names of national bodies without a region.
var orgNationalPrefixes = []string{"中国共产党", "中共", "中国", "中华", "国家", "中央", "国务院"}

// orgExtraSuffixes end names of bodies that the dictionary's suffix list
// leaves out because they are not single words: meetings and groups that
// act as bodies.
var orgExtraSuffixes = []string{"海关", "人大常委会", "人大", "联席会议", "常务会议", "协调小组", "工作小组", "专题组", "专家组", "工作组", "顾问团", "天文台", "图书馆", "指挥室", "警备区", "总站"}

// orgStrongSuffixes may end a name that has no region or level in front
// (云海产业联盟, 信息化专家委员会): they name bodies, never things.
var orgStrongSuffixes = map[string]bool{
	"委员会": true, "领导小组": true, "领导小组办公室": true, "联盟": true, "协会": true, "商会": true,
	"学会": true, "联合会": true, "促进会": true, "基金会": true, "联席会议": true, "协调小组": true,
	"专题组": true, "专家组": true, "工作组": true, "顾问团": true, "有限公司": true, "股份有限公司": true,
	"有限责任公司": true, "集团有限公司": true, "集团公司": true, "研究院": true, "研究所": true,
	"交易所": true, "天文台": true, "管理局": true, "监督管理局": true, "总局": true, "办公室": true,
}

// orgSkipSuffixes end more things than bodies in this genre (产业基地,
// 网站, 基站): names ending so come from the dictionary only.
var orgSkipSuffixes = map[string]bool{"基地": true, "站": true}

// orgWeakSuffixes are one character long or common word endings: they only
// end a name with a region or level in front (市水务局, 上海海关).
var orgWeakSuffixes = map[string]bool{
	"办": true, "厅": true, "处": true, "委": true, "局": true, "所": true, "站": true, "署": true,
	"部": true, "院": true, "基地": true, "大队": true, "总队": true, "支队": true, "政府": true,
	"银行": true, "集团": true, "学校": true, "学院": true, "医院": true, "党组": true, "党委": true,
	"公司": true, "报社": true, "人大": true, "人大常委会": true, "海关": true, "电视台": true, "总站": true, "警备区": true, "指挥室": true, "图书馆": true,
}

// orgNextStop are characters that, right after a suffix, show the suffix
// was the start of another word: 局长, 部门, 所有, 中心城区, 委托.
const orgNextStop = "长员门理有在属以得托派士校于点面势分署城区级内外务工法罚网织村"

// orgPrevStop are, per one-character suffix, the characters before it that
// make a common word rather than a name's end: 全局, 布局, 内部, 场所, 网站.
var orgPrevStop = map[string]string{
	"局": "全布格结当开时大胜饭", "部": "内全局干西东南北中总外下上俱头腹背支", "所": "场诊厕住处",
	"处": "之到好各难益", "办": "承主举创开合协兴包督代", "署": "部签", "院": "庭剧影", "委": "居村",
}

// orgAfterRunes may follow a name ending in a one-character suffix: a
// boundary, or a word that starts the rest of the clause (市水务局等,
// 市委组织部开展).
const orgAfterRunes = "领和与及的在等将已对为联牵负会组开建发承于共积认加推实完启同把被是也还均都按根依通提主举印制出作设召成下批审核配安协参统指、"

// orgStopRunes never occur inside an agency name; a candidate body holding
// one ran past the name's start into the sentence.
const orgStopRunes = "的了着是在将把被从向等并或为已由对就要以及"

// orgCueWords are the verbs and prepositions after which a name starts.
var orgCueWords = []string{
	"依托", "配合", "支持", "协助", "会同", "联合", "组建", "成立", "建立", "设立", "发挥", "完善", "加强",
	"推进", "通过", "组织", "牵头", "负责", "委托", "授权", "深化", "拓展", "加快", "提升", "开展", "召开",
	"形成", "增强", "强化", "突出", "用好", "鼓励", "引导", "扶持", "壮大", "规范", "做强", "健全", "连接", "围绕", "实施", "承担", "整合", "发展", "培育", "引进", "参与", "经", "由", "与", "和", "及",
	"同", "对", "在", "向", "以", "请", "报", "为", "被", "让", "将", "从", "下设", "下属",
	// 建设X中心, 打造X平台: what is built is a project; the name, if any,
	// starts after the verb.
	"建设", "打造", "搭建",
}

// orgGeneric are names that are a class of bodies, not one body.
var orgGeneric = map[string]bool{
	"委员会": true, "办公室": true, "中心": true, "政府": true, "人民政府": true, "部门": true, "企业": true,
	"专业委员会": true, "行业协会": true, "领导小组": true, "领导小组办公室": true, "工作小组": true,
	"专家组": true, "工作组": true, "协会": true, "联盟": true, "公司": true, "集团": true, "银行": true,
	"产业联盟": true, "企业联盟": true, "合作联盟": true, "行业联盟": true, "行业合作联盟": true,
}

// orgFacilityStems before 中心 name a facility or a role, not a body
// (数据中心, 呼叫中心, 研发中心 as a thing built).
var orgFacilityStems = []string{"数据", "呼叫", "灾备", "备份", "指挥", "研发", "运营", "服务", "计算", "交换", "处理", "控制", "调度", "监控", "展示", "体验", "物流", "金融", "贸易", "航运", "经济", "创新", "配送", "客服", "分", "支", "镇", "心"}

// isOrgNameRune says whether r may occur inside an agency name.
func isOrgNameRune(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-'
}

// suffixAt returns the longest agency suffix that starts at i, from the
// dictionary's list and orgExtraSuffixes.
func orgSuffixAt(dicts *Dictionaries, text []rune, i int) string {
	if i < 0 || i >= len(text) {
		return ""
	}
	// The longest suffix starting at i: candidates are indexed by their
	// first rune, longest first, because this runs at every position.
	for _, s := range orgSuffixIndex(dicts)[text[i]] {
		if hasStringAt(text, i, s) {
			return s
		}
	}
	return ""
}

var orgSuffixes sync.Map // *Dictionaries → map[rune][]string

// orgSuffixIndex returns the agency suffixes the scanner uses, by first
// rune, longest first.
func orgSuffixIndex(dicts *Dictionaries) map[rune][]string {
	if idx, ok := orgSuffixes.Load(dicts); ok {
		return idx.(map[rune][]string)
	}
	idx := map[rune][]string{}
	add := func(s string) {
		r, _ := utf8.DecodeRuneInString(s)
		if s != "" && !slices.Contains(idx[r], s) {
			idx[r] = append(idx[r], s)
		}
	}
	for _, s := range dicts.AgencySuffixes {
		if !orgSkipSuffixes[s] {
			add(s)
		}
	}
	for _, s := range orgExtraSuffixes {
		add(s)
	}
	for _, list := range idx {
		sort.SliceStable(list, func(a, b int) bool {
			return utf8.RuneCountInString(list[a]) > utf8.RuneCountInString(list[b])
		})
	}
	orgSuffixes.Store(dicts, idx)
	return idx
}

// hasStringAt reports whether text holds s at rune offset i, without
// converting s: the scanners ask this at every position of a document, so
// the runes of text are compared with the bytes of s as UTF-8, which
// rejects a mismatch without decoding s.
func hasStringAt(text []rune, i int, s string) bool {
	if i < 0 {
		return false
	}
	j, k := i, 0
	for ; k < len(s); j++ {
		if j >= len(text) {
			return false
		}
		r := text[j]
		switch {
		case r < 0x80:
			if s[k] != byte(r) {
				return false
			}
			k++
		case r < 0x800:
			if k+1 >= len(s) || s[k] != byte(0xC0|r>>6) || s[k+1] != byte(0x80|r&0x3F) {
				return false
			}
			k += 2
		case r < 0x10000:
			if k+2 >= len(s) || s[k] != byte(0xE0|r>>12) || s[k+1] != byte(0x80|(r>>6)&0x3F) || s[k+2] != byte(0x80|r&0x3F) {
				return false
			}
			k += 3
		default:
			var buf [utf8.UTFMax]byte
			n := utf8.EncodeRune(buf[:], r)
			if !strings.HasPrefix(s[k:], string(buf[:n])) {
				return false
			}
			k += n
		}
	}
	return true
}

func hasRunesAt(text []rune, i int, s []rune) bool {
	if i < 0 || i+len(s) > len(text) {
		return false
	}
	for j, r := range s {
		if text[i+j] != r {
			return false
		}
	}
	return true
}

// longestAt returns the longest form of m that starts at text[i].
func (m *matcher) longestAt(text []rune, i int) (match, bool) {
	for _, form := range m.candidates(text, i) {
		if m.at(text, i, form) {
			return match{Start: i, End: i + utf8.RuneCountInString(form), Form: form, Targets: m.target[form]}, true
		}
	}
	return match{}, false
}

// orgWindowStart walks left from s over name characters (and one bracketed
// part such as （东部）) to where the clause holding the name starts.
func orgWindowStart(text []rune, s, max int) int {
	i := s
	for i > 0 && s-i < max {
		r := text[i-1]
		if r == ')' || r == '）' {
			j := i - 2
			for j >= 0 && i-j < 8 && text[j] != '(' && text[j] != '（' && isOrgNameRune(text[j]) {
				j--
			}
			if j >= 0 && (text[j] == '(' || text[j] == '（') {
				i = j
				continue
			}
			break
		}
		if !isOrgNameRune(r) {
			break
		}
		i--
	}
	return i
}

// scanOrgs reads the agency names of text by their structure: an optional
// region, level or national prefix, a body and an agency suffix.
func scanOrgs(dicts *Dictionaries, scope orgScope, text []rune) []orgMention {
	var out []orgMention
	for s := 0; s < len(text); s++ {
		suf := orgSuffixAt(dicts, text, s)
		if suf == "" {
			continue
		}
		e := s + len([]rune(suf))
		// 所在, 局长 stop a name; after a longer suffix 在/于 start the
		// clause (上海汽车电子工程中心在…).
		if e < len(text) && strings.ContainsRune(orgNextStop, text[e]) && !orgStrongSuffixes[suf] &&
			!(len([]rune(suf)) > 1 && strings.ContainsRune("在于以得", text[e])) {
			continue
		}
		// 委 of 委员会 and 中心 of 研究中心 are read at their longest.
		if s > 0 && orgSuffixAt(dicts, text, s-1) != "" && len([]rune(orgSuffixAt(dicts, text, s-1))) > 1+len([]rune(suf)) {
			continue
		}
		if !orgSuffixBounded(text, s, e, suf) {
			continue
		}
		if m, ok := orgAt(dicts, scope, text, s, e, suf); ok {
			out = append(out, m)
		}
	}
	return out
}

// orgSuffixBounded says a one-character suffix really ends a name: not
// inside a common word (全局, 网站) and followed by a boundary.
func orgSuffixBounded(text []rune, s, e int, suf string) bool {
	if s > 0 && strings.ContainsRune(orgPrevStop[suf], text[s-1]) {
		return false
	}
	if len([]rune(suf)) > 1 && suf != "政府" {
		return true
	}
	return e >= len(text) || !unicode.Is(unicode.Han, text[e]) || strings.ContainsRune(orgAfterRunes, text[e])
}

// orgAt reads the name that ends with the suffix text[s:e].
func orgAt(dicts *Dictionaries, scope orgScope, text []rune, s, e int, suf string) (orgMention, bool) {
	ws := orgWindowStart(text, s, 28)
	// A name never runs across a stop character: start after the last one.
	for i := s - 1; i >= ws; i-- {
		if strings.ContainsRune(orgStopRunes, text[i]) && !orgInsideWord(text, i) {
			ws = i + 1
			break
		}
		// X局和市Y局: a conjunction before another name ends the first.
		if (text[i] == '和' || text[i] == '与') && i+1 < s {
			if _, ok := orgAnchorAt(dicts, scope, text, i+1, i+1); ok {
				ws = i + 1
				break
			}
		}
		// X委员会联合省Y厅, 省政府成立Z领导小组: a verb between two
		// bodies ends the first and starts the second.
		if w := orgSplitVerbs.at(text, i); w != "" && (i+len([]rune(w)) < s || i+len([]rune(w)) == s && orgJointVerbs[w]) {
			ws = i + len([]rune(w))
			break
		}
	}
	// Anchors: the leftmost region, national prefix, dictionary agency or
	// level prefix after a cue.
	for i := ws; i < s; i++ {
		if a, ok := orgAnchorAt(dicts, scope, text, ws, i); ok {
			m := orgMention{Start: i, End: e, Surface: string(text[i:e]), Anchored: true, Suffix: suf}
			m.Name, m.Region = expandOrg(dicts, scope, text[i:e], a)
			if m.Name == "" || orgRejected(text, m) {
				return orgMention{}, false
			}
			return m, true
		}
	}
	// Unanchored: only strong suffixes, after a cue or at the clause start.
	start := ws
	for i := s; i > ws; i-- {
		if w := orgCueBefore(text, ws, i); w != "" {
			start = i
			break
		}
	}
	m := orgMention{Start: start, End: e, Surface: string(text[start:e]), Suffix: suf}
	m.Name = m.Surface
	if len([]rune(m.Name))-len([]rune(suf)) < 2 {
		return orgMention{}, false
	}
	if !orgStrongSuffixes[suf] && !(suf == "中心" && (orgCentreCue(text, ws, start) || start == ws && orgSubject(text, start, e))) {
		return orgMention{}, false
	}
	if orgRejected(text, m) {
		return orgMention{}, false
	}
	return m, true
}

// orgInsideWord says the stop rune at i belongs to a word of a name:
// 对外 (对外经济贸易委员会), 发展和 is not a stop.
func orgInsideWord(text []rune, i int) bool {
	switch {
	case text[i] == '对' && i+1 < len(text) && text[i+1] == '外':
		return true
	case text[i] == '等' && i+1 < len(text) && text[i+1] == '级':
		return true
	case text[i] == '以' && i > 0 && (text[i-1] == '所' || text[i-1] == '可'):
		return true
	}
	return false
}

// orgCentreCue says the words before an unanchored X中心 make it a body that
// acts: 依托X中心, 由X中心.
func orgCentreCue(text []rune, ws, start int) bool {
	w := orgCueBefore(text, ws, start)
	return w == "依托" || w == "由" || w == "委托" || w == "成立" || w == "组建"
}

// orgSubject says a bare X中心 opens a heading or its clause and is the
// subject of a report verb (软件评测中心建成…, 　　超级计算中心　　…).
func orgSubject(text []rune, start, e int) bool {
	if start > 0 && !unicode.IsSpace(text[start-1]) && !strings.ContainsRune("。;,:", text[start-1]) {
		return false
	}
	if e >= len(text) || unicode.IsSpace(text[e]) {
		return start == 0 || unicode.IsSpace(text[start-1])
	}
	for _, v := range []string{"建成", "开通", "开展", "完成", "启动", "形成", "承担", "搭建", "推出", "获得", "参与", "成为", "("} {
		if hasStringAt(text, e, v) {
			return true
		}
	}
	return false
}

// orgCueBefore returns the cue word that ends right before i, if any.
func orgCueBefore(text []rune, ws, i int) string {
	for k, rs := range orgCueRunes() {
		if i-len(rs) >= ws && hasRunesAt(text, i-len(rs), rs) {
			return orgCueWords[k]
		}
	}
	return ""
}

// orgCueRunes are orgCueWords as runes, converted once: orgCueBefore runs
// at every position a name may start.
var orgCueRunes = sync.OnceValue(func() [][]rune {
	out := make([][]rune, len(orgCueWords))
	for k, w := range orgCueWords {
		out[k] = []rune(w)
	}
	return out
})

// orgAnchor is what opens a name.
type orgAnchor struct {
	// Region is the canonical region named, or the region a level prefix
	// stands for ("" when unresolved).
	Region string
	// Level is the level prefix (市) when the name opens with one.
	Level string
	// Len is the anchor's length in runes.
	Len int
}

func orgAnchorAt(dicts *Dictionaries, scope orgScope, text []rune, ws, i int) (orgAnchor, bool) {
	if m, ok := dicts.agencyForms.longestAt(text, i); ok {
		return orgAnchor{Len: m.End - m.Start}, true
	}
	if m, ok := dicts.regionForms.longestAt(text, i); ok && !orgGenericRegion[m.Form] {
		// A region chain (上海市静安区) places the name in its last member.
		region, end := m.Targets[0], m.End
		for {
			n, ok := dicts.regionForms.longestAt(text, end)
			if !ok || orgGenericRegion[n.Form] {
				break
			}
			region, end = pickRegion(dicts, n.Targets, region), n.End
		}
		if len(m.Targets) > 1 {
			region = pickRegion(dicts, m.Targets, scopeRegion(scope))
		}
		// 成都市武侯区X局 in a 武侯区 text: the document's own district,
		// which the dictionary does not list, ends the chain.
		if own := scope["区"] + scope["县"]; own != "" && hasStringAt(text, end, own) && text[end-1] == '市' {
			if _, known := dicts.Regions[own]; !known {
				region, end = own, end+len([]rune(own))
			}
		}
		return orgAnchor{Region: region, Len: end - i}, true
	}
	for _, p := range orgNationalPrefixes {
		if hasStringAt(text, i, p) && !hasStringAt(text, i+len([]rune(p)), "级") {
			return orgAnchor{Len: len([]rune(p))}, true
		}
	}
	if i > 0 && (text[i-1] == '本' || text[i-1] == '我') {
		// 本市互联网交换中心: the document's own region.
		if r := scope[string(text[i])]; r != "" && i-1 >= ws {
			return orgAnchor{Region: r, Level: string(text[i]), Len: 1}, true
		}
	}
	if i == ws || orgCueBefore(text, ws, i) != "" || !strings.ContainsRune(orgLevelNotAfter[string(text[i])], text[i-1]) {
		for _, p := range []string{"自治区", "新区", "省", "市", "区", "县", "州", "镇", "乡"} {
			n := i + len([]rune(p))
			if hasStringAt(text, i, p) && n < len(text) && (!strings.ContainsRune(orgLevelNotBefore, text[n]) || orgLevelShortForm(dicts, text, n)) &&
				(i == 0 || !strings.ContainsRune("省市区县", text[i-1])) {
				return orgAnchor{Region: scope[p], Level: p, Len: len([]rune(p))}, true
			}
		}
	}
	return orgAnchor{}, false
}

// orgLevelNotAfter are, per level prefix, the characters before it that
// make a common word: 城市, 超市, 郊区, 园区.
var orgLevelNotAfter = map[string]string{
	"市": "城都超上门全本我该各省县区市夜集股黑街沪新(（", "区": "地园城社小郊景山辖片街校灾新市县开保军选警湾港(（",
	"县": "区郡州知全本我各市(（", "省": "各本全我外该节反", "州": "", "镇": "城乡村集重(（", "乡": "城家故下老",
	"自治区": "", "新区": "",
}

// orgLevelNotBefore are characters that make a level prefix the start of a
// common word: 区域, 市民, 市场, 县城, 省级.
const orgLevelNotBefore = "域内外级间民场区县面值城长属直辖"

// orgLevelWordStarts are the characters of orgLevelNotBefore that also
// open the short stems of bodies: 市民政局, 市城管委, 市场监管局.
const orgLevelWordStarts = "民城场"

// orgLevelShortForm says the word at n after a level prefix is the short
// stem of a body rather than a common word (市民 of 市民参与, 市场 of 市场化):
// an agency suffix follows within the word.
func orgLevelShortForm(dicts *Dictionaries, text []rune, n int) bool {
	if !strings.ContainsRune(orgLevelWordStarts, text[n]) {
		return false
	}
	for k := n + 1; k <= n+3 && k < len(text) && isOrgNameRune(text[k]); k++ {
		if strings.ContainsRune(orgStopRunes, text[k]) {
			return false
		}
		if orgSuffixAt(dicts, text, k) != "" {
			return true
		}
	}
	return false
}

// orgGenericRegion are region forms that say "the whole country" and so do
// not open an agency's name.
var orgGenericRegion = map[string]bool{"全国": true, "国内": true, "我国": true, "中国": true, "中华人民共和国": true}

func scopeRegion(scope orgScope) string {
	for _, k := range []string{"区", "县", "市", "省"} {
		if r := scope[k]; r != "" {
			return r
		}
	}
	return ""
}

// expandOrg returns the full name of a name opened by anchor a: 市信息委 →
// 上海市信息化委员会, 市政府 → 上海市人民政府, 市委 → 中共上海市委员会.
func expandOrg(dicts *Dictionaries, scope orgScope, name []rune, a orgAnchor) (string, string) {
	rest := string(name[a.Len:])
	head := string(name[:a.Len])
	if a.Level != "" {
		if a.Region == "" {
			if rest == "政府" || rest == "人民政府" {
				return "", "" // 县人民政府 in a city text: every county's
			}
			return string(name), ""
		}
		head = a.Region
	} else if a.Region != "" {
		// 上海 and 上海市 open the same names; keep what the text wrote
		// unless a short form is expanded below.
		if e, ok := dicts.Regions[a.Region]; ok && head != e.Name && orgExpands(dicts, rest) {
			head = e.Name
		}
	}
	switch {
	case strings.HasPrefix(rest, "政府") && !strings.HasPrefix(rest, "政府办"):
		rest = "人民" + rest
	case rest == "委" && a.Region != "":
		return "中共" + head + "委员会", a.Region
	case strings.HasPrefix(rest, "委") && a.Region != "" && len([]rune(rest)) > 2 && strings.HasSuffix(rest, "部"):
		return "中共" + head + rest, a.Region
	default:
		rest = expandAbbrev(dicts, rest)
	}
	return head + rest, a.Region
}

// orgExpands says whether rest is a short form expandAbbrev changes.
func orgExpands(dicts *Dictionaries, rest string) bool {
	return rest == "政府" || rest == "委" || expandAbbrev(dicts, rest) != rest
}

// expandAbbrev replaces the longest short stem ending rest with its full
// form (信息委 → 信息化委员会).
func expandAbbrev(dicts *Dictionaries, rest string) string {
	best := ""
	for k := range dicts.Abbrev {
		if strings.HasSuffix(rest, k) && len(k) > len(best) {
			best = k
		}
	}
	if best == "" {
		return rest
	}
	return strings.TrimSuffix(rest, best) + dicts.Abbrev[best]
}

// orgRejected says a candidate is a class of bodies or a facility rather
// than one body.
func orgRejected(text []rune, m orgMention) bool {
	body := strings.TrimSuffix(m.Surface, m.Suffix)
	if orgGeneric[m.Surface] || orgGeneric[m.Name] {
		return true
	}
	if o, c := strings.IndexAny(m.Surface, "(（"), strings.IndexAny(m.Surface, ")）"); c >= 0 && (o < 0 || c < o) {
		return true // 县)…: the name began inside a bracket
	}
	if m.Anchored && body == "" && m.Suffix != "政府" && m.Suffix != "人民政府" && m.Suffix != "委" {
		// 市局, 区委办: a level prefix with a bare suffix.
		if _, isLevel := map[string]bool{"市": true, "区": true, "县": true, "省": true}[string([]rune(m.Surface)[:1])]; isLevel && len([]rune(m.Surface)) <= 2 {
			return true
		}
	}
	if m.Suffix == "中心" && strings.Contains(body, "国际") {
		return true // 国际贸易中心, 国际展览中心: a role or a venue
	}
	if m.Suffix == "中心" {
		for _, f := range []string{"呼叫", "灾备", "备份", "云计算"} {
			if strings.Contains(body, f) {
				return true
			}
		}
		// 建设嘉定“上海物联网中心”: a quoted centre being built is a project.
		if m.Start > 2 && text[m.Start-1] == '“' && strings.ContainsAny(string(text[m.Start-3:m.Start-1]), "建设造构") {
			return true
		}
		for _, f := range orgFacilityStems {
			if strings.HasSuffix(body, f) && (!m.Anchored && len([]rune(body)) <= 3 || body == f) {
				return true
			}
		}
	}
	// 各区县政府, 相关委办局, 57个市级委办局: a class.
	before := string(text[max(0, m.Start-3):m.Start])
	for _, w := range []string{"各", "每", "相关", "有关", "所有", "各级", "个", "家", "级", "一批", "一些", "若干", "多个", "区县", "省市"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	for _, w := range []string{"各", "相关", "有关", "市级", "区级", "县级", "省级", "区县"} {
		if strings.Contains(body, w) {
			return true
		}
	}
	// 召开一次联席会议, 设立两个中心: a count of sittings or of bodies.
	if b := []rune(body); len(b) >= 2 && strings.ContainsRune("一二两三四五六七八九十每", b[0]) && strings.ContainsRune("次个家批项届所座", b[1]) {
		return true
	}
	if !m.Anchored {
		for _, w := range []string{"一批", "一些", "若干", "各类", "多个", "部分", "区域内"} {
			if strings.HasPrefix(body, w) {
				return true
			}
		}
	}
	// 长三角信用服务行业协会联盟: the inner name is a class of members.
	if hasStringAt(text, m.End, "联盟") || hasStringAt(text, m.End, "联合会") {
		return true
	}
	// X累计达16家: a count of a class.
	after := string(text[m.End:min(len(text), m.End+4)])
	if strings.HasPrefix(after, "累计") || strings.HasPrefix(after, "共有") {
		return true
	}
	return false
}

// orgSplitVerbs join two bodies in a sentence, never one name.
var orgSplitVerbList = []string{"联合", "会同", "成立", "组建", "组织", "牵头", "配合", "协同", "委托", "指导", "设立",
	// 与大学合作共建研究院: the partner ends before the joint verb.
	"共建", "合作建设", "合作成立", "合作开展", "携手", "签署", "签订"}
var orgSplitVerbs = indexOf(&orgSplitVerbList)

// orgJointVerbs never end a name, even right before a suffix (合作共建研究院
// builds a body, it names none); 组织 of 组织部 and 联合 of 联合会 may.
var orgJointVerbs = map[string]bool{"共建": true, "合作建设": true, "合作成立": true, "合作开展": true, "携手": true, "签署": true, "签订": true}
