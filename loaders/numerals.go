package loaders

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

var digitValue = map[rune]int{
	'〇': 0, '○': 0, 'O': 0, 'o': 0, '零': 0, '0': 0,
	'一': 1, '壹': 1, '1': 1,
	'二': 2, '两': 2, '贰': 2, '2': 2,
	'三': 3, '叁': 3, '3': 3,
	'四': 4, '肆': 4, '4': 4,
	'五': 5, '伍': 5, '5': 5,
	'六': 6, '陆': 6, '6': 6,
	'七': 7, '柒': 7, '7': 7,
	'八': 8, '捌': 8, '8': 8,
	'九': 9, '玖': 9, '9': 9,
}

// ChineseInt reads a whole number written in Chinese numerals (十六, 二百零五,
// 一万二千), Arabic digits, or a mix (3万). It reports false for anything else.
func ChineseInt(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	total, section, digit := 0, 0, -1
	for _, r := range s {
		if v, ok := digitValue[r]; ok {
			if digit >= 0 {
				digit = digit*10 + v // Arabic run such as 12万
			} else {
				digit = v
			}
			continue
		}
		unit := 0
		switch r {
		case '十', '拾':
			unit = 10
		case '百', '佰':
			unit = 100
		case '千', '仟':
			unit = 1000
		case '万':
			unit = 10000
		case '亿':
			unit = 100000000
		default:
			return 0, false
		}
		if digit < 0 {
			digit = 1 // 十六 = 16
		}
		if unit >= 10000 {
			total = (total + section + digit) * unit
			section = 0
		} else {
			section += digit * unit
		}
		digit = -1
	}
	if digit > 0 {
		section += digit
	}
	return total + section, true
}

// digitsYear reads a year written digit by digit: 二〇〇七, 二OO六, 2007.
func digitsYear(s string) (int, bool) {
	rs := []rune(s)
	if len(rs) != 4 {
		return 0, false
	}
	y := 0
	for _, r := range rs {
		v, ok := digitValue[r]
		if !ok {
			return 0, false
		}
		y = y*10 + v
	}
	return y, y >= 1900 && y <= 2100
}

const yearDigits = `[0-9〇○Oo零一二三四五六七八九]{4}`
const smallNum = `[0-9零一二三四五六七八九十]{1,3}`

var dateRe = regexp.MustCompile(`(` + yearDigits + `)\s*年\s*(` + smallNum + `)\s*月(?:\s*(` + smallNum + `)\s*日)?`)
var isoDateRe = regexp.MustCompile(`((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})`)

// Date is a calendar date as precise as the text gives it: "2007-07-16" or
// "2005-11".
type Date string

// ParseDate finds the first date in s, in Chinese (二〇〇七年七月十六日,
// 2007年7月16日, 二○○五年十一月) or numeric form (2007-08-02, 2007/8/2), and
// returns it with the rune span it covers.
func ParseDate(s string) (Date, int, int, bool) {
	best := -1
	var out Date
	var bs, be int
	if m := isoDateRe.FindStringSubmatchIndex(s); m != nil {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		da, _ := strconv.Atoi(s[m[6]:m[7]])
		if validDate(y, mo, da) {
			best, out, bs, be = m[0], Date(fmt.Sprintf("%04d-%02d-%02d", y, mo, da)), m[0], m[1]
		}
	}
	if m := dateRe.FindStringSubmatchIndex(s); m != nil && (best < 0 || m[0] < best) {
		y, ok1 := digitsYear(s[m[2]:m[3]])
		mo, ok2 := ChineseInt(s[m[4]:m[5]])
		if ok1 && ok2 && mo >= 1 && mo <= 12 {
			if m[6] >= 0 {
				if da, ok := ChineseInt(s[m[6]:m[7]]); ok && validDate(y, mo, da) {
					return Date(fmt.Sprintf("%04d-%02d-%02d", y, mo, da)), runeIndex(s, m[0]), runeIndex(s, m[1]), true
				}
			} else {
				return Date(fmt.Sprintf("%04d-%02d", y, mo)), runeIndex(s, m[0]), runeIndex(s, m[1]), true
			}
		}
	}
	if best >= 0 {
		return out, runeIndex(s, bs), runeIndex(s, be), true
	}
	return "", 0, 0, false
}

func validDate(y, m, d int) bool {
	return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// runeIndex converts a byte offset into s, as regexp returns them, to a
// rune offset. Stages run regexps over a whole document and convert every
// match, so for long texts the conversion table is built once and kept for
// the last few texts seen.
func runeIndex(s string, byteOffset int) int {
	if len(s) < 4096 {
		return utf8.RuneCountInString(s[:byteOffset])
	}
	return int(runeTable(s)[byteOffset])
}

type runeTableEntry struct {
	s     string // held, so that its memory cannot be reused while cached
	table []int32
}

var runeTables struct {
	sync.Mutex
	ring [8]runeTableEntry
	next int
}

func runeTable(s string) []int32 {
	runeTables.Lock()
	defer runeTables.Unlock()
	for _, e := range runeTables.ring {
		if len(e.s) == len(s) && unsafe.StringData(e.s) == unsafe.StringData(s) {
			return e.table
		}
	}
	t := make([]int32, len(s)+1)
	n := int32(0)
	for i := range s {
		for j := i; j < len(s) && (j == i || !utf8.RuneStart(s[j])); j++ {
			t[j] = n
		}
		n++
	}
	t[len(s)] = n
	runeTables.ring[runeTables.next] = runeTableEntry{s, t}
	runeTables.next = (runeTables.next + 1) % len(runeTables.ring)
	return t
}

// fiveYearRe matches the five-year-plan names: “十一五”, 十二五, 第十一个五年.
var fiveYearRe = regexp.MustCompile(`(?:“|")?(十[一二三四五六七八九]?|[九八七六]|十)五(?:”|")?(?:时期|期间|规划|计划|期末|期初|末|初)|“(十[一二三四五六七八九]?|[九八七六]|十)五”|第([一二三四五六七八九十]{1,3})个五年`)

// FiveYearPeriod returns the years of the n-th five-year plan: the first ran
// 1953–1957 and, after the 1963–1965 adjustment, the third started in 1966.
func FiveYearPeriod(n int) (int, int, bool) {
	switch {
	case n == 1:
		return 1953, 1957, true
	case n == 2:
		return 1958, 1962, true
	case n >= 3 && n <= 30:
		start := 1966 + 5*(n-3)
		return start, start + 4, true
	}
	return 0, 0, false
}

// fiveYearNumber reads the ordinal of 十一五 (11) or 第十一个五年 (11).
func fiveYearNumber(s string) (int, bool) {
	return ChineseInt(s)
}

var rangeRe = regexp.MustCompile(`((?:19|20)\d\d)\s*年?\s*[-－—–~～至到]\s*((?:19|20)\d\d)\s*年?`)

// ParsePeriod finds the period a text names: a five-year plan (“十一五” →
// 2006–2010), a year range (2011-2013年, （2006—2010年）), or nothing.
func ParsePeriod(s string) ([]int, bool) {
	if m := rangeRe.FindStringSubmatch(s); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		if a <= b && b-a <= 30 {
			return []int{a, b}, true
		}
	}
	if m := fiveYearRe.FindStringSubmatch(s); m != nil {
		ord := m[1] + m[2] + m[3]
		if n, ok := fiveYearNumber(ord); ok {
			if a, b, ok := FiveYearPeriod(n); ok {
				return []int{a, b}, true
			}
		}
	}
	return nil, false
}

// trimAll removes every rune of cut from s.
func trimAll(s, cut string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(cut, r) {
			return -1
		}
		return r
	}, s)
}
