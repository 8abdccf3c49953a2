package loaders

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/plangraph/plangraph/graph"
)

// headerLines is how far into a document its header may reach: the title,
// the fields a web page lists and the notice that issues a plan.
const headerLines = 40

var (
	// fieldRe finds the labelled fields of a web page or archive header,
	// several of which may share a line.
	fieldRe  = regexp.MustCompile(`(发文机构|发布机构|发文机关|发文单位|发布单位|信息来源|发布时间|发布日期|发文日期|印发日期|成文日期|发文字号|文号)\s*:\s*([^\s)]+(?: \d\d:\d\d(?::\d\d)?)?)`)
	noticeRe = regexp.MustCompile(`^(.*?)关于(?:印发|发布|转发|颁布|颁发)《?(.+?)》?的(?:通知|决定)$`)
	// partyRe reads the parties of an agreement: 甲方：X, 乙方（盖章）：Y.
	// The seal note may also follow the name: 甲方：X（盖章）.
	partyRe = regexp.MustCompile(`^[甲乙丙丁戊己]方\s*(?:[(（](?:盖章|签章|签字)[)）])?\s*:\s*(.+?)\s*(?:[(（](?:盖章|签章|签字|公章)[)）])?$`)
	// signRe reads the labelled signing date under an agreement's parties.
	signRe   = regexp.MustCompile(`^(?:签署|签订|签约|签字|签署生效)(?:日期|时间)\s*:\s*(.+)$`)
	docNumRe = regexp.MustCompile(`^[\p{Han}]{1,10}[〔\[(（【]\d{4}[〕\])）】]\s*第?\d+\s*号$`)
	navRe    = regexp.MustCompile(`当前位置|首页\s*>|>\s*正文|版权所有|浏览次数|阅读次数`)
	yearLead = regexp.MustCompile(`^((?:19|20)\d\d)年`)
	onlyDate = regexp.MustCompile(`^[\s\p{Han}（）()]*?(` + yearDigits + `\s*年\s*` + smallNum + `\s*月(?:\s*` + smallNum + `\s*日)?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$`)
	periodLn = regexp.MustCompile(`^[(（]\s*(?:19|20)\d\d\s*年?\s*[-－—–~～至到]\s*(?:19|20)\d\d\s*年?\s*[)）]$`)
)

// Metadata reads the document's metadata from its header: title and notice
// title, kind, issuer, 发文字号, published and signed dates, period and
// region.
func Metadata(dicts *Dictionaries) func(*Doc) error {
	return func(d *Doc) error {
		m := &d.Meta
		m.ID = d.ID
		m.File = baseName(d.Path)
		m.Issuer = []string{}
		lines := d.Lines
		if len(lines) > headerLines {
			lines = lines[:headerLines]
		}
		titleLine := -1
		for i, l := range lines {
			// fieldRe and noticeRe run only on lines that can hold their
			// match: a bulletin's header lines can be whole paragraphs.
			var fields [][]string
			if strings.ContainsRune(l.Text, ':') {
				fields = fieldRe.FindAllStringSubmatch(l.Text, -1)
			}
			for _, f := range fields {
				key, val := f[1], strings.TrimSpace(f[2])
				switch key {
				case "发文机构", "发布机构", "发文机关", "发文单位", "发布单位", "信息来源":
					if looksLikeAgency(dicts, val) {
						m.Issuer = appendUnique(m.Issuer, canonicalAgency(dicts, val, ""))
					}
				case "发布时间", "发布日期", "发文日期", "印发日期":
					if dt, _, _, ok := ParseDate(val); ok && m.PublishedAt == "" {
						m.PublishedAt = string(dt)
					}
				case "成文日期":
					if dt, _, _, ok := ParseDate(val); ok && m.SignedAt == "" {
						m.SignedAt = string(dt)
					}
				case "发文字号", "文号":
					if m.DocNumber == "" {
						m.DocNumber = val
					}
				}
			}
			if m.DocNumber == "" && docNumRe.MatchString(l.Text) {
				m.DocNumber = l.Text
			}
			if !strings.Contains(l.Text, "关于") {
				continue
			}
			if sm := noticeRe.FindStringSubmatch(l.Text); sm != nil && m.NoticeTitle == "" {
				m.NoticeTitle = l.Text
				m.Title = sm[2]
				titleLine = i
				if looksLikeAgency(dicts, sm[1]) {
					m.Issuer = appendUnique(m.Issuer, canonicalAgency(dicts, sm[1], ""))
				}
			}
		}
		if m.Title == "" {
			for i, l := range lines {
				if isTitle(dicts, l.Text) {
					m.Title = strings.Trim(l.Text, "《》 ")
					titleLine = i
					break
				}
			}
		}
		if m.Title == "" && len(lines) > 0 {
			for i, l := range lines {
				if !navRe.MatchString(l.Text) && !fieldRe.MatchString(l.Text) {
					m.Title, titleLine = l.Text, i
					break
				}
			}
		}
		d.Body = 0
		if titleLine >= 0 {
			d.Body = lines[titleLine].End
		}

		// Signature: an agency on its own line followed by a date line, or
		// both on one line, close to the title or the notice.
		for i, l := range lines {
			dt, s, _, ok := ParseDate(l.Text)
			if !ok || !onlyDate.MatchString(l.Text) {
				continue
			}
			before := strings.TrimSpace(string([]rune(l.Text)[:s]))
			var signers []string
			switch {
			case before != "":
				signers = agencyList(dicts, before)
			case i > 0:
				signers = agencyList(dicts, lines[i-1].Text)
			}
			if before != "" && signers == nil {
				continue // a date inside some other line of the header
			}
			// A date on a line of its own in the header signs the document
			// even where no signer stands above it.
			for _, a := range signers {
				m.Issuer = appendUnique(m.Issuer, canonicalAgency(dicts, a, ""))
			}
			if m.SignedAt == "" {
				m.SignedAt = string(dt)
			}
			if d.Body < l.End && i < titleLine+4 {
				d.Body = l.End
			}
		}

		// The parties of an agreement issue it together, wherever their
		// signature block stands.
		partyLine := -1
		for i, l := range d.Lines {
			if pm := partyRe.FindStringSubmatch(l.Text); pm != nil {
				for _, a := range agencyList(dicts, pm[1]) {
					m.Issuer = appendUnique(m.Issuer, canonicalAgency(dicts, a, ""))
				}
				if partyLine < 0 {
					partyLine = i
				}
			}
		}
		// An agreement is dated under its parties' signatures, at its end:
		// 签署日期：X, or a date on a line of its own.
		if partyLine >= 0 && m.SignedAt == "" {
			for _, l := range d.Lines[partyLine:] {
				val := l.Text
				if sm := signRe.FindStringSubmatch(l.Text); sm != nil {
					val = sm[1]
				} else if !onlyDate.MatchString(l.Text) {
					continue
				}
				if dt, _, _, ok := ParseDate(val); ok {
					m.SignedAt = string(dt)
					break
				}
			}
		}

		m.Kind = graph.KindOther
		if k, ok := dicts.DocKindOf(m.Title); ok {
			m.Kind = k.Kind
		}
		if p, ok := ParsePeriod(m.Title); ok {
			m.Period = p
		} else {
			for _, l := range lines {
				if periodLn.MatchString(l.Text) {
					m.Period, _ = ParsePeriod(l.Text)
					break
				}
			}
		}
		if m.Period == nil {
			if y := yearLead.FindStringSubmatch(m.Title); y != nil {
				n, _ := strconv.Atoi(y[1])
				m.Period = []int{n, n}
			}
		}
		m.Region = documentRegion(dicts, d)
		d.Region = m.Region
		return nil
	}
}

// isTitle reports whether a header line reads as a document title: not a
// field or navigation line, short, and ending in a kind of document.
func isTitle(dicts *Dictionaries, s string) bool {
	n := len([]rune(s))
	if n < 4 || n > 80 || navRe.MatchString(s) || fieldRe.MatchString(s) {
		return false
	}
	if strings.ContainsAny(s, "。;，,：:") {
		return false
	}
	_, ok := dicts.DocKindOf(strings.Trim(s, "《》 "))
	return ok
}

// looksLikeAgency reports whether s, a whole header field or line, names an
// organisation: a short run of Han characters ending in an agency suffix.
func looksLikeAgency(dicts *Dictionaries, s string) bool {
	s = strings.TrimSpace(s)
	n := len([]rune(s))
	if n < 2 || n > 40 {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) && !strings.ContainsRune("()（）、", r) {
			return false
		}
	}
	if _, ok := dicts.Agencies[s]; ok {
		return true
	}
	if names := dicts.agencyForms.exact(s); len(names) > 0 {
		return true
	}
	for _, suf := range dicts.AgencySuffixes {
		if strings.HasSuffix(s, suf) && n > len([]rune(suf)) {
			return true
		}
	}
	return false
}

// canonicalAgency returns the canonical name of an agency form: the
// dictionary's when it lists the form, else the form itself.
func canonicalAgency(dicts *Dictionaries, form, region string) string {
	form = strings.TrimSpace(form)
	if names := dicts.agencyForms.exact(form); len(names) > 0 {
		return names[0]
	}
	return form
}

// documentRegion is the region a document covers: the first region its
// title names, else the region of its issuer, else none.
func documentRegion(dicts *Dictionaries, d *Doc) string {
	if r := leadRegion(dicts, d.Meta.Title); r != "" {
		return r
	}
	// Issuers of different regions (the parties of an agreement between
	// provinces) give the document no one region of theirs.
	region := ""
	for _, is := range d.Meta.Issuer {
		r := leadRegion(dicts, is)
		switch {
		case r == "" || r == region || dicts.IsWithin(r, region):
		case region == "" || dicts.IsWithin(region, r):
			region = r
		default:
			return ""
		}
	}
	return region
}

// leadRegion is the first region s names; a chain of regions (杭州市西湖区)
// names the last, innermost one.
func leadRegion(dicts *Dictionaries, s string) string {
	name, _, _ := chainEnd(dicts, s)
	return name
}

// chainEnd reads the chain of regions s opens its first region mention
// with and returns the innermost one. A district or county the dictionary
// does not list, right after a city of it (成都市武侯区), ends the chain
// too: then parent is that city and level the unit's (district, county);
// both are "" for a region of the dictionary.
func chainEnd(dicts *Dictionaries, s string) (name, parent, level string) {
	text := []rune(s)
	ms := dicts.regionForms.find(text)
	if len(ms) == 0 {
		return "", "", ""
	}
	region, end := pickRegion(dicts, ms[0].Targets, ""), ms[0].End
	for _, m := range ms[1:] {
		inner := pickRegion(dicts, m.Targets, region)
		if m.Start != end || !dicts.IsWithin(inner, region) {
			break
		}
		region, end = inner, m.End
	}
	if unit, lvl, ok := unlistedUnitAfter(dicts, region, text, end); ok {
		return unit, region, lvl
	}
	return region, "", ""
}

func appendUnique(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

func baseName(path string) string {
	if i := strings.LastIndexAny(path, `/\`); i >= 0 {
		return path[i+1:]
	}
	return path
}

// agencyList reads a line that names one agency, or several separated by
// spaces or 、 (a joint signature): all of them, or nil when any part is not
// an agency.
func agencyList(dicts *Dictionaries, s string) []string {
	parts := strings.FieldsFunc(strings.TrimSpace(s), func(r rune) bool { return r == ' ' || r == '、' })
	if len(parts) == 0 {
		return nil
	}
	for _, p := range parts {
		if !looksLikeAgency(dicts, p) {
			return nil
		}
	}
	return parts
}
