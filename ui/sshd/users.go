package sshd

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"

	"sitrep/briefing"
)

// userState is one user's reading state, shared by all their sessions.
type userState struct {
	name  string // directory name under the state directory
	fp    string
	store briefing.ReadingStates
	refs  int
}

// userRegistry opens each user's state store once, however many sessions
// they have, and saves it when their last session ends.
type userRegistry struct {
	dir string
	log *log.Logger
	// open, when set, opens a user's state instead of the file in dir
	// (Config.OpenState).
	open func(fingerprint string) (briefing.ReadingStates, error)

	mu    sync.Mutex
	users map[string]*userState
}

func newUserRegistry(dir string, logger *log.Logger) *userRegistry {
	return &userRegistry{dir: dir, log: logger, users: map[string]*userState{}}
}

// acquire returns the user's state, opening it for their first session.
// The state lives in <state dir>/<key name>/state.json.
func (r *userRegistry) acquire(key gossh.PublicKey) (*userState, error) {
	name := stateName(key)
	r.mu.Lock()
	defer r.mu.Unlock()
	if u := r.users[name]; u != nil {
		u.refs++
		return u, nil
	}
	if r.open != nil {
		store, err := r.open(fingerprint(key))
		if err != nil {
			return nil, fmt.Errorf("open reading state: %w", err)
		}
		u := &userState{name: name, fp: fingerprint(key), store: store, refs: 1}
		r.users[name] = u
		return u, nil
	}
	dir := filepath.Join(r.dir, name)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create state directory: %w", err)
	}
	store, err := briefing.OpenState(filepath.Join(dir, "state.json"))
	var corrupt *briefing.CorruptStateError
	switch {
	case errors.As(err, &corrupt):
		r.log.Warn("reading state not used as it is", "fingerprint", fingerprint(key), "err", err)
	case err != nil:
		return nil, fmt.Errorf("open reading state: %w", err)
	}
	u := &userState{name: name, fp: fingerprint(key), store: store, refs: 1}
	r.users[name] = u
	return u, nil
}

// release ends one session's use of the user's state, saving it when it
// was their last session. Saving under the lock keeps a new session of
// the same user from opening the file while it is being written.
func (r *userRegistry) release(u *userState) error {
	if u == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	u.refs--
	if u.refs > 0 {
		return nil
	}
	delete(r.users, u.name)
	return u.store.Save()
}

// saveAll saves every open user's state; it returns the first error after
// trying them all.
func (r *userRegistry) saveAll() error {
	r.mu.Lock()
	users := make([]*userState, 0, len(r.users))
	for _, u := range r.users {
		users = append(users, u)
	}
	r.mu.Unlock()
	var first error
	for _, u := range users {
		if err := u.store.Save(); err != nil {
			r.log.Error("saving reading state", "fingerprint", u.fp, "err", err)
			if first == nil {
				first = err
			}
		}
	}
	return first
}
