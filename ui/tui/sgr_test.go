package tui

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestCompactStyles: a rendered line keeps what it shows with fewer
// sequences; what a space shows (a background, reverse, underline) stays.
func TestCompactStyles(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"glamour's padding", "\x1b[38;5;252mword\x1b[m\x1b[38;5;252m \x1b[m\x1b[38;5;252m \x1b[m", "\x1b[38;5;252mword\x1b[m  "},
		{"words of one style joined", "\x1b[1;38;2;1;2;3mA\x1b[m\x1b[1;38;2;1;2;3m b\x1b[m", "\x1b[1;38;2;1;2;3mA b\x1b[m"},
		{"styles stacked after a reset", "\x1b[1m\x1b[3mx\x1b[0;3my\x1b[m", "\x1b[1;3mx\x1b[m\x1b[3my\x1b[m"},
		{"a background on spaces shows", "\x1b[48;5;238m  \x1b[m", "\x1b[48;5;238m  \x1b[m"},
		{"reverse spaces show", "\x1b[1;7m \x1b[m", "\x1b[1;7m \x1b[m"},
		{"underlined spaces show", "\x1b[4m \x1b[m", "\x1b[4m \x1b[m"},
		{"a link is kept whole", "\x1b]8;;https://x.org\x1b\\\x1b[34mx\x1b[m\x1b]8;;\x1b\\", "\x1b]8;;https://x.org\x1b\\\x1b[34mx\x1b[m\x1b]8;;\x1b\\"},
		{"plain text", "no styles", "no styles"},
		{"resets only", "\x1b[m\x1b[mtext\x1b[m", "text"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := compactStyles(c.in)
			if got != c.want {
				t.Errorf("compactStyles(%q) = %q; want %q", c.in, got, c.want)
			}
			if ansi.Strip(got) != ansi.Strip(c.in) {
				t.Errorf("the text changed: %q, was %q", ansi.Strip(got), ansi.Strip(c.in))
			}
		})
	}
}
