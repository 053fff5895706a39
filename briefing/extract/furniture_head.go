package extract

import "strings"

// maxHeadLen bounds the head of a paragraph that headDateline reads: a
// dateline or an update's stamp is short ("NAIROBI, Kenya, Monday
// November 25, 2024 /PRNewswire/ --" is 54 bytes).
const maxHeadLen = 90

// headDateline returns the length of a dateline or an update's stamp that
// opens a paragraph of story, with the mark that closes it — "TBILISI,
// November 25. /TASS/.", "KABUL (Reuters) Nov 25 -", "25 November 2024,
// Kabul –", "Nov 25, 2024 10:42 AM —", "Monday, 10:42 pm:", "[10:42]" —
// or 0. It reads the shape the other dateline rules read one by one: a
// head of names, a date or a clock time and wire sources in brackets or
// slashes, with no word in lower case (but an hour mark, or a source in
// brackets), closed by a dash, a colon or a full stop after its date, and
// then the story's first word, capitalised. The head must give a day (a
// month and its day, a weekday, a date in figures) or a clock time, and a
// place, a source or a clock time besides: a bare date that opens a
// paragraph ("Nov 25 — Rebels took the town") is a chronology's entry,
// an event of the story, and a sentence's opening adverbial ("On Nov 25
// —", "Late Monday:") is no head. The date of a dateline is the wire's,
// the time of a stamp the update's: neither dates an event.
func headDateline(t string) int {
	if len(t) < 12 || !(isUpperStart(t) || isDigit(t[0]) || t[0] == '[') || !headShape(t) {
		return 0 // the cheap gates: a capital, a digit or "[" first; no story word before a mark
	}
	var h headParts
	end := h.read(t)
	if end <= 0 || !h.dated() || h.places == 0 && !h.source && !h.clock {
		return 0
	}
	// Sources after the mark ("TBILISI, November 25. /TASS/."), then
	// the story's first word.
	for {
		i := skipBlanks(t, end)
		n := headSource(t[i:])
		if n == 0 {
			break
		}
		end = i + n
		if end < len(t) && (t[end] == '.' || t[end] == ':') {
			end++
		} else if m := headMark(t[skipBlanks(t, end):]); m > 0 {
			end = skipBlanks(t, end) + m
		}
	}
	i := skipBlanks(t, end)
	if i >= len(t) || !(isUpperStart(t[i:]) || isDigit(t[i]) || strings.HasPrefix(t[i:], "\"") || strings.HasPrefix(t[i:], "“")) {
		return 0
	}
	return end
}

// headShape is headDateline's byte scan before any word is looked up:
// it reports whether a mark (a dash, a colon, a bracket, a slash or a
// bar) comes within maxHeadLen bytes before any word in lower case (but
// an hour mark after a figure: "10:42 am IST —"), so that a story's
// paragraph ("Gunmen killed …") is refused at its first lower-case word.
func headShape(t string) bool {
	digit := false
	if 'a' <= t[0] && t[0] <= 'z' {
		return false
	}
	for i := 0; i < len(t) && i <= maxHeadLen; i++ {
		c := t[i]
		if l := c | 0x20; 'a' <= l && l <= 'z' {
			continue // a letter: most bytes cost this test alone
		}
		switch {
		case c == ' ':
			if i+1 < len(t) && 'a' <= t[i+1] && t[i+1] <= 'z' && !digit {
				return false // a word in lower case before any figure: the story's
			}
		case isDigit(c):
			digit = true
		case c == '(' || c == '[' || c == ':' || c == '|':
			return true // a source, a bracketed clock, a label's colon, a bar
		case c == '/':
			if i == 0 || t[i-1] == ' ' {
				return true // "/TASS/", " / "
			}
		case c == '-':
			if i+1 < len(t) && (t[i+1] == ' ' || t[i+1] == '-') {
				return true // a spaced "-" or "--"
			}
		case c == '.' && digit:
			return true // "November 25. /TASS/.", "25.11.2024."
		case c == 0xE2:
			if i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] == 0x94 || t[i+2] == 0x93) {
				return true // "—", "–" (not "’" or "“", which share the first byte)
			}
		case c == 0xC3:
			if strings.HasPrefix(t[i:], "â€") {
				return true // a dash read in the wrong encoding
			}
		}
	}
	return false
}

// headParts is what headDateline found in a paragraph's head.
type headParts struct {
	month, day, weekday, figures, clock, source bool
	// hhmm says the last word was four figures that can be a clock: a
	// zone after it makes it a wire's time ("0130 GMT —").
	hhmm   bool
	places int
}

// dated reports whether the head gives a day or a time.
func (h *headParts) dated() bool {
	return h.month && h.day || h.weekday || h.figures || h.clock
}

// read scans the head of t and returns the end of its closing mark, or 0
// when t does not open with a head.
func (h *headParts) read(t string) int {
	words := 0
	for i := 0; ; {
		i = skipBlanks(t, i)
		if i >= len(t) || i > maxHeadLen {
			return 0
		}
		if n := headMark(t[i:]); n > 0 {
			if words == 0 {
				return 0
			}
			return i + n
		}
		if n := headSource(t[i:]); n > 0 {
			if inner := t[i+1 : i+n-1]; t[i] == '[' && clockLine(inner) {
				h.clock = true // "[10:42]"
			} else {
				h.source = true
			}
			i += n
			if i < len(t) && t[i] == ':' {
				return i + 1 // "KABUL, Nov 25 (TOLOnews):"
			}
			if k := skipBlanks(t, i); h.dated() && (h.places > 0 || h.clock) && k < len(t) && isUpperStart(t[k:]) {
				return i // "KABUL, 25 Nov (dpa) Gunmen …", "[10:42] Police …": the story follows
			}
			words++
			continue
		}
		w, j := nextWord(t, i)
		if words++; words > 12 {
			return 0
		}
		bare := strings.TrimRight(w, ",:.")
		// "1935 GMT— Earthquake …": the dash set close to the stamp.
		dash := headMark(bare[max(0, len(bare)-len("—")):]) == len("—")
		if dash {
			bare = bare[:len(bare)-len("—")]
		}
		if bare == "" {
			return 0
		}
		if !h.word(bare, w) {
			return 0
		}
		if dash {
			if h.dated() {
				return j
			}
			return 0
		}
		switch w[len(w)-1] {
		case ':':
			if h.dated() {
				return j // "Kabul, Nov 25:", "10.42am:"
			}
			// A label before the stamp: "UPDATE: 8:36 a.m. IST —". A
			// place before a colon with no date ("Harare: The cyclone
			// …") reads on into the story's words and is refused there.
		case '.':
			// A full stop after the day, the year or the source closes
			// the head when a capital or a source follows: "MOSCOW,
			// November 25. The …", "KABUL, November 25, 2024. Gunmen …";
			// not the dot of "Nov." or "a.m." inside it.
			if isDigit(bare[len(bare)-1]) {
				k := skipBlanks(t, j)
				if k < len(t) && (isUpperStart(t[k:]) || t[k] == '/') {
					return j
				}
			}
		}
		i = j
	}
}

// word classifies one word of a head (bare: without its closing comma,
// colon or stop) and reports whether a head may hold it.
func (h *headParts) word(bare, w string) bool {
	c := bare[0]
	hhmm := h.hhmm
	h.hhmm = false
	switch {
	case isDigit(c):
		h.hhmm = militaryClock(bare)
		switch {
		case headDay(bare):
			h.day = true
		case isYear(bare):
		case slashDate(bare) || isoDate(bare) || dotDate(bare):
			h.figures = true
		case clockTime(bare) || clockLine(bare):
			h.clock = true // "10:42", "10.42am"
		default:
			return false
		}
	case 'a' <= c && c <= 'z':
		// an hour mark or "local time" after the clock: "10:42 am IST"
		return h.clock && (clockMark(bare) || bare == "local" || bare == "time")
	case isUpperStart(bare):
		if headAdverbials[bare] {
			return false // "On Nov 25 —", "Late Monday:": the story's own words
		}
		lx := lookupNumLex(bare) // in place: no lowered copy per paragraph
		switch {
		case hhmm && (bare == "GMT" || bare == "UTC"):
			h.clock = true // "0130 GMT —": a live page's stamp, in the wire's zone
		case h.clock && clockMark(bare):
		case lx != nil && lx.cls&clsMonth != 0:
			h.month = true
		case lx != nil && lx.cls&clsWeekday != 0:
			h.weekday = true
		default:
			if h.places++; h.places > 4 {
				return false
			}
		}
	default:
		return false
	}
	return true
}

// headAdverbials open a sentence rather than a dateline: a preposition, an
// article or a word of time before the date.
var headAdverbials = map[string]bool{"On": true, "At": true, "In": true, "Since": true, "From": true,
	"Until": true, "Till": true, "Before": true, "After": true, "During": true, "Through": true, "As": true,
	"Of": true, "For": true, "By": true, "Last": true, "This": true, "Next": true, "Early": true, "Late": true,
	"Earlier": true, "Later": true, "Every": true, "Each": true, "Today": true, "Tonight": true,
	"Yesterday": true, "Tomorrow": true, "Overnight": true, "The": true, "A": true, "An": true, "And": true,
	"But": true, "Between": true, "Around": true, "About": true, "Nearly": true, "Some": true, "ON": true,
	"AT": true, "IN": true, "THE": true}

// headDay reports whether w is a day of a month: "25", "3rd", "25th".
func headDay(w string) bool {
	n := 0
	for n < len(w) && n < 3 && isDigit(w[n]) {
		n++
	}
	if n == 0 || n > 2 {
		return false
	}
	switch w[n:] {
	case "", "st", "nd", "rd", "th":
		return true
	}
	return false
}

// dotDate reports whether w is a date written d.m.y: "25.11.2024".
func dotDate(w string) bool {
	parts, last := numberParts(w, '.')
	return parts == 3 && last == 4
}

// militaryClock reports whether w is four figures that can be a clock
// time, hours then minutes ("0130", "1935", "2100").
func militaryClock(w string) bool {
	if len(w) != 4 || !isDigit(w[0]) || !isDigit(w[1]) || !isDigit(w[2]) || !isDigit(w[3]) {
		return false
	}
	return (w[0]-'0')*10+w[1]-'0' <= 23 && w[2] <= '5'
}

// headMark returns the length of the dash that closes a head — "—", "–",
// "--", a spaced "-", "|" or "/", or an em or en dash read in the wrong
// encoding ("â€”", as pages stored from UTF-8 read as Latin-1 show it) —
// or 0.
func headMark(s string) int {
	switch {
	case strings.HasPrefix(s, "—"), strings.HasPrefix(s, "–"):
		return len("—")
	case strings.HasPrefix(s, "â€”"), strings.HasPrefix(s, "â€“"):
		return len("â€”") // the dash of a page stored in the wrong encoding
	case strings.HasPrefix(s, "--"):
		return 2
	case strings.HasPrefix(s, "- "), strings.HasPrefix(s, "| "), strings.HasPrefix(s, "/ "):
		return 1
	}
	return 0
}

// headSource returns the length of a wire source in brackets or slashes
// that opens s — "(Reuters)", "(AFP)", "[ANI]", "/TASS/", "/PRNewswire/" —
// or 0.
func headSource(s string) int {
	if s == "" {
		return 0
	}
	var closer byte
	switch s[0] {
	case '(':
		closer = ')'
	case '[':
		closer = ']'
	case '/':
		closer = '/'
	default:
		return 0
	}
	k := strings.IndexByte(s[1:min(len(s), 40)], closer)
	if k < 1 {
		return 0
	}
	inner := s[1 : 1+k]
	if !sourceLike(inner) && !wireInitials(inner) && !(s[0] == '[' && clockLine(inner)) {
		return 0
	}
	return k + 2
}

// wireInitials reports whether s is a wire's name in lower-case
// initials, as some agencies write it: "dpa", "efe".
func wireInitials(s string) bool {
	if len(s) < 2 || len(s) > 5 {
		return false
	}
	for k := 0; k < len(s); k++ {
		if s[k] < 'a' || s[k] > 'z' {
			return false
		}
	}
	return true
}

// skipBlanks returns the index of the first byte of t at or after i that
// is no space or tab.
func skipBlanks(t string, i int) int {
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	return i
}
