package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestTokenWordLiteralsAreInTheLexicon checks that every word the
// package's code compares with tokenWord is in the lexicon: tokenWord
// gives "" for a word the lexicon does not know, so a comparison with
// one that is not there can never be true, and its rule silently does
// nothing (the returnees' "home" was such a case). Punctuation compares
// as written and needs no entry.
func TestTokenWordLiteralsAreInTheLexicon(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	compare := regexp.MustCompile(`tokenWord\((?:[^()]|\([^()]*\))*\)\s*[!=]=\s*"([^"]+)"|"([^"]+)"\s*[!=]=\s*tokenWord\(`)
	if lookupNumLex("returnees-xq") != nil {
		t.Fatal("lookupNumLex finds a word no list holds: it cannot tell words out of the lexicon")
	}
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range compare.FindAllStringSubmatch(string(src), -1) {
			w := m[1] + m[2]
			if !isWordLiteral(w) {
				continue
			}
			checked++
			if lookupNumLex(w) == nil {
				t.Errorf("%s compares tokenWord with %q, which the lexicon does not hold: the comparison is never true", name, w)
			}
		}
	}
	if checked < 10 {
		t.Fatalf("found only %d comparisons with tokenWord: the pattern no longer matches the code", checked)
	}
}

// isWordLiteral reports whether s is a word (letters), not punctuation.
func isWordLiteral(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return true
		}
	}
	return false
}
