package cli

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/briefing/ingest"
	"sitrep/briefing/store"
	"sitrep/briefing/store/pgtest"
	"sitrep/content"
)

var pg *pgtest.Server

func TestMain(m *testing.M) { pgtest.Main(m, &pg) }

// sampleDir copies the embedded samples into a directory.
func sampleDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, content.Briefings()); err != nil {
		t.Fatal(err)
	}
	return dir
}

func openTestStore(t *testing.T) *store.Store {
	t.Helper()
	pgtest.Need(t, pg)
	s, err := OpenStore(context.Background(), pg.Database(t), 4)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

// TestStoreImportExport is `sitrep store import DIR` twice and `sitrep
// store export DIR`: the second import changes nothing, the export gives
// the files back and refuses to overwrite an edited one.
func TestStoreImportExport(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	dir := sampleDir(t)
	if err := os.WriteFile(filepath.Join(dir, "broken.md"), []byte("---\ntitle: [\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	if err := StoreImport(ctx, &out, &errs, s, dir); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "14 briefings: 13 added, 0 changed, 0 unchanged, 1 skipped\n" {
		t.Errorf("first import: %q", got)
	}
	if !strings.Contains(errs.String(), "broken.md") {
		t.Errorf("the broken file is not named: %q", errs.String())
	}
	out.Reset()
	if err := StoreImport(ctx, &out, &errs, s, dir); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "14 briefings: 0 added, 0 changed, 13 unchanged, 1 skipped\n" {
		t.Errorf("second import: %q", got)
	}
	if err := StoreImport(ctx, &out, &errs, s, filepath.Join(dir, "missing")); err == nil {
		t.Error("import of a missing directory: no error")
	}

	exp := t.TempDir()
	out.Reset()
	if err := StoreExport(ctx, &out, s, exp, false); err != nil || out.String() != "13 written, 0 unchanged\n" {
		t.Fatalf("export: %q, %v", out.String(), err)
	}
	err := fs.WalkDir(content.Briefings(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		want, _ := fs.ReadFile(content.Briefings(), p)
		got, err := os.ReadFile(filepath.Join(exp, filepath.Base(p)))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: exported file differs (%v)", p, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestImportArticleToStore is `sitrep --store URL import FILE`: the
// article becomes a briefing of the store, found by search, and a second
// import of it is refused without --force.
func TestImportArticleToStore(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	article := []byte("Fighting reaches Tawila\n\nTAWILA, Sudan — Shelling hit the Tawila market on Monday, killing 12 people, local officials said.\n")
	read := func(string) ([]byte, error) { return article, nil }
	opts := ingest.ImportOptions{Source: "Test Wire"}
	var out bytes.Buffer
	if err := ImportAllToStore(ctx, &out, s, []string{"a.txt"}, read, opts, false); err != nil {
		t.Fatal(err)
	}
	name := strings.TrimSpace(out.String())
	if !strings.HasSuffix(name, ".md") {
		t.Fatalf("printed %q, want the briefing's file name", name)
	}
	err := ImportAllToStore(ctx, &out, s, []string{"a.txt"}, read, opts, false)
	if !errors.Is(err, store.ErrExists) || !strings.Contains(err.Error(), "--force") {
		t.Errorf("second import: %v, want it refused", err)
	}
	if err := ImportAllToStore(ctx, &out, s, []string{"a.txt"}, read, opts, true); err != nil {
		t.Errorf("second import with force: %v", err)
	}
	out.Reset()
	mark := func(s string) string { return "[" + s + "]" }
	if err := Search(ctx, &out, s, "tawila", SearchOptions{Highlight: mark}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "[Tawila]") || !strings.Contains(out.String(), "Fighting reaches Tawila") {
		t.Errorf("search of the store:\n%s", out.String())
	}
}
