package loaders

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/plangraph/plangraph/graph"
)

// zoneMention is one area read by the structure of its name rather than
// from the dictionary: a zone or park (青浦新城, 莘庄工业区), a generic part
// of a city (中心城区, 郊区) or a group of cities (长三角16城市).
type zoneMention struct {
	Start, End int
	// Name is the canonical name; Surface is the text as written.
	Name, Surface string
	Level         string
	// Anchor is the canonical region the name opens with ("" when none):
	// 杨浦 in 杨浦新江湾城. The zone lies inside it.
	Anchor string
	// Stem is the proper part of the name before its suffix (世博 of 世博园区).
	Stem string
	// AnchorLen is the length of the anchor's text in runes.
	AnchorLen int
	// Named says the anchor is a mention of its own (闸北 in
	// 信息服务外包产业园(闸北)), not only a part of the zone's name.
	Named bool
}

// zoneSuffixes end the names of zones and parks. Each needs a proper name
// in front (莘庄工业区); a generic one (工业园区, 物流园区) is a class of
// areas, not one area. The words come in classes that every Chinese city's
// and province's plans use, not from one document:
//   - the zone types of national policy: 经济技术开发区, 高新技术产业开发区,
//     出口加工区, 保税区, 保税港区, 开发区;
//   - parks: 工业园区, 科技园区, 产业园区, 软件园区 and their short forms;
//   - the units of a city master plan (城市总体规划): 新城, 商务区, 集聚区,
//     功能区, 配套区 (the area serving a station or a park), 组团 (a
//     cluster of a polycentric city);
//   - ports and transport hubs: 港区 (深水港区 reads as a 港区 whose stem
//     is generic), 交通枢纽 (综合交通枢纽: 综合 is a generic word), and 枢纽
//     alone under the guard in zoneAt;
//   - waters: 水域, 流域, 海域.
var zoneSuffixes = []string{
	"经济技术开发区", "高新技术产业开发区", "出口加工区", "保税港区", "保税区", "开发区",
	"工业园区", "科技园区", "产业园区", "软件园区", "工业区", "科技园", "科学园", "产业园", "软件园", "园区",
	"新城", "商务区", "集聚区", "功能区", "配套区", "组团",
	"交通枢纽", "港区", "枢纽",
	"水域", "流域", "海域",
}

// zoneAnchoredSuffixes end zone names only after a region (崇明陈家镇,
// 杨浦新江湾城, 浦东滨江地区): alone they are common words.
var zoneAnchoredSuffixes = []string{"地区", "镇", "城"}

// zoneGenericParts are the words of generic heads: an area named only by
// them (产业园区, 金融信息服务产业园区, 国家级工业园区) is a class of areas.
var zoneGenericParts = []string{
	"高新技术", "高科技", "集成电路", "物联网", "云计算", "国家级", "市级", "区级", "省级", "产业", "工业", "物流", "特色",
	"科技", "高新", "软件", "信息", "服务", "外包", "数字", "媒体", "金融", "创意", "文化", "国际", "专业", "重点",
	"重要", "现代", "综合", "交通", "互动", "娱乐", "数据", "电子", "商务", "创新", "动漫", "生物", "医药", "出口",
	"加工", "技术", "经济", "开发", "保税", "各类", "相关", "一批", "新兴", "农业", "生态", "旅游", "贸易", "航运",
	"通信", "网络", "智慧", "智能", "示范", "试点", "特色", "城市", "中心", "主要", "大型", "中小", "新型", "现有",
	"周边", "沿海", "内陆", "功能", "研发", "制造", "总部", "基地", "公共", "区域", "深水", "国家", "本市", "全市",
	"全国", "该", "各", "其他", "有关", "和", "及", "与", "或", "等", "级", "郊区", "城区", "城镇", "乡镇", "新市镇",
	"共享", "交换", "航空", "核心", "门户", "高端", "教育", "接壤", "毗邻", "周边", "沿线", "沿江", "临近", "重大",
	"枢纽", "商业", "居住", "生活", "办公", "产城", "融合", "配套",
}

// zoneStops end a name walking left: a name never runs across them.
const zoneStops = "的了着是在将把被从向等并或为已由对就要以及和与年个、"

// zoneCues are the verbs and prepositions after which an area's name
// starts (建设世博园区, 覆盖洋山深水港区).
var zoneCues = append([]string{
	"完成", "启动", "覆盖", "推动", "建成", "打造", "依托", "位于", "落户", "入驻", "进驻", "聚焦", "面向",
	"涵盖", "包括", "辐射", "延伸", "扩展", "全力", "率先", "实现", "促进", "建设", "根据",
	"乃至", "左右", "规划", "加快", "推进", "形成", "带动", "吸引", "集聚", "连接", "联通", "沟通", "贯通", "整合",
	"完善", "提升", "优化", "布局", "利用", "保护", "治理", "监测", "引进", "拓展", "进入", "来自", "前往", "抓好", "做好", "结合", "以及", "至", "到",
}, orgCueWords...)

// cityParts are the generic parts of a city every plan names: they lie in
// the document's own city, or in the region written before them. 中心城 and
// 郊区县 are the terms of the municipalities' plans (北京, 上海, 天津, 重庆
// divide into a central city and suburban districts and counties); 中心城区
// and 郊区/郊县 those of other cities.
var cityParts = map[string]string{
	"中心城区": "中心城区", "中心城": "中心城区", "郊区县": "郊区", "郊区": "郊区", "郊县": "郊区",
}

// scanZones reads the zones, city parts and city groups of text.
func scanZones(dicts *Dictionaries, text []rune) []zoneMention {
	var out []zoneMention
	covered := func(s, e int) bool {
		for _, z := range out {
			if s < z.End && e > z.Start {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(text); i++ {
		if z, ok := cityPartAt(dicts, text, i); ok && !covered(z.Start, z.End) {
			out = append(out, z)
			i = z.End - 1
			continue
		}
		if z, ok := cityGroupAt(dicts, text, i); ok && !covered(z.Start, z.End) {
			out = append(out, z)
			i = z.End - 1
			continue
		}
	}
	for i := 0; i < len(text); i++ {
		suf, anchoredOnly := zoneSuffixAt(text, i)
		if suf == "" {
			continue
		}
		e := i + len([]rune(suf))
		// 园区内, 新城区: the suffix runs on into another word.
		if e < len(text) && strings.ContainsRune("市县内外级", text[e]) {
			continue
		}
		z, ok := zoneAt(dicts, text, i, e, anchoredOnly)
		if !ok {
			continue
		}
		// A longer zone ending here wins (虹桥枢纽商务区 over 虹桥枢纽).
		keep := out[:0]
		for _, o := range out {
			if !(o.Start >= z.Start && o.End <= z.End) {
				keep = append(keep, o)
			}
		}
		out = keep
		if !covered(z.Start, z.End) {
			out = append(out, z)
		}
	}
	return out
}

// zoneSuffixAt returns the longest zone suffix starting at i and whether it
// needs a region in front.
func zoneSuffixAt(text []rune, i int) (string, bool) {
	if s := zoneSuffixIndex.at(text, i); s != "" {
		return s, false
	}
	if s := zoneAnchoredIndex.at(text, i); s != "" {
		return s, true
	}
	return "", false
}

// zoneAt reads the zone whose suffix is text[s:e].
func zoneAt(dicts *Dictionaries, text []rune, s, e int, anchoredOnly bool) (zoneMention, bool) {
	ws := s
	for ws > 0 && s-ws < 10 && unicode.Is(unicode.Han, text[ws-1]) && !strings.ContainsRune(zoneStops, text[ws-1]) {
		ws--
	}
	// Start after the rightmost cue word (加快建设世博园区 → 世博园区).
	for i := s; i > ws; i-- {
		if w := zoneCueBefore(text, ws, i); w != "" {
			ws = i
			break
		}
	}
	if ws >= s {
		return zoneMention{}, false
	}
	head := text[ws:s]
	// The region chain that opens the head.
	anchor, i := regionChain(dicts, head)
	rest := string(head[i:])
	suf := string(text[s:e])
	if len(dicts.regionForms.exact(string(text[ws:e]))) > 0 {
		return zoneMention{}, false // 张江园区: a form of the dictionary
	}
	if anchoredOnly && (anchor == "" || len([]rune(rest)) < 2 || len([]rune(rest)) > 3 || zoneStem(rest) == "") {
		return zoneMention{}, false // 上海地区: the region itself
	}
	water := len([]rune(rest)) == 1 && strings.ContainsRune("河江湖", []rune(rest)[0])
	if water {
		anchor, i, rest = "", 0, string(head) // 苏州河流域: a river named after a city, not inside it
	}
	// The proper part: the head without its generic words.
	stem := zoneStem(rest)
	if stem == "" && anchor == "" {
		// 信息服务外包产业园(闸北): a generic park placed by a bracket.
		if e+2 < len(text) && text[e] == '(' {
			if m, ok := dicts.regionForms.longestAt(text, e+1); ok && m.End < len(text) && text[m.End] == ')' {
				return zoneMention{Start: ws, End: m.End + 1, Surface: string(text[ws : m.End+1]), Name: string(text[ws : m.End+1]),
					Anchor: pickRegion(dicts, m.Targets, ""), Level: "zone", Named: true}, true
			}
		}
		return zoneMention{}, false // 产业园区, 金融信息服务产业园区
	}
	for _, b := range []string{"大厦", "大楼", "广场", "中心", "路", "号", "街", "楼"} {
		if stem != "" && strings.HasSuffix(stem, b) {
			return zoneMention{}, false // 柳林大厦X园区: a park in a building
		}
	}
	if anchor == "" && len([]rune(stem)) < 2 {
		return zoneMention{}, false
	}
	// 信息通信枢纽, 物流信息枢纽: a hub of a network is a role, not a place.
	if (suf == "枢纽" || suf == "组团") && (anchor != "" && stem == "" || len([]rune(rest)) > 4) {
		return zoneMention{}, false
	}
	z := zoneMention{Start: ws, End: e, Surface: string(text[ws:e]), Anchor: anchor, Stem: stem, Level: "zone", AnchorLen: i}
	if suf == "镇" {
		z.Level = "town"
	}
	z.Name = z.Surface
	return z, true
}

// zoneStem returns the head up to its first generic word: the proper name
// (莘庄 of 莘庄工业区, 世博样板 of 世博样板组团), "" when the head opens
// with a generic word.
func zoneStem(rest string) string {
	rs := []rune(rest)
	for i := 0; i < len(rs); i++ {
		for _, g := range zoneGenericParts {
			if hasStringAt(rs, i, g) {
				return string(rs[:i])
			}
		}
	}
	return rest
}

func zoneCueBefore(text []rune, ws, i int) string {
	for _, w := range zoneCues {
		rs := []rune(w)
		if i-len(rs) >= ws && hasRunesAt(text, i-len(rs), rs) {
			return w
		}
	}
	return ""
}

// cityPartAt reads a generic city part at i (中心城区, 郊区县), with the
// region written right before it (上海中心城区).
func cityPartAt(dicts *Dictionaries, text []rune, i int) (zoneMention, bool) {
	if i < 0 || i >= len(text) || !cityPartFirst()[text[i]] {
		return zoneMention{}, false
	}
	form := ""
	for f := range cityParts {
		if len(f) > len(form) && hasStringAt(text, i, f) {
			form = f
		}
	}
	if form == "" {
		return zoneMention{}, false
	}
	e := i + len([]rune(form))
	// 中心城市 is a role (a central city), 中心城镇 a class of towns.
	if e < len(text) && strings.ContainsRune("市镇乡", text[e]) {
		return zoneMention{}, false
	}
	// 郊区 in 近郊区/远郊区 is still a city part; but 市郊区 is not ours.
	z := zoneMention{Start: i, End: e, Surface: form, Name: cityParts[form], Level: "multi"}
	// A region right before names the city (上海中心城区).
	for j := max(0, i-6); j < i; j++ {
		if m, ok := dicts.regionForms.longestAt(text, j); ok && m.End == i && !orgGenericRegion[m.Form] {
			z.Start, z.Anchor = j, pickRegion(dicts, m.Targets, "")
			z.Surface = string(text[j:e])
			z.Name = string(text[j:i]) + cityParts[form]
			break
		}
	}
	return z, true
}

// cityGroupAt reads a multi-region area followed by a count of its cities
// (长三角16城市, 珠三角9市).
func cityGroupAt(dicts *Dictionaries, text []rune, i int) (zoneMention, bool) {
	m, ok := dicts.regionForms.longestAt(text, i)
	if !ok {
		return zoneMention{}, false
	}
	e, ok := dicts.Regions[m.Targets[0]]
	if !ok || e.Level != "multi" {
		return zoneMention{}, false
	}
	j := m.End
	for j < len(text) && (text[j] >= '0' && text[j] <= '9' || strings.ContainsRune("一二三四五六七八九十", text[j])) {
		j++
	}
	if j == m.End {
		return zoneMention{}, false
	}
	k := j
	if k < len(text) && text[k] == '个' {
		k++
	}
	// 长三角16城市, 泛珠三角九省区; not 长三角两省一市, whose members the
	// multi-region dictionary knows.
	for _, w := range cityGroupWords {
		if hasStringAt(text, k, w) {
			end := k + len([]rune(w))
			if end < len(text) && strings.ContainsRune("0123456789一二三四五六七八九十两", text[end]) {
				return zoneMention{}, false
			}
			return zoneMention{Start: i, End: end, Surface: string(text[i:end]), Name: string(text[i:end]), Level: "multi", Anchor: e.Name}, true
		}
	}
	return zoneMention{}, false
}

// cityGroupWords end a counted group of the members of an area, longest
// first.
var cityGroupWords = []string{"省区市", "省市区", "省区", "省市", "城市", "地市", "省", "市"}

// insideZone says the span [s, e) lies inside a zone's name and is not the
// whole of it.
func insideZone(zones []zoneMention, s, e int) bool {
	for _, z := range zones {
		if s >= z.Start && e <= z.End && (s > z.Start || e < z.End) {
			return true
		}
	}
	return false
}

// zoneAfterBoundary says a name ends at i: the text ends or a non-name
// character follows.
func zoneAfterBoundary(text []rune, i int) bool {
	return i >= len(text) || !unicode.Is(unicode.Han, text[i]) || strings.ContainsRune(orgAfterRunes, text[i])
}

// addZones adds the zones read by structure, each PART_OF the nearest region
// around it that the document names: the region its name opens with when
// the text names that region elsewhere (金山二工业区 → 金山区), else that
// region's nearest named ancestor, else the document's own region.
func addZones(dicts *Dictionaries, d *Doc, zones []zoneMention, found map[string]bool) {
	names := map[string]bool{}
	for _, z := range zones {
		names[z.Name] = true
	}
	for _, z := range zones {
		ev := d.Evidence(z.Start, z.End)
		name, aliases := z.Name, []string(nil)
		if z.Surface != z.Name {
			aliases = append(aliases, z.Surface)
		}
		// 泛珠三角九省区(以下简称九省区)
		if a := orgDefinedAlias(d.Text, z.End); a != "" && a != z.Name {
			aliases = append(aliases, a)
		}
		// 上海世博园区 beside 世博园区: the region written in front is an
		// alias of the same zone.
		if short := string([]rune(z.Surface)[z.AnchorLen:]); z.AnchorLen > 0 && names[short] && short != name {
			name, aliases = short, []string{z.Surface}
		}
		// 样板组团 beside 世博样板组团: the tail of one longer zone is its
		// short form.
		if long := zoneLongForm(zones, z); long != "" {
			name, aliases = long, []string{z.Surface}
		}
		parent := z.Anchor
		if a, ok := dicts.Regions[z.Anchor]; ok && (a.Level == "zone" || z.Named) {
			// 张江集成电路产业园: a park inside a named park names both.
			d.addRegion(dicts, a.Name, ev)
			found[a.Name] = true
		}
		if parent == "" {
			// 世博样板组团 beside 世博园区: a zone whose name opens with
			// another zone's proper part lies inside it.
			for _, o := range zones {
				if o.Name != z.Name && o.Anchor == "" && len([]rune(o.Stem)) >= 2 && strings.HasPrefix(z.Stem, o.Stem) && z.Stem != o.Stem {
					parent = o.Name
					break
				}
			}
		}
		if z.Level == "multi" && parent == "" {
			parent = ownCity(dicts, d.Region)
		}
		if parent == "" {
			parent = d.Region
		}
		for p, i := parent, 0; p != "" && i < 8; i++ {
			if found[p] || names[p] || p == d.Region {
				parent = p
				break
			}
			e, ok := dicts.Regions[p]
			if !ok {
				break
			}
			p = e.Parent
		}
		props := map[string]any{"level": z.Level, "parent": parent}
		n := d.AddNode(graph.LabelRegion, name, aliases, props, ev)
		found[name] = true
		if parent != "" && parent != name {
			pid := graph.NodeID(graph.LabelRegion, parent)
			if d.Node(pid) == nil {
				if _, ok := dicts.Regions[parent]; !ok {
					continue // a zone of this text not added yet: linked below
				}
				d.addRegion(dicts, parent, ev)
			}
			d.AddEdge(graph.PartOf, n.ID, pid, nil, ev)
		}
	}
}

// zoneLongForm returns the one other zone without an anchor whose name ends
// with z's name, "" when none or several do.
func zoneLongForm(zones []zoneMention, z zoneMention) string {
	if z.Anchor != "" || len([]rune(z.Name)) < 4 {
		return ""
	}
	long := ""
	for _, o := range zones {
		if o.Name != z.Name && o.Anchor == "" && strings.HasSuffix(o.Name, z.Name) {
			if long != "" && long != o.Name {
				return ""
			}
			long = o.Name
		}
	}
	return long
}

// ownCity is the city of the document's region chain (上海市 for 静安区).
func ownCity(dicts *Dictionaries, region string) string {
	for r, i := region, 0; r != "" && i < 8; i++ {
		e, ok := dicts.Regions[r]
		if !ok {
			return ""
		}
		if strings.HasSuffix(e.Name, "市") {
			return e.Name
		}
		r = e.Parent
	}
	return ""
}

// regionFormSplit says a short form found in the text straddles two words
// (南平 in 指南平台): the characters on both of its sides make words with
// its own first and last characters.
func regionFormSplit(dicts *Dictionaries, text []rune, m match) bool {
	// 苏州河, 黄浦江, 南京路: a short form naming a river or a street.
	if e, ok := dicts.Regions[m.Targets[0]]; ok && e.Name != m.Form && m.End < len(text) && strings.ContainsRune("河江路街湖桥", text[m.End]) {
		return true
	}
	if len([]rune(m.Form)) != 2 || m.Start == 0 || m.End >= len(text) {
		return false
	}
	if e, ok := dicts.Regions[m.Targets[0]]; ok && e.Name == m.Form && e.Level != "country" {
		return false
	}
	return isCommonWord(string(text[m.Start-1:m.Start+1])) && isCommonWord(string(text[m.End-1:m.End+1]))
}

// isCommonWord says w is a word of the segmenter's general dictionary.
func isCommonWord(w string) bool {
	if err := loadSegmenter(MustDictionaries()); err != nil {
		return false
	}
	freq, _, ok := segmenter.Find(w)
	return ok && freq > 0
}

var (
	zoneSuffixIndex   = indexOf(&zoneSuffixes)
	zoneAnchoredIndex = indexOf(&zoneAnchoredSuffixes)
)

// cityPartFirst holds the first runes of cityParts, so that cityPartAt can
// pass over most positions at once.
var cityPartFirst = sync.OnceValue(func() map[rune]bool {
	m := map[rune]bool{}
	for f := range cityParts {
		r, _ := utf8.DecodeRuneInString(f)
		m[r] = true
	}
	return m
})

// findRegions returns the region forms named in text, leaving out short
// forms that straddle two words (南平 in 指南平台).
func (d *Dictionaries) findRegions(text []rune) []match {
	ms := d.regionForms.find(text)
	out := ms[:0]
	for _, m := range ms {
		if !regionFormSplit(d, text, m) {
			out = append(out, m)
		}
	}
	return out
}

// countyGenericEnds are the last two characters of area words ending in 区
// or 县 that name no one district or county (高新区, 中心城区, 各区县): a
// district read after its city never ends in them.
var countyGenericEnds = []string{
	"新区", "园区", "城区", "社区", "发区", "能区", "景区", "片区", "范区", "验区", "税区", "港区", "业区",
	"务区", "心区", "市区", "地区", "辖区", "校区", "街区", "展区", "镇区", "老区",
	"聚区", "套区", "各区", "全区", "本区", "我区", "该区", "两区", "县区", "区县", "各县", "全县", "本县",
	"属区", "级区", "级县", "试区", "作区", "贸区", "游区", "合区", "济区", "技区", "创区", "动区",
}

// unlistedUnitAfter reads at text[end:] a district or county that the
// dictionary does not list, right after the city region whose name ends at
// end (成都市|武侯区): the unit, its level, and whether there is one.
func unlistedUnitAfter(dicts *Dictionaries, region string, text []rune, end int) (string, string, bool) {
	if e, ok := dicts.Regions[region]; !ok || e.Level != "city" || end < 1 || end > len(text) || text[end-1] != '市' {
		return "", "", false
	}
	return countyUnitAt(text, end)
}

// countyKindStems end the words before 区/县 that say what kind of
// district or county is meant, not which one.
var countyKindStems = []string{
	"贫困", "重点", "试点", "示范", "先行", "所辖", "辖", "中心", "数字", "智慧", "每个", "各", "全", "本", "该", "其他",
	"农业", "工业", "山区", "边境", "民族", "产粮", "生态",
}

// countyUnitAt reads at text[i:] a district or county the dictionary does
// not list, written right after its city (成都市|武侯区人民政府): one to
// three Han characters and 区 or 县, not a generic area word. It returns
// the name and its level.
func countyUnitAt(text []rune, i int) (string, string, bool) {
	for n := 1; n <= 3 && i+n < len(text); n++ {
		r := text[i+n-1]
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune(zoneStops+"市省区县", r) {
			return "", "", false
		}
		suf := text[i+n]
		if suf != '区' && suf != '县' {
			continue
		}
		name := string(text[i : i+n+1])
		for _, g := range countyGenericEnds {
			if strings.HasSuffix(name, g) {
				return "", "", false
			}
		}
		// 山区, 矿区, 郊区 alone are common words (a city's 郊区 is read as
		// one); after a stem of their own they end a name (蜀山区).
		if n == 1 && strings.ContainsRune("山矿郊", text[i]) {
			return "", "", false
		}
		// a number or a word of kind names a kind of district (一区,
		// 贫困县, 试点区, 所辖县), not one
		if strings.ContainsRune(listDigits, text[i]) || hasAnySuffix(string(text[i:i+n]), countyKindStems) {
			return "", "", false
		}
		if suf == '县' {
			return name, "county", true
		}
		return name, "district", true
	}
	return "", "", false
}

// adHocRegion is the document's own region when the dictionary does not
// list it: the district or county its title or issuer names right after a
// city of the dictionary (成都市武侯区人民政府), inside that city.
func adHocRegion(dicts *Dictionaries, d *Doc) (*RegionEntry, bool) {
	if d.Region == "" {
		return nil, false
	}
	if _, ok := dicts.Regions[d.Region]; ok {
		return nil, false
	}
	for _, s := range append([]string{d.Meta.Title}, d.Meta.Issuer...) {
		if name, parent, level := chainEnd(dicts, s); name == d.Region && parent != "" {
			return &RegionEntry{Name: name, Level: level, Parent: parent}, true
		}
	}
	return nil, false
}
