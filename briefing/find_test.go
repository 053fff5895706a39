package briefing

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// countingFS counts the files opened through it.
type countingFS struct {
	fs.FS
	opened map[string]int
}

func (c countingFS) Open(name string) (fs.File, error) {
	c.opened[name]++
	return c.FS.Open(name)
}

func TestFind(t *testing.T) {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	fsys := fstest.MapFS{
		"top.md":            file("---\ntitle: Top\n---\nBody of top.\n"),
		"a/top.md":          file("---\ntitle: Deeper duplicate\n---\n"),
		"a/deep.md":         file("---\ntitle: Deep\n---\nDeep body.\n"),
		"b/c/deep.md":       file("---\ntitle: Deeper still\n---\n"),
		"broken.md":         file("no front matter\n"),
		"x/broken.md":       file("---\ntitle: Rescued\n---\n"),
		".hidden.md":        file("---\ntitle: Hidden\n---\n"),
		".dir/secret.md":    file("---\ntitle: Secret\n---\n"),
		"pipe.md":           &fstest.MapFile{Mode: fs.ModeNamedPipe},
		"z/pipe.md":         file("---\ntitle: Not the pipe\n---\n"),
		"notes.txt":         file("---\ntitle: Not a briefing\n---\n"),
		"many/filler-1.md":  file("---\ntitle: Filler\n---\n"),
		"many/filler-2.md":  file("---\ntitle: Filler\n---\n"),
		"2024-10-11-new.md": file("---\ntitle: New\npublished: 2024-10-11\n---\n"),
	}
	tests := []struct {
		id, title, path, problem string
	}{
		{id: "top", title: "Top", path: "top.md"},
		{id: "deep", title: "Deep", path: "a/deep.md"},
		{id: "broken", title: "Rescued", path: "x/broken.md", problem: "broken.md:1: no front matter"},
		{id: "pipe", title: "Not the pipe", path: "z/pipe.md", problem: "pipe.md: not a regular file"},
		{id: "2024-10-11-new", title: "New", path: "2024-10-11-new.md"},
		{id: ".hidden"}, {id: "secret"}, {id: "notes"}, {id: "absent"}, {id: ""},
		{id: "a/deep"}, {id: "../top"}, {id: "top.md"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			cfs := countingFS{fsys, map[string]int{}}
			lib, err := Find(cfs, tt.id)
			if err != nil {
				t.Fatal(err)
			}
			b, ok := lib.Get(tt.id)
			if tt.title == "" {
				if ok || lib.Len() != 0 {
					t.Fatalf("Find(%q) found %+v, want nothing", tt.id, b)
				}
				return
			}
			if !ok || b.Title != tt.title || b.Path != tt.path || lib.Len() != 1 {
				t.Fatalf("Find(%q) = %+v (%v), want %q at %s", tt.id, b, ok, tt.title, tt.path)
			}
			var probs []string
			for _, p := range lib.Problems() {
				probs = append(probs, p.Error())
			}
			if got := strings.Join(probs, "; "); !strings.Contains(got, tt.problem) || tt.problem == "" && got != "" {
				t.Errorf("problems %q, want %q", got, tt.problem)
			}
			for name := range cfs.opened {
				if strings.HasSuffix(name, ".md") && baseName(name) != tt.id+".md" {
					t.Errorf("Find(%q) opened %s", tt.id, name)
				}
			}
		})
	}
}

// TestFindAgreesWithLoad checks that show finds the very briefing that
// list shows for every ID, duplicates included.
func TestFindAgreesWithLoad(t *testing.T) {
	fsys := GenerateLibrary(200)
	for name, f := range GenerateLibrary(30) {
		fsys["sub/"+name] = f
		fsys["sub/deeper/"+name] = f
	}
	lib, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range lib.Briefings() {
		one, err := Find(fsys, b.ID)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := one.Get(b.ID)
		if !ok || got.Path != b.Path || got.Title != b.Title {
			t.Fatalf("Find(%q) = %+v, Load has %+v", b.ID, got, b)
		}
		body, err1 := lib.Body(b.ID)
		body2, err2 := one.Body(b.ID)
		if body != body2 || !errors.Is(err1, err2) {
			t.Fatalf("Find(%q) body differs", b.ID)
		}
	}
}

// TestSharedListsStayApart checks that briefings that share a list of
// countries (held once in memory) do not see each other's appends.
func TestSharedListsStayApart(t *testing.T) {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	lib, err := Load(fstest.MapFS{
		"a.md": file("---\ntitle: A\ncountries: [Mali, Niger]\n---\n"),
		"b.md": file("---\ntitle: B\ncountries: [Mali, Niger]\n---\n"),
	})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := lib.Get("a")
	b, _ := lib.Get("b")
	_ = append(a.Countries, "Chad")
	if strings.Join(b.Countries, ",") != "Mali,Niger" || strings.Join(a.Countries, ",") != "Mali,Niger" {
		t.Errorf("countries after an append: a %v, b %v", a.Countries, b.Countries)
	}
}
