package ingest

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled on its first use, not as the
// program starts: every sitrep command links this package, and compiling
// its expressions at start-up cost each of them, the reader included, about
// 6 ms and 1.4 MB before main ran, for expressions only an import or a
// sync uses. It offers the methods the package uses, with their meaning.
type lazyRegexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// lazyRegexps are every expression of the package, for the test that
// compiles them all (an expression that does not compile fails there, not
// at an analyst's first import).
var lazyRegexps []*lazyRegexp

// compileLazily is regexp.MustCompile deferred to the expression's first use.
func compileLazily(expr string) *lazyRegexp {
	l := &lazyRegexp{expr: expr}
	lazyRegexps = append(lazyRegexps, l)
	return l
}

// get compiles the expression on the first call.
func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

func (l *lazyRegexp) MatchString(s string) bool { return l.get().MatchString(s) }

func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }

func (l *lazyRegexp) FindStringIndex(s string) []int { return l.get().FindStringIndex(s) }

func (l *lazyRegexp) ReplaceAllString(src, repl string) string {
	return l.get().ReplaceAllString(src, repl)
}
