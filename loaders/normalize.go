package loaders

// Normalize maps full-width ASCII to ASCII and odd spaces to a plain space,
// rune for rune, so that every offset into the normalised text is also an
// offset into the decoded one.
func Normalize(d *Doc) error {
	for i, r := range d.Text {
		d.Text[i] = normalRune(r)
	}
	return nil
}

func normalRune(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
		return r - 0xFEE0
	case r == 0x3000, r == 0x00A0, r == 0xFEFF, r == '\t', r == '\r',
		r >= 0x2000 && r <= 0x200B, r == 0x202F, r == 0x205F:
		return ' '
	}
	return r
}
