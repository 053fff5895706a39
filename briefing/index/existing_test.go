package index

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// TestOpenExistingNeverWrites: a command that only reads (list) opens the
// index with OpenExisting, which must refuse a file that is not an index
// — an empty one (another process has just created it), some other file,
// another SQLite database — naming the file, and leave it as it was.
func TestOpenExistingNeverWrites(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", "file:"+other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE notes(x TEXT)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	cases := map[string]string{
		"empty.db":   "",
		"text.db":    "not a database, not at all, no",
		"other.db":   "",
		"missing.db": "",
	}
	os.WriteFile(filepath.Join(dir, "empty.db"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "text.db"), []byte(cases["text.db"]), 0o644)
	for name := range cases {
		p := filepath.Join(dir, name)
		before, _ := os.ReadFile(p)
		ix, err := OpenExisting(t.Context(), p)
		if err == nil {
			ix.Close()
			t.Errorf("%s: opened as an index", name)
			continue
		}
		if !strings.Contains(err.Error(), p) {
			t.Errorf("%s: the error does not name the file: %v", name, err)
		}
		after, readErr := os.ReadFile(p)
		if name == "missing.db" {
			if readErr == nil {
				t.Errorf("%s: created", name)
			}
			continue
		}
		if !bytes.Equal(before, after) {
			t.Errorf("%s: written to (%d bytes, were %d)", name, len(after), len(before))
		}
		for _, side := range []string{"-wal", "-journal"} {
			if st, err := os.Stat(p + side); err == nil && st.Size() > 0 {
				t.Errorf("%s: %s written (%d bytes)", name, side, st.Size())
			}
		}
	}
	// A real index still opens, and reads what it holds.
	p := filepath.Join(dir, "index.db")
	ix, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Update(context.Background(), fstest.MapFS{"a.md": {Data: []byte("---\ntitle: A\n---\nbody")}}, nil); err != nil {
		t.Fatal(err)
	}
	// While its writer has it open (the reader's or a search's)…
	ro, err := OpenExisting(t.Context(), p)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := ro.Len(context.Background()); n != 1 || err != nil {
		t.Errorf("existing index, open to write elsewhere: %d briefings, %v", n, err)
	}
	if _, err := ix.Update(context.Background(), fstest.MapFS{"a.md": {Data: []byte("---\ntitle: A\n---\nbody")},
		"b.md": {Data: []byte("---\ntitle: B\n---\nbody")}}, nil); err != nil {
		t.Fatal(err)
	}
	if n, err := ro.Len(context.Background()); n != 2 || err != nil {
		t.Errorf("after the writer's update: %d briefings, %v", n, err)
	}
	ro.Close()
	ix.Close()
	// …and once it is closed.
	ix, err = OpenExisting(t.Context(), p)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if n, err := ix.Len(context.Background()); n != 2 || err != nil {
		t.Errorf("existing index: %d briefings, %v", n, err)
	}
}
