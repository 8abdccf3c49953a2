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
	"电子系统", "整机", "部件", "材料",
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
// industry plan supports, field by field (重点支持…;A领域X系统、Y系统;B领域
// Z平台): it opens with a short field name and 领域 and has no verb that
// builds. What such a segment lists are product kinds, not projects.
func industryCatalogue(s []rune) bool {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
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
	// a catalogue entry is a list (X系统、Y系统) on one line: a heading
	// (体育领域信息化) followed by its text is not one
	if !strings.ContainsRune(string(s[k:]), '、') || strings.ContainsAny(string(s), " \t\u3000") {
		return false
	}
	for p := k + 2; p < len(s); p++ {
		if w := stopEndsAt(s, p+1); buildVerbs[w] || catalogueVerbs[w] {
			return false
		}
	}
	return true
}

// catalogueVerbs, besides the build verbs, say a segment is a clause that
// acts, not a catalogue entry.
var catalogueVerbs = map[string]bool{
	"推进": true, "推动": true, "完善": true, "实施": true, "开展": true, "加强": true,
	"形成": true, "实现": true, "支持": true, "鼓励": true, "启动": true, "提升": true,
	"成为": true,
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

// siteKind reports whether a base or park mention is a kind of site, not a
// named one: the goal the plan sets (成为…基地, …基地之一), or one of the
// kinds of a set (各类X园区) — raw is the name before its noise was cut.
func siteKind(s []rune, m projectMention, raw string, h projectHead) bool {
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
