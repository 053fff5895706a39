package main

import (
	"bufio"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	gossh "golang.org/x/crypto/ssh"

	"sitrep/briefing/store"
	"sitrep/briefing/store/pgtest"
	"sitrep/content"
)

// These tests run sitrep itself as separate processes on one PostgreSQL
// store, as a team does: the test binary, run again with runMainEnv set,
// is the sitrep command (main with the arguments given).

var pg *pgtest.Server

// runMainEnv makes the test binary run main instead of the tests.
const runMainEnv = "SITREP_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) != "" {
		main()
		return
	}
	pgtest.Main(m, &pg)
}

// failAfter bounds a wait only when something is broken: the figures the
// tests report are the times measured.
const failAfter = 60 * time.Second

// lockedBuffer collects a process's output for the test to read.
type lockedBuffer struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// team is one database and the environment of the sitrep processes run
// on it (their own XDG directories under home).
type team struct {
	t    *testing.T
	dsn  string
	home string
}

func newTeam(t *testing.T) *team {
	t.Helper()
	pgtest.Need(t, pg)
	for _, tool := range []string{"ssh", "tmux"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (.ci/run installs openssh-client and tmux): %v", tool, err)
		}
	}
	tm := &team{t: t, dsn: pg.Database(t), home: t.TempDir()}
	lib := filepath.Join(tm.home, "samples")
	if err := os.CopyFS(lib, content.Briefings()); err != nil {
		t.Fatal(err)
	}
	if out := tm.sitrep("store", "import", lib); !strings.Contains(out, "13 added") {
		t.Fatalf("store import: %s", out)
	}
	return tm
}

// env is the environment of a sitrep process of the team.
func (tm *team) env() []string {
	return append(os.Environ(), runMainEnv+"=1", "SITREP_STORE="+tm.dsn, "HOME="+tm.home,
		"XDG_DATA_HOME="+filepath.Join(tm.home, "data"), "XDG_CONFIG_HOME="+filepath.Join(tm.home, "config"),
		"XDG_STATE_HOME="+filepath.Join(tm.home, "state"), "NO_COLOR=1")
}

// sitrep runs a sitrep command to its end and returns what it printed.
func (tm *team) sitrep(args ...string) string {
	tm.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), failAfter)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], args...)
	cmd.Env = tm.env()
	out, err := cmd.CombinedOutput()
	if err != nil {
		tm.t.Fatalf("sitrep %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// frontEnd is a `sitrep serve --store` process.
type frontEnd struct {
	cmd  *exec.Cmd
	addr string
	log  *lockedBuffer
}

var listeningRE = regexp.MustCompile(`listening addr=(\S+)`)

// serve starts a front end on the team's store, admitting any key, and
// waits for it to listen.
func (tm *team) serve(name string) *frontEnd {
	tm.t.Helper()
	cmd := exec.Command(os.Args[0], "serve", "--listen", "127.0.0.1:0", "--open",
		"--host-key", filepath.Join(tm.home, name+"_host_key"))
	cmd.Env = tm.env()
	stderr, err := cmd.StderrPipe()
	if err != nil {
		tm.t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		tm.t.Fatal(err)
	}
	fe := &frontEnd{cmd: cmd, log: &lockedBuffer{}}
	tm.t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		if tm.t.Failed() {
			tm.t.Logf("front end %s logged:\n%s", name, fe.log.String())
		}
	})
	found := make(chan string, 1)
	go func() {
		lines := bufio.NewScanner(stderr)
		for lines.Scan() {
			fe.log.Write([]byte(lines.Text() + "\n"))
			if m := listeningRE.FindStringSubmatch(lines.Text()); m != nil {
				select {
				case found <- m[1]:
				default:
				}
			}
		}
		_, _ = io.Copy(io.Discard, stderr)
	}()
	select {
	case fe.addr = <-found:
	case <-time.After(failAfter):
		tm.t.Fatalf("front end %s never listened:\n%s", name, fe.log.String())
	}
	return fe
}

// tmux drives a tmux server on a private socket, one session per
// terminal.
type tmux struct {
	t      *testing.T
	socket string
}

func newTmux(t *testing.T) *tmux {
	dir := t.TempDir()
	conf := filepath.Join(dir, "tmux.conf")
	if err := os.WriteFile(conf, []byte("set -g default-terminal screen-256color\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	x := &tmux{t: t, socket: filepath.Join(dir, "tmux.sock")}
	x.must("-f", conf, "new-session", "-d", "-s", "idle", "sleep 600")
	t.Cleanup(func() { _, _ = x.run("kill-server") })
	return x
}

func (x *tmux) run(args ...string) (string, error) {
	out, err := exec.Command("tmux", append([]string{"-S", x.socket}, args...)...).CombinedOutput()
	return string(out), err
}

func (x *tmux) must(args ...string) string {
	x.t.Helper()
	out, err := x.run(args...)
	if err != nil {
		x.t.Fatalf("tmux %v: %v: %s", args, err, out)
	}
	return out
}

// open runs command in a new 110×30 session named name.
func (x *tmux) open(name string, env []string, command string) {
	x.t.Helper()
	args := []string{"new-session", "-d", "-s", name, "-x", "110", "-y", "30"}
	for _, e := range env {
		args = append(args, "-e", e)
	}
	x.must(append(args, command+`; echo "exited $?"; sleep 600`)...)
}

func (x *tmux) pane(name string) string {
	out, _ := x.run("capture-pane", "-p", "-t", target(name))
	return out
}

func (x *tmux) press(name string, keys ...string) {
	x.t.Helper()
	x.must(append([]string{"send-keys", "-t", target(name)}, keys...)...)
}

// target names the session name exactly: tmux reads a bare "a" or "b" as
// other panes.
func target(name string) string { return "=" + name + ":" }

// wait waits until the pane satisfies ok (pressing redraw, when set,
// every half second to draw a new frame) and returns it.
func (x *tmux) wait(name, what string, ok func(string) bool, redraw ...string) string {
	x.t.Helper()
	deadline := time.Now().Add(failAfter)
	next := time.Now().Add(500 * time.Millisecond)
	for i := 0; ; i++ {
		pane := x.pane(name)
		if ok(pane) {
			return pane
		}
		if time.Now().After(deadline) {
			x.t.Fatalf("%s: timed out waiting for %s; pane:\n%s", name, what, pane)
		}
		if len(redraw) > 0 && time.Now().After(next) {
			x.press(name, redraw[i%len(redraw)])
			next = time.Now().Add(500 * time.Millisecond)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (x *tmux) waitText(name, text string, redraw ...string) string {
	x.t.Helper()
	return x.wait(name, fmt.Sprintf("%q", text), func(p string) bool { return strings.Contains(p, text) }, redraw...)
}

// sshCommand is the OpenSSH client's command line logging in to addr with
// a new key written under dir.
func sshCommand(t *testing.T, dir, addr string) string {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "analyst@test")
	if err != nil {
		t.Fatal(err)
	}
	key := filepath.Join(dir, "id_ed25519")
	if _, err := os.Stat(key); err != nil { // one key for all the analyst's sessions
		if err := os.WriteFile(key, pem.EncodeToMemory(block), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	host, port, _ := strings.Cut(addr, ":")
	return fmt.Sprintf("ssh -F /dev/null -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "+
		"-o IdentitiesOnly=yes -o IdentityAgent=none -o BatchMode=yes -o LogLevel=ERROR -i %s -p %s analyst@%s", key, port, host)
}

// article writes a plain-text article to import.
func (tm *team) article(title string) string {
	tm.t.Helper()
	p := filepath.Join(tm.home, "article.txt")
	text := title + "\n\nShelling near Tawila displaced 2,000 people on Tuesday, aid workers said.\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		tm.t.Fatal(err)
	}
	return p
}

// starred lists the briefings starred in the store, for any key.
func (tm *team) starred() map[string]bool {
	tm.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), failAfter)
	defer cancel()
	conn, err := pgx.Connect(ctx, tm.dsn)
	if err != nil {
		tm.t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, _ := conn.Query(ctx, `SELECT briefing FROM reading_state WHERE starred`)
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		tm.t.Fatal(err)
	}
	out := map[string]bool{}
	for _, id := range ids {
		out[id] = true
	}
	return out
}

// TestTwoServeProcessesOneStore runs two `sitrep serve --store` processes
// on one database, with an analyst logged in to each through the OpenSSH
// client (one key): a briefing imported with `sitrep import --store`
// appears in the open session of the second front end; a star made in
// the first shows in the second; and the first front end, killed with
// SIGKILL, has written every change made more than a second before.
func TestTwoServeProcessesOneStore(t *testing.T) {
	tm := newTeam(t)
	a, b := tm.serve("a"), tm.serve("b")
	x := newTmux(t)
	keys := t.TempDir()
	x.open("b", nil, sshCommand(t, keys, b.addr))
	x.waitText("b", "Stories 1/13")
	x.open("a", nil, sshCommand(t, keys, a.addr))
	x.waitText("a", "Stories 1/13")

	// An import by a third process reaches b's open session.
	title := "Arrival through another front end"
	start := time.Now()
	tm.sitrep("import", "--published", "2030-01-02", "--source", "Test Wire", tm.article(title))
	imported := time.Since(start)
	x.waitText("b", "/14") // the list counts it; the selection keeps its story, below it
	t.Logf("the briefing was in b's list %v after the import started (the import process took %v)", time.Since(start), imported)
	x.press("b", "g")
	x.waitText("b", "Shelling near Tawila") // its body, in the reader pane

	// A star made on a shows on b.
	x.waitText("a", "/14", "j", "k")
	x.press("a", "s")
	x.waitText("a", "★")
	starred := time.Now()
	x.waitText("b", "★", "j", "k")
	t.Logf("a's star was on b's screen after %v", time.Since(starred))

	// a is killed a second after one change and at once after another:
	// the first is in the store.
	x.press("a", "j", "s")
	x.wait("a", "a second star", func(p string) bool { return strings.Count(p, "★") >= 2 })
	made := time.Now()
	time.Sleep(time.Second)
	x.press("a", "j", "s")
	x.wait("a", "a third star", func(p string) bool { return strings.Count(p, "★") >= 3 })
	if err := a.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	killed := time.Since(made)
	_ = a.cmd.Wait()
	after := tm.starred()
	t.Logf("killed %v after the second star; the store holds %d of the 3 stars", killed, len(after))
	if len(after) < 2 {
		t.Errorf("after SIGKILL the store holds the stars %v: the one made %v before the kill is lost", after, killed)
	}
	// b goes on serving, and shows what a wrote before it died.
	x.wait("b", "the second star", func(p string) bool { return strings.Count(p, "★") >= 2 }, "j", "k")
}

// TestReaderFollowsStore opens the local reader on a store (`sitrep
// --store URL`, main's readCmd.runStore) in a terminal: a briefing
// another front end adds shows in its list within two seconds, and opens.
func TestReaderFollowsStore(t *testing.T) {
	tm := newTeam(t)
	x := newTmux(t)
	x.open("reader", tm.env(), os.Args[0])
	x.waitText("reader", "Stories 1/13")
	// Another front end stores a briefing: timed from its commit.
	ctx := context.Background()
	other, err := store.Open(ctx, tm.dsn, store.Options{MaxConns: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	title := "Arrival while the reader is open"
	brief := "---\ntitle: " + title + "\npublished: 2030-01-02\nsource: Test Wire\n---\nShelling near Tawila displaced 2,000 people.\n"
	if err := other.Add(ctx, "2030-01-02-arrival.md", []byte(brief), false); err != nil {
		t.Fatal(err)
	}
	stored := time.Now()
	x.waitText("reader", "/14") // the list counts it; the selection keeps its story, below it
	shown := time.Since(stored)
	t.Logf("the briefing was in the reader's list %v after it was stored", shown)
	x.press("reader", "g")
	x.waitText("reader", "Shelling near Tawila") // its body, in the reader pane
	if shown > 2*time.Second {
		t.Errorf("the briefing reached the open reader %v after it was stored, want within 2s", shown)
	}
	x.press("reader", "q")
	x.waitText("reader", "exited 0")
}
