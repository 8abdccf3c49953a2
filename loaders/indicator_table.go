package loaders

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Plans put their main targets in a table (主要指标表) that reaches the text
// as one line per row, cells separated by spaces:
//
//	类别 指标名称 2020年 2025年 属性
//	数字基础设施 5G基站数(万个) 1.2 3 预期性
//
// The prose reader finds no figure there (the unit sits in the name's
// brackets or in a column of its own), so the rows are read by column: a
// year column of a plan gives a baseline before the plan's period and a
// target inside it; a bulletin's year columns are actual values.

// tableCell is one cell of a row and its rune offset in the line.
type tableCell struct {
	text  string
	start int
}

// tableCells splits a line at runs of spaces, tabs and ideographic spaces.
func tableCells(rs []rune) []tableCell {
	var out []tableCell
	i := 0
	for i < len(rs) {
		for i < len(rs) && cellSpace(rs[i]) {
			i++
		}
		j := i
		for j < len(rs) && !cellSpace(rs[j]) {
			j++
		}
		if j > i {
			out = append(out, tableCell{string(rs[i:j]), i})
		}
		i = j
	}
	return out
}

func cellSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' }

// tableColumns is what a header row says about its columns.
type tableColumns struct {
	n      int
	name   int    // the column that names the indicator
	unit   int    // a unit column, or -1
	values []int  // value columns, in order
	years  []int  // the year of each value column (0: from the period)
	target []int8 // per value column: 1 a target word, -1 a base word, 0 neither
	ok     bool   // the line is a header
}

// tableHeader reads a header row: a column naming the indicator (指标,
// 指标名称, 名称) and at least one value column (2020年, 2025年目标, 基期值,
// 目标值).
func tableHeader(cells []tableCell) tableColumns {
	c := tableColumns{n: len(cells), name: -1, unit: -1}
	if len(cells) < 2 || len(cells) > 10 {
		return c
	}
	for i, x := range cells {
		t := x.text
		if y, kind, ok := valueColumn(t); ok {
			c.values = append(c.values, i)
			c.years = append(c.years, y)
			c.target = append(c.target, kind)
			continue
		}
		switch {
		case t == "单位" || t == "计量单位":
			c.unit = i
		case strings.Contains(t, "指标") && c.name < 0 && len([]rune(t)) <= 6 && !strings.Contains(t, "属性") && !strings.Contains(t, "类"):
			c.name = i
		case t == "名称" || t == "项目" && c.name < 0:
			c.name = i
		}
	}
	c.ok = c.name >= 0 && len(c.values) > 0 && c.values[0] > c.name
	return c
}

// valueColumn reads a value column's head: its year, and whether it holds a
// target (1) or a base value (-1) by its words.
func valueColumn(t string) (year int, kind int8, ok bool) {
	rest := t
	if len(t) >= 4 && isASCIIDigit(rune(t[0])) {
		y, err := strconv.Atoi(t[:4])
		if err != nil || y < 1990 || y > 2100 {
			return 0, 0, false
		}
		year, rest = y, strings.TrimPrefix(t[4:], "年")
		rest = strings.TrimLeft(rest, "底末")
		rest = strings.Trim(rest, "()")
	}
	switch rest {
	case "":
		return year, 0, year > 0
	case "目标", "目标值", "预期", "预期值", "规划值", "规划目标":
		return year, 1, true
	case "基数", "基期", "基期值", "基础值", "现状", "现状值", "实际", "实际值", "完成值", "完成情况", "现值":
		return year, -1, true
	}
	return 0, 0, false
}

// tableValue reads one value cell: 1.2, ≥90, 90以上, 10左右, [3]; a dash or
// a word is no value.
func tableValue(t string) (val float64, comp, unit string, ok bool) {
	comp = "="
	t = strings.Trim(t, "[]【】")
	for _, p := range []struct{ w, c string }{{"≥", ">="}, {">=", ">="}, {">", ">="}, {"＞", ">="}, {"不低于", ">="}, {"超过", ">="}, {"≤", "<="}, {"<=", "<="}, {"<", "<="}, {"＜", "<="}, {"不超过", "<="}, {"约", "~"}} {
		if strings.HasPrefix(t, p.w) {
			t, comp = strings.TrimPrefix(t, p.w), p.c
			break
		}
	}
	for _, p := range []struct{ w, c string }{{"以上", ">="}, {"左右", "~"}, {"以内", "<="}, {"以下", "<="}} {
		if strings.HasSuffix(t, p.w) {
			t, comp = strings.TrimSuffix(t, p.w), p.c
			break
		}
	}
	i := 0
	var num []byte
	for i < len(t) && (isASCIIDigit(rune(t[i])) || t[i] == '.' || t[i] == ',' && i > 0 && i+1 < len(t) && isASCIIDigit(rune(t[i+1]))) {
		if t[i] != ',' { // 1,200 is a thousand and two hundred
			num = append(num, t[i])
		}
		i++
	}
	if i == 0 {
		return 0, "", "", false
	}
	v, err := strconv.ParseFloat(string(num), 64)
	if err != nil {
		return 0, "", "", false
	}
	unit = t[i:]
	// a range in one cell (0.5-1, 3—5, 2至3) is no single figure
	if r, _ := utf8.DecodeRuneInString(unit); strings.ContainsRune("-—－~～至到", r) {
		return 0, "", "", false
	}
	// a cell that goes on with words is a note, not a figure
	for _, r := range unit {
		if unicode.Is(unicode.Han, r) && len([]rune(unit)) > 3 {
			return 0, "", "", false
		}
	}
	return v, comp, unit, true
}

// tableName splits the unit off a row's name: 5G基站数(万个) → 5G基站数, 万个.
func tableName(t string) (name, unit string) {
	t = strings.TrimSpace(t)
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndex(t, "("); i > 0 {
			u := t[i+1 : len(t)-1]
			if n := len([]rune(u)); n >= 1 && n <= 6 && !strings.ContainsAny(u, "含不包括") {
				return strings.TrimSpace(t[:i]), u
			}
		}
	}
	return t, ""
}

// tableRowsMax bounds the rows read under one header: a table of main
// indicators has a few dozen.
const tableRowsMax = 60

// tableIndicators reads the rows of every indicator table of the body. It
// returns the values and the rune spans of the rows it read, which the
// prose reader leaves alone.
func tableIndicators(d *Doc, from, to int, bulletin bool) ([]indicatorValue, [][2]int) {
	var out []indicatorValue
	var spans [][2]int
	for li := 0; li < len(d.Lines); li++ {
		ln := d.Lines[li]
		if ln.End <= d.Body || !strings.Contains(ln.Text, "指标") && !strings.Contains(ln.Text, "名称") {
			continue
		}
		cols := tableHeader(tableCells([]rune(ln.Text)))
		if !cols.ok {
			continue
		}
		spans = append(spans, [2]int{ln.Start, ln.End})
		skipped := 0
		for rows := 0; li+1 < len(d.Lines) && rows < tableRowsMax; rows++ {
			row := d.Lines[li+1]
			rrs := []rune(row.Text)
			cells := tableCells(rrs)
			if len(cells) < 2 {
				// a group heading between rows (数字基础设施) or a blank
				if len(rrs) > 0 && len(rrs) <= 12 && !strings.ContainsRune(row.Text, '。') && skipped < 2 {
					skipped++
					li++
					continue
				}
				break
			}
			vals := tableRow(cells, cols, from, to, bulletin)
			if len(vals) == 0 {
				break
			}
			skipped = 0
			for _, v := range vals {
				v.Start += row.Start
				v.End += row.Start
				out = append(out, v)
			}
			spans = append(spans, [2]int{row.Start, row.End})
			li++
		}
	}
	return out, spans
}

// tableRow reads one row against the header's columns. A row may leave out
// leading cells (a category written once for several rows), so cells are
// matched to columns from the right.
func tableRow(cells []tableCell, cols tableColumns, from, to int, bulletin bool) []indicatorValue {
	shift := cols.n - len(cells)
	if shift < 0 || len(cells) <= len(cols.values) {
		return nil
	}
	ni := cols.name - shift
	if ni < 0 {
		ni = 0
	}
	// a serial number before the name is no name
	for ni < len(cells) && isASCIIDigit(rune(cells[ni].text[0])) {
		if _, _, _, ok := tableValue(cells[ni].text); !ok || ni+1 >= len(cells) {
			break
		}
		ni++
	}
	if ni >= cols.values[0]-shift {
		return nil
	}
	name, unit := tableName(cells[ni].text)
	if ui := cols.unit - shift; cols.unit >= 0 && ui > ni && ui < len(cells) && unit == "" {
		unit = strings.Trim(cells[ui].text, "()")
	}
	name = cleanName(name)
	if len([]rune(name)) < 2 {
		return nil
	}
	latest := 0
	for _, y := range cols.years {
		latest = max(latest, y)
	}
	var out []indicatorValue
	for k, c := range cols.values {
		ci := c - shift
		if ci <= ni || ci >= len(cells) {
			continue
		}
		cell := cells[ci]
		v, comp, u, ok := tableValue(cell.text)
		if !ok {
			continue
		}
		if u == "" {
			u = unit
		}
		raw := cell.text
		if !strings.HasSuffix(raw, u) {
			raw += u
		}
		iv := indicatorValue{Name: name, Value: v, Unit: u, Raw: raw, Comparator: comp,
			Start: cell.start, End: cell.start + len([]rune(cell.text))}
		y, kind := cols.years[k], cols.target[k]
		switch {
		case bulletin:
			iv.Kind = "actual"
			if y == 0 {
				y = from
			}
		case kind > 0 || y > 0 && from > 0 && y >= from || y > 0 && from == 0 && y == latest:
			iv.Kind = "target"
			if y == 0 {
				y = to
			}
		default:
			iv.Kind = "baseline"
			if y == 0 && from > 0 {
				y = from - 1
			}
		}
		iv.Year = y
		out = append(out, iv)
	}
	return out
}
