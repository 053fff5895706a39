package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"
	"testing/fstest"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
	"sitrep/briefing/sanitize"
)

// TestListJSONAsEncoder checks that list --json, written one briefing at a
// time, is byte for byte what encoding/json writes for the whole list.
func TestListJSONAsEncoder(t *testing.T) {
	evil := fstest.MapFS{"e<v>&l.md": {Data: []byte("---\ntitle: \"<b>&amp; \\u2028\"\ntags: [\"a\\\"b\"]\n---\n")}}
	for name, fsys := range map[string]fstest.MapFS{"generated": librarytest.FS(300, 3), "empty": {}, "one": evil} {
		t.Run(name, func(t *testing.T) {
			lib, err := briefing.Load(fsys)
			if err != nil {
				t.Fatal(err)
			}
			var got, want bytes.Buffer
			if err := List(&got, lib, true); err != nil {
				t.Fatal(err)
			}
			all := make([]briefingJSON, 0, lib.Len())
			for _, b := range lib.Briefings() {
				all = append(all, toJSON(b))
			}
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			if err := enc.Encode(all); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("list --json differs from encoding/json:\n%s\nwant\n%s", got.Bytes(), want.Bytes())
			}
		})
	}
}

// TestJSONStringAsEncoder holds the quoting of list --json to
// encoding/json on every kind of string, hostile ones included.
func TestJSONStringAsEncoder(t *testing.T) {
	for _, s := range []string{"", "plain", `q"uote\back`, "<b>&amp;</b>", "\x00\x01\b\f\n\r\t\x1f\x7f",
		"\u2028\u2029", "\xff\xfe bad \xc3", "émigrés 👨‍👩‍👧 \u202e", "\u0085\u009b", "end\\"} {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
			t.Errorf("quoted %q as %s, encoding/json as %s", s, got, want)
		}
	}
}

// FuzzJSONString holds the quoting to encoding/json on any string.
func FuzzJSONString(f *testing.F) {
	f.Add("<a href=\"x\">\u2028\xff</a>")
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
			t.Errorf("quoted %q as %s, encoding/json as %s", s, got, want)
		}
	})
}

// hostile are strings a briefing's fields may hold when they come from
// anywhere (a file name, an index, a feed): controls, invalid UTF-8,
// separators JSON leaves alone, HTML, character references, spaces the
// sanitizer folds.
var hostile = []string{"", " ", "plain", "two  spaces", " edge ", "tab\there", "new\nline", `q"uote\back`,
	"<b>&amp;</b>", "&#x202e;rtl", "\x00\x01\b\f\r\x1f\x7f", "\u2028\u2029", "\xff\xfe bad \xc3",
	"émigrés 👨‍👩‍👧 \u202e", "\u0085\u009b", "\u00a0nbsp\u3000", "a\u200db", "end\\", "~ok~"}

// TestBriefingJSONAsEncoder holds the JSON of one briefing to
// encoding/json's on every field holding each hostile string.
func TestBriefingJSONAsEncoder(t *testing.T) {
	for i, s := range hostile {
		b := &briefing.Briefing{ID: s, Title: s, Summary: s, Source: s, URL: s, Region: s, Dateline: s,
			Countries: []string{s, "Syria", s}, Tags: []string{s}}
		if i%2 == 1 {
			b.Published = time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
		}
		checkBriefingJSON(t, b)
	}
}

// FuzzBriefingJSON holds the JSON of a briefing to encoding/json's on
// any fields.
func FuzzBriefingJSON(f *testing.F) {
	f.Add("id\x00", "<b>\u2028", " a  b ", "&amp;\xff", "x", true)
	f.Fuzz(func(t *testing.T, id, title, summary, country, tag string, dated bool) {
		b := &briefing.Briefing{ID: id, Title: title, Summary: summary, Source: country, URL: tag, Region: summary,
			Dateline: title, Countries: []string{country, tag}, Tags: []string{tag}}
		if dated {
			b.Published = time.Date(1999, 12, 31, 0, 0, 0, 0, time.UTC)
		}
		checkBriefingJSON(t, b)
	})
}

// checkBriefingJSON compares appendBriefingJSON with encoding/json on b,
// indented as list --json indents an element of its array.
func checkBriefingJSON(t *testing.T, b *briefing.Briefing) {
	t.Helper()
	want, err := json.MarshalIndent(toJSON(b), "  ", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if got := appendBriefingJSON(nil, b); !bytes.Equal(got, want) {
		t.Errorf("briefing %+v written as\n%s\nencoding/json writes\n%s", *b, got, want)
	}
}

// TestTidyASCIIIsKept checks the sanitizer's shortcut: the strings it
// takes as they are, sanitize.Line keeps as they are, and line gives
// what sanitize.Line gives for every string.
func TestTidyASCIIIsKept(t *testing.T) {
	for _, s := range append(hostile, "A tidy title, (with) punctuation: 100% [ok] #1 @x {y} |z| ^_`'") {
		checkLine(t, s)
	}
	if !tidyASCII("Two dead in Goma - UN") || tidyASCII("Tom & Jerry") || tidyASCII("a  b") || tidyASCII("a\x7f") {
		t.Error("tidyASCII takes the wrong strings")
	}
	if !plainJSON("Two dead in Goma - UN") || plainJSON(`say "no"`) || plainJSON("a<b") || !tidyASCII("a<b") {
		t.Error("plainJSON takes the wrong strings")
	}
}

// FuzzTidyASCII checks the shortcut on any string.
func FuzzTidyASCII(f *testing.F) {
	f.Add("a &amp; b")
	f.Fuzz(checkLine)
}

func checkLine(t *testing.T, s string) {
	want := sanitize.Line(s)
	if tidyASCII(s) && want != s {
		t.Errorf("tidyASCII(%q), but sanitize.Line gives %q", s, want)
	}
	if quoted, _ := json.Marshal(s); plainJSON(s) && (want != s || string(quoted) != `"`+s+`"`) {
		t.Errorf("plainJSON(%q), but sanitize.Line gives %q and encoding/json %s", s, want, quoted)
	}
	if got := line(s); got != want {
		t.Errorf("line(%q) = %q, sanitize.Line gives %q", s, got, want)
	}
}

// BenchmarkWriteList is list (JSON and table) of a generated library of
// 10,000 briefings held in memory: the writing alone, without the loading.
func BenchmarkWriteList(b *testing.B) {
	lib, err := briefing.Load(librarytest.FS(10000, 1))
	if err != nil {
		b.Fatal(err)
	}
	for _, asJSON := range []bool{true, false} {
		b.Run(map[bool]string{true: "json", false: "table"}[asJSON], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := List(io.Discard, lib, asJSON); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
