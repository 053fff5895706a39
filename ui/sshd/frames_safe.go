package sshd

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// appendSafe appends row to b, cut to at most cols columns, with every
// control character and escape sequence dropped except, when keepSGR,
// Select Graphic Rendition (ESC [ params m), the only kind the reader's
// rows hold; a window title keeps none. It returns the columns appended.
//
// Briefings are sanitized when they are loaded; this is the second wall:
// bubbletea's renderer, which frames replaces for SSH sessions, parsed
// every frame into cells and so never passed on a sequence it did not
// understand, and a view that ever carried one (a title, a field a loader
// missed) must not reach a client's terminal as a command. C0 controls,
// DEL, C1 controls (U+0080–U+009F) and any other sequence — cursor moves,
// OSC, DCS, mode changes — are dropped whole; a byte that is not UTF-8 (a
// raw C1 control among them) goes as U+FFFD.
//
// The cut is what keeps a row from wrapping onto the next, or scrolling
// the screen from the last, with the terminal's autowrap left on. Each
// character is measured as the wider of the two measures terminals use:
// grapheme clusters (as the reader lays out its rows, and as terminals in
// mode 2027 draw them) and the sum of each code point's wcwidth (as most
// terminals draw them): 👨‍👩‍👧 is 2 columns in one and 6 in the other, ❤️ 2
// and 1. So a row is never wider on the client's screen than the
// terminal, whichever way it counts, and the cut falls between
// characters, never inside a wide one (a wide character that would
// straddle the margin is left out). A terminal that has said it counts
// clusters (mode 2027, clusters) is measured by clusters only. ASCII and
// the reader's marks, nearly all of a row, are measured byte by byte as
// they are copied.
func appendSafe(b []byte, row string, keepSGR bool, cols int, clusters bool) ([]byte, int) {
	w := 0
	for i := 0; i < len(row); {
		c := row[i]
		switch {
		case c == 0x1b:
			n, sgr := escapeLen(row[i:])
			if sgr && keepSGR {
				b = append(b, row[i:i+n]...)
			}
			i += n
			continue
		case c < 0x20 || c == 0x7f:
			i++ // a C0 control or DEL
			continue
		case c == 0xc2 && i+1 < len(row) && row[i+1] >= 0x80 && row[i+1] <= 0x9f:
			i += 2 // a C1 control in UTF-8
			continue
		case c < 0x80:
			// A run of printable ASCII, but for a last character that
			// what follows joins (a combining mark): that one is
			// measured with it.
			j := i + 1
			for j < len(row) && row[j] >= 0x20 && row[j] < 0x7f {
				j++
			}
			if joins(row[j:]) {
				j--
			}
			if j > i {
				if w+j-i > cols {
					return append(b, row[i:i+cols-w]...), cols
				}
				b = append(b, row[i:j]...)
				w += j - i
				i = j
				continue
			}
		}
		n, cw := charAt(row[i:], clusters)
		if w+cw > cols {
			return b, w
		}
		if c := row[i : i+n]; utf8.ValidString(c) {
			b = append(b, c...)
		} else {
			// Bytes that are not UTF-8 go as the replacement character
			// a UTF-8 terminal draws for each (the width charAt gave
			// them), never raw: a terminal of 8-bit controls reads a
			// raw 0x9b as CSI, 0x9d as OSC.
			b = append(b, strings.ToValidUTF8(c, "\uFFFD")...)
		}
		w += cw
		i += n
	}
	return b, w
}

// charAt is the length in bytes and the width in columns of the character
// s starts with: one of the reader's marks not followed by anything that
// could join it is one column, anything else is a grapheme cluster,
// measured as appendSafe says, or as a cluster only when the terminal
// counts clusters (clusters: mode 2027 is on).
func charAt(s string, clusters bool) (n, width int) {
	r, size := utf8.DecodeRuneInString(s)
	if narrowMark(r) && !joins(s[size:]) {
		return size, 1
	}
	cluster, gw := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
	if cluster == "" {
		return size, 1 // not UTF-8: drawn as one replacement character
	}
	if clusters {
		return len(cluster), gw
	}
	return len(cluster), max(gw, ansi.StringWidthWc(cluster))
}

// joins reports whether s may start with a character that joins the one
// before it into a cluster (a combining mark, a joiner, a variation
// selector): anything but ASCII, a control and the reader's marks.
func joins(s string) bool {
	if s == "" || s[0] < 0x80 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return !narrowMark(r)
}

// escapeLen is the length of the escape sequence at the start of s (which
// starts with ESC) and whether it is a complete SGR sequence. A CSI runs
// to its final byte, a string sequence (OSC, DCS, SOS, PM, APC) to its
// terminator or the end of s, anything else is ESC and the byte after it.
func escapeLen(s string) (n int, sgr bool) {
	if len(s) < 2 {
		return len(s), false
	}
	switch s[1] {
	case '[':
		inter := false
		for i := 2; i < len(s); i++ {
			switch c := s[i]; {
			case c >= 0x30 && c <= 0x3f && !inter: // parameters
			case c >= 0x20 && c <= 0x2f: // intermediates
				inter = true
			case c >= 0x40 && c <= 0x7e:
				return i + 1, c == 'm' && !inter
			default:
				return i, false // broken off: drop what was read
			}
		}
		return len(s), false
	case ']', 'P', 'X', '^', '_':
		for i := 2; i < len(s); i++ {
			switch s[i] {
			case 0x07:
				return i + 1, false
			case 0x1b:
				if i+1 < len(s) && s[i+1] == '\\' {
					return i + 2, false
				}
				return i, false
			}
		}
		return len(s), false
	}
	return 2, false
}
