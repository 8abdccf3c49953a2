package loaders

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/plangraph/plangraph/graph"
)

// Encodings the decoder recognises.
const (
	EncodingUTF8    = "UTF-8"
	EncodingUTF16LE = "UTF-16LE"
	EncodingUTF16BE = "UTF-16BE"
	EncodingGB18030 = "GB18030"
	EncodingBig5    = "Big5"
)

// Decode detects the encoding of the raw bytes and decodes them: UTF-8 with
// or without a byte-order mark, UTF-16 with one, else GB18030 (a superset
// of GBK and GB2312), else Big5. Anything else, or binary data, is an EINVALID error.
func Decode(d *Doc) error {
	text, enc, err := decode(d.Raw)
	if err != nil {
		return err
	}
	d.Encoding = enc
	d.Text = []rune(text)
	d.Meta.Encoding = enc
	d.Meta.Chars = len(d.Text)
	return nil
}

func decode(raw []byte) (string, string, error) {
	switch {
	case len(bytes.TrimSpace(raw)) == 0:
		return "", "", graph.Errorf(graph.EINVALID, "the file is empty")
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
		if !utf8.Valid(raw) {
			return "", "", graph.Errorf(graph.EINVALID, "the file starts with a UTF-8 byte-order mark but is not valid UTF-8")
		}
		return string(raw), EncodingUTF8, nil
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), raw, EncodingUTF16LE)
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), raw, EncodingUTF16BE)
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return "", "", graph.Errorf(graph.EINVALID, "the file holds NUL bytes: it is binary, not a text document")
	}
	if utf8.Valid(raw) {
		return string(raw), EncodingUTF8, nil
	}
	text, enc, err := decodeWith(simplifiedchinese.GB18030, raw, EncodingGB18030)
	if err != nil {
		// Traditional-character files from Taiwan and Hong Kong come in Big5,
		// which GB18030 reads as a scatter of rare characters.
		if t, e, err2 := decodeWith(traditionalchinese.Big5, raw, EncodingBig5); err2 == nil {
			return t, e, nil
		}
	}
	return text, enc, err
}

func decodeWith(e encoding.Encoding, raw []byte, name string) (string, string, error) {
	out, err := e.NewDecoder().Bytes(raw)
	if err != nil {
		return "", "", graph.Errorf(graph.EINVALID, "the file is neither UTF-8 nor %s text: %v", name, err)
	}
	// GB18030 maps every byte sequence to something, so its decoder rarely
	// fails: judge the result instead. Real Chinese text decodes to CJK and
	// ASCII; random bytes decode to a scatter of rare symbols and U+FFFD.
	if bad := implausible(string(out)); bad > 0.02 {
		return "", "", graph.Errorf(graph.EINVALID, "the file is neither UTF-8 nor %s text (%.0f%% of its characters are not plausible text)", name, bad*100)
	}
	return string(out), name, nil
}

// implausible returns the share of runes that a Chinese text would not hold:
// anything but common CJK characters, ASCII, Latin-1, general and CJK
// punctuation, full-width forms and the usual symbols.
func implausible(s string) float64 {
	var n, bad int
	for _, r := range s {
		n++
		switch {
		case r == '\n' || r == '\r' || r == '\t':
		case r >= 0x20 && r < 0x7F, r >= 0xA0 && r <= 0xFF:
		case r >= 0x4E00 && r <= 0x9FFF: // CJK unified ideographs
		case r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFFEF: // CJK punctuation, full width
		case r >= 0x2000 && r <= 0x27BF: // punctuation, symbols, arrows, box drawing, dingbats
		case r >= 0x0370 && r <= 0x04FF, r >= 0x3040 && r <= 0x30FF, r >= 0x3200 && r <= 0x33FF:
		default:
			bad++
		}
	}
	if n == 0 {
		return 1
	}
	return float64(bad) / float64(n)
}

func anyString(v any) string {
	if v == nil {
		return ""
	}
	return fmt.Sprint(v)
}
