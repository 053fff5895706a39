// Package fuzzseed holds the inputs the fuzz targets of briefing,
// briefing/sanitize and briefing/ingest start from: hostile and ordinary
// strings, the importer's sample articles and the shared fixture. It is
// used by tests only and imports nothing of the project.
package fuzzseed

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Strings are hostile and ordinary inputs: terminal controls raw and
// entity-encoded, invisible and combining characters, deep Markdown,
// hostile links, front matter broken in the ways users break it, and a
// pasted web page.
var Strings = []string{
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

// Add gives f every seed: the importer's sample articles, the shared
// fixture when ../shared is beside the repository, and Strings.
func Add(f *testing.F) {
	f.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		f.Fatal("fuzzseed: cannot find its own source file")
	}
	briefingDir := filepath.Join(filepath.Dir(file), "..", "..")
	paths, _ := filepath.Glob(filepath.Join(briefingDir, "ingest", "testdata", "import", "*"))
	paths = append(paths, filepath.Join(briefingDir, "..", "..", "shared", "fixtures", "kenya-haiti-mss.txt"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	for _, s := range Strings {
		f.Add([]byte(s))
	}
}
