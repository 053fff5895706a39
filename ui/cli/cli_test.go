package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/ingest"
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
	data, err := os.ReadFile("../../../shared/fixtures/kenya-haiti-mss.txt")
	if err != nil {
		t.Skipf("shared fixtures not available (%v): skipping", err)
	}
	dir := filepath.Join(t.TempDir(), "lib")
	opts := ingest.ImportOptions{Published: time.Date(2024, 10, 11, 0, 0, 0, 0, time.UTC)}
	read := func(string) ([]byte, error) { return data, nil }
	var out bytes.Buffer
	if err := ImportAll(&out, dir, []string{"kenya.txt"}, read, opts, false, false); err != nil {
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
	err = ImportAll(&out, dir, []string{"kenya.txt"}, read, opts, false, false)
	if err == nil || !strings.Contains(err.Error(), "already exists") || !strings.Contains(err.Error(), "--force") {
		t.Errorf("second import: err = %v", err)
	}
	if again, _ := os.ReadFile(path); !bytes.Equal(again, first) {
		t.Error("second import changed the file")
	}
	if err := ImportAll(&out, dir, []string{"kenya.txt"}, read, opts, true, false); err != nil {
		t.Errorf("--force: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries, want 1 (no temp files)", len(entries))
	}
}
