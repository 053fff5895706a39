package sshd

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/colorprofile"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/agent"
)

func TestRequestsOtherThanTheReaderAreRefused(t *testing.T) {
	env := startServer(t, withProbe())
	c := env.login(t, env.alice)
	newSession := func(t *testing.T) *gossh.Session {
		s, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = s.Close() })
		return s
	}
	cases := []struct {
		name string
		try  func(t *testing.T) error
	}{
		{"exec", func(t *testing.T) error {
			_, err := newSession(t).Output("cat /etc/passwd")
			return err
		}},
		{"exec with a PTY", func(t *testing.T) error {
			s := newSession(t)
			if err := s.RequestPty("xterm", 24, 80, nil); err != nil {
				return err
			}
			return s.Start("ls")
		}},
		{"subsystem sftp", func(t *testing.T) error { return newSession(t).RequestSubsystem("sftp") }},
		{"local port forward", func(t *testing.T) error {
			conn, err := c.Dial("tcp", env.addr)
			if err == nil {
				conn.Close()
			}
			return err
		}},
		{"remote port forward", func(t *testing.T) error {
			l, err := c.Listen("tcp", "127.0.0.1:0")
			if err == nil {
				l.Close()
			}
			return err
		}},
		{"agent forwarding", func(t *testing.T) error { return agent.RequestAgentForwarding(newSession(t)) }},
		{"X11 forwarding", func(t *testing.T) error {
			ok, err := newSession(t).SendRequest("x11-req", true, gossh.Marshal(struct {
				Single        bool
				Proto, Cookie string
				Screen        uint32
			}{false, "MIT-MAGIC-COOKIE-1", "00", 0}))
			if err == nil && ok {
				return nil
			}
			return fmt.Errorf("refused (ok=%v, err=%v)", ok, err)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.try(t); err == nil {
				t.Errorf("%s was allowed; want it refused", tc.name)
			}
		})
	}
	t.Run("shell without a PTY", func(t *testing.T) {
		s := newSession(t)
		var out strings.Builder
		s.Stdout, s.Stderr = &out, &out
		if err := s.Shell(); err != nil {
			t.Fatalf("shell request: %v", err)
		}
		if err := s.Wait(); err == nil {
			t.Error("a shell without a PTY ran")
		}
		if !strings.Contains(out.String(), "PTY") {
			t.Errorf("output %q does not say a PTY is required", out.String())
		}
	})
	// The connection still serves the reader after all that.
	tm := openTerm(t, c, 80, 24)
	tm.waitText("probe user")
}

func TestSessionShowsTheLibraryAndRespondsToKeys(t *testing.T) {
	env := startServer(t, withProbe())
	tm := openTerm(t, env.login(t, env.alice), 100, 30)
	screen := tm.waitText("probe user")
	if want := fmt.Sprintf("briefings %d", env.srv.lib.Len()); !strings.Contains(screen, want) {
		t.Errorf("screen does not show the library (%s):\n%s", want, screen)
	}
	tm.press("jjk")
	tm.waitText("keys 3 last k")
	tm.press("q")
	if err := tm.waitEnd(); err != nil {
		t.Errorf("quitting: %v", err)
	}
}

func TestWindowIsClampedAndResizeReflows(t *testing.T) {
	env := startServer(t, withProbe())
	c := env.login(t, env.alice)
	cases := []struct {
		name         string
		w, h         int
		wantW, wantH int
	}{
		{"ordinary", 80, 24, 80, 24},
		{"huge", 5000, 9000, 500, 300},
		{"wide and short", 100000, 3, 500, 3},
		{"zero", 0, 0, 1, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tm := openTerm(t, c, tc.w, tc.h)
			want := fmt.Sprintf("size=%dx%d", tc.wantW, tc.wantH)
			waitUntil(t, want+" in the log", func() bool { return strings.Contains(env.logs.String(), want) })
			if tc.wantW >= 40 {
				// The reader itself was given the clamped size.
				tm.screen.Resize(tc.wantW, max(tc.wantH, 10))
				tm.waitText(fmt.Sprintf("size %dx%d", tc.wantW, tc.wantH))
			}
			tm.press("q")
			_ = tm.waitEnd()
		})
	}
	t.Run("resize", func(t *testing.T) {
		tm := openTerm(t, c, 100, 20)
		tm.waitText("size 100x20")
		ruler := func(n int) func(string) bool {
			return func(s string) bool {
				for _, line := range strings.Split(s, "\n") {
					if line == strings.Repeat("=", n) {
						return true
					}
				}
				return false
			}
		}
		tm.waitFor("a 100-column ruler", ruler(100))
		tm.resize(60, 15)
		tm.waitText("size 60x15")
		tm.waitFor("the ruler reflowed to 60 columns", ruler(60))
		tm.resize(9999, 15)
		tm.screen.Resize(600, 15)
		tm.waitText("size 500x15")
	})
}

func TestPanicEndsOnlyThatSession(t *testing.T) {
	cases := []struct{ name, key string }{
		{"in Update", "p"},
		{"in a command's goroutine", "c"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			env := startServer(t, withProbe())
			victim := openTerm(t, env.login(t, env.alice), 100, 20)
			other := openTerm(t, env.login(t, env.bob), 100, 20)
			victim.waitText("probe user")
			other.waitText("probe user")

			victim.press(tc.key)
			screen := victim.waitText("internal error")
			if !strings.Contains(screen, "ref ") {
				t.Errorf("the message gives no reference to the log:\n%s", screen)
			}
			var exit *gossh.ExitError
			if err := victim.waitEnd(); !errors.As(err, &exit) || exit.ExitStatus() != 1 {
				t.Errorf("panicked session exit = %v; want status 1", err)
			}
			other.press("x")
			other.waitText("keys 1 last x")
			if !strings.Contains(env.logs.String(), "session panicked") {
				t.Error("the panic was not logged")
			}
			// New sessions still start.
			openTerm(t, env.login(t, env.alice), 80, 24).waitText("probe user")
		})
	}
}

func TestShutdownTellsSessionsAndSavesState(t *testing.T) {
	env := startServer(t, withProbe())
	terms := []*term{
		openTerm(t, env.login(t, env.alice), 100, 20),
		openTerm(t, env.login(t, env.bob), 100, 20),
	}
	for _, tm := range terms {
		tm.waitText("probe user")
		tm.press("m")
		tm.waitText("read 1")
	}
	ctx, cancel := context.WithTimeout(context.Background(), shutdownBudget)
	defer cancel()
	start := time.Now()
	if err := env.srv.Shutdown(ctx); err != nil {
		t.Fatalf("shutdown: %v", err)
	}
	if took := time.Since(start); took > shutdownBudget {
		t.Errorf("shutdown took %s", took)
	}
	for _, tm := range terms {
		_ = tm.waitEnd()
		if s := tm.screen.Text(); !strings.Contains(s, "the server is stopping") {
			t.Errorf("session was not told the server is stopping:\n%s", s)
		}
	}
	for _, k := range []testKey{env.alice, env.bob} {
		path := filepath.Join(env.cfg.StateDir, stateName(k.signer.PublicKey()), "state.json")
		data, err := os.ReadFile(path)
		if err != nil || !strings.Contains(string(data), `"read": true`) {
			t.Errorf("%s's state not flushed (%v): %s", k.name, err, data)
		}
	}
	if _, err := env.dial(gossh.PublicKeys(env.alice.signer)); err == nil {
		t.Error("a connection was accepted after shutdown")
	}
}

// rawConn opens a TCP connection and reads the server's version line.
func rawConn(t *testing.T, addr string) (net.Conn, *bufio.Reader) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn, bufio.NewReader(conn)
}

// closedWithin reports whether the server closes conn within d.
func closedWithin(conn net.Conn, r *bufio.Reader, d time.Duration) bool {
	_ = conn.SetReadDeadline(time.Now().Add(d))
	_, err := io.Copy(io.Discard, r)
	var ne net.Error
	return err == nil || !(errors.As(err, &ne) && ne.Timeout())
}

// keptFor reports whether the server keeps conn open for d.
func keptFor(conn net.Conn, r *bufio.Reader, d time.Duration) bool {
	return !closedWithin(conn, r, d)
}

func TestSilentClientsAreDropped(t *testing.T) {
	const silentGrace, loginGrace = 300 * time.Millisecond, 2 * time.Second
	cases := []struct {
		name string
		send string        // what the client sends, then nothing more
		kept time.Duration // it is still connected after this long
		gone time.Duration // and dropped within this
	}{
		{"sends nothing: dropped after the silent grace", "", 0, loginGrace - 500*time.Millisecond},
		{"sends its version line, then stalls the key exchange: dropped after the login grace",
			"SSH-2.0-OpenSSH_9.6\r\n", silentGrace + 500*time.Millisecond, loginGrace + 3*time.Second},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			env := startServer(t, withProbe(), withConfig(func(c *Config) {
				c.SilentGrace, c.LoginGrace = silentGrace, loginGrace
			}))
			conn, r := rawConn(t, env.addr)
			if line, err := r.ReadString('\n'); err != nil || !strings.HasPrefix(line, "SSH-2.0-") {
				t.Fatalf("version line %q, %v", line, err)
			}
			if _, err := io.WriteString(conn, tc.send); err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			if tc.kept > 0 && !keptFor(conn, r, tc.kept) {
				t.Fatalf("dropped after %s; want it kept past %s", time.Since(start).Round(time.Millisecond), tc.kept)
			}
			if !closedWithin(conn, r, tc.gone-time.Since(start)) {
				t.Fatalf("still connected after %s", tc.gone)
			}
			waitUntil(t, "the startup slot to be released", func() bool {
				total, _ := env.srv.startups.counts()
				return total == 0
			})
		})
	}
}

func TestDropPercentFollowsMaxStartups(t *testing.T) {
	s := Startups{Start: 10, Rate: 30, Full: 100}
	cases := []struct{ open, want int }{{0, 0}, {9, 0}, {10, 30}, {55, 65}, {99, 99}, {100, 100}, {500, 100}}
	for _, tc := range cases {
		if got := s.dropPercent(tc.open); got != tc.want {
			t.Errorf("%s with %d open: drop %d%%; want %d%%", s, tc.open, got, tc.want)
		}
	}
	for text, want := range map[string]Startups{"10:30:100": s, "5": {5, 100, 5}} {
		var got Startups
		if err := got.UnmarshalText([]byte(text)); err != nil || got != want {
			t.Errorf("parse %q = %v, %v; want %v", text, got, err, want)
		}
	}
	for _, bad := range []string{"", "10:30", "0:30:100", "10:130:100", "20:30:10", "a:b:c"} {
		var got Startups
		if err := got.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("parse %q accepted as %v", bad, got)
		}
	}
}

// dialFrom opens a TCP connection to addr from a loopback source address
// (127.0.0.2, 127.0.0.3...), so that one machine can stand for several.
func dialFrom(source, addr string) (net.Conn, error) {
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(source)}, Timeout: waitTimeout}
	return d.Dial("tcp", addr)
}

// rawConnFrom is rawConn from a source address.
func rawConnFrom(t *testing.T, source, addr string) (net.Conn, *bufio.Reader) {
	t.Helper()
	conn, err := dialFrom(source, addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn, bufio.NewReader(conn)
}

func TestStartupLimits(t *testing.T) {
	cases := []struct {
		name        string
		startups    string
		perSource   int
		open        []string // source of each connection held open
		sendVersion bool     // the held connections send their version line (no longer silent)
		next        string   // source of the next connection
		wantRefused bool
		wantGaveWay bool // the first held connection was dropped for it
	}{
		{"per source: silent connections give way", "10:30:100", 3,
			[]string{"127.0.0.2", "127.0.0.2", "127.0.0.2"}, false, "127.0.0.2", false, true},
		{"per source: connections mid-login do not", "10:30:100", 3,
			[]string{"127.0.0.2", "127.0.0.2", "127.0.0.2"}, true, "127.0.0.2", true, false},
		{"per source: other addresses unaffected", "10:30:100", 3,
			[]string{"127.0.0.2", "127.0.0.2", "127.0.0.2"}, true, "127.0.0.3", false, false},
		{"max startups full refuses", "3", 10,
			[]string{"127.0.0.2", "127.0.0.3", "127.0.0.4"}, false, "127.0.0.5", true, false},
		{"under max startups start admits", "4:100:4", 10,
			[]string{"127.0.0.2", "127.0.0.3", "127.0.0.4"}, false, "127.0.0.5", false, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var limits Startups
			if err := limits.UnmarshalText([]byte(tc.startups)); err != nil {
				t.Fatal(err)
			}
			env := startServer(t, withProbe(), withConfig(func(c *Config) {
				c.MaxStartups, c.PerSourceMaxStartups = limits, tc.perSource
			}))
			var first net.Conn
			var firstR *bufio.Reader
			for i, src := range tc.open {
				conn, r := rawConnFrom(t, src, env.addr)
				if _, err := r.ReadString('\n'); err != nil {
					t.Fatalf("a connection within the limits was refused: %v", err)
				}
				if tc.sendVersion {
					if _, err := io.WriteString(conn, "SSH-2.0-OpenSSH_9.6\r\n"); err != nil {
						t.Fatal(err)
					}
				}
				if i == 0 {
					first, firstR = conn, r
				}
			}
			waitUntil(t, "the held connections to be counted", func() bool {
				total, _ := env.srv.startups.counts()
				return total == len(tc.open)
			})
			if tc.sendVersion {
				time.Sleep(100 * time.Millisecond) // the version lines are read
			}
			conn, r := rawConnFrom(t, tc.next, env.addr)
			if refused := closedWithin(conn, r, time.Second); refused != tc.wantRefused {
				t.Errorf("next connection refused = %v; want %v", refused, tc.wantRefused)
			}
			if gaveWay := closedWithin(first, firstR, 200*time.Millisecond); gaveWay != tc.wantGaveWay {
				t.Errorf("first connection dropped = %v; want %v", gaveWay, tc.wantGaveWay)
			}
		})
	}
	t.Run("an authenticated connection frees its slot", func(t *testing.T) {
		env := startServer(t, withProbe(), withConfig(func(c *Config) { c.MaxStartups = Startups{1, 100, 1} }))
		env.login(t, env.alice)
		env.login(t, env.bob) // would be refused if alice still held the slot
	})
}

func TestSessionLimits(t *testing.T) {
	env := startServer(t, withProbe(), withConfig(func(c *Config) {
		c.MaxSessions, c.MaxSessionsPerKey = 3, 2
	}))
	openTerm(t, env.login(t, env.alice), 80, 24).waitText("probe user")
	openTerm(t, env.login(t, env.alice), 80, 24).waitText("probe user")
	// A third login with alice's key is refused with a banner saying why.
	if banner, err := env.dialBanner(env.alice); err == nil || !strings.Contains(banner, "you already have 2 sessions open") {
		t.Errorf("alice's third login: err %v, banner %q; want it refused with the reason", err, banner)
	}

	bob := env.login(t, env.bob)
	openTerm(t, bob, 80, 24).waitText("probe user")
	if banner, err := env.dialBanner(env.bob); err == nil || !strings.Contains(banner, "the server is full") {
		t.Errorf("a login past the total: err %v, banner %q; want it refused with the reason", err, banner)
	}
	// A second session on a connection that has its place is refused
	// in the session, with the message on the screen.
	full := openTerm(t, bob, 80, 24)
	full.waitText("the server is full")
	wantExitStatus(t, full.waitEnd(), 1)
}

// dialBanner logs in with k and returns the banner the server sent.
func (e *testEnv) dialBanner(k testKey) (string, error) {
	var banner strings.Builder
	cfg := e.clientConfig(gossh.PublicKeys(k.signer))
	cfg.BannerCallback = func(msg string) error {
		banner.WriteString(msg)
		return nil
	}
	c, err := gossh.Dial("tcp", e.addr, cfg)
	if err == nil {
		c.Close()
	}
	return banner.String(), err
}

// TestLoggedInConnectionsWithoutSessionsAreLimited logs in a thousand
// times with one key from one address, opening no session: each
// connection takes a place in the limits, so only MaxSessionsPerKey are
// accepted. A connection's place passes to its session and comes back
// when the session ends.
func TestLoggedInConnectionsWithoutSessionsAreLimited(t *testing.T) {
	// The login grace also closes a connection that starts no session:
	// longer than a thousand logins take on a loaded machine, so that the
	// places stay held while the test counts.
	env := startServer(t, withProbe(), withConfig(func(c *Config) { c.LoginGrace = 10 * time.Minute }))
	perKey := env.cfg.MaxSessionsPerKey
	var held []*gossh.Client
	defer func() {
		for _, c := range held {
			c.Close()
		}
	}()
	refused := 0
	for range 1000 {
		c, err := env.dial(gossh.PublicKeys(env.alice.signer))
		if err != nil {
			refused++
			continue
		}
		held = append(held, c)
	}
	if len(held) != perKey {
		t.Fatalf("%d logged-in connections without a session accepted with one key (%d refused); want %d",
			len(held), refused, perKey)
	}
	// The connections' places are the sessions' places: each can still
	// run the reader, and when one's session ends it keeps its place.
	tm := openTerm(t, held[0], 80, 24)
	tm.waitText("probe user")
	tm.press("q")
	wantExitStatus(t, tm.waitEnd(), 0)
	if _, err := env.dial(gossh.PublicKeys(env.alice.signer)); err == nil {
		t.Error("a login was accepted while every place of the key was held")
	}
	// Closing a connection frees its place.
	held[1].Close()
	waitUntil(t, "a place to come free", func() bool {
		c, err := env.dial(gossh.PublicKeys(env.alice.signer))
		if err == nil {
			held = append(held, c)
		}
		return err == nil
	})
	// Other keys are unaffected within the total.
	openTerm(t, env.login(t, env.bob), 80, 24).waitText("probe user")
}

func TestIdleSessionIsToldThenClosed(t *testing.T) {
	env := startServer(t, withProbe(), withConfig(func(c *Config) { c.IdleTimeout = 2 * time.Second }))
	tm := openTerm(t, env.login(t, env.alice), 80, 24)
	tm.waitText("probe user")
	// Typing keeps it open past the timeout.
	for i := range 10 {
		tm.press("x")
		tm.waitText(fmt.Sprintf("keys %d", i+1))
		time.Sleep(300 * time.Millisecond)
	}
	select {
	case err := <-tm.ended:
		t.Fatalf("session closed while the user was typing: %v", err)
	default:
	}
	tm.waitText("closed after 2s without a key press")
	wantExitStatus(t, tm.waitEnd(), 1)
}

// wantExitStatus checks how a session ended: 0 when the analyst quit,
// non-zero when the server closed it.
func wantExitStatus(t *testing.T, err error, want int) {
	t.Helper()
	var exit *gossh.ExitError
	switch {
	case want == 0 && err != nil:
		t.Errorf("session ended with %v; want exit status 0", err)
	case want != 0 && (!errors.As(err, &exit) || exit.ExitStatus() != want):
		t.Errorf("session ended with %v; want exit status %d", err, want)
	}
}

func TestSessionTimeLimit(t *testing.T) {
	env := startServer(t, withProbe(), withConfig(func(c *Config) { c.MaxSessionTime = 500 * time.Millisecond }))
	tm := openTerm(t, env.login(t, env.alice), 80, 24)
	tm.waitText("sessions last at most 500ms")
	wantExitStatus(t, tm.waitEnd(), 1)
}

// blackhole is a TCP proxy that can stop delivering the server's data to
// the client, like a client whose network went away.
type blackhole struct {
	l      net.Listener
	mu     sync.Mutex
	paused bool
}

func newBlackhole(t *testing.T, target string) *blackhole {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	b := &blackhole{l: l}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				return
			}
			go func() { _, _ = io.Copy(s, c); s.Close() }()
			go func() { b.copyDown(c, s); c.Close() }()
		}
	}()
	return b
}

func (b *blackhole) copyDown(dst io.Writer, src io.Reader) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		b.mu.Lock()
		paused := b.paused
		b.mu.Unlock()
		if n > 0 && !paused {
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

func (b *blackhole) pause() {
	b.mu.Lock()
	b.paused = true
	b.mu.Unlock()
}

func TestUnresponsiveClientIsDroppedByKeepalive(t *testing.T) {
	env := startServer(t, withProbe(), withConfig(func(c *Config) {
		c.KeepaliveInterval, c.KeepaliveMaxMissed = 300*time.Millisecond, 3
	}))
	bh := newBlackhole(t, env.addr)
	c, err := gossh.Dial("tcp", bh.l.Addr().String(), env.clientConfig(gossh.PublicKeys(env.alice.signer)))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	tm := openTerm(t, c, 80, 24)
	tm.waitText("probe user")
	// Answering keepalives keeps it open.
	time.Sleep(1500 * time.Millisecond)
	if n := env.srv.sessionCount(); n != 1 {
		t.Fatalf("%d sessions while the client answered keepalives; want 1", n)
	}
	bh.pause()
	waitUntil(t, "the silent client's session to end", func() bool { return env.srv.sessionCount() == 0 })
	waitUntil(t, "the session's end to be logged", func() bool { return strings.Contains(env.logs.String(), "session end") })
	logs := env.logs.String()
	if !strings.Contains(logs, `connection dropped`) || !strings.Contains(logs, `reason="no answer to keepalive"`) {
		t.Error("the drop was not logged")
	}
	for _, line := range strings.Split(logs, "\n") {
		if strings.Contains(line, "session end") && !strings.Contains(line, `reason="no answer to keepalive"`) {
			t.Errorf("the session's end does not give the keepalive as its reason: %s", line)
		}
	}
}

func TestAuthorizedKeysAreReloaded(t *testing.T) {
	env := startServer(t, withProbe())
	carol := newTestKey(t, "carol")
	if _, err := env.dial(gossh.PublicKeys(carol.signer)); err == nil {
		t.Fatal("carol logged in before being authorized")
	}
	aliceTerm := openTerm(t, env.login(t, env.alice), 80, 24)
	aliceTerm.waitText("probe user")

	// Carol is added and alice removed; the file is replaced by rename, as
	// editors and config tools do.
	tmp := env.keysPath + ".new"
	writeFile(t, tmp, env.bob.authorizedLine()+carol.authorizedLine())
	if err := os.Rename(tmp, env.keysPath); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go env.srv.watchKeys(ctx, 50*time.Millisecond)

	waitUntil(t, "carol to be admitted", func() bool {
		c, err := env.dial(gossh.PublicKeys(carol.signer))
		if err == nil {
			c.Close()
		}
		return err == nil
	})
	aliceTerm.waitText("your key is no longer authorized")
	wantExitStatus(t, aliceTerm.waitEnd(), 1)
	if _, err := env.dial(gossh.PublicKeys(env.alice.signer)); err == nil {
		t.Error("alice still logs in after her key was removed")
	}
	cancel()

	// With no polling, SIGHUP alone re-reads the file.
	hupCtx, hupCancel := context.WithCancel(context.Background())
	defer hupCancel()
	watching := make(chan struct{})
	go func() {
		env.srv.watchKeys(hupCtx, time.Hour, watching)
	}()
	<-watching
	writeFile(t, env.keysPath, env.alice.authorizedLine())
	if err := sighup(); err != nil {
		t.Skipf("cannot signal self: %v", err)
	}
	waitUntil(t, "alice to be admitted after SIGHUP", func() bool {
		c, err := env.dial(gossh.PublicKeys(env.alice.signer))
		if err == nil {
			c.Close()
		}
		return err == nil
	})
}

// TestAuthorizedKeysEditedInPlaceAreReloaded rewrites the file in place,
// with the same size, modification time and inode (carol's line takes
// alice's, and the names are as long): only its content changed.
func TestAuthorizedKeysEditedInPlaceAreReloaded(t *testing.T) {
	env := startServer(t, withProbe())
	carol := newTestKey(t, "carol")
	aliceTerm := openTerm(t, env.login(t, env.alice), 80, 24)
	aliceTerm.waitText("probe user")
	before, err := os.Stat(env.keysPath)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go env.srv.watchKeys(ctx, 50*time.Millisecond)
	time.Sleep(200 * time.Millisecond) // a few polls of the unchanged file

	f, err := os.OpenFile(env.keysPath, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	text := "# the team\n" + carol.authorizedLine() + env.bob.authorizedLine()
	if _, err := f.WriteAt([]byte(text), 0); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(env.keysPath, before.ModTime(), before.ModTime()); err != nil {
		t.Fatal(err)
	}
	after, err := os.Stat(env.keysPath)
	if err != nil {
		t.Fatal(err)
	}
	if after.Size() != before.Size() || !after.ModTime().Equal(before.ModTime()) || !os.SameFile(before, after) {
		t.Fatalf("the edit changed more than the content: %v %v -> %v %v", before.Size(), before.ModTime(), after.Size(), after.ModTime())
	}
	waitUntil(t, "carol to be admitted", func() bool {
		c, err := env.dial(gossh.PublicKeys(carol.signer))
		if err == nil {
			c.Close()
		}
		return err == nil
	})
	aliceTerm.waitText("your key is no longer authorized")
	_ = aliceTerm.waitEnd()
}

func TestSessionsOfOneUserShareTheirState(t *testing.T) {
	env := startServer(t, withProbe())
	first := openTerm(t, env.login(t, env.alice), 100, 20)
	second := openTerm(t, env.login(t, env.alice), 100, 20)
	bob := openTerm(t, env.login(t, env.bob), 100, 20)
	first.waitText("read 0")
	first.press("m")
	first.waitText("read 1")
	second.press("m") // redraws, showing both marks
	second.waitText("read 2")
	bob.press("x")
	screen := bob.waitText("keys 1")
	if !strings.Contains(screen, "read 0") {
		t.Errorf("bob sees alice's marks:\n%s", screen)
	}
}

func TestColourProfileFollowsTheClient(t *testing.T) {
	cases := []struct {
		name        string
		env         []string
		term        string
		want        colorprofile.Profile
		wantNoColor bool
	}{
		{"OpenSSH default", nil, "xterm-256color", colorprofile.ANSI256, false},
		{"truecolor", []string{"COLORTERM=truecolor"}, "xterm-256color", colorprofile.TrueColor, false},
		{"basic xterm", nil, "xterm", colorprofile.ANSI, false},
		{"NO_COLOR=1", []string{"NO_COLOR=1"}, "xterm-256color", colorprofile.ASCII, true},
		{"NO_COLOR=yes", []string{"NO_COLOR=yes"}, "xterm-256color", colorprofile.ASCII, true},
		{"NO_COLOR empty", []string{"NO_COLOR="}, "xterm-256color", colorprofile.ANSI256, false},
		{"dumb", nil, "dumb", colorprofile.ASCII, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, noColor := colourProfile(tc.env, tc.term)
			if got != tc.want || noColor != tc.wantNoColor {
				t.Errorf("got %v (no colour %v); want %v (%v)", got, noColor, tc.want, tc.wantNoColor)
			}
		})
	}
}

func TestDefaultConfigFollowsXDG(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/srv/data")
	t.Setenv("XDG_CONFIG_HOME", "/srv/config")
	t.Setenv("XDG_STATE_HOME", "relative/is/ignored")
	t.Setenv("HOME", "/home/analyst")
	cfg, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	want := Config{
		Listen: ":2222", HostKeyPath: "/srv/data/sitrep/ssh_host_ed25519",
		AuthorizedKeysPath: "/srv/config/sitrep/authorized_keys",
		StateDir:           "/home/analyst/.local/state/sitrep/users",
		MaxSessions:        64, MaxSessionsPerKey: 4, IdleTimeout: 15 * time.Minute,
		MaxSessionTime: 12 * time.Hour, LoginGrace: 30 * time.Second, SilentGrace: 5 * time.Second,
		MaxAuthTries: 6, MaxStartups: Startups{10, 30, 100}, PerSourceMaxStartups: 4,
		KeepaliveInterval:  15 * time.Second,
		KeepaliveMaxMissed: 3, Style: "auto",
	}
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("DefaultConfig() =\n%+v\nwant\n%+v", cfg, want)
	}
}

// waitUntil polls cond until it holds or the wait times out.
func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
