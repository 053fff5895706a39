package sanitize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"charm.land/glamour/v2"
)

// fuzzSeeds are hostile and ordinary inputs shared by the fuzz targets.
var fuzzSeeds = []string{
	"",
	"plain text\n",
	"\x1b[31mred\x1b[0m \x1b]0;title\x07 \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ \x1bP q \x1b\\",
	"\u009b31m \u009d0;t\u0007 \u0085 \u202e \u2066 \u200b \u200d \ufeff \U000E0041",
	"&#27;[31m &#x1b; &#X1B; &#0027 &amp;#27; &amp;amp;#x9b; &&#27;#27; &a&#27;mp;#27;",
	"e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301 \xff\xfe \r\n \r",
	"می\u200cخواهم क्\u200dष 👨\u200d👩\u200d👧",
	"> > > > > > > > > > > > > > > > > > > > > > > > deep\n- - - - - - - - - - - - - - - - - - - - - - - x\n",
	"[x](javascript:alert(1)) <javascript:y> ![i](data:x) [r][] \n\n[r]: vbscript:z\n`[a](b)` ftp://h.org/f",
	"---\ntitle: T\nsummary: S\npublished: 2024-10-11\ncountries: [A, B]\n---\n# Body\n",
	"---\ntitle: &a T\nsummary: *a\n---\n",
	"---\ntitle: [unclosed\n---\n",
	"Headline\n\nShort dek.\n\nNairobi: Body.\n\nA Heading\n\nMore.\n\nAlso Read | x\n\nRecent News",
}

// fuzzFiles adds the importer samples and the shared fixture as seeds.
func fuzzFiles(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("..", "ingest", "testdata", "import", "*"))
	paths = append(paths, filepath.Join("..", "..", "..", "shared", "fixtures", "kenya-haiti-mss.txt"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
}

// checkClean fails the test when s holds anything Sanitize removes.
func checkClean(t *testing.T, what, s string) {
	t.Helper()
	if problem := Problem(s); problem != "" {
		t.Fatalf("%s: %s in %q", what, problem, s)
	}
}

func FuzzSanitize(f *testing.F) {
	fuzzFiles(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		in := string(data)
		out := Text(in)
		checkClean(t, "Sanitize", out)
		if again := Text(out); again != out {
			t.Fatalf("Sanitize not idempotent:\n once  %q\n twice %q", out, again)
		}
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out: %q", out)
		}
		line := Line(in)
		checkClean(t, "SanitizeLine", line)
		if strings.ContainsAny(line, "\n\t") || strings.TrimSpace(line) != line || strings.Contains(line, "  ") {
			t.Fatalf("SanitizeLine left breaks or loose spaces: %q", line)
		}
		if again := Line(line); again != line {
			t.Fatalf("SanitizeLine not idempotent: %q -> %q", line, again)
		}
		blank := Blank(in)
		checkClean(t, "Blank", blank)
		if len(blank) != len(in) {
			t.Fatalf("Blank changed the length: %q -> %q", in, blank)
		}
		if again := Blank(blank); again != blank {
			t.Fatalf("Blank not idempotent:\n once  %q\n twice %q", blank, again)
		}
		md := Markdown(in)
		checkClean(t, "SanitizeMarkdown", md)
		if again := Markdown(md); again != md {
			t.Fatalf("SanitizeMarkdown not idempotent:\n once  %q\n twice %q", md, again)
		}
	})
}

// FuzzRenderSanitized renders sanitized Markdown through glamour, as the
// reader does, and checks what would reach the terminal: no control
// character, bidi control or zero-width character outside glamour's own
// hyperlinks, and no hyperlink to a refused scheme.
func FuzzRenderSanitized(f *testing.F) {
	fuzzFiles(f)
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("notty"), glamour.WithWordWrap(80))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4<<10 {
			return // rendering is slow; small documents find the same bugs
		}
		out, err := r.Render(Markdown(string(data)))
		if err != nil {
			return
		}
		for _, u := range hyperlinks(out) {
			if u != "" && !allowedLink(u) {
				t.Fatalf("hyperlink to %q", u)
			}
		}
		checkClean(t, "rendered", osc8.ReplaceAllString(out, ""))
	})
}
