package briefing

import (
	"errors"
	"os"
	"path/filepath"
	"sitrep/briefing/sanitize"
	"strings"
	"testing"
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
	"---\ntitle: T\npublished: [2024-01-01]\n...\nsummary: S\ntitle: U\n---\n",
	"---\ntitle: T\npublished: 0000-01-01\n---\n",
	"Headline\n\nShort dek.\n\nNairobi: Body.\n\nA Heading\n\nMore.\n\nAlso Read | x\n\nRecent News",
}

// fuzzFiles adds the importer samples and the shared fixture as seeds.
func fuzzFiles(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("ingest", "testdata", "import", "*"))
	paths = append(paths, filepath.Join("..", "..", "shared", "fixtures", "kenya-haiti-mss.txt"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
}

// checkClean fails the test when s holds anything sanitize.Text removes.
func checkClean(t *testing.T, what, s string) {
	t.Helper()
	if problem := sanitize.Problem(s); problem != "" {
		t.Fatalf("%s: %s in %q", what, problem, s)
	}
}

func FuzzParse(f *testing.F) {
	fuzzFiles(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		b, body, err := Parse("fuzz.md", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.md") {
				t.Fatalf("error does not name the file: %v", err)
			}
			var pe *ParseError
			if errors.As(err, &pe) && pe.Line == 0 && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("error names no line: %v", err)
			}
			checkClean(t, "error", err.Error())
			return
		}
		for _, s := range append([]string{b.Title, b.Summary, b.Source, b.URL, b.Region, b.Dateline, body},
			append(b.Countries, b.Tags...)...) {
			checkClean(t, "Parse", s)
		}
	})
}
