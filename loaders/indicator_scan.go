package loaders

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// valueMention is one number with its unit and comparator as a sentence
// states it. Offsets count runes of the sentence.
type valueMention struct {
	// Start and End cover the whole statement: comparator, number, unit.
	Start, End int
	// NumStart is where the number itself starts; UnitEnd where the unit ends.
	NumStart, UnitEnd int
	Value             float64
	Unit              string
	Raw               string
	Comp              string
	// Upper is the second bound of a range (2-3条); HasUpper says it is set.
	Upper    float64
	HasUpper bool
	// Doubling marks 翻一番 / 翻两番: a growth rate without a figure.
	Doubling bool
	// Chinese says the number was written in Chinese numerals.
	Chinese bool
	// Fraction says the value came from 几分之几 and is a share.
	Fraction bool
}

// prefix comparators, longest first, and what they mean.
var prefixComps = []struct{ form, comp string }{
	{"力争突破", ">="}, {"力争超过", ">="}, {"不低于", ">="}, {"不少于", ">="}, {"不超过", "<="},
	{"不高于", "<="}, {"不多于", "<="}, {"超过", ">="}, {"突破", ">="}, {"高于", ">="}, {"多于", ">="},
	{"低于", "<="}, {"大约", "~"}, {"接近", "~"}, {"将近", "~"}, {"逾", ">="}, {"超", ">="}, {"约", "~"},
	{"近", "~"},
}

// suffix comparators that follow the unit.
var suffixComps = []struct{ form, comp string }{
	{"以上", ">="}, {"以下", "<="}, {"以内", "<="}, {"之内", "<="}, {"左右", "~"}, {"上下", "~"},
	{"多", ">="}, {"余", ">="},
}

// multipliers written between a number and its unit (1.28万亿元, 45万).
var multipliers = []string{"万亿", "千亿", "百亿", "千万", "百万", "亿", "万", "千"}

const chineseDigits = "零〇一二两三四五六七八九十百千万亿"

// scanValues finds the measured numbers of a sentence. units are the known
// units, longest first.
func scanValues(s string, units []string) []valueMention {
	rs := []rune(s)
	var out []valueMention
	for i := 0; i < len(rs); {
		m, ok := readValue(rs, i, units)
		if ok {
			out = append(out, m)
			i = m.End
			continue
		}
		// skip the rest of a digit run so that 12319 is not read as 2319
		if isASCIIDigit(rs[i]) || strings.ContainsRune(chineseDigits, rs[i]) {
			for i < len(rs) && (isASCIIDigit(rs[i]) || rs[i] == '.' || strings.ContainsRune(chineseDigits, rs[i])) {
				i++
			}
			continue
		}
		i++
	}
	return out
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

func isASCIILetter(r rune) bool { return r < 128 && unicode.IsLetter(r) }

// readNumber reads an Arabic or Chinese number at i.
func readNumber(rs []rune, i int) (val float64, end int, chinese, ok bool) {
	j := i
	if j < len(rs) && isASCIIDigit(rs[j]) {
		for j < len(rs) && (isASCIIDigit(rs[j]) || rs[j] == ',' && j+3 < len(rs) && isASCIIDigit(rs[j+1]) && isASCIIDigit(rs[j+2]) && isASCIIDigit(rs[j+3]) && (j+4 >= len(rs) || !isASCIIDigit(rs[j+4]))) {
			j++
		}
		if j+1 < len(rs) && rs[j] == '.' && isASCIIDigit(rs[j+1]) {
			j++
			for j < len(rs) && isASCIIDigit(rs[j]) {
				j++
			}
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(string(rs[i:j]), ",", ""), 64)
		return v, j, false, err == nil
	}
	for j < len(rs) && strings.ContainsRune(chineseDigits, rs[j]) {
		j++
	}
	if j == i {
		return 0, i, false, false
	}
	// a trailing 万/亿 belongs to the unit as written (百万亿次 = 100 万亿次)
	for j-1 > i && (rs[j-1] == '万' || rs[j-1] == '亿') {
		j--
	}
	word := string(rs[i:j])
	n, ok := ChineseInt(word)
	if !ok || n == 0 && !strings.ContainsAny(word, "零〇") {
		return 0, i, true, false
	}
	return float64(n), j, true, true
}

// readValue reads the value statement whose number starts at i.
func readValue(rs []rune, i int, units []string) (valueMention, bool) {
	var m valueMention
	r := rs[i]
	if !isASCIIDigit(r) && !strings.ContainsRune(chineseDigits, r) {
		return m, false
	}
	if i > 0 {
		p := rs[i-1]
		// part of an identifier (IPv6, DB31/T381, TD-SCDMA), an ordinal (第三)
		if isASCIILetter(p) || isASCIIDigit(p) || p == '.' || p == '/' || p == '-' || p == '_' || p == '第' {
			return m, false
		}
		// a word that holds a numeral (唯一, 统一, 之一, 逐一), or the rest
		// of a numeral whose first digit was not a number (唯一一家)
		if !isASCIIDigit(r) && (strings.ContainsRune("唯统同之逐单专划", p) || strings.ContainsRune(chineseDigits, p)) {
			return m, false
		}
	}
	// 翻一番, 翻两番: a doubling is a 100% growth
	if i > 0 && rs[i-1] == '翻' && i+1 < len(rs) && rs[i+1] == '番' {
		n, ok := ChineseInt(string(rs[i]))
		if ok && n > 0 {
			m = valueMention{Start: i - 1, End: i + 2, NumStart: i, UnitEnd: i + 2,
				Value: 100 * (math.Pow(2, float64(n)) - 1), Unit: "%", Comp: "=", Doubling: true, Chinese: true}
			m.Raw = string(rs[m.Start:m.End])
			return m, true
		}
	}
	v, j, chinese, ok := readNumber(rs, i)
	if !ok {
		return m, false
	}
	m.NumStart, m.Value, m.Chinese, m.Comp = i, v, chinese, "="
	// 七分之一, 三分之一: a share written as a fraction
	if chinese && hasStringAt(rs, j, "分之") {
		den := v
		num, k, _, ok2 := readNumber(rs, j+2)
		if !ok2 || den == 0 {
			return m, false
		}
		m.Value = math.Round(num/den*10000) / 100
		m.Unit, m.Fraction, j = "%", true, k
	} else if hasStringAt(rs, j, "%") || hasStringAt(rs, j, "％") {
		m.Unit, j = "%", j+1
	} else {
		// a range: 2-3条, 45~32纳米, 1至2个
		if j < len(rs) && strings.ContainsRune("-~～—–至到", rs[j]) && j+1 < len(rs) && (isASCIIDigit(rs[j+1]) == !chinese) {
			if v2, k, ch2, ok2 := readNumber(rs, j+1); ok2 && ch2 == chinese {
				m.Upper, m.HasUpper, j = v2, true, k
			}
		}
		if hasStringAt(rs, j, "多") || hasStringAt(rs, j, "余") {
			m.Comp, j = ">=", j+1
		}
		mult := ""
		for _, x := range multipliers {
			if hasStringAt(rs, j, x) {
				// the dictionary may hold the whole unit (万元, 万户)
				mult = x
				break
			}
		}
		unit := matchUnit(rs, j, units)
		if unit == "" && mult != "" {
			k := j + len([]rune(mult))
			if hasStringAt(rs, k, "多") || hasStringAt(rs, k, "余") {
				m.Comp, k = ">=", k+1
			}
			if u := matchUnit(rs, k, units); u != "" {
				unit, j = mult+u, k+len([]rune(u))
			} else {
				unit, j = mult, k
			}
		} else {
			j += len([]rune(unit))
		}
		// a per-unit tail: 万亿次/秒, 个/组
		if unit != "" && j+1 < len(rs) && rs[j] == '/' && unicode.Is(unicode.Han, rs[j+1]) {
			k := j + 2
			// 台/百户, 人/万人: a per-hundred or per-ten-thousand base
			if strings.ContainsRune("百千万", rs[j+1]) && k < len(rs) && unicode.Is(unicode.Han, rs[k]) {
				k++
			}
			unit, j = unit+"/"+string(rs[j+1:k]), k
		}
		m.Unit = unit
	}
	m.UnitEnd = j
	for _, c := range suffixComps {
		if hasStringAt(rs, j, c.form) {
			if m.Comp == "=" {
				m.Comp = c.comp
			}
			j += len([]rune(c.form))
			break
		}
	}
	m.Start, m.End = i, j
	for _, c := range prefixComps {
		f := []rune(c.form)
		if i-len(f) >= 0 && hasStringAt(rs, i-len(f), c.form) {
			m.Start = i - len(f)
			if m.Comp == "=" {
				m.Comp = c.comp
			}
			break
		}
	}
	// 兆 alone is a line rate in megabits
	switch m.Unit {
	case "兆", "兆比特":
		m.Unit = "Mbps"
	case "百兆":
		m.Value, m.Unit = m.Value*100, "Mbps"
	case "千兆":
		m.Value, m.Unit = m.Value*1000, "Mbps"
	case "万兆":
		m.Value, m.Unit = m.Value*10000, "Mbps"
	}
	m.Raw = string(rs[m.Start:m.End])
	if !plausibleValue(rs, m) {
		return m, false
	}
	return m, true
}

// matchUnit returns the longest known unit at i.
func matchUnit(rs []rune, i int, units []string) string {
	for _, u := range units {
		if hasStringAt(rs, i, u) {
			ur := []rune(u)
			// a letter unit must not run on into a word (10M宽带 is fine, 3GPP is not)
			if isASCIILetter(ur[len(ur)-1]) && i+len(ur) < len(rs) && (isASCIILetter(rs[i+len(ur)]) || isASCIIDigit(rs[i+len(ur)])) {
				continue
			}
			return u
		}
	}
	return ""
}

// structuralNouns follow a count of the text's own parts (八个方面, 3项重点任务).
var structuralNouns = []string{"方面", "重点", "任务", "专项", "领域", "原则", "阶段", "环节", "主题", "部分", "层次", "步骤", "措施", "目标", "大", "类", "点", "项目"}

// plausibleValue rejects numbers that are not measures: years, dates, names
// with digits (3G, 12319热线, 二期工程) and counts of the text's own parts.
func plausibleValue(rs []rune, m valueMention) bool {
	next := rune(0)
	if m.UnitEnd < len(rs) {
		next = rs[m.UnitEnd]
	}
	if m.Doubling || m.Fraction {
		return true
	}
	if m.Unit == "" {
		// a bare number: a date part, a code, a year; keep only 达到80-like
		// statements that end their clause
		if next == '年' || next == '月' || next == '日' || next == '号' || next == '期' || next == '届' || next == '代' && m.Chinese {
			return false
		}
		if m.Chinese || m.Value >= 1900 && m.Value <= 2100 && m.Value == math.Trunc(m.Value) {
			return false
		}
		before := string(rs[max(0, m.Start-2):m.Start])
		if !(strings.HasSuffix(before, "达") || strings.HasSuffix(before, "达到") || strings.HasSuffix(before, "为")) {
			return false
		}
		// the clause ends after the comparator (达到0.85以上,)
		after := rune(0)
		if m.End < len(rs) {
			after = rs[m.End]
		}
		return after == 0 || strings.ContainsRune(",;。、)", after)
	}
	if m.Unit == "年" || m.Unit == "个月" || m.Unit == "天" || m.Unit == "工作日" {
		return false // durations and years name periods, not measures
	}
	if m.Unit == "%" && next != 0 && (isASCIILetter(next) || isASCIIDigit(next)) {
		return false
	}
	ur := []rune(m.Unit)
	last := ur[len(ur)-1]
	if isASCIILetter(last) && len(ur) <= 2 {
		// 3G, 4G, 10M宽带: a letter unit that runs on into Han words is part
		// of a name unless a verb or comparator introduces it
		if next != 0 && unicode.Is(unicode.Han, next) && !hasStringAt(rs, m.UnitEnd, "以") && !hasStringAt(rs, m.UnitEnd, "左右") && !hasStringAt(rs, m.UnitEnd, "的") {
			return false
		}
		if m.Start == m.NumStart && m.Value < 10 && m.Value == math.Trunc(m.Value) && !precededByVerb(rs, m.Start) {
			return false
		}
	}
	// 12英寸生产线, 0.13微米工艺: a size that qualifies a following noun
	switch m.Unit {
	case "英寸", "寸", "微米", "纳米", "毫米", "厘米", "米":
		if next != 0 && unicode.Is(unicode.Han, next) && !hasStringAt(rs, m.UnitEnd, "以") && !hasStringAt(rs, m.UnitEnd, "左右") && !hasStringAt(rs, m.UnitEnd, "水平") && !hasStringAt(rs, m.UnitEnd, "级") && !hasStringAt(rs, m.UnitEnd, "的") && !levelAfter(rs, m.UnitEnd) {
			return false
		}
	}
	if m.Chinese {
		// small Chinese counts (两个项目, 三大工具, 八个方面) enumerate what the
		// text lists; measures in Chinese numerals are round (千余个, 五代以上)
		small := m.Value < 10 && !m.HasUpper
		if small && m.Comp == "=" && m.Start == m.NumStart {
			return false
		}
		if m.Value == 1 && m.Comp == "=" {
			return false
		}
		// a bare 百/千/万 (百家, 千村, 万户企业) is a figure of speech unless a
		// comparator or verb makes it a measure (超过千人, 达到百兆)
		if !strings.ContainsAny(string(rs[m.NumStart:m.NumStart+1]), "零〇一二两三四五六七八九") && m.Comp == "=" && !precededByVerb(rs, m.Start) {
			return false
		}
	}
	// 800MHz数字集群: a frequency band before a noun names a network
	switch strings.ToLower(m.Unit) {
	case "mhz", "ghz", "khz", "hz", "兆赫":
		if next != 0 && unicode.Is(unicode.Han, next) && !hasStringAt(rs, m.UnitEnd, "以") && !hasStringAt(rs, m.UnitEnd, "左右") && !hasStringAt(rs, m.UnitEnd, "的") {
			return false
		}
	}
	// 国家863项目: a programme's number names it; a count of projects is
	// written with a measure word (5个项目) or a verb before it
	if m.Unit == "项" && hasStringAt(rs, m.UnitEnd, "目") && m.Start == m.NumStart && !precededByVerb(rs, m.Start) {
		return false
	}
	for _, n := range structuralNouns {
		if hasStringAt(rs, m.UnitEnd, n) && (m.Chinese || m.Value < 20) {
			return false
		}
	}
	return true
}

// verbs that introduce a measured figure.
var valueVerbs = []string{"达到", "达", "为", "到", "增加", "增长", "提高", "提升", "突破", "超过", "至"}

func precededByVerb(rs []rune, i int) bool {
	for _, v := range valueVerbs {
		if hasStringAt(rs, i-len([]rune(v)), v) {
			return true
		}
	}
	return false
}

// levelAfter says a size is a level reached (45纳米国际主流水平): 水平 ends
// the words after it before a break.
func levelAfter(rs []rune, i int) bool {
	for j := i; j < len(rs) && j-i < 10 && !isBreak(rs[j]); j++ {
		if hasStringAt(rs, j, "水平") {
			return true
		}
	}
	return false
}
