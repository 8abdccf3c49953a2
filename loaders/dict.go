package loaders

import (
	"bufio"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/plangraph/plangraph/seeds"
)

// RegionEntry is one region of the dictionary.
type RegionEntry struct {
	Name    string
	Level   string
	Parent  string
	Aliases []string
	// Abbrev are one-character short forms (沪, 苏) that only count inside
	// compounds such as 苏浙沪.
	Abbrev []string
	// Guarded says the unit comes from the national list of county-level
	// units (counties.tsv) rather than the curated one: its name counts only
	// where it stands as a word of its own (沿海城市 does not name 海城市).
	Guarded bool
}

// AgencyEntry is one agency of the dictionary.
type AgencyEntry struct {
	Name    string
	Kind    string
	Aliases []string
}

// DocKind says what a title ending in Suffix is: a document kind and the
// label (Plan or Policy) of a citation of it.
type DocKind struct {
	Suffix string
	Kind   string
	Label  string
}

// Dictionaries are the domain word lists under seeds/dict.
type Dictionaries struct {
	Regions      map[string]*RegionEntry
	MultiRegions map[string][]string
	Agencies     map[string]*AgencyEntry
	// AgencySuffixes end agency names, longest first.
	AgencySuffixes []string
	// SuffixKind gives the agency kind a suffix implies.
	SuffixKind map[string]string
	// LevelPrefixes are 市, 区, 省… and the region level they stand for.
	LevelPrefixes map[string]string
	// Abbrev maps short agency stems (信息委) to their full form (信息化委员会).
	Abbrev map[string]string
	// Units are the units of measure, longest first.
	Units []string
	// DocKinds are title suffixes, longest first.
	DocKinds []DocKind

	regionForms *matcher
	agencyForms *matcher
}

// LoadDictionaries reads the dictionaries from fsys.
func LoadDictionaries(fsys fs.FS) (*Dictionaries, error) {
	d := &Dictionaries{
		Regions:       map[string]*RegionEntry{},
		MultiRegions:  map[string][]string{},
		Agencies:      map[string]*AgencyEntry{},
		SuffixKind:    map[string]string{},
		LevelPrefixes: map[string]string{},
		Abbrev:        map[string]string{},
	}
	err := readTSV(fsys, "regions.tsv", 2, func(f []string) {
		e := &RegionEntry{Name: f[0], Level: f[1], Parent: field(f, 2), Aliases: list(field(f, 3)), Abbrev: list(field(f, 4))}
		d.Regions[e.Name] = e
	})
	if err == nil {
		err = readTSV(fsys, "counties.tsv", 2, func(f []string) {
			if _, ok := d.Regions[f[0]]; !ok {
				d.Regions[f[0]] = &RegionEntry{Name: f[0], Level: f[1], Parent: field(f, 2), Guarded: true}
			}
		})
	}
	if err == nil {
		err = readTSV(fsys, "multiregions.tsv", 2, func(f []string) { d.MultiRegions[f[0]] = list(f[1]) })
	}
	if err == nil {
		err = readTSV(fsys, "agencies.tsv", 2, func(f []string) {
			d.Agencies[f[0]] = &AgencyEntry{Name: f[0], Kind: f[1], Aliases: list(field(f, 2))}
		})
	}
	if err == nil {
		err = readTSV(fsys, "agency_suffixes.txt", 1, func(f []string) {
			if !slices.Contains(d.AgencySuffixes, f[0]) {
				d.AgencySuffixes = append(d.AgencySuffixes, f[0])
			}
			if k := field(f, 1); k != "" {
				d.SuffixKind[f[0]] = k
			}
		})
	}
	if err == nil {
		err = readTSV(fsys, "agency_prefixes.txt", 2, func(f []string) { d.LevelPrefixes[f[0]] = f[1] })
	}
	if err == nil {
		err = readTSV(fsys, "agency_abbrev.tsv", 2, func(f []string) { d.Abbrev[f[0]] = f[1] })
	}
	if err == nil {
		err = readTSV(fsys, "units.tsv", 1, func(f []string) {
			if !slices.Contains(d.Units, f[0]) {
				d.Units = append(d.Units, f[0])
			}
		})
	}
	if err == nil {
		err = readTSV(fsys, "doc_kinds.tsv", 3, func(f []string) {
			d.DocKinds = append(d.DocKinds, DocKind{Suffix: f[0], Kind: f[1], Label: f[2]})
		})
	}
	if err != nil {
		return nil, err
	}
	byLen := func(s []string) {
		sort.SliceStable(s, func(i, j int) bool { return len([]rune(s[i])) > len([]rune(s[j])) })
	}
	byLen(d.AgencySuffixes)
	byLen(d.Units)
	sort.SliceStable(d.DocKinds, func(i, j int) bool {
		return len([]rune(d.DocKinds[i].Suffix)) > len([]rune(d.DocKinds[j].Suffix))
	})

	d.regionForms = newMatcher()
	for _, e := range d.Regions {
		if e.Guarded {
			d.regionForms.guard(e.Name)
		}
		d.regionForms.add(e.Name, e.Name)
		for _, a := range e.Aliases {
			d.regionForms.add(a, e.Name)
		}
	}
	d.agencyForms = newMatcher()
	for _, e := range d.Agencies {
		d.agencyForms.add(e.Name, e.Name)
		for _, a := range e.Aliases {
			d.agencyForms.add(a, e.Name)
		}
	}
	return d, nil
}

var defaultDicts *Dictionaries

// MustDictionaries returns the dictionaries embedded from seeds/dict. They
// are part of the binary, so failing to read them is a build error.
func MustDictionaries() *Dictionaries {
	if defaultDicts == nil {
		d, err := LoadDictionaries(seeds.Dict())
		if err != nil {
			panic(fmt.Sprintf("embedded dictionaries: %v", err))
		}
		defaultDicts = d
	}
	return defaultDicts
}

// DocKindOf returns what a title ending in a known suffix is.
func (d *Dictionaries) DocKindOf(title string) (DocKind, bool) {
	t := strings.TrimRight(title, ")）0123456789年-—~～（( ")
	for _, k := range d.DocKinds {
		if strings.HasSuffix(t, k.Suffix) {
			return k, true
		}
	}
	return DocKind{}, false
}

// RegionOf returns the canonical entry of a region's name or alias.
func (d *Dictionaries) RegionOf(form string) (*RegionEntry, bool) {
	names := d.regionForms.exact(form)
	if len(names) == 0 {
		return nil, false
	}
	return d.Regions[names[0]], true
}

// IsWithin reports whether region name lies inside (or is) region outer.
func (d *Dictionaries) IsWithin(name, outer string) bool {
	for i := 0; name != "" && i < 8; i++ {
		if name == outer {
			return true
		}
		e, ok := d.Regions[name]
		if !ok {
			return false
		}
		name = e.Parent
	}
	return false
}

func readTSV(fsys fs.FS, name string, minFields int, add func([]string)) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("dictionary %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r ")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if len(fields) < minFields || fields[0] == "" {
			return fmt.Errorf("dictionary %s:%d: want %d tab-separated fields, got %q", name, n, minFields, line)
		}
		add(fields)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("dictionary %s: %w", name, err)
	}
	return nil
}

func field(f []string, i int) string {
	if i < len(f) {
		return f[i]
	}
	return ""
}

func list(s string) []string {
	var out []string
	for _, x := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '，' || r == '、' }) {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// matcher finds the longest dictionary forms in a text. Forms are indexed
// by their first rune and then their second, longest first: with every
// county of the country in the dictionary, a first rune alone (新, 东)
// leaves dozens to try at each position, and most positions start no form
// at all, which one lookup of a rune tells.
type matcher struct {
	byFirst map[rune]map[rune][]string
	target  map[string][]string
	// guarded forms count only as words of their own (standsAlone)
	guarded map[string]bool
}

func newMatcher() *matcher {
	return &matcher{byFirst: map[rune]map[rune][]string{}, target: map[string][]string{}, guarded: map[string]bool{}}
}

// guard makes form count only where it stands as a word of its own.
func (m *matcher) guard(form string) { m.guarded[form] = true }

// at reports whether form, one of m's, is found at text[i]: it stands
// there, and a guarded form makes no common word with a neighbour.
func (m *matcher) at(text []rune, i int, form string) bool {
	if !hasStringAt(text, i, form) {
		return false
	}
	return !m.guarded[form] || standsAlone(text, i, i+utf8.RuneCountInString(form))
}

// standsAlone reports whether text[start:end] is a word of its own: the
// rune before it makes no common word with its first (沿海城市 holds 海城市,
// 其中山区 中山区), and its 区/县/市 does not open a word with the rune
// after it (比如县级, 江南区域, 合作市场).
func standsAlone(text []rune, start, end int) bool {
	if start > 0 && isHan(text[start-1]) && isCommonWord(string(text[start-1:start+1])) {
		return false
	}
	return end >= len(text) || !slices.Contains(unitWords, string(text[end-1:end+1]))
}

// unitWords are the words that 区, 县 and 市 open.
var unitWords = []string{"区域", "区划", "区级", "县域", "县级", "县城", "市场", "市民", "市区", "市级", "市容", "市政", "市县"}

// candidates are the forms that may start at text[i], longest first.
func (m *matcher) candidates(text []rune, i int) []string {
	if i < 0 || i+1 >= len(text) {
		return nil
	}
	if next, ok := m.byFirst[text[i]]; ok {
		return next[text[i+1]]
	}
	return nil
}

func (m *matcher) add(form, canonical string) {
	rs := []rune(form)
	if len(rs) < 2 {
		return // one character is a word part, not a name
	}
	if !slices.Contains(m.target[form], canonical) {
		m.target[form] = append(m.target[form], canonical)
	}
	next := m.byFirst[rs[0]]
	if next == nil {
		next = map[rune][]string{}
		m.byFirst[rs[0]] = next
	}
	if forms := next[rs[1]]; !slices.Contains(forms, form) {
		forms = append(forms, form)
		sort.SliceStable(forms, func(i, j int) bool { return len(forms[i]) > len(forms[j]) })
		next[rs[1]] = forms
	}
}

func (m *matcher) exact(form string) []string { return m.target[form] }

// match is one dictionary form found in a text.
type match struct {
	Start, End int
	Form       string
	Targets    []string
}

// find returns the leftmost-longest, non-overlapping matches in text.
func (m *matcher) find(text []rune) []match {
	var out []match
	for i := 0; i < len(text); i++ {
		for _, form := range m.candidates(text, i) {
			if m.at(text, i, form) {
				n := utf8.RuneCountInString(form)
				out = append(out, match{Start: i, End: i + n, Form: form, Targets: m.target[form]})
				i += n - 1
				break
			}
		}
	}
	return out
}
