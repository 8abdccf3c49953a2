package loaders

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Structure finds the document's lines and sentences. A sentence ends at 。！？
// ; (full or half width, after normalisation) or at a line end. The lines a
// web page wraps around a document (沪ICP备…号, 版权所有, Produced By …)
// are not its text: they are blanked, so that no stage reads the site's
// owner or its publishing software as an agency or a system the document
// names, and every offset stays where it was.
func Structure(d *Doc) error {
	d.Lines = d.Lines[:0]
	d.Sentences = d.Sentences[:0]
	start := 0
	for i := 0; i <= len(d.Text); i++ {
		if i == len(d.Text) || d.Text[i] == '\n' {
			if s, ok := d.trimmed(start, i); ok {
				if pageFurniture(s.Text) {
					for k := s.Start; k < s.End; k++ {
						d.Text[k] = ' '
					}
				} else {
					d.Lines = append(d.Lines, s)
				}
			}
			start = i + 1
		}
	}
	for _, line := range d.Lines {
		from := line.Start
		for i := line.Start; i < line.End; i++ {
			switch d.Text[i] {
			case '。', '!', '?', ';', '；':
				if s, ok := d.trimmed(from, i+1); ok {
					d.Sentences = append(d.Sentences, s)
				}
				from = i + 1
			}
		}
		if s, ok := d.trimmed(from, line.End); ok {
			d.Sentences = append(d.Sentences, s)
		}
	}
	return nil
}

// trimmed returns [start, end) without the spaces at its ends, and whether
// anything is left.
func (d *Doc) trimmed(start, end int) (Span, bool) {
	for start < end && unicode.IsSpace(d.Text[start]) {
		start++
	}
	for end > start && unicode.IsSpace(d.Text[end-1]) {
		end--
	}
	if start == end {
		return Span{}, false
	}
	return Span{Start: start, End: end, Text: string(d.Text[start:end])}, true
}

// furnitureMarks are what a web page's header and footer lines say and a
// document's own text does not (in lower case: the line is compared so).
var furnitureMarks = []string{"版权所有", "produced by", "powered by", "copyright", "©", "icp备", "icp证"}

// pageFurniture reports whether a line is a web page's furniture: a short
// line, not a sentence, with a copyright, a site licence number or the name
// of the software that published it, or the site's address with its
// postcode.
func pageFurniture(line string) bool {
	if utf8.RuneCountInString(line) > 80 || strings.HasSuffix(line, "。") || strings.HasSuffix(line, ";") {
		return false
	}
	low := strings.ToLower(line)
	for _, m := range furnitureMarks {
		i := strings.Index(low, m)
		if i < 0 {
			continue
		}
		rest := low[i+len(m):]
		switch {
		case strings.HasPrefix(m, "icp"):
			// 沪ICP备10033393号, not 非经营性ICP备案
			return rest != "" && rest[0] >= '0' && rest[0] <= '9'
		case m == "版权所有":
			// 版权所有人, 版权所有者 are people in a sentence
			r, _ := utf8.DecodeRuneInString(rest)
			return !strings.ContainsRune("人者权", r)
		default:
			return true
		}
	}
	return strings.Contains(line, "邮编") && strings.Contains(line, "电话") && strings.Contains(line, "地址")
}
