package extract

import (
	"strings"
	"unicode/utf8"
)

// foldEq reports strings.EqualFold(w, lower) for a lower-case ASCII word
// lower, without decoding runes when w is plain ASCII: the key rules ask it
// of every word around every figure. It is small enough to be inlined, so
// that a word shorter than lower costs one comparison.
func foldEq(w, lower string) bool {
	return len(w) >= len(lower) && foldFrom(w, lower)
}

// foldFrom is foldEq for a word w at least as long as lower. A letter
// beyond ASCII takes two bytes or more, so a word as long as lower that
// holds one has fewer letters than lower; a longer word folds to lower only
// through such a letter ("ſ" folds to "s", the Kelvin sign to "k").
//
//go:noinline
func foldFrom(w, lower string) bool {
	if len(w) != len(lower) {
		return !plainASCII(w) && strings.EqualFold(w, lower)
	}
	return hasSuffixFold(w, lower) // the whole of w, ASCII letters folded
}

// plainASCII reports whether s holds no byte beyond ASCII, reading eight
// bytes at a time.
func plainASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if load8(s[i:])&highBytes != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lowerWord returns strings.ToLower of token t's text, taken from its
// lexicon entry when it has one (see wordAt).
func lowerWord(text string, t ntoken) string {
	if t.lx != nil {
		return t.lx.w
	}
	return strings.ToLower(text[t.start:t.end])
}

// wordIn reports whether token t is one of words (lower-case ASCII), in
// any case: wordAt for each of them, with the token's entry read once.
func wordIn(text string, t ntoken, words []string) bool {
	if t.lx != nil {
		for _, w := range words {
			if t.lx.w == w {
				return true
			}
		}
		return false
	}
	if t.kind != ntWord {
		return false
	}
	for _, w := range words {
		if foldEq(text[t.start:t.end], w) {
			return true
		}
	}
	return false
}
