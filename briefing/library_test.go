package briefing

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"
)

func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

func TestLoadSkipsAndReportsBadFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"2024-10-11-new.md":     file("---\ntitle: Newest\npublished: 2024-10-11\n---\nBody of the newest.\n"),
		"2024-01-02-old.md":     file("---\ntitle: Older\npublished: 2024-01-02\n---\nOlder body.\n"),
		"undated.md":            file("---\ntitle: No date\n---\nUndated body.\n"),
		"sub/2024-05-05.md":     file("---\ntitle: In a folder\npublished: 2024-05-05\n---\n"),
		"bad-yaml.md":           file("---\ntitle: [unclosed\n---\n"),
		"alias-bomb.md":         file("---\ntitle: &a x\nsummary: *a\n---\n"),
		"binary.md":             file("\x7fELF\x00\x00\x01\x02\x00garbage"),
		"huge.md":               file("---\ntitle: Huge\n---\n" + strings.Repeat("x", 3<<20)),
		"bad-utf8.md":           file("---\ntitle: \"bad \xff\xfe utf8\"\npublished: 2024-03-03\n---\nok \xc3\x28\n"),
		"notes.txt":             file("not a briefing"),
		".hidden/secret.md":     file("---\ntitle: Hidden\n---\n"),
		"dup/2024-01-02-old.md": file("---\ntitle: Same ID\n---\n"),
	}
	lib, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, b := range lib.Briefings() {
		titles = append(titles, b.Title)
	}
	want := []string{"Newest", "In a folder", "bad \uFFFD utf8", "Older", "No date"}
	if strings.Join(titles, "|") != strings.Join(want, "|") {
		t.Errorf("loaded %q, want newest first %q", titles, want)
	}
	problems := map[string]string{}
	for _, p := range lib.Problems() {
		pe, ok := p.(*ParseError)
		if !ok {
			t.Fatalf("problem %v is not a *ParseError", p)
		}
		problems[pe.File] = p.Error()
	}
	for name, reason := range map[string]string{
		"bad-yaml.md":           "bad-yaml.md:",
		"alias-bomb.md":         "anchors and aliases",
		"binary.md":             "not a text file",
		"huge.md":               "larger than 2 MiB",
		"dup/2024-01-02-old.md": "duplicate ID",
	} {
		if !strings.Contains(problems[name], reason) {
			t.Errorf("problem for %s = %q, want it to say %q", name, problems[name], reason)
		}
	}
	if len(problems) != 5 {
		t.Errorf("problems = %v, want 5", problems)
	}
	if body, err := lib.Body("2024-10-11-new"); err != nil || body != "Body of the newest.\n" {
		t.Errorf("Body = %q, %v", body, err)
	}
	if body, _ := lib.Body("bad-utf8"); body != "ok \uFFFD(\n" {
		t.Errorf("invalid UTF-8 body = %q", body)
	}
	if _, err := lib.Body("nope"); err == nil {
		t.Error("Body of an unknown ID: no error")
	}
	if b, ok := lib.Get("undated"); !ok || !b.Undated() {
		t.Errorf("Get(undated) = %v, %v", b, ok)
	}
}

func TestLoadMissingDirectory(t *testing.T) {
	if _, err := Load(os.DirFS(filepath.Join(t.TempDir(), "absent"))); err == nil {
		t.Fatal("Load of a missing directory: no error")
	}
}

// TestConcurrentBodies checks that lazy bodies and extraction are safe when
// many sessions ask at once (run with -race).
func TestConcurrentBodies(t *testing.T) {
	fsys := GenerateLibrary(50)
	lib, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for _, b := range lib.Briefings() {
				if _, err := lib.Body(b.ID); err != nil {
					t.Error(err)
				}
				lib.Figures(b.ID)
				lib.Timeline(b.ID)
			}
		})
	}
	wg.Wait()
}

// GenerateLibrary builds a library of n realistic briefings in memory, for
// tests and benchmarks: varied dates (some undated), regions and bodies.
func GenerateLibrary(n int) fstest.MapFS {
	regions := []string{"Caribbean", "Sahel", "Great Lakes", "Horn of Africa", "Eastern Europe", "Middle East", "Southeast Asia"}
	countries := []string{"Haiti", "Mali", "DR Congo", "Somalia", "Ukraine", "Sudan", "Myanmar"}
	fsys := fstest.MapFS{}
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		r := i % len(regions)
		pub := base.AddDate(0, 0, i%700)
		date := "published: " + pub.Format(DateLayout) + "\n"
		if i%97 == 0 {
			date = ""
		}
		name := fmt.Sprintf("%s-briefing-%05d.md", pub.Format(DateLayout), i)
		fsys[name] = &fstest.MapFile{Data: fmt.Appendf(nil, `---
title: Briefing %d on fighting in %s
summary: Clashes displaced at least %d people in %s last week, officials said.
%ssource: Generated for tests
url: https://example.org/briefings/%d
region: %s
countries: [%s]
tags: [generated, test]
---
Fighting in %s killed at least %d people and displaced more than %d,000 last week,
according to local officials. About %d troops were deployed on Friday.

## Response

The United Nations appealed for $%d million. A one-year mandate will be renewed next month.
`, i, countries[r], 100+i%900, countries[r], date, i, regions[r], countries[r], countries[r], 10+i%90, 1+i%50, 100+i%3000, 5+i%200)}
	}
	return fsys
}

// BenchmarkLoad10k loads a generated library of 10,000 briefings from
// memory: the start-up cost the reader pays before its first frame.
func BenchmarkLoad10k(b *testing.B) {
	fsys := GenerateLibrary(10_000)
	b.ReportAllocs()
	for b.Loop() {
		lib, err := Load(fsys)
		if err != nil || lib.Len() != 10_000 {
			b.Fatalf("loaded %d, %v", lib.Len(), err)
		}
	}
	b.ReportMetric(retainedMB(func() any { lib, _ := Load(fsys); return lib }), "retained-MB")
}

// retainedMB is the heap that what load returns keeps alive, in MB.
func retainedMB(load func() any) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	v := load()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(v)
	return float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / (1 << 20)
}

// BenchmarkLoad10kDisk is the same library written to a directory and read
// through os.DirFS, as `sitrep --library DIR` does.
func BenchmarkLoad10kDisk(b *testing.B) {
	dir := b.TempDir()
	for name, f := range GenerateLibrary(10_000) {
		if err := os.WriteFile(filepath.Join(dir, name), f.Data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	fsys := os.DirFS(dir)
	b.ReportAllocs()
	for b.Loop() {
		lib, err := Load(fsys)
		if err != nil || lib.Len() != 10_000 {
			b.Fatalf("loaded %d, %v", lib.Len(), err)
		}
	}
}
