package sanitize

import (
	"strings"
	"testing"
)

// TestBlank: what Text removes becomes spaces of the same length, so that
// offsets into the result index the input as given.
func TestBlank(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"clean text unchanged", "Kenya will send 600 officers.\n", "Kenya will send 600 officers.\n"},
		{"CSI with its parameters", "a\x1b[31mred\x1b[0m", "a     red    "},
		{"OSC title", "\x1b]0;pwned\x07title", "          title"},
		{"C1 CSI", "12\u009b31m km", "12      km"},
		{"bidi and zero-width", "a\u202eb\u200bc\u180ed", "a   b   c   d"},
		{"reference to ESC with parameters", "x&#27;[31my", "x         y"},
		{"reference to ESC before a bracket", "[a&#27;]b](https://x.org)", "[a     ]b](https://x.org)"},
		{"assembled reference stays apart", "&&#27;#27;x", "&     #27;x"},
		{"line separator", "a\u2028b", "a\n  b"},
		{"invalid UTF-8", "a\xffb", "a b"},
		{"CRLF", "a\r\nb", "a \nb"},
		{"Persian joiner kept", "می\u200cخواهم", "می\u200cخواهم"},
		{"Latin joiner removed", "a\u200db", "a   b"},
		{"variation selector run", "❤\uFE0F\uFE0F", "❤\uFE0F   "},
		{"zalgo", "e" + strings.Repeat("\u0301", 10), "e" + strings.Repeat("\u0301", 8) + "    "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Blank(tt.in)
			if got != tt.want {
				t.Errorf("Blank(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			if len(got) != len(tt.in) {
				t.Errorf("length %d, want %d", len(got), len(tt.in))
			}
			if p := Problem(got); p != "" {
				t.Errorf("Blank(%q) still holds a %s", tt.in, p)
			}
			if again := Blank(got); again != got {
				t.Errorf("not a fixed point: %q -> %q", got, again)
			}
		})
	}
}
