package loaders

import (
	"sync"

	"github.com/longbridgeapp/opencc"
)

var (
	t2sOnce sync.Once
	t2s     *opencc.OpenCC
	t2sErr  error
)

// converter returns OpenCC's traditional-to-simplified converter, built once.
func converter() (*opencc.OpenCC, error) {
	t2sOnce.Do(func() { t2s, t2sErr = opencc.New("t2s") })
	return t2s, t2sErr
}

// Simplified converts traditional characters in s to simplified ones with
// OpenCC's t2s tables (建設 → 建设); simplified text comes back unchanged.
func Simplified(s string) (string, error) {
	cc, err := converter()
	if err != nil {
		return "", err
	}
	return cc.Convert(s)
}

// Simplify converts the text to simplified characters, keeping it rune for
// rune so that spans stay valid: where OpenCC's phrase tables would change
// the length of a line, that line is converted character by character.
func Simplify(d *Doc) error {
	if !hasTraditional(d.Text) {
		return nil
	}
	cc, err := converter()
	if err != nil {
		return err
	}
	start := 0
	for i := 0; i <= len(d.Text); i++ {
		if i < len(d.Text) && d.Text[i] != '\n' {
			continue
		}
		line := d.Text[start:i]
		if out, err := cc.Convert(string(line)); err == nil && len([]rune(out)) == len(line) {
			copy(line, []rune(out))
		} else {
			for j, r := range line {
				if o, err := cc.Convert(string(r)); err == nil && len([]rune(o)) == 1 {
					line[j] = []rune(o)[0]
				}
			}
		}
		start = i + 1
	}
	return nil
}

// hasTraditional reports whether any character of text changes under t2s,
// checking characters one by one through a cache, so that simplified input
// (the common case) costs one map lookup per distinct character.
func hasTraditional(text []rune) bool {
	cc, err := converter()
	if err != nil {
		return false
	}
	seen := map[rune]bool{}
	for _, r := range text {
		if r < 0x3400 || seen[r] {
			continue
		}
		seen[r] = true
		if o, err := cc.Convert(string(r)); err == nil && o != string(r) {
			return true
		}
	}
	return false
}
