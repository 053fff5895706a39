package briefing

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

func TestOpenStateMissingFileIsClean(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sitrep", "state.json")
	s, err := OpenState(path)
	if err != nil || s == nil {
		t.Fatalf("OpenState(missing) = %v, %v; want a clean store and no error", s, err)
	}
	if s.IsRead("a") || s.IsStarred("a") || s.Position("a") != 0 || s.Warning() != nil {
		t.Errorf("a missing file should give a clean store")
	}
}

func TestStateRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "state", "sitrep")
	path := filepath.Join(dir, "state.json")
	s, _ := OpenState(path)
	s.SetRead("kenya", true)
	s.SetStarred("haiti", true)
	s.SetPosition("kenya", 0.42)
	if !s.Dirty() {
		t.Fatal("changes should make the store dirty")
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	if s.Dirty() {
		t.Error("a saved store should not be dirty")
	}
	assertMode(t, dir, 0o700)
	assertMode(t, path, 0o600)

	again, err := OpenState(path)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		got  any
		want any
	}{
		{"kenya read", again.IsRead("kenya"), true},
		{"haiti read", again.IsRead("haiti"), false},
		{"haiti starred", again.IsStarred("haiti"), true},
		{"kenya position", again.Position("kenya"), 0.42},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s after reopening = %v, want %v", c.name, c.got, c.want)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

func assertMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := st.Mode().Perm(); got != want {
		t.Errorf("%s has mode %o, want %o", filepath.Base(path), got, want)
	}
}

func TestCorruptStateIsSetAside(t *testing.T) {
	cases := map[string]string{
		"not json":     "{read: yes",
		"wrong shape":  `{"version": 1, "briefings": [1, 2]}`,
		"binary trash": "\x00\x01\x02",
	}
	for name, content := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "state.json")
			if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
			s, err := OpenState(path)
			var cerr *CorruptStateError
			if !errors.As(err, &cerr) {
				t.Fatalf("OpenState(corrupt) error = %v, want a *CorruptStateError", err)
			}
			if s == nil || s.Warning() == nil {
				t.Fatal("a corrupt file should still give a usable store with a warning")
			}
			if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
				t.Error("the corrupt file should have been moved away")
			}
			moved, err := os.ReadFile(cerr.MovedTo)
			if err != nil || string(moved) != content {
				t.Errorf("the corrupt file should be kept at %s: %v", cerr.MovedTo, err)
			}
			if !strings.Contains(cerr.Error(), "corrupt") {
				t.Errorf("warning %q should say the file is corrupt", cerr.Error())
			}
			s.SetRead("x", true)
			if err := s.Save(); err != nil {
				t.Fatalf("saving after starting clean: %v", err)
			}
		})
	}
}

func TestSaveMergesWithOtherWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	clock := time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC)
	tick := func() time.Time { clock = clock.Add(time.Second); return clock }
	a, _ := OpenState(path)
	b, _ := OpenState(path)
	a.now, b.now = tick, tick

	a.SetRead("one", true)
	b.SetStarred("two", true)
	b.SetRead("one", true)
	b.SetRead("one", false) // later than a's change: wins
	if err := a.Save(); err != nil {
		t.Fatal(err)
	}
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	c, _ := OpenState(path)
	if !c.IsStarred("two") {
		t.Error("b's star was lost")
	}
	if c.IsRead("one") {
		t.Error("the later change (b marked 'one' unread) should win")
	}

	a.SetPosition("three", 0.5) // a still has its own, older view of "two"
	if err := a.Save(); err != nil {
		t.Fatal(err)
	}
	d, _ := OpenState(path)
	if !d.IsStarred("two") || d.Position("three") != 0.5 {
		t.Errorf("a's save dropped b's star or its own position: %+v", d.Snapshot())
	}
}

func TestStateConcurrentUse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	s, _ := OpenState(path)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for j := range 50 {
				id := string(rune('a' + (i+j)%26))
				s.SetRead(id, j%2 == 0)
				s.SetStarred(id, j%3 == 0)
				s.SetPosition(id, float64(j)/50)
				_ = s.IsRead(id)
				if j%10 == 0 {
					if err := s.Save(); err != nil {
						t.Error(err)
					}
				}
			}
		})
	}
	wg.Wait()
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenState(path); err != nil {
		t.Fatalf("state written concurrently does not reopen: %v", err)
	}
}

func TestPositionIsClamped(t *testing.T) {
	s := NewMemoryState()
	for _, c := range []struct{ in, want float64 }{{-1, 0}, {0.3, 0.3}, {7, 1}} {
		s.SetPosition("x", c.in)
		if got := s.Position("x"); got != c.want {
			t.Errorf("SetPosition(%v) kept %v, want %v", c.in, got, c.want)
		}
	}
	if err := s.Save(); err != nil {
		t.Errorf("a memory store's Save should do nothing, got %v", err)
	}
}

func TestDefaultStatePath(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "/xdg/state")
	if got, _ := DefaultStatePath(); got != "/xdg/state/sitrep/state.json" {
		t.Errorf("with XDG_STATE_HOME: %s", got)
	}
	t.Setenv("XDG_STATE_HOME", "")
	t.Setenv("HOME", "/home/analyst")
	if got, _ := DefaultStatePath(); got != "/home/analyst/.local/state/sitrep/state.json" {
		t.Errorf("without XDG_STATE_HOME: %s", got)
	}
}

// TestStatePathThatIsNotAFile: a state path that is a directory, a named
// pipe or a link to /dev/zero is reported, left alone and never read (no
// hang, no memory blow-up), and the reader starts with a clean store that
// saves nothing over it; a file over MaxStateSize is set aside unread.
func TestStatePathThatIsNotAFile(t *testing.T) {
	cases := map[string]func(path string) error{
		"directory":  func(p string) error { return os.Mkdir(p, 0o700) },
		"named pipe": func(p string) error { return syscall.Mkfifo(p, 0o600) },
		"/dev/zero":  func(p string) error { return os.Symlink("/dev/zero", p) },
	}
	for name, make := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "state.json")
			if err := make(path); err != nil {
				t.Fatal(err)
			}
			before, _ := os.Lstat(path)
			s := within(t, "OpenState", func() *StateStore {
				s, err := OpenState(path)
				var cerr *CorruptStateError
				if !errors.As(err, &cerr) || !cerr.KeptAsIs || !errors.Is(err, ErrNotRegular) {
					t.Errorf("OpenState error = %v, want a *CorruptStateError keeping the path as it is", err)
				}
				return s
			})
			if s == nil || s.Warning() == nil {
				t.Fatal("want a usable store with a warning")
			}
			s.SetRead("x", true)
			if err := within(t, "Save", s.Save); err != nil {
				t.Errorf("Save: %v", err)
			}
			after, err := os.Lstat(path)
			if err != nil || after.Mode() != before.Mode() {
				t.Errorf("the path was changed: %v -> %v (%v)", before.Mode(), after.Mode(), err)
			}
		})
	}
	t.Run("200 MB", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "state.json")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(200 << 20); err != nil { // sparse: no disk used
			t.Fatal(err)
		}
		f.Close()
		s, err := OpenState(path)
		var cerr *CorruptStateError
		if !errors.As(err, &cerr) || cerr.MovedTo == "" || s == nil {
			t.Fatalf("OpenState = %v, want a store and the file set aside", err)
		}
		if st, err := os.Stat(cerr.MovedTo); err != nil || st.Size() != 200<<20 {
			t.Errorf("set-aside file: %v", err)
		}
		if !strings.Contains(err.Error(), "larger than 16 MiB") {
			t.Errorf("warning %q should give the limit", err)
		}
	})
}

// TestNewerStateIsKept: a state file from a newer sitrep is not set aside
// as corrupt: it stays where it is, unchanged, what this version knows of
// it is read, and Save does not write over it.
func TestNewerStateIsKept(t *testing.T) {
	content := `{"version": 2, "device": "laptop",
 "briefings": {
  "a": {"read": true, "starred": true, "position": 0.5, "updated": "2025-01-01T00:00:00Z", "note": "new field"},
  "b": "a shape this version does not know"
 }}`
	dir := t.TempDir()
	path := filepath.Join(dir, "state.json")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := OpenState(path)
	var cerr *CorruptStateError
	if !errors.As(err, &cerr) || !cerr.KeptAsIs || !errors.Is(err, ErrNewerState) || s == nil {
		t.Fatalf("OpenState = %v, want a usable store and a warning that the newer file is kept", err)
	}
	if got := s.Get("a"); !got.Read || !got.Starred || got.Position != 0.5 {
		t.Errorf("entry a = %+v, want what the newer file says", got)
	}
	s.SetRead("c", true)
	if err := s.Save(); err != nil {
		t.Errorf("Save: %v", err)
	}
	data, err := os.ReadFile(path)
	if err != nil || string(data) != content {
		t.Errorf("the newer file was changed: %q, %v", data, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d files, want the state file alone", len(entries))
	}
}

// TestSaveDoesNotOverwriteNewerState: when a newer sitrep writes the file
// after this one opened it, Save refuses to write over it and says why.
func TestSaveDoesNotOverwriteNewerState(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	s, err := OpenState(path)
	if err != nil {
		t.Fatal(err)
	}
	newer := `{"version": 3, "briefings": {}}`
	if err := os.WriteFile(path, []byte(newer), 0o600); err != nil {
		t.Fatal(err)
	}
	s.SetRead("x", true)
	if err := s.Save(); !errors.Is(err, ErrNewerState) {
		t.Errorf("Save = %v, want ErrNewerState", err)
	}
	if data, _ := os.ReadFile(path); string(data) != newer {
		t.Errorf("the newer file was overwritten: %s", data)
	}
}
