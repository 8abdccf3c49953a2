package loaders

import (
	"strings"
	"unicode/utf8"
)

// This file tells a name that denotes a class of things — a set (各类X平台),
// a kind of company (平台企业), a sector of organisations (教育系统), an
// issue of cards to a kind of holder (参保人员社保卡), a number of things of
// one kind (X网站24家) or a product kind (国产操作系统) — from a thing the
// text builds or reports. Policy prose names such classes all the time,
// and each one read as a project is an extra node.

// kindMention reports whether the mention m of s, whose name before its
// noise was cut is raw, names a class of things rather than one project.
func kindMention(s []rune, m projectMention, raw string) bool {
	return setMember(s, m, raw) || companyKind(s, m.End) || sectorSystem(m.Name) ||
		holderCard(m.Name) || countAfter(s, m.End) || natureKind(m.Name) || productKindName(m.Name) ||
		wordAfter(s, m.End) || businessForm(m.Name) || includedItem(s, m.End)
}

// businessForms are the forms of an internet business (社交网络, 电子商务,
// 网络游戏): a platform, site or portal named by one alone is the kind of
// business (支持社交网络平台开放), not a platform the plan builds.
var businessForms = []string{
	"社交网络", "电子商务", "网络游戏", "视频分享", "视频直播", "网络视听", "搜索引擎",
	"网络购物", "网上购物", "即时通信", "网络社区", "微博", "网络文学", "网络音乐", "在线教育",
}

// businessForm reports whether a name is a business form, alone or with a
// bare head.
func businessForm(name string) bool {
	for _, w := range businessForms {
		if !strings.HasPrefix(name, w) {
			continue
		}
		switch name[len(w):] {
		case "", "平台", "网站", "门户", "服务平台", "交易平台":
			return true
		}
	}
	return false
}

// includedItem reports whether the name ending at end of s is an item of
// a list closed by 在内的 and a product (集成A、B在内的综合解决方案): the
// items are the parts of a product, not things the plan builds.
func includedItem(s []rune, end int) bool {
	i := end
	for i < len(s) && !strings.ContainsRune(",;:。!?", s[i]) && !hasStringAt(s, i, "在内的") {
		i++
	}
	if i >= len(s) || !hasStringAt(s, i, "在内的") {
		return false
	}
	for j := i + 3; j < len(s) && j < i+20 && !strings.ContainsRune(",;:。!?、", s[j]); j++ {
		for _, w := range etcProductNouns {
			if hasStringAt(s, j, w) {
				return true
			}
		}
	}
	return false
}

// setOpeners, right before a name, make it each member of a set (各园区、
// 各电子商务交易平台; 各类业务系统; 多个行业平台): the text speaks of all
// things of the kind, not of one it builds.
var setOpeners = []string{"各", "各类", "各级", "各种", "各大", "各个", "多个", "众多", "诸多"}

// setMember reports whether the mention is introduced as a member of a set.
func setMember(s []rune, m projectMention, raw string) bool {
	if m.Stop == "各" {
		return true
	}
	for _, w := range setOpeners {
		if strings.HasPrefix(raw, w) || hasStringAt(s, m.Start-utf8.RuneCountInString(w), w) {
			return true
		}
	}
	return false
}

// companyRoles, right after a head, make the name a kind of company or
// party (第三方电子商务平台企业, 系统集成商, 网络运营商, 平台用户): the
// text selects or supports firms of that kind, it builds no platform.
var companyRoles = []string{
	"企业", "公司", "集团", "运营商", "集成商", "服务商", "提供商", "供应商", "开发商", "厂商",
	"经营者", "运营者",
}

// companyKind reports whether a company role follows offset end of s.
func companyKind(s []rune, end int) bool {
	for _, w := range companyRoles {
		if hasStringAt(s, end, w) {
			return true
		}
	}
	return false
}

// sectorWords, before 系统, name a sector of the administration or of
// society: 教育系统, 卫生系统, 全市信息化工作系统 are the organisations of
// the sector (教育系统共有…, 系统单位), not computer systems. Words that
// also make systems (交通系统, 金融系统) are left out.
var sectorWords = []string{
	"工作", "教育", "卫生", "公安", "司法", "民政", "税务", "工商", "文化", "体育", "政法",
	"检察", "法院", "海关", "质监", "劳动", "人事", "财政", "计生", "广电", "统战", "妇联",
	"工会",
}

// sectorSystem reports whether a name ending in 系统 names a sector.
func sectorSystem(name string) bool {
	if !strings.HasSuffix(name, "系统") {
		return false
	}
	rest := strings.TrimSuffix(name, "系统")
	for _, w := range sectorWords {
		if strings.HasSuffix(rest, w) {
			return true
		}
	}
	return false
}

// cardKinds are the cards a city issues.
var cardKinds = []string{"社会保障卡", "社保卡", "银行卡", "交通卡", "信用卡", "IC卡", "银联卡", "市民卡", "医保卡", "就诊卡"}

// cardHolders end the words that name who holds a card or what is done
// with it (参保人员, 中小学生, 收银员; 受理, 发放): a card named by them is
// an issue of the card to a kind of holder, counted in a bulletin, not a
// project of its own.
var cardHolders = []string{"人员", "学生", "员", "者", "户", "居民", "老人", "职工", "受理", "发放", "使用"}

// holderCard reports whether a card name is named by its holders.
func holderCard(name string) bool {
	for _, c := range cardKinds {
		if !strings.HasSuffix(name, c) {
			continue
		}
		rest := strings.TrimSuffix(name, c)
		for _, w := range cardHolders {
			if strings.HasSuffix(rest, w) {
				return true
			}
		}
		return false
	}
	return false
}

// countAfter reports whether a count that closes its clause follows the
// name (关闭违规网站24家,): the text counts things of a kind, in a
// bulletin's totals.
func countAfter(s []rune, end int) bool {
	i := end
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	for i < len(s) && i > end && (s[i] == '.' || s[i] >= '0' && s[i] <= '9') {
		i++
	}
	if i == end || i >= len(s) {
		return false
	}
	if s[i] == '万' {
		i++
	}
	if i >= len(s) || !strings.ContainsRune("家个所套座条台张部", s[i]) {
		return false
	}
	// the count closes its clause: X、Y和Z4个主要系统 sums a list of
	// named things up instead
	i++
	return i == len(s) || strings.ContainsRune(",;:。!?(", s[i]) || hasStringAt(s, i, "以上")
}

// natureKind reports whether a name is a short nature word and a head
// (经营性网站, 公益性网站, 非营利性平台): a kind by its nature.
func natureKind(name string) bool {
	rs := []rune(name)
	h := headOf(name)
	n := utf8.RuneCountInString(h.word)
	if n == 0 || len(rs) < n+2 || len(rs) > n+4 {
		return false
	}
	return rs[len(rs)-n-1] == '性'
}

// productKinds end names that are products, never a project of a plan
// (国产操作系统, 嵌入式操作系统): the text speaks of making or using them.
var productKinds = []string{"操作系统"}

// productKindName reports whether a name is a product kind.
func productKindName(name string) bool {
	for _, w := range productKinds {
		if strings.HasSuffix(name, w) {
			return true
		}
	}
	return false
}

// kindWordsAfter, right after a head, make the name the modifier of a
// larger thing that is not built (网络基础设施, 网络视听, 网络业态).
var kindWordsAfter = []string{"基础设施", "视听", "业态", "行业", "产业", "领域"}

// wordAfter reports whether a kind word follows the head ending at end.
func wordAfter(s []rune, end int) bool {
	for _, w := range kindWordsAfter {
		if hasStringAt(s, end, w) {
			return true
		}
	}
	return false
}
