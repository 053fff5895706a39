package store

import (
	"context"
	"fmt"
	"iter"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"sitrep/briefing"
)

// FlushInterval is how often Run writes a key's queued changes: a front
// end killed outright loses at most this much of one session's state.
const FlushInterval = 500 * time.Millisecond

// saveTimeout bounds one Save, so that a session does not wait on a
// database that does not answer.
const saveTimeout = 5 * time.Second

// State is one key's reading state kept in the store (it implements
// briefing.ReadingStates). Reads and changes are in memory; Save writes
// the changed entries, each replacing the stored one only when it is
// newer, so that sessions of one key on several front ends merge as the
// state file does. When the database cannot be reached, changes stay
// queued, Warning says so, and the next Save that reaches it writes
// them: nothing is lost. Refresh takes in what other front ends wrote.
type State struct {
	s   *Store
	key string
	now func() time.Time

	saveMu sync.Mutex // one Save or Refresh at a time

	mu      sync.Mutex // guards what follows; never held during I/O
	entries map[string]briefing.ReadingState
	dirty   map[string]bool
	loaded  bool // the stored entries have been read once
	warning error
}

var _ briefing.ReadingStates = (*State)(nil)

// State opens the reading state of a key (an analyst's public key
// fingerprint, or a local user's name). When the database cannot be
// reached the state starts empty, with the error as its warning, and is
// read when it comes back; the error is returned too.
func (s *Store) State(ctx context.Context, key string) (*State, error) {
	st := &State{s: s, key: key, now: time.Now, entries: map[string]briefing.ReadingState{}, dirty: map[string]bool{}}
	err := st.Refresh(ctx)
	return st, err
}

// Key is the key whose state this is.
func (st *State) Key() string { return st.key }

// Refresh reads the key's stored state and merges it in: a stored entry
// newer than the one in memory replaces it.
func (st *State) Refresh(ctx context.Context) error {
	st.saveMu.Lock()
	defer st.saveMu.Unlock()
	return st.refresh(ctx)
}

func (st *State) refresh(ctx context.Context) error {
	rows, err := st.s.pool.Query(ctx, `SELECT briefing, read, starred, position, updated FROM reading_state WHERE key = $1`, st.key)
	stored := map[string]briefing.ReadingState{}
	if err == nil {
		var id string
		var e briefing.ReadingState
		_, err = pgx.ForEachRow(rows, []any{&id, &e.Read, &e.Starred, &e.Position, &e.Updated}, func() error {
			e.Updated = e.Updated.UTC()
			stored[id] = e
			return nil
		})
	}
	if err = st.s.note(err); err != nil {
		st.setWarning(err)
		return fmt.Errorf("reading state: %w", err)
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	for id, e := range stored {
		if mine, ok := st.entries[id]; !ok || e.Updated.After(mine.Updated) {
			st.entries[id] = e
			delete(st.dirty, id)
		}
	}
	st.loaded = true
	st.warning = nil
	return nil
}

func (st *State) setWarning(err error) {
	st.mu.Lock()
	st.warning = err
	st.mu.Unlock()
}

// Save writes the changed entries in one transaction. Those it cannot
// write stay queued; the error says why (ErrUnreachable when the database
// cannot be reached). After the database comes back, the first Save also
// reads what other front ends wrote meanwhile.
func (st *State) Save() error {
	st.saveMu.Lock()
	defer st.saveMu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), saveTimeout)
	defer cancel()
	st.mu.Lock()
	stale := !st.loaded || st.warning != nil // catch up after an outage
	batch := make(map[string]briefing.ReadingState, len(st.dirty))
	for id := range st.dirty {
		batch[id] = st.entries[id]
	}
	st.mu.Unlock()
	if len(batch) > 0 {
		err := pgx.BeginFunc(ctx, st.s.pool, func(tx pgx.Tx) error {
			b := &pgx.Batch{}
			for id, e := range batch {
				b.Queue(`INSERT INTO reading_state (key, briefing, read, starred, position, updated)
					VALUES ($1, $2, $3, $4, $5, $6)
					ON CONFLICT (key, briefing) DO UPDATE SET read = excluded.read, starred = excluded.starred,
						position = excluded.position, updated = excluded.updated
					WHERE reading_state.updated < excluded.updated`,
					st.key, id, e.Read, e.Starred, e.Position, e.Updated)
			}
			return tx.SendBatch(ctx, b).Close()
		})
		if err = st.s.note(err); err != nil {
			st.setWarning(err)
			return fmt.Errorf("save reading state: %w", err)
		}
		st.mu.Lock()
		for id, e := range batch {
			if st.entries[id] == e { // not changed again while writing
				delete(st.dirty, id)
			}
		}
		st.warning = nil
		st.mu.Unlock()
	}
	if stale {
		return st.refresh(ctx)
	}
	return nil
}

// Run writes queued changes every FlushInterval until ctx ends, then once
// more.
func (st *State) Run(ctx context.Context) {
	t := time.NewTicker(FlushInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			st.Save()
			return
		case <-t.C:
			if st.Dirty() || st.Warning() != nil {
				st.Save()
			}
		}
	}
}

// Warning is nil, or why the last write or read did not reach the store.
func (st *State) Warning() error {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.warning
}

// Dirty reports whether changes are queued.
func (st *State) Dirty() bool {
	st.mu.Lock()
	defer st.mu.Unlock()
	return len(st.dirty) > 0
}

// Get returns the state of one briefing (the zero value when untouched).
func (st *State) Get(id string) briefing.ReadingState {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.entries[id]
}

// IsRead reports whether the briefing has been read.
func (st *State) IsRead(id string) bool { return st.Get(id).Read }

// IsStarred reports whether the briefing is starred.
func (st *State) IsStarred(id string) bool { return st.Get(id).Starred }

// Position is where the analyst left off in the briefing (0..1).
func (st *State) Position(id string) float64 { return st.Get(id).Position }

// SetRead marks the briefing read or unread.
func (st *State) SetRead(id string, read bool) bool {
	return st.update(id, func(e *briefing.ReadingState) { e.Read = read })
}

// SetStarred stars or unstars the briefing.
func (st *State) SetStarred(id string, starred bool) bool {
	return st.update(id, func(e *briefing.ReadingState) { e.Starred = starred })
}

// SetPosition records where the analyst is in the briefing (clamped to
// 0..1).
func (st *State) SetPosition(id string, pos float64) bool {
	if pos != pos || pos < 0 { // NaN or negative
		pos = 0
	}
	pos = min(pos, 1)
	return st.update(id, func(e *briefing.ReadingState) { e.Position = pos })
}

// CountRead counts how many of ids are marked read.
func (st *State) CountRead(ids iter.Seq[string]) int {
	st.mu.Lock()
	defer st.mu.Unlock()
	n := 0
	for id := range ids {
		if st.entries[id].Read {
			n++
		}
	}
	return n
}

// Snapshot returns a copy of every entry.
func (st *State) Snapshot() map[string]briefing.ReadingState {
	st.mu.Lock()
	defer st.mu.Unlock()
	out := make(map[string]briefing.ReadingState, len(st.entries))
	for id, e := range st.entries {
		out[id] = e
	}
	return out
}

// update changes an entry and queues it, stamped now (to the microsecond,
// as the database keeps it).
func (st *State) update(id string, f func(*briefing.ReadingState)) bool {
	st.mu.Lock()
	defer st.mu.Unlock()
	e := st.entries[id]
	was := e
	f(&e)
	if e == was {
		return false
	}
	e.Updated = st.now().UTC().Truncate(time.Microsecond)
	if !e.Updated.After(was.Updated) { // the clock went back: still newer than what it replaces
		e.Updated = was.Updated.Add(time.Microsecond)
	}
	st.entries[id] = e
	st.dirty[id] = true
	return true
}
