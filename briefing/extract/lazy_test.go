package extract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"
)

// lazyChild names the environment variable under which the test binary
// runs TestTablesBuiltOnFirstUse's child: a process in which no test has
// built the tables yet.
const lazyChild = "SITREP_EXTRACT_LAZY_CHILD"

// The package's own tests call its internal functions directly, as no
// program can: they start from built tables, except in the child.
func init() {
	if os.Getenv(lazyChild) == "" {
		prepare()
	}
}

// A program that links the package builds no table until it extracts:
// the first entry point called builds them all.
func TestTablesBuiltOnFirstUse(t *testing.T) {
	if os.Getenv(lazyChild) != "" {
		if len(numLexicon) != 0 || len(ruleBook) != 0 {
			t.Fatalf("tables built before any extraction: %d lexicon words, %d rules", len(numLexicon), len(ruleBook))
		}
		figs := Figures("At least 12 people were killed on Monday, officials said.")
		if len(numLexicon) == 0 || len(ruleBook) == 0 || len(figs) != 1 || figs[0].Value != 12 {
			t.Fatalf("first extraction: %d lexicon words, %d rules, figures %+v", len(numLexicon), len(ruleBook), figs)
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestTablesBuiltOnFirstUse$", "-test.count=1")
	cmd.Env = append(os.Environ(), lazyChild+"=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
}

// Every exported function and method that reads a table buildTables
// fills, through any chain of calls in the package, calls prepare first.
// Calls are resolved by name (a method call to every method of that
// name), so the check errs towards asking for prepare where it is not
// needed, never the other way.
func TestEntryPointsPrepare(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi os.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
	if err != nil {
		t.Fatal(err)
	}
	vars := map[string]bool{}
	type fn struct {
		decl     *ast.FuncDecl
		key      string
		refs     map[string]bool // identifiers and selected names it mentions
		exported bool
	}
	fns := map[string]*fn{}
	byName := map[string][]*fn{}
	for _, p := range pkgs {
		for _, f := range p.Files {
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.GenDecl:
					if d.Tok == token.VAR {
						for _, s := range d.Specs {
							for _, n := range s.(*ast.ValueSpec).Names {
								vars[n.Name] = true
							}
						}
					}
				case *ast.FuncDecl:
					if d.Body == nil || d.Name.Name == "init" {
						continue
					}
					x := &fn{decl: d, key: d.Name.Name, refs: map[string]bool{}, exported: d.Name.IsExported()}
					if d.Recv != nil {
						recv := d.Recv.List[0].Type
						if s, ok := recv.(*ast.StarExpr); ok {
							recv = s.X
						}
						if ix, ok := recv.(*ast.IndexExpr); ok {
							recv = ix.X
						}
						name := recv.(*ast.Ident).Name
						x.key = name + "." + d.Name.Name
						x.exported = x.exported && ast.IsExported(name)
					}
					ast.Inspect(d.Body, func(n ast.Node) bool {
						switch n := n.(type) {
						case *ast.Ident:
							x.refs[n.Name] = true
						case *ast.SelectorExpr:
							x.refs["."+n.Sel.Name] = true
						}
						return true
					})
					fns[x.key] = x
					byName[d.Name.Name] = append(byName[d.Name.Name], x)
				}
			}
		}
	}
	callees := func(x *fn) []*fn {
		var out []*fn
		for r := range x.refs {
			if name, ok := strings.CutPrefix(r, "."); ok {
				out = append(out, byName[name]...)
			} else if f, ok := fns[r]; ok && f.decl.Recv == nil {
				out = append(out, f)
			}
		}
		return out
	}
	// The tables: package variables that buildTables, or what it calls,
	// assigns to (a whole variable, an element or a field of it).
	tables := map[string]bool{}
	built := map[string]bool{}
	var build func(x *fn)
	build = func(x *fn) {
		if built[x.key] {
			return
		}
		built[x.key] = true
		ast.Inspect(x.decl.Body, func(n ast.Node) bool {
			var lhs []ast.Expr
			switch n := n.(type) {
			case *ast.AssignStmt:
				lhs = n.Lhs
			case *ast.IncDecStmt:
				lhs = []ast.Expr{n.X}
			}
			for _, e := range lhs {
				for {
					if ix, ok := e.(*ast.IndexExpr); ok {
						e = ix.X
					} else if sel, ok := e.(*ast.SelectorExpr); ok {
						e = sel.X
					} else if st, ok := e.(*ast.StarExpr); ok {
						e = st.X
					} else {
						break
					}
				}
				if id, ok := e.(*ast.Ident); ok && vars[id.Name] {
					tables[id.Name] = true
				}
			}
			return true
		})
		for _, c := range callees(x) {
			build(c)
		}
	}
	build(fns["buildTables"])
	t.Logf("%d tables", len(tables))
	if len(tables) < 50 {
		t.Fatalf("only %d tables found: the check no longer finds what buildTables fills", len(tables))
	}
	// reads: whether a function reads a table through any chain of calls
	// (buildTables and prepare excluded).
	memo := map[string]int{}
	var reads func(x *fn) bool
	reads = func(x *fn) bool {
		if m := memo[x.key]; m != 0 {
			return m == 1
		}
		memo[x.key] = 2
		for r := range x.refs {
			if tables[r] {
				memo[x.key] = 1
				return true
			}
		}
		for _, c := range callees(x) {
			if c.key != "buildTables" && c.key != "prepare" && reads(c) {
				memo[x.key] = 1
				return true
			}
		}
		return false
	}
	var missing []string
	for _, x := range fns {
		if !x.exported || !reads(x) {
			continue
		}
		if !callsPrepareFirst(x.decl) {
			missing = append(missing, x.key)
		}
	}
	// A package variable's value is computed as the program starts,
	// before any prepare: one that reads a table, or calls a function
	// that does, reads it empty. (A function literal runs when it is
	// called: only one called at once is read here.)
	for _, p := range pkgs {
		for _, f := range p.Files {
			for _, d := range f.Decls {
				g, ok := d.(*ast.GenDecl)
				if !ok || g.Tok != token.VAR {
					continue
				}
				for _, s := range g.Specs {
					for _, v := range s.(*ast.ValueSpec).Values {
						var visit func(n ast.Node) bool
						visit = func(n ast.Node) bool {
							switch n := n.(type) {
							case *ast.FuncLit:
								return false
							case *ast.UnaryExpr:
								if id, ok := n.X.(*ast.Ident); ok && n.Op == token.AND && tables[id.Name] {
									return false // its address, filled later
								}
							case *ast.Ident:
								if tables[n.Name] {
									missing = append(missing, fset.Position(n.Pos()).String()+" (a package variable's value)")
								}
							case *ast.CallExpr:
								if fl, ok := n.Fun.(*ast.FuncLit); ok {
									ast.Inspect(fl.Body, visit) // called at once
								}
								if id, ok := n.Fun.(*ast.Ident); ok && fns[id.Name] != nil && fns[id.Name].decl.Recv == nil && reads(fns[id.Name]) && !callsPrepareFirst(fns[id.Name].decl) {
									missing = append(missing, fset.Position(n.Pos()).String()+" (a package variable's value)")
								}
							}
							return true
						}
						ast.Inspect(v, visit)
					}
				}
			}
		}
	}
	sort.Strings(missing)
	for _, k := range missing {
		t.Errorf("%s reads the extractor's tables but does not call prepare() first", k)
	}
}

// callsPrepareFirst reports whether a function's first statement is a
// call of prepare.
func callsPrepareFirst(d *ast.FuncDecl) bool {
	if len(d.Body.List) == 0 {
		return false
	}
	first, ok := d.Body.List[0].(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := first.X.(*ast.CallExpr)
	if !ok {
		return false
	}
	id, ok := call.Fun.(*ast.Ident)
	return ok && id.Name == "prepare"
}
