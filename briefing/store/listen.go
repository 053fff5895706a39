package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"sitrep/briefing"
)

// The channels the store's triggers notify.
const (
	channelBriefings = "sitrep_briefings" // a statement changed the library
	channelState     = "sitrep_state"     // payload: the key whose state changed
)

// retryInterval is how long Listen waits before connecting again.
const retryInterval = time.Second

// Listen follows what every front end changes until ctx ends: onLibrary
// is called after the library changed, onState with a key after that
// key's reading state changed. While the database cannot be reached
// Listen connects again every second (Reachable reports false meanwhile);
// once it is back, onLibrary and onState("") (every key) are called, for
// what was missed. Either callback may be nil; they are called from
// Listen's goroutine and should not block for long.
func (s *Store) Listen(ctx context.Context, onLibrary func(), onState func(key string)) error {
	return s.listenFrom(ctx, onLibrary, onState, false)
}

// listenFrom is Listen; missed says whether the first connection, too,
// reports what it may have missed (what changed between the caller's own
// read and the LISTEN).
func (s *Store) listenFrom(ctx context.Context, onLibrary func(), onState func(key string), missed bool) error {
	for {
		err := s.listen(ctx, onLibrary, onState, missed)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		s.note(err)
		missed = true
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(retryInterval):
		}
	}
}

// listen holds one connection listening on both channels until it fails.
func (s *Store) listen(ctx context.Context, onLibrary func(), onState func(string), missed bool) error {
	conn, err := pgx.ConnectConfig(ctx, s.pool.Config().ConnConfig.Copy())
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	for _, ch := range []string{channelBriefings, channelState} {
		if _, err := conn.Exec(ctx, "LISTEN "+ch); err != nil {
			return err
		}
	}
	s.note(nil)
	if missed {
		if onLibrary != nil {
			onLibrary()
		}
		if onState != nil {
			onState("")
		}
	}
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		switch n.Channel {
		case channelBriefings:
			if onLibrary != nil {
				onLibrary()
			}
		case channelState:
			if onState != nil {
				onState(n.Payload)
			}
		}
	}
}

// Follow keeps a library in step with the store until ctx ends: after any
// front end changes the library, it loads a new snapshot (changes that
// come close together make one reload, after settle) and hands it to
// install; it also loads one as it begins to listen, for what changed
// between the caller's own read and then. onState, when not nil, is
// called as Listen calls it (with "" then too).
func (s *Store) Follow(ctx context.Context, settle time.Duration, install func(*briefing.Library), onState func(key string)) error {
	reload := make(chan struct{}, 1)
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-reload:
			}
			select {
			case <-ctx.Done():
				return
			case <-time.After(settle):
			}
			// A failed load is retried at the next change, or, when the
			// connection failed too, when Listen is back and reports what
			// it missed.
			if lib, err := s.Library(ctx); err == nil {
				install(lib)
			}
		}
	}()
	onLibrary := func() {
		select {
		case reload <- struct{}{}:
		default:
		}
	}
	// What front ends changed between the caller's snapshot and the first
	// LISTEN reaches no notification: the first connection reports it as
	// missed, one reload that changes nothing when nothing was.
	return s.listenFrom(ctx, onLibrary, onState, true)
}
