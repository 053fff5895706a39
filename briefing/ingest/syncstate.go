package ingest

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// SyncStateName is the sync state's file name, beside the feed list in
// the library directory (hidden, so the library never loads it). It is
// kept with the library rather than in a user's XDG state directory
// because it describes the library: which items are already in it and
// what each server said last (ETag, Last-Modified). Every analyst syncing
// the team's library shares it, so a second person's sync does not fetch
// everything again, and it moves with the library.
const SyncStateName = ".feeds-state.json"

// Limits on the sync state.
const (
	maxSyncStateSize = 32 << 20
	// maxSeenPerFeed is how many item keys (GUIDs and URLs) a feed
	// remembers: well over what any feed holds at once.
	maxSeenPerFeed = 10000
)

// SyncState is what sync remembers between runs, per feed URL.
type SyncState struct {
	path  string
	Feeds map[string]*FeedState `json:"feeds"`
}

// FeedState is one feed's memory: the validators of its last complete
// fetch and the keys (GUIDs and URLs) of the items already handled.
type FeedState struct {
	Validators
	// Seen lists item keys, oldest first.
	Seen []string `json:"seen,omitempty"`
	seen map[string]bool
}

// LoadSyncState reads dir's sync state; a missing file is an empty state.
// A corrupt one is an error naming the file: sync would otherwise fetch
// everything again, which dedupe makes harmless but slow.
func LoadSyncState(dir string) (*SyncState, error) {
	s := &SyncState{path: filepath.Join(dir, SyncStateName), Feeds: map[string]*FeedState{}}
	data, err := readRegular(s.path, maxSyncStateSize)
	if errors.Is(err, os.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, s); err != nil {
		return nil, fmt.Errorf("%s: %w (delete it to start afresh)", s.path, err)
	}
	if s.Feeds == nil {
		s.Feeds = map[string]*FeedState{}
	}
	for _, fs := range s.Feeds {
		fs.index()
	}
	return s, nil
}

// Feed returns the state of the feed at url, creating it.
func (s *SyncState) Feed(url string) *FeedState {
	fs := s.Feeds[url]
	if fs == nil {
		fs = &FeedState{}
		fs.index()
		s.Feeds[url] = fs
	}
	return fs
}

func (fs *FeedState) index() {
	fs.seen = make(map[string]bool, len(fs.Seen))
	for _, k := range fs.Seen {
		fs.seen[k] = true
	}
}

// Has reports whether any of keys was seen.
func (fs *FeedState) Has(keys ...string) bool {
	for _, k := range keys {
		if k != "" && fs.seen[k] {
			return true
		}
	}
	return false
}

// Mark remembers keys, forgetting the oldest past maxSeenPerFeed. It
// reports whether anything new was remembered.
func (fs *FeedState) Mark(keys ...string) bool {
	changed := false
	for _, k := range keys {
		if k == "" || fs.seen[k] {
			continue
		}
		fs.seen[k] = true
		fs.Seen = append(fs.Seen, k)
		changed = true
	}
	if over := len(fs.Seen) - maxSeenPerFeed; over > 0 {
		for _, k := range fs.Seen[:over] {
			delete(fs.seen, k)
		}
		fs.Seen = slices.Clone(fs.Seen[over:])
	}
	return changed
}

// Save writes the state atomically.
func (s *SyncState) Save() error {
	data, err := json.MarshalIndent(s, "", " ")
	if err != nil {
		return fmt.Errorf("encode %s: %w", s.path, err)
	}
	return writeAtomic(s.path, append(data, '\n'))
}

// NewFeedState is a feed's state as a target keeps it: the validators of
// its last complete fetch and the keys of the items handled, oldest first.
func NewFeedState(v Validators, seen []string) *FeedState {
	fs := &FeedState{Validators: v, Seen: seen}
	fs.index()
	return fs
}
