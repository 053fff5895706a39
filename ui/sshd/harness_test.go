package sshd

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"

	"sitrep/briefing"
)

// waitTimeout bounds every wait for something to appear on a screen.
const waitTimeout = 15 * time.Second

// syncBuffer is a bytes.Buffer safe for the server's goroutines to log into.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testKey is a user's key pair.
type testKey struct {
	name   string
	signer gossh.Signer
	priv   ed25519.PrivateKey
}

func newTestKey(t testing.TB, name string) testKey {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return testKey{name: name, signer: signer, priv: priv}
}

func (k testKey) authorizedLine() string {
	return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(k.signer.PublicKey()))) + " " + k.name + "@test\n"
}

// testEnv is a running server with its files and users.
type testEnv struct {
	srv      *Server
	addr     string
	cfg      Config
	logs     *syncBuffer
	keysPath string
	alice    testKey
	bob      testKey
	mallory  testKey // never authorized
}

// envOption adjusts a test server before it starts.
type envOption func(*Config, *Server)

// withProbe serves the probe model instead of the reader.
func withProbe() envOption {
	return func(_ *Config, s *Server) {
		if s != nil {
			s.newModel = newProbe
		}
	}
}

// withConfig changes the configuration.
func withConfig(f func(*Config)) envOption {
	return func(c *Config, s *Server) {
		if s == nil {
			f(c)
		}
	}
}

// startServer starts a server on 127.0.0.1:0 with alice and bob
// authorized, and stops it when the test ends.
func startServer(t testing.TB, opts ...envOption) *testEnv {
	t.Helper()
	dir := t.TempDir()
	env := &testEnv{
		logs:     &syncBuffer{},
		keysPath: filepath.Join(dir, "config", "authorized_keys"),
		alice:    newTestKey(t, "alice"),
		bob:      newTestKey(t, "bob"),
		mallory:  newTestKey(t, "mallory"),
	}
	if err := os.MkdirAll(filepath.Dir(env.keysPath), 0o700); err != nil {
		t.Fatal(err)
	}
	writeFile(t, env.keysPath, "# the team\n"+env.alice.authorizedLine()+env.bob.authorizedLine())
	logger := log.NewWithOptions(env.logs, log.Options{Level: log.DebugLevel})
	cfg := Config{
		Listen:             "127.0.0.1:0",
		HostKeyPath:        filepath.Join(dir, "data", "ssh_host_ed25519"),
		AuthorizedKeysPath: env.keysPath,
		StateDir:           filepath.Join(dir, "state", "users"),
		Logger:             logger,
		Style:              "dark",
	}
	for _, o := range opts {
		o(&cfg, nil)
	}
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range opts {
		o(&cfg, srv)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(l) }()
	env.srv, env.addr, env.cfg = srv, l.Addr().String(), srv.cfg
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := srv.Shutdown(ctx); err != nil {
			t.Errorf("shutdown: %v", err)
		}
		if err := <-served; err != nil {
			t.Errorf("serve: %v", err)
		}
		if t.Failed() {
			t.Logf("server log:\n%s", env.logs.String())
		}
	})
	return env
}

func writeFile(t testing.TB, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

// clientConfig authenticates as user with the given methods, pinning the
// server's host key.
func (e *testEnv) clientConfig(auth ...gossh.AuthMethod) *gossh.ClientConfig {
	return &gossh.ClientConfig{
		User:            "analyst",
		Auth:            auth,
		HostKeyCallback: gossh.FixedHostKey(e.srv.HostKey()),
		Timeout:         waitTimeout,
	}
}

// dial connects with the given methods.
func (e *testEnv) dial(auth ...gossh.AuthMethod) (*gossh.Client, error) {
	return gossh.Dial("tcp", e.addr, e.clientConfig(auth...))
}

// login connects with a key and fails the test if it cannot.
func (e *testEnv) login(t testing.TB, k testKey) *gossh.Client {
	t.Helper()
	c, err := e.dial(gossh.PublicKeys(k.signer))
	if err != nil {
		t.Fatalf("%s: login: %v", k.name, err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// term is a client session with a PTY, its output kept on a vt screen.
type term struct {
	t      testing.TB
	sess   *gossh.Session
	in     io.WriteCloser
	screen *vt
	ended  chan error
}

// openTerm starts a shell with a PTY of w×h.
func openTerm(t testing.TB, c *gossh.Client, w, h int) *term {
	t.Helper()
	tm, err := tryTerm(c, w, h, "xterm-256color")
	if err != nil {
		t.Fatal(err)
	}
	tm.t = t
	t.Cleanup(func() { _ = tm.sess.Close() })
	return tm
}

// tryTerm is openTerm returning its error.
func tryTerm(c *gossh.Client, w, h int, termName string) (*term, error) {
	sess, err := c.NewSession()
	if err != nil {
		return nil, fmt.Errorf("new session: %w", err)
	}
	tm := &term{sess: sess, screen: newVT(clamp(w, 1, maxCols), clamp(h, 1, maxRows)), ended: make(chan error, 1)}
	if err := sess.RequestPty(termName, h, w, gossh.TerminalModes{}); err != nil {
		return nil, fmt.Errorf("pty: %w", err)
	}
	if tm.in, err = sess.StdinPipe(); err != nil {
		return nil, fmt.Errorf("stdin: %w", err)
	}
	sess.Stdout = tm.screen
	sess.Stderr = tm.screen
	if err := sess.Shell(); err != nil {
		return nil, fmt.Errorf("shell: %w", err)
	}
	go func() { tm.ended <- sess.Wait() }()
	return tm, nil
}

// press sends keys as a terminal would.
func (tm *term) press(keys string) {
	tm.t.Helper()
	if _, err := io.WriteString(tm.in, keys); err != nil {
		tm.t.Fatalf("press %q: %v", keys, err)
	}
}

// resize changes the client's window.
func (tm *term) resize(w, h int) {
	tm.t.Helper()
	tm.screen.Resize(w, h)
	if err := tm.sess.WindowChange(h, w); err != nil {
		tm.t.Fatalf("window change: %v", err)
	}
}

// waitFor waits until the screen satisfies cond, and returns it.
func (tm *term) waitFor(what string, cond func(screen string) bool) string {
	tm.t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for {
		s := tm.screen.Text()
		if cond(s) {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("timed out waiting for %s; screen:\n%s", what, s)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitText waits for text to appear on the screen.
func (tm *term) waitText(text string) string {
	tm.t.Helper()
	return tm.waitFor(fmt.Sprintf("%q", text), func(s string) bool { return strings.Contains(s, text) })
}

// waitEnd waits for the session to end and returns its exit error.
func (tm *term) waitEnd() error {
	tm.t.Helper()
	select {
	case err := <-tm.ended:
		return err
	case <-time.After(waitTimeout):
		tm.t.Fatalf("session did not end; screen:\n%s", tm.screen.Text())
		return nil
	}
}

// probe is a minimal model for testing the server itself: it shows the
// library size, its window, the keys it received and its user's state,
// and panics on demand.
type probe struct {
	st    *session
	lib   *briefing.Library
	store briefing.ReadingStates
	w, h  int
	keys  int
	last  string
	edges bool // the screen filled to its edges ("w")
}

func newProbe(st *session) (tea.Model, error) {
	return probe{st: st, lib: st.srv.lib, store: st.user.store}, nil
}

func (p probe) Init() tea.Cmd { return nil }

func (p probe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		p.w, p.h = msg.Width, msg.Height
	case tea.KeyPressMsg:
		switch k := msg.String(); k {
		case "q":
			return p, tea.Quit
		case "p":
			panic("probe: forced panic in Update")
		case "c":
			return p, func() tea.Msg { panic("probe: forced panic in a command") }
		case "w":
			p.edges = !p.edges
		case "m":
			// Marks the next unread briefing read.
			for _, b := range p.lib.Briefings() {
				if !p.store.IsRead(b.ID) {
					p.store.SetRead(b.ID, true)
					break
				}
			}
			p.keys++
		default:
			p.keys++
			p.last = k
		}
	}
	return p, nil
}

func (p probe) View() tea.View {
	if p.edges {
		return p.edgesView()
	}
	read := 0
	for _, b := range p.lib.Briefings() {
		if p.store.IsRead(b.ID) {
			read++
		}
	}
	lines := []string{
		fmt.Sprintf("probe user %s", p.st.fp),
		fmt.Sprintf("briefings %d read %d", p.lib.Len(), read),
		fmt.Sprintf("size %dx%d keys %d last %s", p.w, p.h, p.keys, p.last),
		strings.Repeat("=", max(p.w, 0)),
	}
	v := tea.NewView(strings.Join(lines, "\n"))
	v.AltScreen = true
	return v
}

// edgesView fills the screen to its edges: its first row marks the top,
// and its last row is wider than the screen, with a wide character in
// bold that ends in the screen's last cell and text past it (as a view
// drawn for a wider window, before the resize reached the program).
func (p probe) edgesView() tea.View {
	lines := make([]string, max(p.h, 2))
	lines[0], lines[1] = "probe top", "edges"
	lines[len(lines)-1] = strings.Repeat("=", max(p.w-2, 0)) + "\x1b[1m世\x1b[m" + "past the margin"
	return tea.NewView(strings.Join(lines, "\n"))
}
