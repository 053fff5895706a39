// Package sshd serves the sitrep reader over SSH, so that a team can share
// one box: each analyst runs `ssh -p 2222 briefings.internal` and gets their
// own reader, with their own read marks and stars.
//
// Authentication is by public key only, against an OpenSSH authorized_keys
// file (or any key, in open mode). A session gets nothing but the reader:
// a PTY is required, and commands, subsystems, forwarding of ports, agents
// and X11 are refused. Each session runs its own bubbletea program over the
// shared, read-only library; each user (one public key) has one state store
// shared by their sessions. Limits on connections, sessions, idle and total
// time keep one user from starving the others, and a panic in one session
// ends that session only.
//
// It imports the reader (sitrep/ui/tui), the domain (sitrep/briefing), the
// embedded samples (sitrep/content) and the Charm SSH stack; nothing imports
// it but main.
package sshd

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"

	"sitrep/briefing"
	"sitrep/content"
)

// shutdownBudget is how long Run may take to stop once asked.
const shutdownBudget = 10 * time.Second

// Config is what `sitrep serve` is told on its command line. Zero limits
// are replaced by the defaults of DefaultConfig.
type Config struct {
	// Listen is the TCP address to listen on.
	Listen string
	// HostKeyPath is the server's Ed25519 private key, generated on first
	// start with mode 0600.
	HostKeyPath string
	// AuthorizedKeysPath is an OpenSSH authorized_keys file, re-read when it
	// changes and on SIGHUP.
	AuthorizedKeysPath string
	// Open admits any public key (for a lab box); each key still gets its
	// own state.
	Open bool

	// MaxSessions bounds the sessions open at once, over all users.
	MaxSessions int
	// MaxSessionsPerKey bounds the sessions open at once with one key.
	MaxSessionsPerKey int
	// IdleTimeout closes a session that has had no key press or mouse
	// event for this long; the user is told why.
	IdleTimeout time.Duration
	// MaxSessionTime closes any session after this long.
	MaxSessionTime time.Duration
	// LoginGrace is how long a connection may take to authenticate, and
	// then to start a session.
	LoginGrace time.Duration
	// SilentGrace is how long a client may stay silent when it owes the
	// server something it sends at once: its version line after
	// connecting, its first authentication request after the key
	// exchange. Shorter than LoginGrace, which leaves time to read a host
	// key fingerprint and to type a passphrase.
	SilentGrace time.Duration
	// MaxAuthTries is the number of failed authentication attempts allowed
	// on one connection.
	MaxAuthTries int
	// MaxStartups refuses new connections at random as those not yet
	// logged in, over all addresses, grow from its start to its full.
	MaxStartups Startups
	// PerSourceMaxStartups bounds the connections not yet logged in from
	// one source (an IPv4 address or an IPv6 /64); past it, a new one gets
	// in only in the place of a silent one.
	PerSourceMaxStartups int
	// KeepaliveInterval is how often the server checks that a client is
	// still there.
	KeepaliveInterval time.Duration
	// KeepaliveMaxMissed is how many unanswered keepalives drop a
	// connection.
	KeepaliveMaxMissed int

	// StateDir holds one directory of reading state per user, named after
	// the SHA256 fingerprint of their key.
	StateDir string
	// LibraryDir, when set, is the directory of briefings to serve. When
	// empty, Library is served as given (or the embedded sample library
	// when Library is nil too).
	LibraryDir string
	// Library is the loaded library, shared read-only by all sessions.
	Library *briefing.Library
	// OpenAtOnce, when set with LibraryDir, opens the library for the
	// first sessions at once, from the library's index (cli.Source's
	// OpenAtOnce): the top of it, and a catch-up that the server runs in
	// the background, once, to read the rest and what changed on disk;
	// sessions open meanwhile show the top with a quiet note, and then the
	// whole library. Without it (or with no index: catchUp nil) the
	// library is read whole before the server listens.
	OpenAtOnce func() (lib *briefing.Library, catchUp func() (*briefing.Library, briefing.LibraryChange, error), err error)
	// Load reloads the library on a session's request; nil disables
	// reloading (unless LibraryDir is set, which reloads from there).
	Load func() (*briefing.Library, error)
	// OpenState, when set, opens the reading state of a user (by the
	// SHA256 fingerprint of their key) instead of a file under StateDir:
	// a store shared by several servers.
	OpenState func(fingerprint string) (briefing.ReadingStates, error)
	// Index, when set, opens the library's index for the sessions' search,
	// story and theatre views (tui.Options.Index); it must be safe to call
	// from every session, and the index it gives safe for concurrent use.
	Index func() (briefing.Index, error)
	// Current, when set, is the library new sessions open on (a store
	// that other servers change keeps it current); Library is then only
	// the first.
	Current func() *briefing.Library
	// Updates, when set, brings the library each time it is read again
	// (a store that other servers change): open sessions then show what
	// was added, changed or removed, as they do for a watched LibraryDir.
	Updates <-chan *briefing.Library
	// Logger receives the server's log; nil logs to standard error.
	Logger *log.Logger
	// Style is the reader's style: dark, light or auto.
	Style string
	// Mouse turns on the reader's mouse support (wheel scrolling, click to
	// select); off by default so that analysts can select text to copy.
	Mouse bool
}

// DefaultConfig returns the defaults, with paths under the XDG base
// directories: the host key in $XDG_DATA_HOME/sitrep/ssh_host_ed25519,
// authorized keys in $XDG_CONFIG_HOME/sitrep/authorized_keys and per-user
// state under $XDG_STATE_HOME/sitrep/users.
func DefaultConfig() (Config, error) {
	data, err := briefing.XDGDir("XDG_DATA_HOME", ".local", "share")
	if err != nil {
		return Config{}, err
	}
	config, err := briefing.XDGDir("XDG_CONFIG_HOME", ".config")
	if err != nil {
		return Config{}, err
	}
	state, err := briefing.XDGDir("XDG_STATE_HOME", ".local", "state")
	if err != nil {
		return Config{}, err
	}
	cfg := Config{
		Listen:             ":2222",
		HostKeyPath:        filepath.Join(data, "ssh_host_ed25519"),
		AuthorizedKeysPath: filepath.Join(config, "authorized_keys"),
		StateDir:           filepath.Join(state, "users"),
		Style:              "auto",
	}
	cfg.fillDefaults()
	return cfg, nil
}

// fillDefaults replaces zero limits with the documented defaults.
func (c *Config) fillDefaults() {
	setInt := func(v *int, def int) {
		if *v <= 0 {
			*v = def
		}
	}
	setDur := func(v *time.Duration, def time.Duration) {
		if *v <= 0 {
			*v = def
		}
	}
	if c.Listen == "" {
		c.Listen = ":2222"
	}
	setInt(&c.MaxSessions, 64)
	setInt(&c.MaxSessionsPerKey, 4)
	setDur(&c.IdleTimeout, 15*time.Minute)
	setDur(&c.MaxSessionTime, 12*time.Hour)
	setDur(&c.LoginGrace, 30*time.Second)
	setInt(&c.MaxAuthTries, 6)
	if c.MaxStartups == (Startups{}) {
		c.MaxStartups = Startups{Start: 10, Rate: 30, Full: 100} // sshd's default
	}
	setInt(&c.PerSourceMaxStartups, 4)
	setDur(&c.SilentGrace, 5*time.Second)
	setDur(&c.KeepaliveInterval, 15*time.Second)
	setInt(&c.KeepaliveMaxMissed, 3)
}

// Server is the SSH server. Build it with New, start it with Serve and
// stop it with Shutdown; Run does all three.
type Server struct {
	cfg      Config
	log      *log.Logger
	ssh      *ssh.Server
	signer   gossh.Signer
	keys     *keyRing // nil in open mode
	startups *startupTable
	lib      *briefing.Library
	load     func() (*briefing.Library, error)
	library  *servedLibrary    // lib kept fresh, when the library is a directory
	watcher  *briefing.Watcher // nil unless the library is a directory
	users    *userRegistry

	// newModel builds the model for one session.
	newModel func(*session) (teaModel, error)

	mu       sync.Mutex
	sessions map[*session]struct{}
	places   int            // see places.go
	perKey   map[string]int // places per key fingerprint
	stopping bool
	active   sync.WaitGroup // session handlers
	listener net.Listener
	served   chan struct{} // closed when Serve returns
}

// New builds a server from cfg: it loads (or creates) the host key, reads
// the authorized keys and resolves the library. It does not listen yet.
func New(cfg Config) (*Server, error) {
	cfg.fillDefaults()
	if err := cfg.MaxStartups.Validate(); err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	s := &Server{
		cfg:      cfg,
		log:      cfg.Logger,
		startups: newStartupTable(cfg.MaxStartups, cfg.PerSourceMaxStartups),
		sessions: map[*session]struct{}{},
		perKey:   map[string]int{},
		served:   make(chan struct{}),
	}
	if s.log == nil {
		s.log = log.NewWithOptions(os.Stderr, log.Options{ReportTimestamp: true,
			TimeFormat: "2006-01-02T15:04:05.000Z07:00", Prefix: "sitrep serve"})
	}
	if err := s.resolveLibrary(); err != nil {
		return nil, err
	}
	if cfg.StateDir == "" {
		return nil, errors.New("serve: no state directory")
	}
	s.users = newUserRegistry(cfg.StateDir, s.log)
	s.users.open = cfg.OpenState
	s.newModel = s.readerModels()
	if err := s.loadKeys(); err != nil {
		return nil, err
	}
	if err := s.buildSSH(); err != nil {
		return nil, err
	}
	return s, nil
}

// resolveLibrary picks the library to serve: LibraryDir, then Library,
// then the embedded samples.
func (s *Server) resolveLibrary() error {
	s.lib, s.load = s.cfg.Library, s.cfg.Load
	var catchUp func() (*briefing.Library, briefing.LibraryChange, error)
	if dir := s.cfg.LibraryDir; dir != "" {
		load := func() (*briefing.Library, error) { return briefing.Load(briefing.DirFS(dir)) }
		var lib *briefing.Library
		var err error
		if s.cfg.OpenAtOnce != nil {
			lib, catchUp, err = s.cfg.OpenAtOnce()
		} else {
			lib, err = load()
		}
		if err != nil {
			return fmt.Errorf("serve: load library %s: %w", dir, err)
		}
		s.lib = lib
		if s.load == nil {
			s.load = load
		}
	}
	if s.lib == nil {
		lib, err := briefing.Load(content.Briefings())
		if err != nil {
			return fmt.Errorf("serve: load sample library: %w", err)
		}
		s.lib = lib
	}
	s.library = newServedLibrary(s.lib, s.load, s.log)
	if s.cfg.Updates != nil {
		go func() {
			defer s.recoverGoroutine("library updates")
			s.library.followLibraries(s.cfg.Updates)
		}()
	}
	if dir := s.cfg.LibraryDir; dir != "" {
		w, err := briefing.WatchLibrary(dir, libraryDebounce)
		if catchUp != nil {
			// After the watcher is in place: nothing written in between
			// is missed.
			s.library.catchUp(catchUp)
		}
		if err != nil {
			s.log.Warn("the library will not update itself in open sessions", "err", err)
			return nil
		}
		s.watcher = w
		changes, _ := w.Subscribe()
		go func() {
			defer s.recoverGoroutine("library watch")
			s.library.follow(changes)
		}()
	}
	return nil
}

// libraryDebounce is how long the library must be quiet after a change
// before sessions are told: a sync writing fifty files is one notice.
const libraryDebounce = 300 * time.Millisecond

// loadKeys reads the authorized keys (unless the server is open) and the
// host key.
func (s *Server) loadKeys() error {
	if s.cfg.HostKeyPath == "" {
		return errors.New("serve: no host key path")
	}
	signer, created, err := loadHostKey(s.cfg.HostKeyPath)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	s.signer = signer
	if created {
		s.log.Info("generated host key", "path", s.cfg.HostKeyPath, "fingerprint", fingerprint(signer.PublicKey()))
	}
	if s.cfg.Open {
		return nil
	}
	if s.cfg.AuthorizedKeysPath == "" {
		return errors.New("serve: no authorized keys file (or use open mode)")
	}
	s.keys = newKeyRing(s.cfg.AuthorizedKeysPath)
	s.reloadKeys(true)
	return nil
}

// buildSSH configures the wish server: public keys only, the session
// channel filtered, the reader as the only handler.
func (s *Server) buildSSH() error {
	srv, err := wish.NewServer(
		// The host key must come in as an option: without one, wish
		// generates a key in the working directory.
		func(srv *ssh.Server) error { srv.AddHostKey(s.signer); return nil },
		wish.WithVersion("sitrep"),
		wish.WithPublicKeyAuth(s.publicKeyHandler),
		wish.WithMaxTimeout(s.cfg.MaxSessionTime+time.Minute),
		wish.WithMiddleware(
			s.programMiddleware,
			s.sessionMiddleware,
		),
	)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv.HandshakeTimeout = s.cfg.LoginGrace
	srv.ConnCallback = s.connCallback
	srv.ServerConfigCallback = s.serverConfig
	srv.ConnectionFailedCallback = s.connectionFailed
	srv.ChannelHandlers = map[string]ssh.ChannelHandler{
		"session": s.sessionChannel,
		"default": s.refuseChannel,
	}
	srv.RequestHandlers = map[string]ssh.RequestHandler{
		"default": s.refuseGlobalRequest,
	}
	srv.SubsystemHandlers = map[string]ssh.SubsystemHandler{}
	// Belt and braces: the request filter refuses these before they get
	// here, and nil callbacks deny forwarding.
	srv.PasswordHandler = nil
	srv.KeyboardInteractiveHandler = nil
	srv.LocalPortForwardingCallback = nil
	srv.ReversePortForwardingCallback = nil
	s.ssh = srv
	return nil
}

// sessionCount returns the number of sessions running.
func (s *Server) sessionCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sessions)
}

// HostKey returns the server's public host key, for clients to pin.
func (s *Server) HostKey() gossh.PublicKey { return s.signer.PublicKey() }

// Addr returns the address the server listens on, once Serve has started.
func (s *Server) Addr() net.Addr {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.listener == nil {
		return nil
	}
	return s.listener.Addr()
}

// Serve accepts connections on l until Shutdown. It returns nil after a
// shutdown and the accept error otherwise.
func (s *Server) Serve(l net.Listener) error {
	s.mu.Lock()
	if s.listener != nil || s.stopping {
		s.mu.Unlock()
		return errors.New("serve: already serving or shut down")
	}
	s.listener = l
	s.mu.Unlock()
	defer close(s.served)
	err := s.ssh.Serve(l)
	s.mu.Lock()
	stopping := s.stopping
	s.mu.Unlock()
	if stopping || errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return fmt.Errorf("serve: %w", err)
}

// Shutdown stops the server: it stops accepting connections, tells every
// session that the server is stopping, waits for them to end (their state
// is saved as each ends) until ctx expires, saves all state and closes the
// remaining connections.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	if s.stopping {
		s.mu.Unlock()
		return nil
	}
	s.stopping = true
	l := s.listener
	open := make([]*session, 0, len(s.sessions))
	for st := range s.sessions {
		open = append(open, st)
	}
	s.mu.Unlock()

	if l != nil {
		_ = l.Close() //nolint:errcheck // closing to stop accepting
	}
	if s.watcher != nil {
		_ = s.watcher.Close() //nolint:errcheck // nothing to do about it while stopping
	}
	s.library.closeAll()
	for _, st := range open {
		st.close(reasonShutdown)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer s.recoverGoroutine("shutdown wait")
		s.active.Wait()
	}()
	var err error
	select {
	case <-done:
	case <-ctx.Done():
		err = fmt.Errorf("serve: sessions still open at shutdown: %w", ctx.Err())
	}
	if serr := s.users.saveAll(); serr != nil && err == nil {
		err = serr
	}
	_ = s.ssh.Close() //nolint:errcheck // drops the connections left
	if l != nil {
		select {
		case <-s.served:
		case <-ctx.Done():
		}
	}
	return err
}

// Run serves on cfg.Listen until ctx is cancelled, then shuts down within
// ten seconds: sessions are told, state is flushed. SIGHUP re-reads the
// authorized keys, as does any change to the file.
func Run(ctx context.Context, cfg Config) error {
	s, err := New(cfg)
	if err != nil {
		return err
	}
	l, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("serve: listen: %w", err)
	}
	s.logStart(l.Addr())
	errc := make(chan error, 1)
	go func() {
		defer s.recoverGoroutine("serve")
		errc <- s.Serve(l)
	}()
	watchCtx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	go s.watchKeys(watchCtx, keyPollInterval)

	select {
	case err := <-errc:
		stopWatch()
		sctx, cancel := context.WithTimeout(context.Background(), shutdownBudget)
		defer cancel()
		_ = s.Shutdown(sctx) //nolint:errcheck // the serve error matters more
		return err
	case <-ctx.Done():
	}
	s.log.Info("stopping: telling sessions and saving state")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownBudget-time.Second)
	defer cancel()
	err = s.Shutdown(sctx)
	s.log.Info("stopped")
	return err
}

// logStart logs where the server listens and how it authenticates.
func (s *Server) logStart(addr net.Addr) {
	s.log.Info("listening", "addr", addr.String(), "host-key", fingerprint(s.HostKey()),
		"briefings", s.lib.Len(), "state", s.cfg.StateDir)
	if s.cfg.Open {
		s.log.Warn("open mode: ANY public key may log in (each key gets its own state); " +
			"use an authorized_keys file on a shared box")
	}
}
