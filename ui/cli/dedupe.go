package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"unicode"

	"sitrep/briefing"
	"sitrep/briefing/index"
	"sitrep/briefing/ingest"
)

// errUndated refuses an article without a publication date.
var errUndated = errors.New("no publication date: the text has no dated dateline " +
	"(\"KHARTOUM, 14 April 2025 —\") or \"Published\" stamp, and none was given " +
	"(give --published YYYY-MM-DD, or --undated to import it without one)")

// checkImport guards what an import is about to store in dir: an article
// without a date is refused unless undated allows it, and an article whose
// normalised text (ingest.TextKey, the key a sync compares) is already in
// the library under another name is refused (the same name is WriteNew's
// to refuse or, with --force, replace).
func checkImport(dir, name string, a *ingest.Article, undated bool) error {
	if a.Meta.Published.IsZero() && !undated {
		return fmt.Errorf("%s: %w", name, errUndated)
	}
	if id, ok := sameTextIn(dir, a); ok {
		return fmt.Errorf("%s: the same article is already in the library as %s (sitrep show %s)", name, id, id)
	}
	return nil
}

// sameTextIn finds a briefing of the library in dir, under another file
// name than a's, whose normalised text is a's. A missing library has none.
// When the library has an index (search and the reader keep one), it
// answers for the files unchanged since it was brought up to date, and
// only the others are read; without one, every body is.
func sameTextIn(dir string, a *ingest.Article) (string, bool) {
	if strings.IndexFunc(a.Body, isWordRune) < 0 {
		return "", false
	}
	key := ingest.TextKey(a.Body)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return "", false
	}
	ctx := context.Background()
	stored := map[string]briefing.StoredHeader{}
	same := map[string]bool{}
	Source{Dir: dir}.fromIndex(ctx, func(ix *index.Index) ([]briefing.StoredHeader, error) {
		paths, err := ix.SameText(ctx, key)
		if err != nil {
			return nil, err // the files answer
		}
		headers, err := ix.Headers(ctx)
		if err != nil {
			return nil, err
		}
		for _, p := range paths {
			same[p] = true
		}
		for _, h := range headers {
			stored[h.Briefing.Path] = h
		}
		return nil, nil
	})
	lib, _, err := briefing.LoadStored(briefing.DirFS(dir), func() map[string]briefing.StoredHeader { return stored })
	if err != nil {
		return "", false
	}
	own := strings.TrimSuffix(a.FileName(), ".md")
	for _, b := range lib.Briefings() {
		if b.ID == own {
			continue
		}
		if h, ok := stored[b.Path]; ok && h.Briefing == b {
			// Taken as indexed (its size and time unchanged): the
			// index's key is its body's.
			if same[b.Path] {
				return b.ID, true
			}
			continue
		}
		if body, err := lib.Body(b.ID); err == nil && ingest.TextKey(body) == key {
			return b.ID, true
		}
	}
	return "", false
}

// isWordRune reports whether r counts in a text's key (ingest.TextKey): a
// body without letters or digits has no text to compare.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
