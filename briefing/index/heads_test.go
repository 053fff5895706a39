package index

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
)

// TestHeadersFollowTheFiles checks that the stored headers (read from
// the index's own table of them) stay those of the files through
// updates: a file touched (its content as indexed, its status not), one
// rewritten with a new title, one removed, one added and one broken; each
// header with its file's status now, so that a reader that starts from
// them reads no file again, and the list is the files' list.
func TestHeadersFollowTheFiles(t *testing.T) {
	dir := t.TempDir()
	if err := librarytest.Write(dir, 60, 4); err != nil {
		t.Fatal(err)
	}
	fsys := briefing.DirFS(dir)
	ix, _ := openIndexed(t, fsys)
	lib, err := briefing.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	all := lib.Briefings()
	later := time.Now().Add(time.Hour)
	touched := filepath.Join(dir, all[3].Path)
	if err := os.Chtimes(touched, later, later); err != nil {
		t.Fatal(err)
	}
	rewritten := filepath.Join(dir, all[5].Path)
	if err := os.WriteFile(rewritten, []byte("---\ntitle: A title written since\npublished: 2026-02-01\n---\nNew body.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, all[7].Path)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "added.md"), []byte("---\ntitle: Added since\n---\nAdded.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, all[9].Path), []byte("no front matter\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := ix.Update(context.Background(), fsys, nil)
	if err != nil {
		t.Fatal(err)
	}
	if st.Changed != 1 || st.Added != 1 || st.Removed != 1 || st.Problems != 1 {
		t.Fatalf("the update: %+v; want 1 changed, 1 added, 1 removed, 1 problem", st)
	}
	hs, err := ix.Headers(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want, err := briefing.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != want.Len() {
		t.Fatalf("%d stored headers, %d briefings in the files", len(hs), want.Len())
	}
	for _, h := range hs {
		w, ok := want.Get(h.Briefing.ID)
		if !ok {
			t.Errorf("%s: a stored header of no briefing of the files", h.Briefing.Path)
			continue
		}
		if !sameHeader(h.Briefing, w) {
			t.Errorf("%s: stored %+v\nin the file %+v", h.Briefing.Path, *h.Briefing, *w)
		}
		fi, err := os.Stat(filepath.Join(dir, h.Briefing.Path))
		if err != nil {
			t.Fatal(err)
		}
		now := briefing.StatusOf(fi)
		if stored := (briefing.FileStatus{Size: h.Size, ModTime: h.ModTime, Change: h.Change}); stored != now {
			t.Errorf("%s: stored status %+v, the file's %+v", h.Briefing.Path, stored, now)
		}
	}
	again, stats, err := briefing.LoadStored(fsys, func() map[string]briefing.StoredHeader {
		byPath := map[string]briefing.StoredHeader{}
		for _, h := range hs {
			byPath[h.Briefing.Path] = h
		}
		return byPath
	})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Read != 1 || again.Len() != want.Len() { // the broken file alone, which no header stands for
		t.Errorf("a library from the stored headers read %d files (want the broken one alone) and has %d briefings (want %d)",
			stats.Read, again.Len(), want.Len())
	}
}

// TestProblemsReadOnlyTheProblems checks that the files the index could
// not read are listed, in path order, from an index of them alone (a
// reader opening a library of 100,000 read every file's row for a few),
// and that a file mended leaves the list.
func TestProblemsReadOnlyTheProblems(t *testing.T) {
	fsys := librarytest.FS(30, 2)
	fsys["z-broken.md"] = &fstest.MapFile{Data: []byte("no front matter\n")}
	fsys["a-broken.md"] = &fstest.MapFile{Data: []byte("---\ntitle: [unclosed\n---\n")}
	ix, _ := openIndexed(t, fsys)
	ctx := context.Background()
	problems, err := ix.Problems(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) != 2 || !strings.Contains(problems[0].Error(), "a-broken.md") || !strings.Contains(problems[1].Error(), "z-broken.md") {
		t.Fatalf("problems %v, want a-broken.md's then z-broken.md's", problems)
	}
	var plan strings.Builder
	rows, err := ix.db.QueryContext(ctx, `EXPLAIN QUERY PLAN `+problemsQuery)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan.WriteString(detail + "\n")
	}
	rows.Close()
	if !strings.Contains(plan.String(), "files_problems") {
		t.Errorf("Problems reads %q, not the index of the problems", plan.String())
	}
	fsys["z-broken.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Mended\n---\nBody.\n"), ModTime: time.Now()}
	if _, err := ix.Update(ctx, fsys, nil); err != nil {
		t.Fatal(err)
	}
	if problems, err = ix.Problems(ctx); err != nil || len(problems) != 1 {
		t.Errorf("after z-broken.md was mended: problems %v (%v), want a-broken.md's alone", problems, err)
	}
}
