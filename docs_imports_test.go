package main

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestPackageDocsNameTheirImports checks issue 11's rule that each package
// doc says what the package imports: the sentence that says so names every
// package of the project it imports ("the domain (sitrep/briefing and its
// subpackages)" names them all) and no package it does not import, and
// "imports nothing of the project" holds for the packages that say it.
func TestPackageDocsNameTheirImports(t *testing.T) {
	type pkg struct {
		doc     string
		imports map[string]bool
	}
	pkgs := map[string]*pkg{} // by directory
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly|parser.ParseComments)
		if err != nil {
			return err
		}
		dir := filepath.Dir(path)
		p := pkgs[dir]
		if p == nil {
			p = &pkg{imports: map[string]bool{}}
			pkgs[dir] = p
		}
		if f.Doc != nil {
			p.doc += f.Doc.Text()
		}
		for _, im := range f.Imports {
			ip, _ := strconv.Unquote(im.Path.Value)
			if ip == "sitrep" || strings.HasPrefix(ip, "sitrep/") {
				p.imports[ip] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) < 19 {
		t.Fatalf("read %d packages, want the project's 19 or more", len(pkgs))
	}
	names := map[string]bool{} // the last element of every package's path
	for dir := range pkgs {
		names[filepath.Base(dir)] = true
	}
	sentence := regexp.MustCompile(`(?i)\b(?:it|the package|package \w+|\w+) imports\b[^;]*?(?:;|\.\s|\.$|\bnever\b|$)`)
	word := regexp.MustCompile(`[a-z]+`)
	importPath := regexp.MustCompile(`sitrep/(?:[a-z]+/)*`) // "sitrep/ui/tui" names tui
	for dir, p := range pkgs {
		self := filepath.Base(dir)
		path := "sitrep"
		if dir != "." {
			path += "/" + filepath.ToSlash(dir)
		}
		doc := strings.Join(strings.Fields(p.doc), " ")
		if strings.Contains(doc, "imports nothing of the project") {
			if len(p.imports) > 0 {
				t.Errorf("%s: its doc says it imports nothing of the project; it imports %v", path, keys(p.imports))
			}
			continue
		}
		var said string
		for _, m := range sentence.FindAllString(doc, -1) {
			if s := strings.Fields(m)[0]; strings.EqualFold(s, "it") || strings.EqualFold(s, "the") || s == "package" || s == self {
				said = m
				break
			}
		}
		if said == "" {
			if len(p.imports) > 0 {
				t.Errorf("%s: its doc does not say what it imports (%v)", path, keys(p.imports))
			}
			continue
		}
		named := map[string]bool{}
		for _, w := range word.FindAllString(importPath.ReplaceAllString(said, ""), -1) {
			if names[w] && w != self && w != "imports" {
				named[w] = true
			}
		}
		sub := strings.Contains(said, "sitrep/briefing and its subpackages")
		for im := range p.imports {
			base := im[strings.LastIndexByte(im, '/')+1:]
			if !named[base] && !(sub && strings.HasPrefix(im, "sitrep/briefing/")) {
				t.Errorf("%s imports %s, which its doc does not name: %q", path, im, said)
			}
		}
		for n := range named {
			if !slices.ContainsFunc(keys(p.imports), func(im string) bool { return strings.HasSuffix(im, "/"+n) || im == n }) {
				t.Errorf("%s: its doc names %s, which it does not import: %q", path, n, said)
			}
		}
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
