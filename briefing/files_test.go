package briefing

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// within runs f and fails the test if it has not returned after a while:
// the bound is about hanging, not speed.
func within[T any](t *testing.T, what string, f func() T) T {
	t.Helper()
	done := make(chan T, 1)
	go func() { done <- f() }()
	select {
	case v := <-done:
		return v
	case <-time.After(20 * time.Second):
		t.Fatalf("%s hung", what)
		panic("unreachable")
	}
}

// hostileLibrary makes a library directory holding one good briefing and,
// under *.md names, a named pipe, links to it, to a device, to a directory
// and to nowhere.
func hostileLibrary(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("good.md", "---\ntitle: Good\npublished: 2024-10-11\n---\nGood body.\n")
	outside := filepath.Join(t.TempDir(), "linked.md")
	if err := os.WriteFile(outside, []byte("---\ntitle: Linked\n---\nLinked body.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.md"), 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	if err := os.Mkdir(filepath.Join(dir, "folder"), 0o700); err != nil {
		t.Fatal(err)
	}
	for name, target := range map[string]string{
		"link-to-fifo.md":   filepath.Join(dir, "fifo.md"),
		"link-to-zero.md":   "/dev/zero",
		"link-to-folder.md": filepath.Join(dir, "folder"),
		"dangling.md":       filepath.Join(dir, "nothing-here"),
		"linked.md":         outside,
	} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestLoadSkipsWhatIsNotARegularFile: a named pipe named *.md, or a link
// to one, to a device or to a directory, is skipped and reported, and
// loading never blocks on it, through DirFS and through os.DirFS alike.
func TestLoadSkipsWhatIsNotARegularFile(t *testing.T) {
	dir := hostileLibrary(t)
	for name, fsys := range map[string]fs.FS{"DirFS": DirFS(dir), "os.DirFS": os.DirFS(dir)} {
		t.Run(name, func(t *testing.T) {
			lib := within(t, "Load", func() *Library {
				lib, err := Load(fsys)
				if err != nil {
					t.Error(err)
				}
				return lib
			})
			var ids []string
			for _, b := range lib.Briefings() {
				ids = append(ids, b.ID)
			}
			if strings.Join(ids, " ") != "good linked" {
				t.Errorf("loaded %q, want good and linked", ids)
			}
			problems := map[string]string{}
			for _, p := range lib.Problems() {
				problems[p.(*ParseError).File] = p.Error()
			}
			for file, want := range map[string]string{
				"fifo.md":           "not a regular file: it is a named pipe",
				"link-to-fifo.md":   "not a regular file: it is a named pipe",
				"link-to-zero.md":   "not a regular file: it is a character device",
				"link-to-folder.md": "not a regular file: it is a directory",
				"dangling.md":       "broken link",
			} {
				if !strings.Contains(problems[file], want) {
					t.Errorf("problem for %s = %q, want %q", file, problems[file], want)
				}
			}
			if len(problems) != 5 {
				t.Errorf("problems: %v", problems)
			}
			if body, err := lib.Body("linked"); err != nil || body != "Linked body.\n" {
				t.Errorf("Body(linked) = %q, %v", body, err)
			}
		})
	}
}

// TestBodyChecksTheFileAgain: a briefing swapped after loading for a named
// pipe, a link to /dev/zero or a file past the size limit is an error, and
// reading it neither blocks nor reads it whole.
func TestBodyChecksTheFileAgain(t *testing.T) {
	swaps := map[string]func(path string) error{
		"named pipe": func(p string) error { return syscall.Mkfifo(p, 0o600) },
		"/dev/zero":  func(p string) error { return os.Symlink("/dev/zero", p) },
		"grown past the limit": func(p string) error {
			return os.WriteFile(p, []byte("---\ntitle: Big\n---\n"+strings.Repeat("x", MaxFileSize)), 0o600)
		},
	}
	want := map[string]error{"named pipe": ErrNotRegular, "/dev/zero": ErrNotRegular, "grown past the limit": ErrTooLarge}
	for name, swap := range swaps {
		for _, kind := range []string{"DirFS", "os.DirFS"} {
			t.Run(name+" "+kind, func(t *testing.T) {
				dir := t.TempDir()
				path := filepath.Join(dir, "story.md")
				if err := os.WriteFile(path, []byte("---\ntitle: Story\n---\nBody.\n"), 0o600); err != nil {
					t.Fatal(err)
				}
				fsys := DirFS(dir)
				if kind == "os.DirFS" {
					fsys = os.DirFS(dir)
				}
				lib, err := Load(fsys)
				if err != nil || lib.Len() != 1 {
					t.Fatalf("Load: %v, %d briefings", err, lib.Len())
				}
				if err := os.Remove(path); err != nil {
					t.Fatal(err)
				}
				if err := swap(path); err != nil {
					t.Fatal(err)
				}
				err = within(t, "Body", func() error { _, err := lib.Body("story"); return err })
				if !errors.Is(err, want[name]) || !strings.Contains(err.Error(), "story.md") {
					t.Errorf("Body error = %v, want %v naming the file", err, want[name])
				}
			})
		}
	}
}

// TestDirFSNeverBlocksOnOpen: opening a named pipe through DirFS (as
// happens when a file is swapped for one between listing and reading)
// returns at once with ErrNotRegular.
func TestDirFSNeverBlocksOnOpen(t *testing.T) {
	dir := hostileLibrary(t)
	for _, name := range []string{"fifo.md", "link-to-fifo.md", "link-to-zero.md"} {
		err := within(t, "Open "+name, func() error {
			f, err := DirFS(dir).Open(name)
			if err == nil {
				f.Close()
			}
			return err
		})
		if !errors.Is(err, ErrNotRegular) {
			t.Errorf("Open(%s) = %v, want ErrNotRegular", name, err)
		}
	}
	if f, err := DirFS(dir).Open("good.md"); err != nil {
		t.Errorf("Open(good.md): %v", err)
	} else {
		f.Close()
	}
}
