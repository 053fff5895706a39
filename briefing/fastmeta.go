package briefing

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// fastMeta decodes the plain front matter that sitrep itself writes (and
// that people usually write by hand) without yaml/v3: one "key: value"
// line per known key, each value a plain, single- or double-quoted scalar
// on one line, or a flow list "[a, b]" of plain scalars. It reports false
// for anything else (comments, indented or continued lines, block lists,
// escapes, anchors, tags, null values, duplicate keys, a missing title, a
// value that is not a date...), and the caller then decodes with yaml/v3,
// so that every error, and every result of front matter outside this
// subset, is yaml/v3's. Where it reports true the Meta is the one yaml/v3
// decodes (TestFastMetaMatchesYAML and FuzzFastMeta hold it to that).
func fastMeta(fm []byte) (Meta, bool) {
	var m Meta
	var seen [9]bool
	for len(fm) > 0 {
		i := bytes.IndexByte(fm, '\n')
		if i < 0 {
			return Meta{}, false // ReadHeader ends every line with \n
		}
		line := fm[:i]
		fm = fm[i+1:]
		if n := len(line); n > 0 && line[n-1] == '\r' {
			line = line[:n-1]
		}
		if len(line) == 0 {
			continue
		}
		colon := bytes.IndexByte(line, ':')
		if colon <= 0 || colon+1 >= len(line) || line[colon+1] != ' ' {
			return Meta{}, false
		}
		field := fieldIndex(line[:colon])
		if field < 0 || seen[field] {
			return Meta{}, false
		}
		seen[field] = true
		value := bytes.TrimLeft(line[colon+1:], " ")
		if !setField(&m, field, value) {
			return Meta{}, false
		}
	}
	if strings.TrimSpace(m.Title) == "" {
		return Meta{}, false
	}
	return m, true
}

// fieldNames are Meta's keys, in the order of fieldIndex.
var fieldNames = [9]string{"title", "summary", "published", "source", "url", "region", "countries", "tags", "dateline"}

// fieldIndex is the index of key in fieldNames, or -1.
func fieldIndex(key []byte) int {
	for i, name := range fieldNames {
		if string(key) == name {
			return i
		}
	}
	return -1
}

// setField sets one field of m from its raw value, reporting false when
// the value is outside the plain subset.
func setField(m *Meta, field int, value []byte) bool {
	switch fieldNames[field] {
	case "countries", "tags":
		list, ok := flowList(value)
		if !ok {
			return false
		}
		if field == 6 {
			m.Countries = list
		} else {
			m.Tags = list
		}
		return true
	case "published":
		s, ok := scalar(value)
		if !ok {
			return false
		}
		t, err := parseDateValue(strings.TrimSpace(s))
		if err != nil || t.IsZero() {
			return false
		}
		m.Published = Date{t}
		return true
	}
	s, ok := scalar(value)
	if !ok {
		return false
	}
	switch field {
	case 0:
		m.Title = s
	case 1:
		m.Summary = s
	case 3:
		m.Source = s
	case 4:
		m.URL = s
	case 5:
		m.Region = s
	case 8:
		m.Dateline = s
	}
	return true
}

// scalar decodes a one-line block scalar: plain, or quoted with no escape.
func scalar(v []byte) (string, bool) {
	if len(v) == 0 {
		return "", false
	}
	switch v[0] {
	case '"', '\'':
		q := v[0]
		if len(v) < 2 || v[len(v)-1] != q || !printable(v[1:len(v)-1]) {
			return "", false
		}
		inner := v[1 : len(v)-1]
		if bytes.IndexByte(inner, q) >= 0 || q == '"' && bytes.IndexByte(inner, '\\') >= 0 {
			return "", false
		}
		return string(inner), true
	}
	if !plain(v, false) {
		return "", false
	}
	return string(v), true
}

// flowList decodes "[a, b]" whose items are plain scalars.
func flowList(v []byte) ([]string, bool) {
	if len(v) < 2 || v[0] != '[' || v[len(v)-1] != ']' {
		return nil, false
	}
	inner := bytes.Trim(v[1:len(v)-1], " ")
	list := make([]string, 0, bytes.Count(inner, []byte{','})+1)
	if len(inner) == 0 {
		return list, true
	}
	for item := range bytes.SplitSeq(inner, []byte{','}) {
		item = bytes.Trim(item, " ")
		if !plain(item, true) {
			return nil, false
		}
		list = append(list, string(item))
	}
	return list, true
}

// plain reports whether v is a plain YAML scalar that yaml/v3 reads as the
// same text and that no key can resolve to null: printable, no leading
// indicator, no trailing space, no ": " or " #" inside, none of ",[]{}:"
// in a flow list.
func plain(v []byte, flow bool) bool {
	if len(v) == 0 || !printable(v) {
		return false
	}
	if bytes.IndexByte([]byte("-?:,[]{}#&*!|>'\"%@`"), v[0]) >= 0 {
		return false
	}
	if v[len(v)-1] == ' ' || v[len(v)-1] == ':' {
		return false
	}
	switch string(v) {
	case "~", "null", "Null", "NULL":
		return false
	}
	if bytes.Contains(v, []byte(": ")) || bytes.Contains(v, []byte(" #")) {
		return false
	}
	return !flow || bytes.IndexAny(v, ",[]{}:") < 0
}

// printable reports whether v holds only characters that yaml/v3 reads as
// they are inside one line: no control character (a tab included), no
// line or paragraph separator, no byte order mark, valid UTF-8.
func printable(v []byte) bool {
	for i := 0; i < len(v); {
		c := v[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(v[i:])
		switch {
		case r == utf8.RuneError && size == 1,
			r < 0xA0, r == 0x2028, r == 0x2029, r == 0xFEFF,
			r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
			return false
		}
		i += size
	}
	return true
}
