package briefing

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"sync"
	"time"

	"sitrep/briefing/sanitize"
)

// ReadingState is what one analyst has done with one briefing.
type ReadingState struct {
	Read    bool `json:"read,omitempty"`
	Starred bool `json:"starred,omitempty"`
	// Position is where the analyst left off, as the fraction (0..1) of the
	// rendered document above the top of the reader, so that it survives a
	// change of terminal width.
	Position float64 `json:"position,omitempty"`
	// Updated is when this entry last changed; on save, the newer of the
	// entry in memory and the one on disk wins.
	Updated time.Time `json:"updated"`
}

// stateFile is the JSON document stored on disk.
type stateFile struct {
	Version   int                      `json:"version"`
	Briefings map[string]*ReadingState `json:"briefings"`
}

const stateVersion = 1

// StateStore holds one analyst's read marks, stars and positions. It is
// safe for concurrent use: the SSH server shares one store between the
// sessions of the same user. Changes stay in memory until Save.
type StateStore struct {
	saveMu sync.Mutex // one Save at a time; held while writing the file

	mu      sync.Mutex // guards what follows; never held during file I/O
	path    string     // "" for a store kept in memory only
	entries map[string]*ReadingState
	dirty   map[string]bool
	version int // counts changes, so Save knows whether more came in while it wrote
	warning error
	// readOnly is set when the file must be left as it is (a newer
	// version's, or not a regular file): Save then writes nothing.
	readOnly bool
	now      func() time.Time
}

// MaxStateSize is the largest state file read: far more than any
// analyst's marks take (about 100 bytes a briefing), small enough that a
// stray file cannot exhaust memory.
const MaxStateSize = 16 << 20

// CorruptStateError reports a state file that could not be used as it
// was. The store that comes with it is usable and its Warning says the same:
//
//   - a file that cannot be decoded, or is larger than MaxStateSize, was
//     moved aside to MovedTo (left where it was, MovedTo "", when the
//     rename failed) and the store started clean;
//   - a file written by a newer sitrep was kept (KeptAsIs): the store
//     holds what this version understands of it and never writes over it;
//   - a path that is not a regular file (a directory, a named pipe, a
//     link to a device) was left alone and not read (KeptAsIs): the store
//     starts clean and keeps its changes in memory.
type CorruptStateError struct {
	Path     string
	MovedTo  string
	KeptAsIs bool
	Err      error
}

func (e *CorruptStateError) Error() string {
	switch {
	case e.KeptAsIs:
		return fmt.Sprintf("reading state %s left as it is (%v): changes are kept for this session only",
			sanitize.Line(e.Path), e.Err)
	case e.MovedTo == "":
		return fmt.Sprintf("corrupt reading state, starting clean (%s: %v)", sanitize.Line(e.Path), e.Err)
	}
	return fmt.Sprintf("corrupt reading state set aside as %s, starting clean (%v)",
		sanitize.Line(filepath.Base(e.MovedTo)), e.Err)
}

func (e *CorruptStateError) Unwrap() error { return e.Err }

// ErrNewerState is the error for a state file written by a newer sitrep.
var ErrNewerState = errors.New("written by a newer sitrep")

// DefaultStatePath is $XDG_STATE_HOME/sitrep/state.json, falling back to
// ~/.local/state/sitrep/state.json.
func DefaultStatePath() (string, error) {
	dir, err := XDGDir("XDG_STATE_HOME", ".local", "state")
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "state.json"), nil
}

// NewMemoryState returns a store that is never written to disk.
func NewMemoryState() *StateStore {
	return &StateStore{entries: map[string]*ReadingState{}, dirty: map[string]bool{}, now: time.Now}
}

// OpenState opens the state stored at path. A missing file gives a clean
// store. A file that cannot be used as it is comes back as a usable store
// together with a *CorruptStateError, which the store's Warning also
// reports (see CorruptStateError for what is done with each kind). The
// file is checked before it is read: only a regular file of at most
// MaxStateSize is read, and opening it never blocks. Any other read error
// returns a nil store.
func OpenState(path string) (*StateStore, error) {
	s := NewMemoryState()
	s.path = path
	data, err := readStateFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return s, nil
	case errors.Is(err, ErrNotRegular):
		return s.warn(&CorruptStateError{Path: path, KeptAsIs: true, Err: err})
	case errors.Is(err, errStateTooLarge):
		return s.warn(s.setAside(err))
	case err != nil:
		return nil, fmt.Errorf("read reading state: %w", err)
	}
	f, err := decodeState(data)
	switch {
	case errors.Is(err, ErrNewerState):
		s.entries = f.Briefings
		return s.warn(&CorruptStateError{Path: path, KeptAsIs: true, Err: err})
	case err != nil:
		return s.warn(s.setAside(err))
	}
	s.entries = f.Briefings
	return s, nil
}

// warn records w as the store's warning, and leaves the file alone from
// now on when w says it is kept as it is.
func (s *StateStore) warn(w *CorruptStateError) (*StateStore, error) {
	s.warning = w
	s.readOnly = w.KeptAsIs
	return s, w
}

// setAside renames the unusable file at s.path to
// state.json.corrupt-<timestamp>.
func (s *StateStore) setAside(err error) *CorruptStateError {
	moved := fmt.Sprintf("%s.corrupt-%s", s.path, s.now().UTC().Format("20060102T150405Z"))
	cerr := &CorruptStateError{Path: s.path, MovedTo: moved, Err: err}
	if rerr := os.Rename(s.path, moved); rerr != nil {
		cerr.MovedTo = ""
	}
	return cerr
}

var errStateTooLarge = fmt.Errorf("larger than %d MiB", MaxStateSize>>20)

// readStateFile reads the state file at path: a regular file (or a link
// to one) of at most MaxStateSize, opened without blocking.
func readStateFile(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, notRegular(st.Mode())
	}
	if st.Size() > MaxStateSize {
		return nil, errStateTooLarge
	}
	f, err := openRegular(path, false)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxStateSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxStateSize {
		return nil, errStateTooLarge
	}
	return data, nil
}

// decodeState decodes a state file. A file from a newer sitrep gives what
// this version knows of it (the fields it has the names of; entries of
// another shape are dropped) together with ErrNewerState.
func decodeState(data []byte) (stateFile, error) {
	var f stateFile
	var newer error
	if err := json.Unmarshal(data, &f); err != nil {
		var v struct {
			Version int `json:"version"`
		}
		if json.Unmarshal(data, &v) != nil || v.Version <= stateVersion {
			return f, err
		}
		f = stateFile{Version: v.Version, Briefings: knownEntries(data)}
	}
	if f.Version > stateVersion {
		newer = fmt.Errorf("version %d, %w (this one reads version %d)", f.Version, ErrNewerState, stateVersion)
	}
	if f.Briefings == nil {
		f.Briefings = map[string]*ReadingState{}
	}
	for id, e := range f.Briefings {
		if e == nil {
			delete(f.Briefings, id)
			continue
		}
		e.Position = clampFraction(e.Position)
	}
	return f, newer
}

// knownEntries reads, from a newer state file that does not decode whole,
// the entries that still have the shape this version knows.
func knownEntries(data []byte) map[string]*ReadingState {
	var raw struct {
		Briefings map[string]json.RawMessage `json:"briefings"`
	}
	out := map[string]*ReadingState{}
	if json.Unmarshal(data, &raw) != nil {
		return out
	}
	for id, msg := range raw.Briefings {
		var e ReadingState
		if json.Unmarshal(msg, &e) == nil {
			out[id] = &e
		}
	}
	return out
}

func clampFraction(f float64) float64 {
	if f != f || f < 0 { // NaN or negative
		return 0
	}
	return min(f, 1)
}

// Path is the file the store saves to, "" when it lives in memory only.
func (s *StateStore) Path() string { return s.path }

// Warning is the problem found when opening the store (a corrupt file set
// aside, a newer or unreadable one left as it is), or nil.
func (s *StateStore) Warning() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.warning
}

// Get returns the state of one briefing (the zero value when untouched).
func (s *StateStore) Get(id string) ReadingState {
	s.mu.Lock()
	defer s.mu.Unlock()
	if e := s.entries[id]; e != nil {
		return *e
	}
	return ReadingState{}
}

// IsRead reports whether the briefing has been read.
func (s *StateStore) IsRead(id string) bool { return s.Get(id).Read }

// IsStarred reports whether the briefing is starred.
func (s *StateStore) IsStarred(id string) bool { return s.Get(id).Starred }

// Position is where the analyst left off in the briefing (0..1).
func (s *StateStore) Position(id string) float64 { return s.Get(id).Position }

// SetRead marks the briefing read or unread; it reports whether that changed anything.
func (s *StateStore) SetRead(id string, read bool) bool {
	return s.update(id, func(e *ReadingState) bool {
		changed := e.Read != read
		e.Read = read
		return changed
	})
}

// SetStarred stars or unstars the briefing; it reports whether that changed anything.
func (s *StateStore) SetStarred(id string, starred bool) bool {
	return s.update(id, func(e *ReadingState) bool {
		changed := e.Starred != starred
		e.Starred = starred
		return changed
	})
}

// SetPosition records where the analyst is in the briefing (clamped to
// 0..1); it reports whether that changed anything.
func (s *StateStore) SetPosition(id string, pos float64) bool {
	pos = clampFraction(pos)
	return s.update(id, func(e *ReadingState) bool {
		changed := e.Position != pos
		e.Position = pos
		return changed
	})
}

// CountRead counts how many of ids are marked read.
func (s *StateStore) CountRead(ids iter.Seq[string]) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for id := range ids {
		if e := s.entries[id]; e != nil && e.Read {
			n++
		}
	}
	return n
}

func (s *StateStore) update(id string, f func(*ReadingState) bool) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.entries[id]
	if e == nil {
		e = &ReadingState{}
	}
	if !f(e) {
		return false
	}
	e.Updated = s.now().UTC()
	s.entries[id] = e
	s.dirty[id] = true
	s.version++
	return true
}

// Dirty reports whether there are changes not yet saved.
func (s *StateStore) Dirty() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.dirty) > 0
}

// Save writes the state to disk atomically (a temporary file, fsync,
// rename; directory 0700, file 0600). A store whose file was left as it is
// when opened (see CorruptStateError) writes nothing, and one whose file
// has since been written by a newer sitrep, or replaced by something
// other than a regular file, is not saved over it: Save says so. It first merges what is on disk, so
// that another sitrep writing the same file loses nothing: for each
// briefing, the more recently updated entry wins. A store in memory only,
// or one with nothing to save, does nothing. Readers and writers of the
// store are not held up while the file is written.
func (s *StateStore) Save() error {
	s.saveMu.Lock()
	defer s.saveMu.Unlock()
	if s.path == "" || s.readOnly || !s.Dirty() {
		return nil
	}
	var disk map[string]*ReadingState
	data, err := readStateFile(s.path)
	switch {
	case errors.Is(err, ErrNotRegular):
		return fmt.Errorf("save reading state: %s: %w", sanitize.Line(s.path), err)
	case err == nil:
		f, err := decodeState(data)
		if errors.Is(err, ErrNewerState) {
			return fmt.Errorf("save reading state: %s was %w since it was opened: not overwritten",
				sanitize.Line(s.path), ErrNewerState)
		}
		if err == nil {
			disk = f.Briefings
		}
	}
	s.mu.Lock()
	s.merge(disk)
	data, err = json.MarshalIndent(stateFile{Version: stateVersion, Briefings: s.entries}, "", " ")
	version := s.version
	s.mu.Unlock()
	if err != nil {
		return fmt.Errorf("encode reading state: %w", err)
	}
	if err := writeFileAtomic(s.path, append(data, '\n')); err != nil {
		return fmt.Errorf("save reading state: %w", err)
	}
	s.mu.Lock()
	if s.version == version { // nothing changed while writing
		clear(s.dirty)
	}
	s.mu.Unlock()
	return nil
}

// merge takes from disk the entries that are newer than ours or that we
// do not have. The caller holds s.mu.
func (s *StateStore) merge(disk map[string]*ReadingState) {
	for id, d := range disk {
		mine := s.entries[id]
		if mine == nil || d.Updated.After(mine.Updated) {
			s.entries[id] = d
		}
	}
}

// Snapshot returns a copy of every entry, for tests and export.
func (s *StateStore) Snapshot() map[string]ReadingState {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]ReadingState, len(s.entries))
	for id, e := range s.entries {
		out[id] = *e
	}
	return out
}

func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".state-*.tmp")
	if err != nil {
		return err
	}
	name := tmp.Name()
	fail := func(err error) error {
		tmp.Close()
		os.Remove(name)
		return err
	}
	if err := tmp.Chmod(0o600); err != nil {
		return fail(err)
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return err
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}
