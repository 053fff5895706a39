package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/ingest"
	"sitrep/briefing/sanitize"
)

func load(t *testing.T, fsys fstest.MapFS) *briefing.Library {
	t.Helper()
	lib, err := briefing.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

func TestListNewestFirstWithWarnings(t *testing.T) {
	lib := load(t, fstest.MapFS{
		"a.md":   {Data: []byte("---\ntitle: Older story\npublished: 2024-01-01\nregion: Sahel\n---\n")},
		"b.md":   {Data: []byte("---\ntitle: Newer story\npublished: 2024-06-01\ncountries: [Sudan, Chad]\n---\n")},
		"c.md":   {Data: []byte("---\ntitle: Undated story\n---\n")},
		"bad.md": {Data: []byte("no front matter")},
	})
	var out, errs bytes.Buffer
	if err := List(&out, lib, false); err != nil {
		t.Fatal(err)
	}
	ReportProblems(&errs, lib)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 4 {
		t.Fatalf("list:\n%s", out.String())
	}
	for i, want := range []string{"2024-06-01  Sudan, Chad  Newer story", "2024-01-01  Sahel", "undated"} {
		if !strings.HasPrefix(lines[i+1], want) {
			t.Errorf("line %d = %q, want prefix %q", i+1, lines[i+1], want)
		}
	}
	if !strings.Contains(errs.String(), "bad.md:1: no front matter") {
		t.Errorf("warnings = %q", errs.String())
	}
	out.Reset()
	if err := List(&out, lib, true); err != nil {
		t.Fatal(err)
	}
	var js []briefingJSON
	if err := json.Unmarshal(out.Bytes(), &js); err != nil || len(js) != 3 || js[0].ID != "b" || js[2].Published != nil {
		t.Errorf("json list = %+v, %v", js, err)
	}
}

// TestShowStripsTerminalControl is the acceptance check: a briefing full of
// escape sequences, entities and bidi controls shows none of them.
func TestShowStripsTerminalControl(t *testing.T) {
	evil := "---\ntitle: \"Title \\e]0;pwned\\a with OSC\"\nsummary: \"\\e[2J cleared\"\nsource: \"\\u202Eevil\"\n---\n" +
		"Body \x1b[31mred\x1b[0m, \x1b]8;;http://x\x07link\x1b]8;;\x07, \u202Edecoy\u202C, zero\u200bwidth, " +
		"entity &#27;[2J and &#x1b;[5m and &amp;#27;[1m, C1 \u009b31m, bell \a, DEL \x7f.\n\n" +
		"[click](javascript:alert(1)) and [ok](https://example.org)\n"
	lib := load(t, fstest.MapFS{"evil.md": {Data: []byte(evil)}})
	for _, style := range []string{"notty", "dark"} {
		var out bytes.Buffer
		if err := Show(&out, lib, "evil", ShowOptions{Style: style, Width: 80, Plain: style == "notty"}); err != nil {
			t.Fatal(err)
		}
		s := out.String()
		if style == "dark" {
			// glamour's own colours and its hyperlinks to safe URLs are
			// the only escapes allowed on a terminal.
			s = stripSGR(safeLinks.ReplaceAllString(s, ""))
		}
		for _, bad := range []string{"\x1b", "\a", "\u202E", "\u202C", "\u200b", "\u009b", "\x7f", "&#27;", "&#x1b;", "&amp;#27;", "javascript:"} {
			if strings.Contains(s, bad) {
				t.Errorf("%s: output contains %q:\n%q", style, bad, s)
			}
		}
		if !strings.Contains(s, "red") || !strings.Contains(s, "decoy") {
			t.Errorf("%s: text lost:\n%s", style, s)
		}
	}
}

// safeLinks matches the OSC 8 hyperlinks glamour writes for http(s) links.
var safeLinks = regexp.MustCompile("\x1b\\]8;[^;\x07\x1b]*;(https?://[^\x07\x1b]*)?\x07")

// stripSGR removes the colour sequences glamour emits (ESC [ ... m) and
// nothing else, so any other escape left in the output is a leak.
func stripSGR(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';') {
				j++
			}
			if j < len(s) && s[j] == 'm' {
				i = j
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func TestShowUnknownID(t *testing.T) {
	lib := load(t, fstest.MapFS{"a.md": {Data: []byte("---\ntitle: A\n---\n")}})
	err := Show(&bytes.Buffer{}, lib, "nope", ShowOptions{})
	if err == nil || !strings.Contains(err.Error(), `no briefing "nope"`) {
		t.Errorf("err = %v", err)
	}
}

// TestExtractOffsetsIntoInput checks the contract: offsets count bytes of
// the input as read, front matter included, and the published date comes
// from the front matter unless the flag gives one.
func TestExtractOffsetsIntoInput(t *testing.T) {
	input := []byte("---\ntitle: T\npublished: 2024-10-11\n---\nAt least 115 people were killed last week. " +
		"Kenya will send 600 police officers next month.\n")
	ex := Extract(input, time.Time{})
	if ex.Published == nil || *ex.Published != "2024-10-11" {
		t.Errorf("published = %v", ex.Published)
	}
	for _, f := range ex.Figures {
		if string(input[f.Start:f.End]) != f.Text {
			t.Errorf("figure %q at [%d:%d] = %q", f.Text, f.Start, f.End, input[f.Start:f.End])
		}
		if string(input[f.SentenceStart:f.SentenceEnd]) != f.Sentence {
			t.Errorf("sentence of %q misplaced", f.Text)
		}
	}
	for _, x := range ex.Timexes {
		if string(input[x.Start:x.End]) != x.Text {
			t.Errorf("timex %q at [%d:%d] = %q", x.Text, x.Start, x.End, input[x.Start:x.End])
		}
	}
	for _, e := range ex.Timeline {
		if string(input[e.Start:e.End]) != e.Text {
			t.Errorf("timeline %q at [%d:%d] = %q", e.Text, e.Start, e.End, input[e.Start:e.End])
		}
	}
	var buf bytes.Buffer
	if err := ex.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"published", "figures", "timexes", "timeline"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("JSON lacks %q: %s", k, buf.String())
		}
	}
	if strings.Contains(buf.String(), "null,\"timexes\"") || strings.Contains(buf.String(), `"figures":null`) {
		t.Errorf("empty lists must be [], not null: %s", buf.String())
	}
	override := Extract(input, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	if *override.Published != "2025-01-01" {
		t.Errorf("--published did not override: %v", *override.Published)
	}
}

// TestImportFixtureTwice is the acceptance check for import: the fixture
// becomes one briefing, and importing it again fails and changes nothing.
func TestImportFixtureTwice(t *testing.T) {
	data := readShared(t, "fixtures", "kenya-haiti-mss.txt")
	dir := filepath.Join(t.TempDir(), "lib")
	opts := ingest.ImportOptions{Published: time.Date(2024, 10, 11, 0, 0, 0, 0, time.UTC)}
	read := func(string) ([]byte, error) { return data, nil }
	var out bytes.Buffer
	if err := ImportAll(&out, dir, []string{"kenya.txt"}, read, opts, ImportPolicy{}); err != nil {
		t.Fatal(err)
	}
	path := strings.TrimSpace(out.String())
	if filepath.Base(path) != "2024-10-11-enhanced-security-kenya-to-send-additional-600-police.md" {
		t.Errorf("wrote %s", path)
	}
	first, _ := os.ReadFile(path)
	lib, err := briefing.Load(os.DirFS(dir))
	if err != nil || lib.Len() != 1 || len(lib.Problems()) != 0 {
		t.Fatalf("imported library: %v %v", err, lib.Problems())
	}
	b := lib.Briefings()[0]
	if b.Title != "Enhanced Security: Kenya to Send Additional 600 Police Officers to Haiti" ||
		b.Published.Format(briefing.DateLayout) != "2024-10-11" || b.Dateline != "Nairobi" ||
		!strings.HasPrefix(b.Summary, "Haitian Prime Minister Garry Conille commended") {
		t.Errorf("front matter: %+v", b)
	}
	body, _ := lib.Body(b.ID)
	for _, want := range []string{"## Haitian Prime Minister Praises Quick Police Response",
		"## U.N. Extends MSS Mandate Amid Resistance to Peacekeeping Proposal",
		"Nairobi: Kenya will deploy an additional 600 police officers"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q", want)
		}
	}
	for _, noise := range []string{"Also Read", "Recent News"} {
		if strings.Contains(body, noise) {
			t.Errorf("body keeps %q", noise)
		}
	}

	out.Reset()
	err = ImportAll(&out, dir, []string{"kenya.txt"}, read, opts, ImportPolicy{})
	if err == nil || !strings.Contains(err.Error(), "already exists") || !strings.Contains(err.Error(), "--force") {
		t.Errorf("second import: err = %v", err)
	}
	if again, _ := os.ReadFile(path); !bytes.Equal(again, first) {
		t.Error("second import changed the file")
	}
	if err := ImportAll(&out, dir, []string{"kenya.txt"}, read, opts, ImportPolicy{Force: true}); err != nil {
		t.Errorf("--force: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries, want 1 (no temp files)", len(entries))
	}
}

// TestExtractCleansItsInput: escape parameters are not figures ("31m" is
// no 31 metres), no string of the JSON carries a control, bidi or
// zero-width character, and offsets still index the input as given.
func TestExtractCleansItsInput(t *testing.T) {
	input := []byte("---\ntitle: T\npublished: 2024-10-11\n---\n" +
		"Shelling hit the town \x1b[31mat dawn\x1b[0m and the road \x1b[2;40H was cut.\n" +
		"Officials said 12\u200b people\u202e died on Monday\u0085 in \u009b1mthe north\u009b0m.\n" +
		"At least 115 people &#27;[31mwere killed\u2066 last week.\n")
	ex := Extract(input, time.Time{})
	var buf bytes.Buffer
	if err := ex.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			if p := sanitize.Problem(v); p != "" {
				t.Errorf("JSON string %q holds a %s", v, p)
			}
		case []any:
			for _, e := range v {
				walk(e)
			}
		case map[string]any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	var doc any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	walk(doc)
	var values []float64
	for _, f := range ex.Figures {
		values = append(values, f.Value)
		if f.Value == 31 || f.Value == 2 || f.Value == 40 || f.Value == 1 || f.Value == 0 {
			t.Errorf("escape parameter read as a figure: %+v", f)
		}
		if f.Start < 0 || f.End > len(input) || len(input[f.Start:f.End]) != len(f.Text) {
			t.Errorf("figure %q at [%d:%d] does not index the input", f.Text, f.Start, f.End)
		}
	}
	if !slices.Contains(values, 12) || !slices.Contains(values, 115) {
		t.Errorf("figures = %v, want 12 and 115 among them", values)
	}
	for _, x := range ex.Timexes {
		if got := sanitize.Blank(string(input[x.Start:x.End])); got != x.Text {
			t.Errorf("timex %q at [%d:%d] = %q", x.Text, x.Start, x.End, got)
		}
	}
}

// hostileBodies are bodies that kept glamour busy for seconds or more.
var hostileBodies = map[string]string{
	"50k headings":     strings.Repeat("# h\n", 50_000),
	"10k-column table": "|" + strings.Repeat(" a |", 10_000) + "\n|" + strings.Repeat(" - |", 10_000) + "\n",
	"100k blocks":      strings.Repeat("w\n\n", 100_000),
	"20k-row table":    "| a | b | c |\n| - | - | - |\n" + strings.Repeat("| 1 | 2 | 3 |\n", 20_000),
	"20k link defs":    strings.Repeat("[l]: https://example.org/x\n[m]: https://example.org/y\n", 10_000),
}

// TestShowHeavyBodyAsPlainText: show applies the reader's heaviness
// check, so a body glamour would take seconds over comes out as wrapped
// plain text under the header, with a note saying why, and whole.
func TestShowHeavyBodyAsPlainText(t *testing.T) {
	for name, body := range hostileBodies {
		t.Run(name, func(t *testing.T) {
			lib := load(t, fstest.MapFS{"heavy.md": {Data: []byte("---\ntitle: Heavy\n---\n" + body + "\nthe end\n")}})
			var out bytes.Buffer
			if err := Show(&out, lib, "heavy", ShowOptions{Style: "notty", Width: 80, Plain: true}); err != nil {
				t.Fatal(err)
			}
			s := out.String()
			if !strings.Contains(s, "Heavy") || !strings.Contains(s, "shown as plain text") {
				t.Errorf("no header or note:\n%.300s", s)
			}
			if !strings.HasSuffix(strings.TrimSpace(s), "the end") {
				t.Errorf("body cut short: ends %q", s[max(0, len(s)-60):])
			}
		})
	}
}

// BenchmarkShowHostile is the time show takes over each hostile body: the
// estimate, the header and the plain text. Each must be well under 1 s.
func BenchmarkShowHostile(b *testing.B) {
	for name, body := range hostileBodies {
		lib, err := briefing.Load(fstest.MapFS{"heavy.md": {Data: []byte("---\ntitle: Heavy\n---\n" + body)}})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if err := Show(io.Discard, lib, "heavy", ShowOptions{Style: "dark", Width: 80}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestListAndShowSanitizeEveryString: a file name is untrusted text too.
// One carrying an OSC title sequence, colours, a newline, a C1 CSI, a bidi
// override and zero-width characters reaches neither the table (no fake
// row, no escape), nor the JSON of list and show, nor an error message.
func TestListAndShowSanitizeEveryString(t *testing.T) {
	evilID := "evil\x1b]0;pwned\a\x1b[31m\nfake row\u009b2J\u202ertl\u200b\u2066x"
	lib := load(t, fstest.MapFS{
		evilID + ".md": {Data: []byte("---\ntitle: \"T\\u009b1m \\u202e \\u180e \\u200b\"\ncountries: [\"A\\u2066\"]\n---\nBody \u009b31m \u202e.\n")},
		"fine.md":      {Data: []byte("---\ntitle: Fine\n---\nFine.\n")},
	})
	var table bytes.Buffer
	if err := List(&table, lib, false); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(table.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Errorf("list has %d lines, want a header and two rows:\n%s", len(lines), table.String())
	}
	for _, l := range lines {
		if p := sanitize.Problem(l); p != "" {
			t.Errorf("list row %q holds a %s", l, p)
		}
	}
	checkJSON := func(what string, data []byte) {
		t.Helper()
		var doc any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		var walk func(v any)
		walk = func(v any) {
			switch v := v.(type) {
			case string:
				if p := sanitize.Problem(v); p != "" {
					t.Errorf("%s: string %q holds a %s", what, v, p)
				}
			case []any:
				for _, e := range v {
					walk(e)
				}
			case map[string]any:
				for _, e := range v {
					walk(e)
				}
			}
		}
		walk(doc)
	}
	var js bytes.Buffer
	if err := List(&js, lib, true); err != nil {
		t.Fatal(err)
	}
	checkJSON("list --json", js.Bytes())
	js.Reset()
	if err := Show(&js, lib, evilID, ShowOptions{JSON: true}); err != nil {
		t.Fatal(err)
	}
	checkJSON("show --json", js.Bytes())
	err := Show(&bytes.Buffer{}, lib, "no\u009b31m\u202eid\x1b]0;t\a", ShowOptions{})
	if err == nil || sanitize.Problem(err.Error()) != "" || strings.ContainsAny(err.Error(), "\x1b\a") {
		t.Errorf("error %q is not clean", err)
	}
}
