package sshd

// appendSafe appends row to b with every control character and escape
// sequence dropped except, when keepSGR, Select Graphic Rendition (ESC [
// params m), the only kind the reader's rows hold; a window title keeps
// none. Briefings are sanitized when they are
// loaded; this is the second wall: bubbletea's renderer, which frames
// replaces for SSH sessions, parsed every frame into cells and so never
// passed on a sequence it did not understand, and a view that ever carried
// one (a title, a field a loader missed) must not reach a client's
// terminal as a command. C0 controls, DEL, C1 controls (U+0080–U+009F) and
// any other sequence — cursor moves, OSC, DCS, mode changes — are dropped
// whole.
func appendSafe(b []byte, row string, keepSGR bool) []byte {
	for i := 0; i < len(row); {
		c := row[i]
		switch {
		case c >= 0x20 && c != 0x7f && c != 0xc2:
			// Plain text: copy the run up to the next byte to look at.
			j := i + 1
			for j < len(row) && row[j] >= 0x20 && row[j] != 0x7f && row[j] != 0xc2 {
				j++
			}
			b = append(b, row[i:j]...)
			i = j
		case c == 0xc2:
			if i+1 < len(row) && row[i+1] >= 0x80 && row[i+1] <= 0x9f {
				i += 2 // a C1 control in UTF-8
				continue
			}
			b = append(b, c)
			i++
		case c == 0x1b:
			n, sgr := escapeLen(row[i:])
			if sgr && keepSGR {
				b = append(b, row[i:i+n]...)
			}
			i += n
		default:
			i++ // a C0 control or DEL
		}
	}
	return b
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
