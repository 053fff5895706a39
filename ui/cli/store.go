package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/user"
	"sync"

	"sitrep/briefing"
	"sitrep/briefing/ingest"
	"sitrep/briefing/store"
)

// OpenStore connects to the PostgreSQL store a --store URL names, with a
// pool of at most pool connections.
func OpenStore(ctx context.Context, url string, pool int) (*store.Store, error) {
	if pool < 1 {
		return nil, errors.New("--store-pool must be at least 1")
	}
	return store.Open(ctx, url, store.Options{MaxConns: pool})
}

// StoreImport loads the library in dir into the store (a briefing already
// stored with the same content is left alone), reporting the files it
// could not read to stderr and a summary to w.
func StoreImport(ctx context.Context, w, stderr io.Writer, s *store.Store, dir string) error {
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("store import: %w", err)
	}
	if !st.IsDir() {
		return fmt.Errorf("store import %s: not a directory", dir)
	}
	res, err := s.Import(ctx, os.DirFS(dir))
	for _, p := range res.Problems {
		fmt.Fprintf(stderr, "sitrep: skipped %v\n", p)
	}
	fmt.Fprintf(w, "%d briefings: %d added, %d changed, %d unchanged, %d skipped\n",
		res.Files, res.Added, res.Changed, res.Unchanged, len(res.Problems))
	return err
}

// StoreExport writes the store's briefings to dir as Markdown files.
func StoreExport(ctx context.Context, w io.Writer, s *store.Store, dir string, force bool) error {
	st, err := s.Export(ctx, dir, force)
	fmt.Fprintf(w, "%d written, %d unchanged\n", st.Written, st.Unchanged)
	return err
}

// ImportAllToStore is ImportAll for a library in the store: each article
// becomes a briefing in it, its ID printed.
func ImportAllToStore(ctx context.Context, w io.Writer, s *store.Store, inputs []string, read func(string) ([]byte, error), opts ingest.ImportOptions, force bool) error {
	var errs []error
	for _, name := range inputs {
		data, err := read(name)
		if err == nil {
			var a *ingest.Article
			if a, err = ingest.Import(name, data, opts); err == nil {
				var md []byte
				if md, err = a.Markdown(); err == nil {
					if err = s.Add(ctx, a.FileName(), md, force); err == nil {
						fmt.Fprintln(w, a.FileName())
						continue
					}
				}
			}
		}
		errs = append(errs, fmt.Errorf("%s: %w", name, err))
	}
	return errors.Join(errs...)
}

// LocalStateKey is the key of a local reader's reading state in the store:
// the user's login name.
func LocalStateKey() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return "local:" + u.Username
	}
	return "local:" + os.Getenv("USER")
}

// StoreLibrary loads the library from the store, reporting the briefings
// it could not read.
func StoreLibrary(ctx context.Context, stderr io.Writer, s *store.Store) (*briefing.Library, error) {
	lib, err := s.Library(ctx)
	if err != nil {
		return nil, err
	}
	ReportProblems(stderr, lib)
	return lib, nil
}

// StoreStates opens each key's reading state in the store once, writes
// its changes every store.FlushInterval until ctx ends, and refreshes it
// when another front end changes it (Refresh, for store.Listen).
type StoreStates struct {
	ctx context.Context
	s   *store.Store

	mu     sync.Mutex
	states map[string]*store.State
}

// NewStoreStates returns a registry of the store's reading states.
func NewStoreStates(ctx context.Context, s *store.Store) *StoreStates {
	return &StoreStates{ctx: ctx, s: s, states: map[string]*store.State{}}
}

// Open returns the reading state of key, opening it on first use. A store
// that cannot be reached still gives a usable state: its changes are
// queued and its warning says why.
func (r *StoreStates) Open(key string) (briefing.ReadingStates, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if st := r.states[key]; st != nil {
		return st, nil
	}
	st, err := r.s.State(r.ctx, key)
	if err != nil && !errors.Is(err, store.ErrUnreachable) {
		return nil, err
	}
	r.states[key] = st
	go st.Run(r.ctx)
	return st, nil
}

// Refresh reads again the open state of key, or every open state for ""
// (as store.Listen reports changes).
func (r *StoreStates) Refresh(key string) {
	r.mu.Lock()
	var todo []*store.State
	for k, st := range r.states {
		if key == "" || k == key {
			todo = append(todo, st)
		}
	}
	r.mu.Unlock()
	for _, st := range todo {
		st.Refresh(r.ctx)
	}
}
