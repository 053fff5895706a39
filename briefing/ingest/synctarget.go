package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// SyncTarget is the library a sync reads and writes: a directory (the
// default, Syncer.Dir) or a team's store shared by several front ends,
// where feeds are claimed one sync at a time and items written once.
type SyncTarget interface {
	// Begin starts a sync: the URLs of the briefings the library holds
	// and the text keys of their bodies (TextKey; none when the target
	// cannot tell), for dedupe.
	Begin(ctx context.Context) (urls []string, texts []uint64, err error)
	// Claim takes the feed at url for this sync, with its state as last
	// synced; ok is false when another sync has it now (it is skipped).
	// release gives it back.
	Claim(ctx context.Context, url string) (st *FeedState, release func(), ok bool, err error)
	// Write stores a feed's new item as a briefing (keys are what the
	// item is remembered by) and returns where; "" when another sync
	// wrote the item first.
	Write(ctx context.Context, feedURL string, keys []string, a *Article) (string, error)
	// Synced records a feed's sync: its state, what the sync did to it,
	// and the result.
	Synced(ctx context.Context, url string, st *FeedState, sync FeedSync, res FeedResult) error
	// End ends the sync (it is called once Begin succeeded).
	End(ctx context.Context) error
}

// FeedSync is what one sync did to a feed's state.
type FeedSync struct {
	// Changed says whether the state changed; Marked holds the item keys
	// it remembered anew.
	Changed bool
	Marked  []string
	// InFeed holds the keys of the items the feed carries (GUIDs and
	// URLs): nil when it was not read (it failed, or had not changed).
	InFeed []string
}

// TextKey hashes a body's normalised text (letters and digits, lower
// case), the key a sync recognises one story by under other markup.
func TextKey(body string) uint64 { return textKey(body) }

// dirTarget is a library directory: one sync at a time under the
// library's lock, the sync state in SyncStateName beside the briefings.
type dirTarget struct {
	dir    string
	unlock func()
	state  *SyncState

	mu    sync.Mutex
	dirty bool
}

func (d *dirTarget) Begin(context.Context) ([]string, []uint64, error) {
	unlock, err := lockLibrary(d.dir)
	if err != nil {
		return nil, nil, err
	}
	d.unlock = unlock
	if d.state, err = LoadSyncState(d.dir); err != nil {
		unlock()
		return nil, nil, err
	}
	idx, err := indexLibrary(d.dir)
	if err != nil {
		unlock()
		return nil, nil, err
	}
	var urls []string
	for u := range idx.urls {
		urls = append(urls, u)
	}
	var texts []uint64
	for k := range idx.texts {
		texts = append(texts, k)
	}
	return urls, texts, nil
}

func (d *dirTarget) Claim(_ context.Context, url string) (*FeedState, func(), bool, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.state.Feed(url), func() {}, true, nil
}

func (d *dirTarget) Write(_ context.Context, _ string, _ []string, a *Article) (string, error) {
	md, err := a.Markdown()
	if err != nil {
		return "", err
	}
	name := a.FileName()
	for n := 2; ; n++ {
		path, err := WriteNew(d.dir, name, md, false)
		if !errors.Is(err, ErrExists) || n > 9 {
			return path, err
		}
		name = fmt.Sprintf("%s-%d.md", strings.TrimSuffix(a.FileName(), ".md"), n)
	}
}

func (d *dirTarget) Synced(_ context.Context, _ string, _ *FeedState, sync FeedSync, _ FeedResult) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.dirty = d.dirty || sync.Changed
	return nil
}

func (d *dirTarget) End(context.Context) error {
	defer d.unlock()
	if d.dirty {
		return d.state.Save()
	}
	return nil
}
