package briefing

import (
	"fmt"
	"io/fs"
	"testing"
	"testing/fstest"
	"time"
)

// slowDirs is a file system whose directories take a while to list.
type slowDirs struct {
	fstest.MapFS
	slow map[string]time.Duration
}

func (s slowDirs) ReadDir(name string) ([]fs.DirEntry, error) {
	time.Sleep(s.slow[name])
	return s.MapFS.ReadDir(name)
}

// TestLoadInPartsKeepsShownBriefings: two files of one ID at one depth
// ("a/x.md", "a-b/x.md") in directories listed slowly, so that parts go
// out between them. A part never swaps the file shown for an ID without
// saying so (Replaced): the reader would keep one file's body and figures
// under the other's title. The directories are read in the order Load
// keeps their files, so here no part needs to.
func TestLoadInPartsKeepsShownBriefings(t *testing.T) {
	m := fstest.MapFS{}
	for i := range 300 {
		m[fmt.Sprintf("a/f%03d.md", i)] = file("---\ntitle: A\n---\n")
	}
	m["a/x.md"] = file("---\ntitle: X from a\n---\nBody of a.\n")
	m["a-b/x.md"] = file("---\ntitle: X from a-b\n---\nBody of a-b.\n")
	for i := range 1000 {
		m[fmt.Sprintf("a-b/g%04d.md", i)] = file("---\ntitle: B\n---\n")
	}
	m["c/z.md"] = file("---\ntitle: Z\n---\n")
	fsys := slowDirs{m, map[string]time.Duration{"a-b": 200 * time.Millisecond, "c": 200 * time.Millisecond}}
	var parts []LibraryPart
	LoadInParts(fsys, func(p LibraryPart) { parts = append(parts, p) })
	for i, p := range parts {
		b, _ := p.Lib.Get("x")
		t.Logf("part %d: %d briefings, done=%v replaced=%v, x=%s", i, p.Lib.Len(), p.Done, p.Replaced, b.Path)
	}
	if len(parts) < 2 {
		t.Fatalf("%d parts, want several", len(parts))
	}
	if b, _ := parts[len(parts)-1].Lib.Get("x"); b.Path != "a-b/x.md" {
		t.Errorf("the whole library keeps %s for x, want a-b/x.md as Load does", b.Path)
	}
	for i := 1; i < len(parts); i++ {
		a, _ := parts[i-1].Lib.Get("x")
		b, _ := parts[i].Lib.Get("x")
		if a != b && !parts[i].Replaced {
			t.Errorf("part %d: x changed from %s to %s without Replaced", i, a.Path, b.Path)
		}
	}
}

// TestReplacedSince: a part that holds another file for an ID shown by
// the part before it is a replacement; one that only adds is not.
func TestReplacedSince(t *testing.T) {
	one, err := Load(fstest.MapFS{"a/x.md": file("---\ntitle: X\n---\n")})
	if err != nil {
		t.Fatal(err)
	}
	more, err := Load(fstest.MapFS{"a/x.md": file("---\ntitle: X\n---\n"), "y.md": file("---\ntitle: Y\n---\n")})
	if err != nil {
		t.Fatal(err)
	}
	grown := &Library{byID: map[string]*Briefing{}}
	for id, b := range more.byID {
		grown.byID[id] = b
	}
	x, _ := one.Get("x")
	grown.byID["x"] = x
	switch {
	case replacedSince(nil, one):
		t.Error("the first part replaced something")
	case replacedSince(one, grown):
		t.Error("a part that only adds y replaced something")
	case !replacedSince(one, more):
		t.Error("a part with another file read for x did not replace it")
	}
}
