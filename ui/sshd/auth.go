package sshd

import (
	"context"
	"errors"
	"net"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"syscall"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// keyPollInterval is how often the authorized keys file is checked for
// changes.
const keyPollInterval = 2 * time.Second

// publicKeyHandler decides whether a key may log in. It is the server's only
// authentication handler: with no password or keyboard-interactive handler
// set, and "none" refused because a handler is set, a client must prove it
// holds an authorized key. It is called for keys that are merely offered
// too, so it decides admission and never identity: the identity is the key
// the session authenticated with, read from the session.
func (s *Server) publicKeyHandler(ctx ssh.Context, key ssh.PublicKey) bool {
	if _, isCert := key.(*gossh.Certificate); isCert {
		s.logRefused(ctx, fingerprint(key), "certificates are not supported")
		return false
	}
	if s.cfg.Open || s.keys.authorized(key) {
		return true
	}
	s.logRefused(ctx, fingerprint(key), "key not authorized")
	return false
}

func (s *Server) logRefused(ctx ssh.Context, fp, reason string) {
	s.log.Info("authentication refused", "fingerprint", fp, "addr", remoteOf(ctx),
		"user", clientString(ctx.User()), "reason", reason)
}

// serverConfig sets what wish does not: the number of attempts, a hook
// that frees the connection's unauthenticated slot once it has
// authenticated, and the session limits applied at login.
func (s *Server) serverConfig(ctx ssh.Context) *gossh.ServerConfig {
	cs := connStateOf(ctx)
	return &gossh.ServerConfig{
		MaxAuthTries: s.cfg.MaxAuthTries,
		// The key exchange is done: the client owes its first
		// authentication request.
		PreAuthConnCallback: func(gossh.ServerPreAuthConn) {
			if cs != nil {
				cs.armSilent()
			}
		},
		AuthLogCallback: func(meta gossh.ConnMetadata, method string, err error) {
			s.authLog(cs, meta, method, err)
		},
		VerifiedPublicKeyCallback: func(meta gossh.ConnMetadata, key gossh.PublicKey, perms *gossh.Permissions,
			_ string,
		) (*gossh.Permissions, error) {
			return perms, s.admitLogin(cs, meta, key)
		},
	}
}

// admitLogin gives a connection that has proven it holds key its place in
// the session limits (places.go), or refuses the login with a banner that
// says which limit is full: the OpenSSH client shows it.
func (s *Server) admitLogin(cs *connState, meta gossh.ConnMetadata, key gossh.PublicKey) error {
	if cs == nil {
		return nil
	}
	fp := fingerprint(key)
	refusal := s.holdConn(cs, fp)
	if refusal == "" {
		return nil
	}
	s.log.Info("login refused", "fingerprint", fp, "addr", meta.RemoteAddr().String(), "reason", refusal)
	return &gossh.BannerError{Err: errors.New(refusal), Message: "sitrep: " + refusal + "\r\n"}
}

// authLog records the outcome of one authentication attempt, and counts
// the failures as sshd does: every refused attempt counts, a public key
// merely offered and refused included, except a first "none". x/crypto
// lets refused offers go uncounted, so a client could offer eleven keys
// and log in with the twelfth; at MaxAuthTries the connection is cut.
func (s *Server) authLog(cs *connState, meta gossh.ConnMetadata, method string, err error) {
	addr := meta.RemoteAddr().String()
	if cs != nil {
		cs.attempted()
	}
	switch {
	case err == nil:
		s.log.Debug("authenticated", "addr", addr, "method", method)
		if cs != nil {
			cs.authenticatedNow()
		}
		return
	case method == "publickey":
		// Logged with the fingerprint by publicKeyHandler.
	case method == "none":
		s.log.Debug("authentication method none refused", "addr", addr)
	default:
		s.log.Info("authentication refused", "addr", addr, "user", clientString(meta.User()),
			"method", clientString(method), "reason", "only public keys are accepted")
	}
	if cs != nil && cs.failed(method) >= s.cfg.MaxAuthTries {
		s.log.Info("connection dropped", "addr", addr, "user", clientString(meta.User()),
			"reason", "too many authentication failures", "failures", s.cfg.MaxAuthTries)
		_ = cs.raw.Close() //nolint:errcheck // cutting it
	}
}

// connectionFailed logs a connection that ended before it was set up:
// a failed handshake, too many attempts, or the login grace running out.
func (s *Server) connectionFailed(conn net.Conn, err error) {
	s.log.Info("connection closed before login", "addr", conn.RemoteAddr().String(),
		"reason", clientString(err.Error()))
}

// reloadKeys re-reads the authorized keys (when changed, or always when
// forced), logs what it found and closes the sessions of revoked keys.
func (s *Server) reloadKeys(force bool) {
	if s.keys == nil {
		return
	}
	res, err := s.keys.reload(force)
	if err != nil {
		s.log.Error("authorized keys not reloaded; keeping the previous keys", "err", err)
		return
	}
	if !res.Changed {
		return
	}
	for _, p := range res.Problems {
		s.log.Warn("authorized keys: line skipped", "path", s.cfg.AuthorizedKeysPath,
			"line", p.Line, "reason", p.Reason)
	}
	if res.Missing {
		s.log.Warn("no authorized keys file: nobody can log in until it exists (or use open mode)",
			"path", s.cfg.AuthorizedKeysPath)
	} else {
		s.log.Info("authorized keys loaded", "path", s.cfg.AuthorizedKeysPath, "keys", res.Keys)
	}
	s.revokeSessions()
}

// revokeSessions closes sessions whose key is no longer authorized.
func (s *Server) revokeSessions() {
	s.mu.Lock()
	var revoked []*session
	for st := range s.sessions {
		if !s.keys.authorized(st.key) {
			revoked = append(revoked, st)
		}
	}
	s.mu.Unlock()
	for _, st := range revoked {
		st.close(reasonRevoked)
	}
}

// watchKeys re-reads the authorized keys when the file changes (checked
// every poll) and on SIGHUP, until ctx is done. It closes the optional
// ready channel once it is listening for SIGHUP.
func (s *Server) watchKeys(ctx context.Context, poll time.Duration, ready ...chan struct{}) {
	defer s.recoverGoroutine("authorized keys watcher")
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	for _, r := range ready {
		close(r)
	}
	if s.keys == nil {
		<-ctx.Done()
		return
	}
	tick := time.NewTicker(poll)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
			s.log.Info("SIGHUP: re-reading authorized keys")
			s.reloadKeys(true)
		case <-tick.C:
			s.reloadKeys(false)
		}
	}
}

// refuseChannel refuses every channel but sessions: port forwarding
// (direct-tcpip), X11 and agent channels.
func (s *Server) refuseChannel(_ *ssh.Server, conn *gossh.ServerConn, ch gossh.NewChannel, _ ssh.Context) {
	s.log.Info("refused", "addr", conn.RemoteAddr().String(), "what", "channel "+clientString(ch.ChannelType()))
	_ = ch.Reject(gossh.Prohibited, "sitrep serves only the reader") //nolint:errcheck // best effort
}

// refuseGlobalRequest refuses global requests: remote port forwarding and
// anything else. A client's own keepalives are refused quietly, which is
// how OpenSSH answers them too.
func (s *Server) refuseGlobalRequest(ctx ssh.Context, _ *ssh.Server, req *gossh.Request) (bool, []byte) {
	if req.Type != "keepalive@openssh.com" {
		s.log.Info("refused", "addr", remoteOf(ctx), "what", "request "+clientString(req.Type))
	}
	return false, nil
}

// recoverGoroutine is deferred at the top of every goroutine the server
// starts outside a session: a panic is logged and contained.
func (s *Server) recoverGoroutine(what string) {
	if r := recover(); r != nil {
		s.log.Error("panic contained", "in", what, "panic", clientString(panicText(r)),
			"stack", string(debug.Stack()))
	}
}

// remoteOf returns the client's address from a connection context.
func remoteOf(ctx ssh.Context) string {
	if a := ctx.RemoteAddr(); a != nil {
		return a.String()
	}
	return "unknown"
}

// clientString makes a string the client chose safe to log: quoted when it
// holds anything but printable ASCII, and cut to 100 bytes.
func clientString(v string) string {
	const max = 100
	if len(v) > max {
		v = v[:max] + "…"
	}
	for _, r := range v {
		if r < 0x20 || r > 0x7e {
			return strconv.QuoteToASCII(v)
		}
	}
	return v
}
