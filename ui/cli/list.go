package cli

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"sitrep/briefing"
	"sitrep/briefing/sanitize"
)

// briefingJSON is a briefing's metadata as the JSON output shows it.
type briefingJSON struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Summary   string   `json:"summary,omitempty"`
	Published *string  `json:"published"`
	Source    string   `json:"source,omitempty"`
	URL       string   `json:"url,omitempty"`
	Region    string   `json:"region,omitempty"`
	Countries []string `json:"countries,omitempty"`
	Tags      []string `json:"tags,omitempty"`
	Dateline  string   `json:"dateline,omitempty"`
}

// toJSON gives a briefing's metadata for JSON output. Every string goes
// through the sanitizer, the ID (a file name, untrusted) included: JSON
// escapes only C0 controls, so a C1 control, bidi override or zero-width
// character would otherwise reach whatever shows the output.
func toJSON(b *briefing.Briefing) briefingJSON {
	j := briefingJSON{ID: sanitize.Line(b.ID), Title: sanitize.Line(b.Title), Summary: sanitize.Line(b.Summary),
		Source: sanitize.Line(b.Source), URL: sanitize.Line(b.URL), Region: sanitize.Line(b.Region),
		Countries: sanitize.Lines(b.Countries), Tags: sanitize.Lines(b.Tags), Dateline: sanitize.Line(b.Dateline)}
	if !b.Undated() {
		s := b.Published.Format(briefing.DateLayout)
		j.Published = &s
	}
	return j
}

// ReportProblems writes one warning line per skipped file.
func ReportProblems(w io.Writer, lib *briefing.Library) {
	for _, p := range lib.Problems() {
		fmt.Fprintf(w, "sitrep: skipped %s\n", sanitize.Line(p.Error()))
	}
}

// List writes the library, newest first: a table of date, region, title
// and ID, or a JSON array of metadata. Every field, the ID (a file name)
// included, is sanitized to one line.
func List(w io.Writer, lib *briefing.Library, asJSON bool) error {
	if asJSON {
		return writeJSONList(w, lib.Briefings())
	}
	return writeTextList(w, lib.Briefings())
}

// writeTextList writes the table of sitrep list.
func writeTextList(w io.Writer, bs []*briefing.Briefing) error {
	rows := make([][4]string, 0, len(bs)+1)
	rows = append(rows, [4]string{"DATE", "REGION", "TITLE", "ID"})
	for _, b := range bs {
		rows = append(rows, [4]string{DateOrUndated(b), cell(Place(b)), cell(b.Title), cell(b.ID)})
	}
	return writeTable(w, rows)
}

// writeTable writes rows as text/tabwriter writes them with a padding of
// two spaces (each column as wide as its widest cell and two spaces,
// counted in runes; the last column as it is), 64 KiB at a time: the
// tabwriter wrote each cell and each run of spaces with a write of its
// own, a million writes for a library of 100,000. No cell may hold a tab,
// a line break or a byte 0xff (cell sees to it; TestTableAsTabwriter).
func writeTable(w io.Writer, rows [][4]string) error {
	var widths [3]int
	for _, r := range rows {
		for j, c := range r[:3] {
			widths[j] = max(widths[j], utf8.RuneCountInString(c)+2)
		}
	}
	return buffered(w, func(bw *bufio.Writer) error {
		for _, r := range rows {
			buf := bw.AvailableBuffer()
			for j, c := range r[:3] {
				buf = append(buf, c...)
				for range widths[j] - utf8.RuneCountInString(c) {
					buf = append(buf, ' ')
				}
			}
			buf = append(buf, r[3]...)
			bw.Write(append(buf, '\n')) // an error stays with bw: buffered returns it
		}
		return nil
	})
}

// writeJSONList writes the briefings as an indented JSON array, exactly as
// json.Encoder with SetIndent("", "  ") writes the toJSON of each
// (TestListJSONAsEncoder holds it to that), one element at a time into
// the free space of a buffered writer that writes 64 KiB at a time, so
// that a library of 100,000 briefings is never held twice in memory as
// JSON.
func writeJSONList(w io.Writer, bs []*briefing.Briefing) error {
	if len(bs) == 0 {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	return buffered(w, func(bw *bufio.Writer) error {
		bw.WriteString("[\n  ")
		for i, b := range bs {
			buf := bw.AvailableBuffer()
			if i > 0 {
				buf = append(buf, ",\n  "...)
			}
			bw.Write(appendBriefingJSON(buf, b)) // an error stays with bw: buffered returns it
		}
		bw.WriteString("\n]\n")
		return nil
	})
}

// appendBriefingJSON appends toJSON(b) as json.MarshalIndent(toJSON(b),
// "  ", "  ") writes it, without reflection and without the copies toJSON
// makes: each field is sanitized as toJSON sanitizes it (line), and left
// out when it is empty after that, as omitempty leaves it out.
func appendBriefingJSON(dst []byte, b *briefing.Briefing) []byte {
	dst = append(dst, "{\n    \"id\": "...)
	id, plain := lineJSON(b.ID)
	dst = appendQuoted(dst, id, plain)
	dst = appendField(dst, "title", b.Title, false)
	dst = appendField(dst, "summary", b.Summary, true)
	dst = append(dst, ",\n    \"published\": "...)
	if b.Undated() {
		dst = append(dst, "null"...)
	} else {
		// A date of DateLayout is digits and dashes: nothing to escape.
		dst = append(dst, '"')
		dst = b.Published.AppendFormat(dst, briefing.DateLayout)
		dst = append(dst, '"')
	}
	dst = appendField(dst, "source", b.Source, true)
	dst = appendField(dst, "url", b.URL, true)
	dst = appendField(dst, "region", b.Region, true)
	dst = appendList(dst, "countries", b.Countries)
	dst = appendList(dst, "tags", b.Tags)
	dst = appendField(dst, "dateline", b.Dateline, true)
	return append(dst, "\n  }"...)
}

// appendField appends the field key of line(s), unless omitEmpty and
// line(s) is empty.
func appendField(dst []byte, key, s string, omitEmpty bool) []byte {
	v, plain := lineJSON(s)
	if omitEmpty && v == "" {
		return dst
	}
	dst = append(dst, ",\n    \""...)
	dst = append(dst, key...)
	dst = append(dst, "\": "...)
	return appendQuoted(dst, v, plain)
}

// appendList appends sanitize.Lines(list) (each string sanitized, the
// empty ones left out), unless that is empty.
func appendList(dst []byte, key string, list []string) []byte {
	n := 0
	for _, s := range list {
		v, plain := lineJSON(s)
		if v == "" {
			continue
		}
		if n == 0 {
			dst = append(dst, ",\n    \""...)
			dst = append(dst, key...)
			dst = append(dst, "\": ["...)
		} else {
			dst = append(dst, ',')
		}
		n++
		dst = append(dst, "\n      "...)
		dst = appendQuoted(dst, v, plain)
	}
	if n == 0 {
		return dst
	}
	return append(dst, "\n    ]"...)
}

// appendQuoted appends s as a JSON string; plain says that JSON writes
// it as it is, between quotes.
func appendQuoted(dst []byte, s string, plain bool) []byte {
	if !plain {
		return appendJSONString(dst, s)
	}
	dst = append(dst, '"')
	dst = append(dst, s...)
	return append(dst, '"')
}

// line is sanitize.Line(s), without its work for the usual string, which
// it leaves as it is: printable ASCII with single spaces inside, and no
// '&' (which may start a character reference the sanitizer decodes).
func line(s string) string {
	if tidyASCII(s) {
		return s
	}
	return sanitize.Line(s)
}

// lineJSON is line(s), and whether JSON writes it as it is: the usual
// string is looked at once, for both.
func lineJSON(s string) (string, bool) {
	if plainJSON(s) {
		return s, true
	}
	return line(s), false
}

// tidyByte marks the bytes of the strings tidyASCII takes: printable
// ASCII but '&'; plainByte, those of them that JSON writes as they are
// (not a quote, a backslash, '<' or '>', which encoding/json escapes).
var tidyByte, plainByte = func() (tidy, plain [256]bool) {
	for c := ' '; c <= '~'; c++ {
		tidy[c] = c != '&'
		plain[c] = tidy[c] && !strings.ContainsRune(`"\<>`, c)
	}
	return tidy, plain
}()

// tidyASCII reports whether s is printable ASCII without '&', a space at
// either end or two spaces together: a string sanitize.Line keeps as it
// is (TestTidyASCIIIsKept, FuzzTidyASCII).
func tidyASCII(s string) bool { return onlyOf(s, &tidyByte) }

// plainJSON reports whether s is tidyASCII and JSON writes it as it is.
func plainJSON(s string) bool { return onlyOf(s, &plainByte) }

// onlyOf reports whether s holds only bytes ok marks, and no space at
// either end or two together.
func onlyOf(s string, ok *[256]bool) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !ok[c] || c == ' ' && s[i-1] == ' ' {
			return false
		}
	}
	return true
}

// appendJSONString appends s quoted as encoding/json quotes it (with HTML
// escaping, U+2028 and U+2029 escaped, invalid UTF-8 as U+FFFD).
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '\\', '"':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// DateOrUndated is the briefing's date as YYYY-MM-DD, or "undated".
func DateOrUndated(b *briefing.Briefing) string {
	if b.Undated() {
		return "undated"
	}
	return b.Published.Format(briefing.DateLayout)
}

// Place is the region, or the countries when no region is given.
func Place(b *briefing.Briefing) string {
	if b.Region != "" {
		return b.Region
	}
	return strings.Join(b.Countries, ", ")
}

// cell keeps a table cell on one line without tabs.
func cell(s string) string {
	if s == "" {
		return "-"
	}
	return strings.ReplaceAll(line(s), "\t", " ")
}
