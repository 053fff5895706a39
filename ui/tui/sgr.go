package tui

import "strings"

// compactStyles rewrites a rendered line with as few style sequences as
// draw the same cells: glamour styles each word and each padding space by
// itself ("\x1b[38;5;252m \x1b[m" over and over), and every frame the
// terminal renderer reads the whole screen's sequences back into cells, so
// a document is compacted once, when it is rendered. Runs of the same
// style are joined, and spaces whose style shows nothing on a space (a
// foreground colour, bold, faint, italic) lose it. Sequences other than
// SGR are kept as they are, and no run is joined across them.
func compactStyles(line string) string {
	if !strings.Contains(line, "\x1b[") {
		return line
	}
	var runs []styledRun
	style := ""
	for rest := line; rest != ""; {
		i := strings.IndexByte(rest, '\x1b')
		if i < 0 {
			runs = appendRun(runs, style, rest, false)
			break
		}
		if i > 0 {
			runs = appendRun(runs, style, rest[:i], false)
			rest = rest[i:]
		}
		params, n, ok := sgrAt(rest)
		if !ok { // another sequence: kept, in the style of its place
			end := otherSequenceEnd(rest)
			runs = appendRun(runs, style, rest[:end], true)
			rest = rest[end:]
			continue
		}
		rest = rest[n:]
		switch {
		case params == "" || params == "0":
			style = ""
		case strings.HasPrefix(params, "0;"):
			style = params[2:]
		case style == "":
			style = params
		default:
			style += ";" + params
		}
	}
	var b strings.Builder
	b.Grow(len(line))
	on := ""
	for _, r := range runs {
		if r.style != on {
			if on != "" {
				b.WriteString("\x1b[m")
			}
			if r.style != "" {
				b.WriteString("\x1b[" + r.style + "m")
			}
			on = r.style
		}
		b.WriteString(r.text)
	}
	if on != "" {
		b.WriteString("\x1b[m")
	}
	return b.String()
}

// styledRun is text drawn in one style: the SGR parameters set since the
// last reset, "" for none.
type styledRun struct {
	style  string
	text   string
	opaque bool // a sequence other than SGR: never joined
}

// appendRun adds text in style, joined to the run before when it can be.
func appendRun(runs []styledRun, style, text string, opaque bool) []styledRun {
	if !opaque && strings.Trim(text, " ") == "" && invisibleOnSpace(style) {
		style = ""
	}
	if n := len(runs); n > 0 && !opaque && !runs[n-1].opaque && runs[n-1].style == style {
		runs[n-1].text += text
		return runs
	}
	return append(runs, styledRun{style: style, text: text, opaque: opaque})
}

// sgrAt reads the SGR sequence at the start of s: its parameters and
// length.
func sgrAt(s string) (params string, n int, ok bool) {
	if !strings.HasPrefix(s, "\x1b[") {
		return "", 0, false
	}
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c == 'm':
			return s[2:i], i + 1, true
		case c >= '0' && c <= '9' || c == ';':
		default:
			return "", 0, false
		}
	}
	return "", 0, false
}

// otherSequenceEnd is the length of the escape sequence (or lone escape)
// at the start of s: a CSI to its final byte, an OSC to its terminator.
func otherSequenceEnd(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		for i := 2; i < len(s); i++ {
			if s[i] >= 0x40 && s[i] <= 0x7e {
				return i + 1
			}
		}
		return len(s)
	case ']':
		if i := strings.Index(s, "\x1b\\"); i >= 0 {
			if j := strings.IndexByte(s[:i], '\a'); j >= 0 {
				return j + 1
			}
			return i + 2
		}
		if j := strings.IndexByte(s, '\a'); j >= 0 {
			return j + 1
		}
		return len(s)
	}
	return 2
}

// invisibleOnSpace reports whether an SGR style draws a space as a plain
// space: only foreground colours, bold, faint and italic (and their
// resets), which colour or shape glyphs a space does not have.
func invisibleOnSpace(style string) bool {
	if style == "" {
		return true
	}
	ps := strings.Split(style, ";")
	for i := 0; i < len(ps); i++ {
		switch ps[i] {
		case "1", "2", "3", "22", "23", "39":
		case "38":
			switch {
			case i+2 < len(ps) && ps[i+1] == "5":
				i += 2
			case i+4 < len(ps) && ps[i+1] == "2":
				i += 4
			default:
				return false
			}
		default:
			return false
		}
	}
	return true
}
