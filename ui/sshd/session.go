package sshd

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	bm "charm.land/wish/v2/bubbletea"
	"github.com/charmbracelet/colorprofile"
	gossh "golang.org/x/crypto/ssh"
)

// closeReason says why the server closed a session.
type closeReason int

const (
	reasonNone closeReason = iota
	reasonIdle
	reasonMaxTime
	reasonShutdown
	reasonRevoked
	reasonPanic
	reasonNoReader
	reasonKeepalive
)

func (r closeReason) String() string {
	switch r {
	case reasonIdle:
		return "idle"
	case reasonMaxTime:
		return "session time limit"
	case reasonShutdown:
		return "server stopping"
	case reasonRevoked:
		return "key revoked"
	case reasonPanic:
		return "panic"
	case reasonNoReader:
		return "reader failed to start"
	case reasonKeepalive:
		return "no answer to keepalive"
	}
	return "quit"
}

// escalateAfter is how long a session has to end after being told to,
// before its program is killed, and then before its channel is closed.
const escalateAfter = 3 * time.Second

// session is the server's record of one reader session.
type session struct {
	srv     *Server
	sess    ssh.Session
	conn    *connState
	key     gossh.PublicKey
	fp      string
	remote  string
	started time.Time
	user    *userState

	term          string
	width, height int
	profile       colorprofile.Profile
	noColor       bool

	lastInput atomic.Int64 // unix nanoseconds of the last key or mouse event
	done      chan struct{}

	mu       sync.Mutex
	program  *tea.Program
	frames   *frames // nil when bubbletea's renderer draws the session
	reason   closeReason
	panicRef string
}

// closeMsg tells a session's program to quit because the server closes it.
type closeMsg struct{}

// touch records user input, which keeps the session from going idle.
func (st *session) touch() { st.lastInput.Store(time.Now().UnixNano()) }

// close asks the session to end for reason; the first reason given is the
// one the user is told.
func (st *session) close(reason closeReason) {
	st.mu.Lock()
	if st.reason != reasonNone {
		st.mu.Unlock()
		return
	}
	st.reason = reason
	p := st.program
	st.mu.Unlock()
	if p != nil {
		go st.escalate(p)
	}
}

// lost records that the client is gone for reason, when nothing else
// ended the session first: the connection is closed under it, so there is
// nobody left to tell.
func (st *session) lost(reason closeReason) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.reason == reasonNone {
		st.reason = reason
	}
}

// escalate tells the program to quit, kills it if it has not after a few
// seconds, and closes the channel if even that did not end the session
// (a client that stopped reading can block the program's writes), then
// the connection: OpenSSH does not answer the channel's close while its
// output is stuck (stdout a pipe nobody reads, a stopped terminal), and a
// write waiting for the channel's window waits until the peer answers or
// the connection goes, so the session would outlive its idle timeout and
// hold its place for as long as the client answers keepalives.
func (st *session) escalate(p *tea.Program) {
	defer st.srv.recoverGoroutine("session close")
	go func() {
		defer st.srv.recoverGoroutine("session close message")
		p.Send(closeMsg{})
	}()
	steps := []func(){p.Kill, func() { _ = st.sess.Close() }} //nolint:errcheck // closing it
	if st.conn != nil {
		steps = append(steps, func() { _ = st.conn.raw.Close() }) //nolint:errcheck // dropping it
	}
	for _, step := range steps {
		select {
		case <-st.done:
			return
		case <-time.After(escalateAfter):
			step()
		}
	}
}

// fail records a panic in the session's program or one of its goroutines,
// logs it with a reference the user is shown, and ends the session.
func (st *session) fail(r any, stack []byte) {
	ref := newRef()
	st.mu.Lock()
	if st.panicRef == "" {
		st.panicRef = ref
	}
	st.mu.Unlock()
	st.srv.log.Error("session panicked", "ref", ref, "fingerprint", st.fp, "addr", st.remote,
		"panic", clientString(panicText(r)), "stack", string(stack))
	st.close(reasonPanic)
}

// watch closes the session when it has been idle for IdleTimeout or open
// for MaxSessionTime.
func (st *session) watch() {
	defer st.srv.recoverGoroutine("session watchdog")
	cfg := st.srv.cfg
	idle := time.NewTimer(cfg.IdleTimeout)
	defer idle.Stop()
	limit := time.NewTimer(cfg.MaxSessionTime)
	defer limit.Stop()
	for {
		select {
		case <-st.done:
			return
		case <-limit.C:
			st.close(reasonMaxTime)
			return
		case <-idle.C:
			since := time.Since(time.Unix(0, st.lastInput.Load()))
			if since >= cfg.IdleTimeout {
				st.close(reasonIdle)
				return
			}
			idle.Reset(cfg.IdleTimeout - since)
		}
	}
}

// farewell tells the user why the server closed the session, once the
// program has restored their terminal, and returns the exit status: 0 when
// the analyst quit, 1 when the server ended the session, so that a script
// or a wrapper around ssh can tell the two apart.
func (st *session) farewell() int {
	st.mu.Lock()
	reason, ref := st.reason, st.panicRef
	st.mu.Unlock()
	if ref != "" {
		reason = reasonPanic
	}
	cfg := st.srv.cfg
	var msg string
	switch reason {
	case reasonIdle:
		msg = fmt.Sprintf("closed after %s without a key press.", cfg.IdleTimeout)
	case reasonMaxTime:
		msg = fmt.Sprintf("sessions last at most %s; reconnect to carry on.", cfg.MaxSessionTime)
	case reasonShutdown:
		msg = "the server is stopping; your reading state is saved."
	case reasonRevoked:
		msg = "your key is no longer authorized."
	case reasonPanic:
		msg = fmt.Sprintf("this session hit an internal error and was closed (ref %s); "+
			"other sessions are unaffected. Reconnect to carry on.", ref)
	case reasonNoReader:
		msg = "the reader could not start; the error is in the server's log."
	case reasonKeepalive:
		msg = "your client stopped answering keepalives."
	}
	if msg == "" {
		return 0
	}
	_, _ = fmt.Fprintf(st.sess, "\r\nsitrep: %s\r\n", msg) //nolint:errcheck // best effort
	return 1
}

// sessionMiddleware admits a session within the limits, runs the reader
// (the next handler) and tells the user why it ended.
func (s *Server) sessionMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if _, _, isPty := sess.Pty(); !isPty {
			s.log.Info("session refused", "fingerprint", fingerprintOf(sess), "addr", sess.RemoteAddr().String(),
				"reason", "no terminal (ssh -T)")
			_, _ = fmt.Fprint(sess, "sitrep: the reader needs a terminal (PTY): connect without -T.\r\n") //nolint:errcheck // best effort
			_ = sess.Exit(1)                                                                              //nolint:errcheck // best effort
			return
		}
		st, refusal := s.admit(sess)
		if refusal != "" {
			_, _ = fmt.Fprintf(sess, "sitrep: %s\r\n", refusal) //nolint:errcheck // best effort
			_ = sess.Exit(1)                                    //nolint:errcheck // best effort
			return
		}
		// The server's shutdown waits for this, farewell included.
		defer s.active.Done()
		finished := false
		defer func() {
			if !finished {
				s.finish(st)
			}
		}()
		s.runSession(st, next)
		if st.frames != nil {
			st.frames.close() // the terminal as it was, before the farewell
		}
		code := st.farewell()
		// State is saved before the client learns the session is over.
		s.finish(st)
		finished = true
		_ = sess.Exit(code) //nolint:errcheck // the client may be gone
	}
}

// runSession runs the rest of the chain with the watchdog, containing a
// panic to this session.
func (s *Server) runSession(st *session, next ssh.Handler) {
	defer func() {
		if r := recover(); r != nil {
			st.fail(r, debug.Stack())
		}
	}()
	go st.watch()
	next(st.sess)
}

// admit checks the limits and registers a new session, or returns why it
// is refused (in words for the user).
func (s *Server) admit(sess ssh.Session) (*session, string) {
	key := sess.PublicKey()
	remote := sess.RemoteAddr().String()
	if key == nil {
		return nil, "a public key is required"
	}
	fp := fingerprint(key)
	if s.keys != nil && !s.keys.authorized(key) {
		s.log.Info("session refused", "fingerprint", fp, "addr", remote, "reason", "key no longer authorized")
		return nil, "your key is no longer authorized."
	}
	st := s.newSession(sess, key, fp, remote)
	if refusal := s.register(st); refusal != "" {
		s.log.Info("session refused", "fingerprint", fp, "addr", remote, "reason", refusal)
		return nil, refusal
	}
	user, err := s.users.acquire(key)
	if err != nil {
		s.log.Error("session refused: state unavailable", "fingerprint", fp, "err", err)
		s.unregister(st)
		s.active.Done()
		return nil, "your reading state could not be opened; the error is in the server's log."
	}
	st.user = user
	if st.conn != nil {
		st.conn.sessionStarted()
		st.conn.startKeepalive(sess.Context())
	}
	s.log.Info("session start", "fingerprint", fp, "addr", remote, "user", clientString(sess.User()),
		"term", st.term, "size", fmt.Sprintf("%dx%d", st.width, st.height), "profile", st.profile.String())
	return st, ""
}

// newSession builds a session record from the SSH session's terminal.
func (s *Server) newSession(sess ssh.Session, key gossh.PublicKey, fp, remote string) *session {
	pty, _, _ := sess.Pty()
	st := &session{
		srv: s, sess: sess, conn: connStateOf(sess.Context()), key: key, fp: fp, remote: remote,
		started: time.Now(), done: make(chan struct{}),
		term: pty.Term, width: clamp(pty.Window.Width, 1, maxCols), height: clamp(pty.Window.Height, 1, maxRows),
	}
	st.profile, st.noColor = colourProfile(sess.Environ(), pty.Term)
	st.touch()
	return st
}

// register counts the session against the limits, and in the sessions
// the server's shutdown waits for (the caller calls s.active.Done).
func (s *Server) register(st *session) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if refusal := s.sessionPlace(st); refusal != "" {
		return refusal
	}
	s.sessions[st] = struct{}{}
	s.active.Add(1)
	return ""
}

// unregister removes a session counted by register.
func (s *Server) unregister(st *session) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.sessions[st]; !ok {
		return
	}
	delete(s.sessions, st)
	s.sessionPlaceBack(st)
}

// finish releases what a session held: its user's state (saved when it is
// the user's last session), its place in the limits, its watchdog.
func (s *Server) finish(st *session) {
	close(st.done)
	if st.conn != nil {
		st.conn.sessionEnded()
	}
	if err := s.users.release(st.user); err != nil {
		s.log.Error("saving reading state", "fingerprint", st.fp, "err", err)
	}
	st.mu.Lock()
	reason := st.reason
	st.mu.Unlock()
	s.log.Info("session end", "fingerprint", st.fp, "addr", st.remote,
		"duration", time.Since(st.started).Round(time.Second), "reason", reason.String())
	s.unregister(st)
}

// fingerprintOf is the fingerprint of the key a session logged in with.
func fingerprintOf(sess ssh.Session) string {
	if key := sess.PublicKey(); key != nil {
		return fingerprint(key)
	}
	return ""
}

// sessionsOn returns the sessions running on one connection.
func (s *Server) sessionsOn(cs *connState) []*session {
	s.mu.Lock()
	defer s.mu.Unlock()
	var on []*session
	for st := range s.sessions {
		if st.conn == cs {
			on = append(on, st)
		}
	}
	return on
}

// sessionFor finds the record of an SSH session.
func (s *Server) sessionFor(sess ssh.Session) *session {
	s.mu.Lock()
	defer s.mu.Unlock()
	for st := range s.sessions {
		if st.sess == sess {
			return st
		}
	}
	return nil
}

// programMiddleware runs a session's program (programHandler) to its end,
// passing the client's window changes to it, then the rest of the chain.
// It does what wish's bubbletea middleware does, but logs to the server's
// log: wish's logs through charm's process-wide default logger, to the
// process's standard error, and said "ERROR app exit with error" there for
// every session the server killed (escalate) or that panicked, outside the
// server's log and without the session's key.
func (s *Server) programMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		p := s.programHandler(sess)
		_, resizes, isPty := sess.Pty()
		if p == nil || !isPty { // sessionMiddleware refuses a session without a PTY
			next(sess)
			return
		}
		ctx, cancel := context.WithCancel(sess.Context())
		go func() {
			defer s.recoverGoroutine("session window changes")
			for {
				select {
				case <-ctx.Done():
					p.Quit() // the client is gone
					return
				case w := <-resizes:
					p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
				}
			}
		}()
		_, err := p.Run()
		p.Kill() // a program that ended on an error may not have stopped everything
		cancel()
		switch {
		case err == nil:
		case errors.Is(err, tea.ErrProgramKilled) && !errors.Is(err, tea.ErrProgramPanic):
			// The server killed it (escalate); the session's end says why.
			s.log.Debug("session program killed", "fingerprint", fingerprintOf(sess), "addr", sess.RemoteAddr().String())
		default:
			s.log.Error("session program failed", "fingerprint", fingerprintOf(sess), "addr", sess.RemoteAddr().String(), "err", err)
		}
		next(sess)
	}
}

// programHandler builds the session's bubbletea program: the reader
// wrapped in a guard, with the session's own colour profile and window
// size.
func (s *Server) programHandler(sess ssh.Session) *tea.Program {
	st := s.sessionFor(sess)
	if st == nil {
		return nil
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.reason != reasonNone {
		return nil // closed before it started
	}
	model, err := s.newModel(st)
	if err != nil {
		s.log.Error("reader failed to start", "fingerprint", st.fp, "err", err)
		st.reason = reasonNoReader
		return nil
	}
	out, opts := frameOutput(sess, st.profile)
	opts = append(bm.MakeOptions(sess), opts...)
	if out != nil {
		st.frames = newFrames(out, st.width, st.height, askModes(sess.Environ(), st.term))
		opts = append(opts, tea.WithOutput(st.frames), tea.WithoutRenderer())
	}
	opts = append(opts,
		tea.WithWindowSize(st.width, st.height),
		// SIGINT and SIGTERM are the server's: it tells the sessions
		// itself. Left on, every program would quit on its own first.
		tea.WithoutSignalHandler(),
	)
	st.program = tea.NewProgram(guard{inner: model, st: st, frames: st.frames}, opts...)
	return st.program
}

// frameOutput is how the session's frames reach its client in profile.
// On the emulated PTY the server gives its sessions, out is where frames
// (frames.go) draws them: straight to the session in 24-bit colour,
// through the downsampler in 16 or 256 (the colours of the SGR sequences
// converted in the bytes sent, each once per session: issue 17), through
// colorprofile's writer without colour. On a real PTY (which this server
// does not allocate) out is nil: bubbletea's renderer draws as wish sets
// it up, converting the colours itself.
func frameOutput(sess ssh.Session, profile colorprofile.Profile) (io.Writer, []tea.ProgramOption) {
	if !sess.EmulatedPty() {
		return nil, []tea.ProgramOption{tea.WithColorProfile(profile)}
	}
	opts := []tea.ProgramOption{tea.WithColorProfile(profile)}
	switch profile {
	case colorprofile.ANSI, colorprofile.ANSI256:
		return newDownsampler(sess, profile), opts
	case colorprofile.TrueColor:
		return sess, opts
	}
	return &colorprofile.Writer{Forward: sess, Profile: profile}, opts
}

// colourProfile picks a session's colour profile from the client's
// environment: NO_COLOR (any non-empty value, per no-color.org) turns
// colour off; otherwise TERM and COLORTERM decide, which over SSH usually
// means ANSI256.
func colourProfile(environ []string, term string) (colorprofile.Profile, bool) {
	env := append([]string{}, environ...)
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "NO_COLOR="); ok && v != "" {
			return colorprofile.ASCII, true
		}
	}
	if term != "" {
		env = append(env, "TERM="+term)
	}
	p := colorprofile.Env(env)
	if p < colorprofile.ASCII {
		p = colorprofile.ASCII
	}
	return p, p == colorprofile.ASCII
}

// newRef returns a short random reference that ties what a user is shown
// to a line of the server's log.
func newRef() string {
	var b [4]byte
	_, _ = rand.Read(b[:]) //nolint:errcheck // crypto/rand does not fail
	return hex.EncodeToString(b[:])
}

// panicText renders a recovered value.
func panicText(r any) string { return fmt.Sprint(r) }
