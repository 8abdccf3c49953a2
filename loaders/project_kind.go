package loaders

import (
	"strings"
	"unicode/utf8"
)

// This file holds the tests that tell a kind of thing from a named project
// in the prose of informatization plans: the products an industry section
// lists (车载信息系统、定位导航系统等电子产品), the application kinds of
// a software catalogue (金融领域X系统、Y系统;交通领域Z平台), a name cut at a
// conjunction that joins two different things (基础设施和业务系统), the
// generic bases and parks of a development goal (成为…产业基地之一) and the
// roles a city plays (金融中心, 航运中心).

// etcProductNouns, after the 等 that closes a list, say that the list
// names products or technologies (…等电子和机电一体化产品, …等为核心的
// 基础软件, …等领域的技术创新), not systems the plan builds.
var etcProductNouns = []string{
	"产品", "技术", "芯片", "软件", "器件", "元件", "终端", "设备", "装备", "解决方案",
	"电子系统", "整机", "部件", "材料", "业态",
}

// productList reports whether the mention ending at end of s is an item of
// a list that the clause closes with 等 and a product or technology noun.
// A list closed by a further built thing (…等技术研发平台) is a list of its
// parts, not of products.
func productList(s []rune, end int) bool {
	i := end
	for i < len(s) && !strings.ContainsRune(",;:。!?", s[i]) && s[i] != '等' {
		i++
	}
	if i >= len(s) || s[i] != '等' {
		return false
	}
	j := i + 1
	for j < len(s) && !strings.ContainsRune(",;:。!?、", s[j]) {
		j++
	}
	tail := s[i+1 : j]
	if len(tail) == 0 || len(tail) > 16 {
		return false
	}
	if hasStringAt(tail, len(tail)-4, "电子系统") {
		return true
	}
	// 无线网络、云计算等新兴技术安全检测系统: the items are technologies
	// that the built thing after them deals with
	for k := 0; k <= 2 && k < len(tail); k++ {
		for _, w := range []string{"技术", "产品"} {
			if hasStringAt(tail, k, w) {
				return true
			}
		}
	}
	if _, ok := headAt(s, j); ok {
		return false
	}
	for k := range tail {
		for _, w := range etcProductNouns {
			if hasStringAt(tail, k, w) {
				return true
			}
		}
	}
	return false
}

// basisOfProduct reports whether a name introduced by 基于 is the basis of
// a product (基于新一代移动通信网络的应用软件): the text makes the product,
// it does not build the network.
func basisOfProduct(s []rune, end int, stop string) bool {
	if stop != "基于" || end >= len(s) || s[end] != '的' {
		return false
	}
	for k := end + 1; k < len(s) && k <= end+4; k++ {
		for _, w := range etcProductNouns {
			if hasStringAt(s, k, w) {
				return true
			}
		}
	}
	return false
}

// industryCatalogue reports whether a sentence (the text between two ;)
// is a segment of a catalogue of the software or application kinds an
// industry plan supports, field by field (重点支持A领域X系统、Y系统;B领域
// Z平台和W系统;C领域V系统;): it opens with a short field name and 领域,
// perhaps after the support verb that opens the catalogue, and has no verb
// that builds. What such a segment lists are product kinds, not projects.
func industryCatalogue(s []rune) bool {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	// the first segment opens the catalogue: …,重点支持A领域X系统、Y系统;
	// B领域…: with more entries after it (it ends in ;), the support verb
	// names no particular system
	if f := supportOpenerEnd(s); f > 0 && s[len(s)-1] == ';' {
		i = f
	}
	k := -1
	for j := i + 1; j <= i+6 && j+2 <= len(s); j++ {
		// the field is a bare noun: no verb (重点支持A领域) or particle in it
		if !isHan(s[j-1]) || stopEndsAt(s, j) != "" {
			return false
		}
		if hasStringAt(s, j, "领域") {
			k = j
			break
		}
	}
	// the entry goes on right after 领域 (A领域X系统), not after a mark
	if k < 0 || k+2 >= len(s) || !isHan(s[k+2]) {
		return false
	}
	// a catalogue entry is a list (X系统、Y系统) or one of several entries
	// (…;B领域Z系统;), on one line: a heading (体育领域信息化) followed by
	// its text is not one
	if !strings.ContainsRune(string(s[k:]), '、') && s[len(s)-1] != ';' || strings.ContainsAny(string(s), " \t\u3000") {
		return false
	}
	for p := k + 2; p < len(s); p++ {
		if w := stopEndsAt(s, p+1); buildVerbs[w] || catalogueVerbs[w] {
			return false
		}
	}
	return true
}

// supportOpeners open a catalogue of supported kinds (重点支持, 重点发展).
var supportOpeners = []string{"重点支持", "重点发展", "着力发展", "大力发展", "优先支持", "支持", "发展"}

// supportOpenerEnd returns where a support verb ends that opens the clause
// holding the first 领域 of s (…,重点支持A领域X), or 0.
func supportOpenerEnd(s []rune) int {
	f := -1
	for j := 0; j+2 <= len(s); j++ {
		if s[j] == '领' && s[j+1] == '域' {
			f = j
			break
		}
	}
	if f < 0 {
		return 0
	}
	c := f
	for c > 0 && !strings.ContainsRune(",:", s[c-1]) {
		c--
	}
	for _, w := range supportOpeners {
		if hasStringAt(s, c, w) {
			return c + utf8.RuneCountInString(w)
		}
	}
	return 0
}

// catalogueVerbs, besides the build verbs, say a segment is a clause that
// acts, not a catalogue entry.
var catalogueVerbs = map[string]bool{
	"推进": true, "推动": true, "完善": true, "实施": true, "开展": true, "加强": true,
	"形成": true, "实现": true, "支持": true, "鼓励": true, "启动": true, "提升": true,
	"成为": true, "投入": true, "开通": true, "上线": true, "完成": true, "启用": true,
}

// pairEndNouns end a noun phrase that is not a shared modifier of the head
// after a conjunction: in 基础设施和业务系统 or 培训机构和实践基地 the part
// before 和 is a thing of its own, so the name starts after the conjunction.
// A modifier (社会保障和市民服务信息系统, 监管和信息服务平台) ends otherwise.
var pairEndNouns = []string{
	"设施", "机构", "能力", "水平", "单位", "企业", "队伍", "人员", "人才", "郊区",
	"城区", "市内", "农村", "环境", "机制", "制度", "体制", "场所", "场馆", "设备",
	"终端", "产品", "市场", "政策", "办事处", "委员会", "部门", "内容", "专项",
}

// pairSplit returns the rune offset in name where the name proper starts
// after a conjunction whose left part ends in a pair-end noun, or 0.
func pairSplit(name []rune) int {
	for k := len(name) - 3; k >= 2; k-- {
		if !strings.ContainsRune(conjunctions, name[k]) {
			continue
		}
		for _, w := range pairEndNouns {
			n := utf8.RuneCountInString(w)
			if k >= n && hasStringAt(name, k-n, w) {
				return k + 1
			}
		}
		return 0
	}
	return 0
}

// leadingVerbs are verbs that can open a run of name runes without being
// a stop (their compounds are common inside names): a name that starts
// with one is the object of that verb (发展片上系统, 搭建X平台, 支撑航运中心).
var leadingVerbs = []string{"发展", "搭建", "支撑", "培养"}

// quantityAfterVerbs are verbs that start names too (集成电路), but followed
// by a quantity word they are verbs (集成若干X热线).
var quantityAfterVerbs = []string{"集成", "整合集成", "建设"}

// stripLeadingVerb returns name without a leading verb, and the number of
// runes cut.
func stripLeadingVerb(name string) (string, int) {
	for _, w := range leadingVerbs {
		if strings.HasPrefix(name, w) && utf8.RuneCountInString(name) > utf8.RuneCountInString(w)+3 {
			return name[len(w):], utf8.RuneCountInString(w)
		}
	}
	for _, w := range quantityAfterVerbs {
		if !strings.HasPrefix(name, w) {
			continue
		}
		rest := name[len(w):]
		for _, q := range leadingNoise {
			if strings.HasPrefix(rest, q) {
				return rest, utf8.RuneCountInString(w)
			}
		}
	}
	return name, 0
}

// cityRoles are the roles a city's plan says it plays or supports
// (国际金融中心, 航运中心, 区域经济中心): a 中心 named by one is a role,
// not a centre that is built.
var cityRoles = []string{
	"金融", "航运", "贸易", "经济", "商贸", "物流", "科技创新", "科创", "集散", "文化",
	"信息内容集散", "会展", "消费", "航空枢纽",
}

// roleCentre reports whether a name ending in 中心 is a city role: what
// is left before 中心 once the region and scope words are taken is a role.
func roleCentre(name string, regionEnd int) bool {
	if !strings.HasSuffix(name, "中心") {
		return false
	}
	rest := strings.TrimSuffix(name, "中心")
	if regionEnd > 0 && regionEnd <= len(rest) {
		rest = rest[regionEnd:]
	}
	for _, w := range []string{"全国性", "全国", "国际", "区域性", "区域", "亚太", "全球", "世界级"} {
		rest = strings.TrimPrefix(rest, w)
	}
	for _, w := range cityRoles {
		if rest == w {
			return true
		}
	}
	return false
}

// siteHeads are the heads of sites (bases, parks): as a kind they are the
// object of a development goal or one of a set.
var siteHeads = map[string]bool{"基地": true, "园区": true, "中心": true}

// siteKind reports whether a mention is a kind of thing, not a named one:
// a class of any head (kindMention), or a kind of base or park: the goal
// the plan sets (成为…基地, …基地之一), or one of the kinds of a set (各类X
// 园区) — raw is the name before its noise was cut.
func siteKind(s []rune, m projectMention, raw string, h projectHead) bool {
	if kindMention(s, m, raw) {
		return true
	}
	if !siteHeads[h.word] {
		return false
	}
	if hasStringAt(s, m.End, "之一") {
		return true
	}
	for _, w := range []string{"各类", "各种", "各大", "一批", "若干", "多个", "一些"} {
		if strings.HasPrefix(raw, w) {
			return true
		}
	}
	// 成为全国…中心、…基地: the clause sets a goal; 建设一批X基地: a
	// number of sites of one kind
	c := clauseBefore(s, m.Start)
	for _, w := range []string{"成为", "一批", "各类", "若干"} {
		if strings.Contains(c, w) {
			return true
		}
	}
	if h.word == "中心" {
		return false
	}
	return genericSite(m.Name, h) || siteList(s, m.End)
}

// siteKindWords name the kinds of bases and parks (生产基地, 物流园区,
// 特色园区, 实践基地): a base or park named by them and generic words only
// is a kind of site.
var siteKindWords = []string{
	"生产", "工业", "物流", "特色", "培养", "培训", "实践", "实训", "教育", "孵化",
	"加工", "制造", "出口", "专业化", "高新技术", "现代服务业", "集聚", "重要", "应用",
	"产业化", "示范点", "运营",
}

// genericSite reports whether a base or park name is made only of kind
// and generic words.
func genericSite(name string, h projectHead) bool {
	rest := strings.TrimSuffix(name, h.word)
	// the document's own region (本市) does not name a site either
	for _, list := range [][]string{siteKindWords, genericParts, selfRegionWords} {
		for _, w := range list {
			rest = strings.ReplaceAll(rest, w, "")
		}
	}
	for _, r := range rest {
		if !strings.ContainsRune(conjunctions, r) {
			return false
		}
	}
	return true
}

// siteListEnds close a list of kinds of sites (工业园区、物流园区等重点区域).
var siteListEnds = []string{"区域", "地区", "园区", "基地", "载体", "集聚区", "功能区"}

// siteList reports whether the site ending at end of s is an item of a list
// closed by 等 and an area word: the list names kinds of areas.
func siteList(s []rune, end int) bool {
	i := end
	for i < len(s) && !strings.ContainsRune(",;:。!?", s[i]) && s[i] != '等' {
		i++
	}
	if i >= len(s) || s[i] != '等' {
		return false
	}
	i++
	for _, w := range []string{"重点", "各类", "产业"} {
		if hasStringAt(s, i, w) {
			i += utf8.RuneCountInString(w)
		}
	}
	for _, w := range siteListEnds {
		if hasStringAt(s, i, w) {
			return true
		}
	}
	return false
}

// countClassifiers follow a numeral to count things (2个监测站, 3套系统).
const countClassifiers = "个家所项套批条座类台部"

// countedSites open a name whose count counts the places it spans (19个
// 区县政务外网, 16个城市交通卡), not the things.
var countedSites = []string{"区县", "区", "县", "城市", "省市", "街道", "乡镇", "镇", "社区"}

// countBefore reports whether a count (2个, 三套, 10余家) stands right
// before offset at of s: what follows is a number of things of one kind,
// not one named thing. A count that sums up a list right before it (A、B
// 两个X平台, 奉贤、崇明2个X) names the listed things, so it is kept, and
// so is a region right before the count (A区3个X), which sites them.
func countBefore(s []rune, at int, regions *matcher) bool {
	q := at
	for q > 0 && s[q-1] == ' ' {
		q--
	}
	if q < 2 || !strings.ContainsRune(countClassifiers, s[q-1]) {
		return false
	}
	// 19个区县政务外网: the count is of the districts the network joins
	for _, w := range countedSites {
		if hasStringAt(s, at, w) {
			return false
		}
	}
	k := q - 1
	for k > 0 && strings.ContainsRune("余多左右", s[k-1]) {
		k--
	}
	n := k
	for n > 0 && (s[n-1] >= '0' && s[n-1] <= '9' || strings.ContainsRune("一二三四五六七八九十百千万两几", s[n-1])) {
		n--
	}
	if n == k {
		return false
	}
	if n == 0 || !isHan(s[n-1]) || stopEndsAt(s, n) != "" {
		return true
	}
	for i := n - 1; i >= 0 && i >= n-12; i-- {
		if strings.ContainsRune(",;:。!?", s[i]) {
			break
		}
		if s[i] == '、' {
			return false
		}
	}
	return regions == nil || !regionEndsAt(s, n, regions)
}

// regionEndsAt reports whether a region form ends at offset at of s.
func regionEndsAt(s []rune, at int, regions *matcher) bool {
	from := at - 8
	if from < 0 {
		from = 0
	}
	for _, m := range regions.find(s[from:at]) {
		if from+m.End == at {
			return true
		}
	}
	return false
}

// firstOfKind returns the length in bytes of an opener that ranks the
// name as the first of its kind (首批, 全国首家, 国内首条, 全球首个), or 0:
// the rank is said of the project, it is not part of its name.
func firstOfKind(name string) int {
	rest := name
	for _, w := range []string{"全国", "国内", "全球", "世界", "国际", "全市", "本市", "亚洲"} {
		if strings.HasPrefix(rest, w) {
			rest = rest[len(w):]
			break
		}
	}
	if !strings.HasPrefix(rest, "首") {
		return 0
	}
	r, n := utf8.DecodeRuneInString(rest[len("首"):])
	if !strings.ContainsRune(countClassifiers, r) {
		return 0
	}
	return len(name) - len(rest) + len("首") + n
}

// qualityWords and qualityLasts mark the attributes of a technology or a
// network (低成本, 高性能, 大容量, 广覆盖, 多热点, 安全可靠, 技术先进):
// a name that follows a list of them and 的 is the kind that has them
// (低成本的传感器网络), not a named project.
var qualityWords = []string{
	"低成本", "低功耗", "低能耗", "低延时", "高性能", "高带宽", "高速", "高可靠", "高可信", "高效能",
	"高清", "高质量", "高水平", "高速率", "大容量", "大带宽", "大规模", "广覆盖", "多热点", "多层次",
	"超高速", "全覆盖", "宽带化", "智能化", "泛在化",
}

var qualityLasts = []string{"可靠", "先进", "高效", "便捷", "泛在", "稳定"}

// attributesBefore reports whether the name starting at offset at of s
// is introduced by 的 after attributes: a run back to the verb or mark
// that is one short attribute word (低成本的X), or a list of short
// segments (大容量、高带宽、安全可靠的X) one of which is one. The name of
// an item later in a list (…的A网、B网) is judged by the list's 的.
func attributesBefore(s []rune, at int) bool {
	if at >= 1 && at < len(s) && s[at-1] == '、' {
		k := at - 1
		for k > 0 && at-k < 40 && s[k-1] != '的' && (isNameRune(s[k-1]) || s[k-1] == '、') {
			k--
		}
		if k == 0 || s[k-1] != '的' {
			return false
		}
		at = k
	}
	if at < 2 || s[at-1] != '的' {
		return false
	}
	verbEnds := func(b int) bool {
		if stopEndsAt(s, b) != "" {
			return true
		}
		for _, w := range leadingVerbs {
			if hasStringAt(s, b-utf8.RuneCountInString(w), w) {
				return true
			}
		}
		return false
	}
	e := at - 1
	found, segs := false, 0
	for segs < 6 {
		b := e
		for b > 0 && isHan(s[b-1]) && e-b < 16 {
			b--
		}
		if b == 0 || s[b-1] != '、' {
			// the first segment starts after the verb of the clause
			v := e - 1
			for v > b && !verbEnds(v) {
				v--
			}
			if v == b && b > 0 && isHan(s[b-1]) {
				return false
			}
			b = v
		}
		if e-b < 2 || e-b > 11 {
			return false
		}
		segs++
		for _, w := range qualityWords {
			if e-b == utf8.RuneCountInString(w) && hasStringAt(s, b, w) {
				found = true
			}
		}
		for _, w := range qualityLasts {
			n := utf8.RuneCountInString(w)
			if e-b <= 4 && e-n >= b && hasStringAt(s, e-n, w) {
				found = true
			}
		}
		if b == 0 || s[b-1] != '、' {
			// a single attribute must be short; a list may hold a
			// longer one (适合多业务需求)
			return found && (segs > 1 || e-b <= 4)
		}
		e = b - 1
	}
	return false
}

// basisOfService reports whether the name ending at end of s stands
// between 基于 and the 的 of what is based on it, and what is based on it
// is a service or kind (基于有线电视网络的互联网接入等业务), not a
// further built system (基于政务云平台的不动产登记系统): the network is
// the carrier the text speaks of, not one it builds.
func basisOfService(s []rune, end int) bool {
	j := end
	for j < len(s) && s[j] != '的' && (isNameRune(s[j]) || s[j] == '、') && j-end < 20 {
		j++
	}
	if j >= len(s) || s[j] != '的' {
		return false
	}
	// the basis runs back to 基于 over names and list marks only
	k := end
	for k > 0 && end-k < 30 && (isNameRune(s[k-1]) || s[k-1] == '、') && !hasStringAt(s, k-2, "基于") {
		k--
	}
	if k < 2 || !hasStringAt(s, k-2, "基于") {
		return false
	}
	// what is based on it is a built thing when its phrase ends in a head
	// (的不动产登记系统), not when a head is only inside it (的互联网接入)
	i := j + 1
	for i < len(s) && !strings.ContainsRune(",;:。!?等", s[i]) {
		i++
	}
	_, built := headAt(s, i)
	return !built
}

// roleWords name the part a thing that stands already plays (发挥X的
// 支撑作用, X的示范作用).
var roleWords = []string{"支撑", "带动", "示范", "辐射", "引领", "骨干", "核心", "主导", "枢纽", "桥梁", "纽带", "平台"}

// roleAfter reports whether the name ending at end of s is followed by the
// role it plays (X网络支撑作用, X基地的作用): the text uses a thing that
// stands already, it does not set up a project.
func roleAfter(s []rune, end int) bool {
	i := end
	if i < len(s) && s[i] == '(' {
		for k := i + 1; k < len(s) && k < i+12; k++ {
			if s[k] == ')' {
				i = k + 1
				break
			}
		}
	}
	if i < len(s) && s[i] == '的' {
		i++
	}
	for _, w := range roleWords {
		if hasStringAt(s, i, w) {
			i += utf8.RuneCountInString(w)
			break
		}
	}
	return hasStringAt(s, i, "作用")
}

// centreEnd returns where a centre ends that the name ending at end of s
// runs on into with no mark or stop between (电信网络交换中心, “上海物联网
// 中心”), or 0: the name is the modifier of the centre, and the centre is
// what the text names.
func centreEnd(s []rune, end int) int {
	for e := end + 2; e <= end+6 && e <= len(s); e++ {
		if !isHan(s[e-1]) || e-1 > end && stopEndsAt(s, e-1) != "" {
			return 0
		}
		if hasStringAt(s, e-2, "中心") && (e == len(s) || !isHan(s[e]) || stopEndsAt(s, e+1) != "" || s[e] == '建') {
			return e
		}
	}
	return 0
}

// quotedItems splits a mention made of quoted names joined before a
// shared kind word (依托“市民信箱”和“付费通”平台) into the quoted names:
// each quotation names one service, the kind word after them is said of
// all, and joining them would name a thing that does not exist.
func quotedItems(s []rune, m projectMention, headStart int) []projectMention {
	q := m.Start
	if q > 0 && q < len(s) && !isOpenQuote(s[q]) {
		// the name starts after the quote that opened it
		q--
	}
	if q >= len(s) || !isOpenQuote(s[q]) || headStart < 1 || !isCloseQuote(s[headStart-1]) {
		return nil
	}
	var out []projectMention
	for q < headStart {
		if !isOpenQuote(s[q]) {
			return nil
		}
		c := q + 1
		for c < headStart && !isCloseQuote(s[c]) {
			if !isNameRune(s[c]) {
				return nil
			}
			c++
		}
		if c >= headStart || c-q-1 < 2 {
			return nil
		}
		it := m
		it.Start, it.End, it.Name, it.Abbrev = q+1, c, string(s[q+1:c]), ""
		out = append(out, it)
		q = c + 1
		if q < headStart && (s[q] == '、' || strings.ContainsRune(conjunctions, s[q])) {
			q++
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// operationManners say how a thing runs (稳定运行, 正式运行): after them
// 运行 is the verb of its clause.
var operationManners = []string{"正式", "稳定", "正常", "安全", "高效", "平稳", "良好", "持续", "上线", "投入"}

// nounOperation reports whether the word w ending at p of s is 运行 used
// as a noun inside a name (城市运行数据灾备中心, 贸易运行监控平台): a noun
// before it whose operation it is, and the name going on after it. As a
// verb it stands after a manner (稳定运行), a verb or a mark, or ends its
// clause (系统已运行).
func nounOperation(s []rune, p int, w string) bool {
	if w != "运行" || p < 3 || p >= len(s) || !isHan(s[p-3]) || !isHan(s[p]) {
		return false
	}
	if strings.ContainsRune(singleStops, s[p]) || strings.ContainsRune(singleStops, s[p-3]) || stopEndsAt(s, p-2) != "" {
		return false
	}
	for _, m := range operationManners {
		if hasStringAt(s, p-2-utf8.RuneCountInString(m), m) {
			return false
		}
	}
	return true
}
