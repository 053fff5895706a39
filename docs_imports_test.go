package main

import (
	"go/build"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"os"
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
	pkgs, err := readPackageDocs(".")
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

// docPackage is what TestPackageDocsNameTheirImports reads of a package:
// its doc and the project's packages it imports.
type docPackage struct {
	doc     string
	imports map[string]bool
}

// readPackageDocs reads the package docs and the project imports of the
// packages under root, by directory, from the files the build compiles
// (no tests, no file a build constraint leaves out).
func readPackageDocs(root string) (map[string]*docPackage, error) {
	pkgs := map[string]*docPackage{} // by directory
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		// Only the files the build compiles: a "//go:build ignore"
		// generator's imports are not the package's.
		if ok, err := build.Default.MatchFile(filepath.Dir(path), d.Name()); err != nil || !ok {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly|parser.ParseComments)
		if err != nil {
			return err
		}
		dir, _ := filepath.Rel(root, filepath.Dir(path))
		p := pkgs[dir]
		if p == nil {
			p = &docPackage{imports: map[string]bool{}}
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
	return pkgs, err
}

// TestReadPackageDocsSkipsExcludedFiles checks that a generator left out of
// the build ("//go:build ignore", a common idiom) does not count: its
// imports are not the package's, and its doc is not the package's.
func TestReadPackageDocsSkipsExcludedFiles(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "briefing", "story")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"story.go":  "// Package story reads stories. It imports sitrep/briefing.\npackage story\n\nimport _ \"sitrep/briefing\"\n",
		"gen.go":    "//go:build ignore\n\n// Gen writes tables.\npackage main\n\nimport _ \"sitrep/briefing/index\"\n",
		"x_test.go": "package story\n\nimport _ \"sitrep/briefing/store\"\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pkgs, err := readPackageDocs(root)
	if err != nil {
		t.Fatal(err)
	}
	p := pkgs[filepath.Join("briefing", "story")]
	if p == nil {
		t.Fatalf("read %v, want briefing/story", slices.Collect(maps.Keys(pkgs)))
	}
	if got := keys(p.imports); !slices.Equal(got, []string{"sitrep/briefing"}) {
		t.Errorf("briefing/story imports %v, want [sitrep/briefing] (not the ignored generator's nor the test's)", got)
	}
	if strings.Contains(p.doc, "Gen writes") {
		t.Errorf("briefing/story's doc %q takes in the ignored generator's", p.doc)
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
