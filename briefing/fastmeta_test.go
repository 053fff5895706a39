package briefing

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"sitrep/briefing/internal/fuzzseed"
	"sitrep/briefing/librarytest"
)

// checkFastMeta fails when fastMeta decodes fm otherwise than yaml/v3: it
// may decline anything, but what it accepts yaml/v3 must accept too, with
// the same Meta.
func checkFastMeta(t testing.TB, fm []byte) (fast bool) {
	got, ok := fastMeta(fm)
	if !ok {
		return false
	}
	want, err := decodeMetaYAML("x.md", fm)
	if err != nil {
		t.Fatalf("fast path accepted front matter that yaml/v3 refuses (%v):\n%s", err, fm)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("fast path decoded\n%s\nas %#v\nyaml/v3 as %#v", fm, got, want)
	}
	return true
}

// frontMatter is the front matter of a briefing file.
func frontMatter(t testing.TB, data []byte) []byte {
	fm, _, ok := CutFrontMatter(string(data))
	if !ok {
		t.Fatalf("no front matter in %q", data)
	}
	return []byte(fm)
}

// TestFastMetaMatchesYAML holds the fast path to yaml/v3 on generated
// libraries, on front matter written as the importer writes it, and on
// hostile and unusual front matter, and checks that it takes the front
// matter sitrep writes (else it would not make loading faster).
func TestFastMetaMatchesYAML(t *testing.T) {
	for _, br := range librarytest.Generate(2000, 7) {
		if !checkFastMeta(t, frontMatter(t, br.Data)) {
			t.Fatalf("generated front matter not on the fast path:\n%s", br.Data)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	titles := []string{"Kenya to send 600 more police", "Haiti: gangs kill 115", "It's over", `He said "no"`,
		"Tawila — 10,000 flee", "[draft] a", "a # b", "null", "~", "true", "0x1F", "2024-01-02", "- dash", "- ",
		"émigrés à Pétion-Ville", "tab\there", "a\u2028b", " lead", "trail ", "x: y", "#tag", "&anchor", "100%", "@who",
		"back\\slash", "a, b", "{x}", "yes", "1e3", ".inf", "key:", "url#frag"}
	for i := range 3000 {
		m := Meta{
			Title:     titles[r.IntN(len(titles))],
			Summary:   titles[r.IntN(len(titles))],
			Source:    titles[r.IntN(len(titles))],
			URL:       "https://example.org/a?b=c#d",
			Countries: []string{titles[r.IntN(len(titles))], "Haiti"},
			Tags:      []string{},
		}
		if i%3 == 0 {
			m.Published = Date{time.Date(2020+i%7, 1+time.Month(i%12), 1+i%28, 0, 0, 0, 0, time.UTC)}
		}
		var buf bytes.Buffer
		enc := yaml.NewEncoder(&buf)
		enc.SetIndent(2)
		if err := enc.Encode(m); err != nil {
			t.Fatal(err)
		}
		checkFastMeta(t, buf.Bytes())
	}
	accepted := 0
	for _, fm := range hostileFrontMatter() {
		if checkFastMeta(t, []byte(fm)) {
			accepted++
		}
	}
	if accepted == 0 {
		t.Error("the fast path took none of the plain hand-written front matter")
	}
}

// hostileFrontMatter is front matter at the edges of the fast path.
func hostileFrontMatter() []string {
	var out []string
	values := []string{"T", "\"T\"", "'T'", "\"\"", "''", "~", "null", "T # c", "T#c", "\"a\\tb\"", "'it''s'", "\"a\" b",
		"T:", "a: b", "[a, b]", "[]", "[a,]", "[a, [b]]", "[ a ,b ]", "{a: b}", "&x T", "*x", "!!str T", "!!binary QUJD",
		"|", ">", "- a", "T ", "T\t", "\tT", "2024-10-11", "2024-10-11T10:00:00Z", "0000-01-01", "2024-13-01", "\"2024-10-11\"",
		"1", "true", "0x10", "é", "\u0085", "\u00a0x", "\ufeffT", "\x7f", "a\r", "%x", "@x", "`x`", "?x", ",x", "...", "---"}
	keys := []string{"title", "summary", "published", "countries", "tags", "url", "Title", "bogus", "<<"}
	for _, k := range keys {
		for _, v := range values {
			out = append(out, fmt.Sprintf("title: Base\n%s: %s\n", k, v))
			out = append(out, fmt.Sprintf("%s: %s\n", k, v))
		}
	}
	out = append(out,
		"title: A\ntitle: B\n",
		"title: A\n  continued\n",
		"title: A\n\nsummary: S\n",
		"title: A\r\nsummary: S\r\n",
		"# comment\ntitle: A\n",
		"title: A\ntags:\n  - a\n",
		"title:  spaced\n",
		"title:A\n",
		"title : A\n",
		"title: A\n...\n",
		"title: A\n   \n",
		"countries: [a, b]\ntitle: \"Q: x\"\n",
	)
	return out
}

// FuzzFastMeta holds the fast path to yaml/v3 on any front matter.
func FuzzFastMeta(f *testing.F) {
	for _, fm := range hostileFrontMatter() {
		f.Add([]byte(fm))
	}
	for _, s := range fuzzseed.Strings {
		if fm, _, ok := CutFrontMatter(s); ok {
			f.Add([]byte(fm))
		}
	}
	f.Fuzz(func(t *testing.T, fm []byte) {
		if len(fm) > MaxFrontMatterSize || !strings.HasSuffix(string(fm), "\n") {
			return
		}
		checkFastMeta(t, fm)
	})
}
