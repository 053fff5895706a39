package ingest

import (
	"regexp"
	"testing"
)

// Every expression of the package compiles, and none is compiled before it
// is used: the package costs the programs that link it nothing at start.
func TestLazyRegexps(t *testing.T) {
	if len(lazyRegexps) < 20 {
		t.Fatalf("%d lazy expressions: the package's expressions are not all deferred", len(lazyRegexps))
	}
	for _, l := range lazyRegexps {
		if _, err := regexp.Compile(l.expr); err != nil {
			t.Errorf("%q: %v", l.expr, err)
		}
	}
}
