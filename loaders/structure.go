package loaders

import "unicode"

// Structure finds the document's lines and sentences. A sentence ends at 。！？
// ; (full or half width, after normalisation) or at a line end.
func Structure(d *Doc) error {
	d.Lines = d.Lines[:0]
	d.Sentences = d.Sentences[:0]
	start := 0
	for i := 0; i <= len(d.Text); i++ {
		if i == len(d.Text) || d.Text[i] == '\n' {
			if s, ok := d.trimmed(start, i); ok {
				d.Lines = append(d.Lines, s)
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
