package sshd

import (
	"bytes"
	"net"
	"net/netip"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// connKey finds a connection's connState in its ssh.Context.
type connKey struct{}

// connState is the server's record of one TCP connection.
type connState struct {
	srv    *Server
	source netip.Prefix // what it counts under in the startup table
	remote string
	raw    net.Conn

	// silent is set while the client owes the server something it sends
	// at once: its version line after connecting, its first
	// authentication request after the key exchange. A silent connection
	// is dropped after SilentGrace. mute is set until the version line:
	// a connection that has not said a word gives way to a new connection
	// from its source when that source is at its limit.
	silent      atomic.Bool
	mute        atomic.Bool
	silentTimer *time.Timer // guarded by mu

	ctx           ssh.Context
	releaseOnce   sync.Once
	loggedOnce    sync.Once
	authenticated atomic.Bool
	keepaliveOnce sync.Once

	mu       sync.Mutex
	attempts int         // authentication attempts so far
	failures int         // failed attempts, counted as sshd counts them
	channels int         // session channels open
	sessions int         // sessions running the reader
	noSess   *time.Timer // closes a connection that starts no session
	closed   bool

	// Guarded by srv.mu: the connection's place in the session limits.
	holding bool   // it holds a place, running no session
	running int    // sessions running on it
	gone    bool   // closed
	placeFP string // the key the place is counted for
}

// trackedConn gives back the connection's unauthenticated slot on close,
// and watches for the end of the client's version line.
type trackedConn struct {
	net.Conn
	cs          *connState
	versionSeen bool // only the ssh library's reading goroutine reads
}

func (c *trackedConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if !c.versionSeen && n > 0 && bytes.IndexByte(p[:n], '\n') >= 0 {
		c.versionSeen = true
		c.cs.mute.Store(false)
		c.cs.spoke()
	}
	return n, err //nolint:wrapcheck // a net.Conn's errors as they are
}

func (c *trackedConn) Close() error {
	c.cs.closeOnce()
	return c.Conn.Close() //nolint:wrapcheck // a net.Conn's errors as they are
}

// connCallback admits a new TCP connection if the startup limits allow
// it, and records its state in the connection's context.
func (s *Server) connCallback(ctx ssh.Context, conn net.Conn) net.Conn {
	remote := conn.RemoteAddr().String()
	s.mu.Lock()
	stopping := s.stopping
	s.mu.Unlock()
	if stopping {
		return nil
	}
	cs := &connState{srv: s, source: sourceOf(conn.RemoteAddr()), remote: remote, raw: conn, ctx: ctx}
	cs.silent.Store(true)
	cs.mute.Store(true)
	gaveWay, refusal := s.startups.admit(cs)
	if refusal != "" {
		s.log.Warn("connection refused", "addr", remote, "reason", refusal)
		return nil
	}
	if gaveWay != nil {
		s.log.Info("connection dropped", "addr", gaveWay.remote,
			"reason", "sent nothing, giving way to a new connection from its address")
		_ = gaveWay.raw.Close() //nolint:errcheck // dropping it
	}
	ctx.SetValue(connKey{}, cs)
	s.log.Info("connection", "addr", remote)
	cs.armSilent()
	return &trackedConn{Conn: conn, cs: cs}
}

// armSilent marks the connection silent and drops it if it stays so for
// SilentGrace.
func (cs *connState) armSilent() {
	cs.silent.Store(true)
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if cs.closed {
		return
	}
	if cs.silentTimer != nil {
		cs.silentTimer.Stop()
	}
	cs.silentTimer = time.AfterFunc(cs.srv.cfg.SilentGrace, func() {
		defer cs.srv.recoverGoroutine("silent timer")
		if cs.silent.Load() {
			cs.srv.log.Info("connection dropped", "addr", cs.remote, "reason", "silent",
				"grace", cs.srv.cfg.SilentGrace)
			_ = cs.raw.Close() //nolint:errcheck // dropping it
		}
	})
}

// spoke notes that the client sent what it owed.
func (cs *connState) spoke() {
	cs.silent.Store(false)
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if cs.silentTimer != nil {
		cs.silentTimer.Stop()
	}
}

// connStateOf returns the state of the connection behind ctx.
func connStateOf(ctx ssh.Context) *connState {
	cs, _ := ctx.Value(connKey{}).(*connState)
	return cs
}

// releaseSlot gives back the unauthenticated slot, once.
func (cs *connState) releaseSlot() {
	cs.releaseOnce.Do(func() { cs.srv.startups.release(cs) })
}

// closeOnce runs when the connection closes.
func (cs *connState) closeOnce() {
	cs.releaseSlot()
	cs.srv.connGone(cs)
	cs.mu.Lock()
	cs.closed = true
	for _, t := range []*time.Timer{cs.noSess, cs.silentTimer} {
		if t != nil {
			t.Stop()
		}
	}
	cs.mu.Unlock()
}

// attempted notes an authentication attempt: the client is not silent.
func (cs *connState) attempted() {
	cs.spoke()
	cs.mu.Lock()
	cs.attempts++
	cs.mu.Unlock()
}

// failed counts a failed attempt by method and returns the failures so
// far. As in sshd, a first attempt with "none" (which clients send to learn
// the methods on offer) is free.
func (cs *connState) failed(method string) int {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if method != "none" || cs.attempts > 1 {
		cs.failures++
	}
	return cs.failures
}

// authenticatedNow frees the connection's unauthenticated slot and gives
// it LoginGrace to start a session.
func (cs *connState) authenticatedNow() {
	cs.authenticated.Store(true)
	cs.releaseSlot()
	cs.armNoSession()
}

// armNoSession starts (or restarts) the timer that drops a connection with
// no session running.
func (cs *connState) armNoSession() {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if cs.closed || cs.sessions > 0 {
		return
	}
	if cs.noSess != nil {
		cs.noSess.Stop()
	}
	cs.noSess = time.AfterFunc(cs.srv.cfg.LoginGrace, func() {
		defer cs.srv.recoverGoroutine("no-session timer")
		cs.mu.Lock()
		idle := cs.sessions == 0 && !cs.closed
		cs.mu.Unlock()
		if idle {
			cs.srv.log.Info("connection dropped", "fingerprint", cs.fingerprint(), "addr", cs.remote,
				"reason", "no session started")
			_ = cs.raw.Close() //nolint:errcheck // dropping it
		}
	})
}

// fingerprint is that of the key the connection authenticated with, as
// the ssh library recorded it after the handshake ("" before).
func (cs *connState) fingerprint() string {
	if key, ok := cs.ctx.Value(ssh.ContextKeyPublicKey).(ssh.PublicKey); ok && key != nil {
		return fingerprint(key)
	}
	return ""
}

// logAccepted logs, once, that the connection logged in and with which
// key. It runs when the connection first opens a channel: the
// authenticated key is known only once the handshake is over.
func (cs *connState) logAccepted() {
	cs.loggedOnce.Do(func() {
		cs.srv.log.Info("authentication accepted", "fingerprint", cs.fingerprint(), "addr", cs.remote,
			"user", clientString(cs.ctx.User()))
	})
}

// sessionStarted and sessionEnded count the sessions running the reader.
func (cs *connState) sessionStarted() {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	cs.sessions++
	if cs.noSess != nil {
		cs.noSess.Stop()
	}
}

func (cs *connState) sessionEnded() {
	cs.mu.Lock()
	cs.sessions--
	cs.mu.Unlock()
	cs.armNoSession()
}

// openChannel counts a session channel, refusing more than max at once.
func (cs *connState) openChannel(max int) bool {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if cs.channels >= max {
		return false
	}
	cs.channels++
	return true
}

func (cs *connState) closeChannel() {
	cs.mu.Lock()
	cs.channels--
	cs.mu.Unlock()
}

// startKeepalive begins checking, once per connection, that the client
// still answers.
func (cs *connState) startKeepalive(ctx ssh.Context) {
	conn, ok := ctx.Value(ssh.ContextKeyConn).(gossh.Conn)
	if !ok {
		return
	}
	cs.keepaliveOnce.Do(func() {
		go cs.keepalive(ctx, conn)
	})
}

// keepalive sends keepalive@openssh.com every KeepaliveInterval; when
// KeepaliveMaxMissed of them in a row go unanswered, the connection is
// dropped. Any reply counts, including a refusal: OpenSSH refuses it.
func (cs *connState) keepalive(ctx ssh.Context, conn gossh.Conn) {
	defer cs.srv.recoverGoroutine("keepalive")
	interval, maxMissed := cs.srv.cfg.KeepaliveInterval, cs.srv.cfg.KeepaliveMaxMissed
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	replies := make(chan error, 1)
	pending, missed := false, 0
	for {
		select {
		case <-ctx.Done():
			return
		case err := <-replies:
			if err != nil {
				return // the connection is gone
			}
			pending, missed = false, 0
		case <-ticker.C:
			if pending {
				if missed++; missed >= maxMissed {
					cs.srv.log.Info("connection dropped", "fingerprint", cs.fingerprint(), "addr", cs.remote,
						"reason", "no answer to keepalive", "missed", missed)
					for _, st := range cs.srv.sessionsOn(cs) {
						st.lost(reasonKeepalive)
					}
					_ = cs.raw.Close() //nolint:errcheck // dropping it
					return
				}
				continue
			}
			pending = true
			go func() {
				defer cs.srv.recoverGoroutine("keepalive request")
				_, _, err := conn.SendRequest("keepalive@openssh.com", true, nil)
				replies <- err
			}()
		}
	}
}
