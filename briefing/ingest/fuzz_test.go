package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/briefing"
	"sitrep/briefing/sanitize"
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
	paths, _ := filepath.Glob(filepath.Join("testdata", "import", "*"))
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
	if problem := sanitize.Problem(s); problem != "" {
		t.Fatalf("%s: %s in %q", what, problem, s)
	}
}

func FuzzImport(f *testing.F) {
	fuzzFiles(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Import("fuzz.txt", data, ImportOptions{})
		if err != nil {
			return
		}
		if a.Meta.Title == "" {
			t.Fatal("imported with no title")
		}
		md, err := a.Markdown()
		if err != nil {
			t.Fatalf("Markdown: %v", err)
		}
		b, body, err := briefing.Parse(a.FileName(), md)
		if err != nil {
			t.Fatalf("stored file does not parse back: %v\n%s", err, md)
		}
		if b.Title != a.Meta.Title || b.Summary != a.Meta.Summary || b.Dateline != a.Meta.Dateline {
			t.Fatalf("metadata changed on the way back: %+v vs %+v", b, a.Meta)
		}
		if body != a.Body {
			t.Fatalf("body changed on the way back:\n got %q\nwant %q", body, a.Body)
		}
		if name := a.FileName(); strings.ContainsAny(name, "/\\\x00") || !strings.HasSuffix(name, ".md") || strings.HasPrefix(name, ".") {
			t.Fatalf("bad file name %q", name)
		}
		checkClean(t, "Import body", a.Body)
	})
}
