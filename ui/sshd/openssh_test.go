package sshd

import (
	"context"
	"encoding/pem"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// tmux drives a tmux server on a private socket.
type tmux struct {
	t      *testing.T
	socket string
}

func (x tmux) run(args ...string) (string, error) {
	out, err := exec.Command("tmux", append([]string{"-S", x.socket}, args...)...).CombinedOutput()
	return string(out), err
}

func (x tmux) must(args ...string) string {
	x.t.Helper()
	out, err := x.run(args...)
	if err != nil {
		x.t.Fatalf("tmux %v: %v: %s", args, err, out)
	}
	return out
}

// waitPane waits until the pane shows text, and returns the pane.
func (x tmux) waitPane(text string) string {
	x.t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for {
		pane, _ := x.run("capture-pane", "-p", "-t", "reader")
		if strings.Contains(pane, text) {
			return pane
		}
		if time.Now().After(deadline) {
			x.t.Fatalf("timed out waiting for %q; pane:\n%s", text, pane)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestOpenSSHClientInTmux is the analyst's path: the OpenSSH client, in a
// tmux pane, with a generated key.
func TestOpenSSHClientInTmux(t *testing.T) {
	env := startServer(t)
	x := sshInTmux(t, env, env.alice)
	n := env.srv.lib.Len()
	x.waitPane(fmt.Sprintf("Stories 1/%d", n))
	x.must("send-keys", "-t", "reader", "j")
	x.waitPane(fmt.Sprintf("Stories 2/%d", n))
	x.must("send-keys", "-t", "reader", "Enter")
	pane := x.waitPane("READER")
	if !strings.Contains(pane, env.srv.lib.Briefings()[1].Title[:20]) {
		t.Errorf("the opened story is not on screen:\n%s", pane)
	}
	x.must("send-keys", "-t", "reader", "q")
	// The wrapper shell prints ssh's exit status when it returns.
	x.waitPane("ssh exited 0")
	if !strings.Contains(env.logs.String(), "session start") || !strings.Contains(env.logs.String(), "term=screen-256color") {
		t.Errorf("the session's terminal was not recorded:\n%s", env.logs.String())
	}
}

// TestOpenSSHScreenEdgesAndDroppedConnection draws to the edges of a real
// terminal (tmux, through the OpenSSH client): a last row wider than the
// screen, with a wide character ending in its last cell, is cut at the
// margin and scrolls nothing. Then the connection drops under the
// session, as when the server is killed or the network is lost, so
// nothing is restored: the terminal's line wrap must still be on, or the
// analyst's shell writes over its last column until `reset`.
func TestOpenSSHScreenEdgesAndDroppedConnection(t *testing.T) {
	env := startServer(t, withProbe())
	x := sshInTmux(t, env, env.alice)
	x.waitPane("probe user")
	x.must("send-keys", "-t", "reader", "w")
	pane := x.waitPane("edges")
	lines := strings.Split(strings.TrimRight(pane, "\n"), "\n")
	if len(lines) != 30 || lines[0] != "probe top" || lines[29] != strings.Repeat("=", 98)+"世" {
		t.Errorf("the screen's edges (want the top row first and the last row cut after 世):\n%s", pane)
	}
	env.srv.mu.Lock()
	for st := range env.srv.sessions {
		_ = st.conn.raw.Close() //nolint:errcheck // dropping it
	}
	env.srv.mu.Unlock()
	x.waitPane("ssh exited 255")
	if wrap := strings.TrimSpace(x.must("display-message", "-p", "-t", "reader", "#{wrap_flag}")); wrap != "1" {
		t.Errorf("line wrap after the connection dropped: wrap_flag=%s, want 1", wrap)
	}
}

// sshInTmux logs k in to the test server with the OpenSSH client, in a
// 100×30 pane of a private tmux server, in the session "reader" (the one
// waitPane reads). The pane prints ssh's exit status when it returns; pipe,
// if given, is where ssh's output goes instead of the pane. It skips the
// test when ssh or tmux is missing.
func sshInTmux(t *testing.T, env *testEnv, k testKey, pipe ...string) tmux {
	t.Helper()
	for _, tool := range []string{"ssh", "tmux"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (.ci/run installs openssh-client and tmux): %v", tool, err)
		}
	}
	dir := t.TempDir()
	keyPath := filepath.Join(dir, "id_ed25519")
	block, err := gossh.MarshalPrivateKey(k.priv, k.name+"@test")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyPath, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	_, port, err := net.SplitHostPort(env.addr)
	if err != nil {
		t.Fatal(err)
	}
	conf := filepath.Join(dir, "tmux.conf")
	writeFile(t, conf, "set -g default-terminal screen-256color\n")
	x := tmux{t: t, socket: filepath.Join(dir, "tmux.sock")}
	t.Cleanup(func() { _, _ = x.run("kill-server") })
	sshCmd := fmt.Sprintf("ssh -F /dev/null -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "+
		"-o IdentitiesOnly=yes -o BatchMode=yes -o LogLevel=ERROR -i %s -p %s analyst@127.0.0.1", keyPath, port)
	x.must("-f", conf, "new-session", "-d", "-s", "reader", "-x", "100", "-y", "30",
		fmt.Sprintf(`%s %s; echo "ssh exited $?"; sleep 60`, sshCmd, strings.Join(pipe, " ")))
	return x
}

// needOpenSSH skips a test when the OpenSSH client is missing.
func needOpenSSH(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("ssh"); err != nil {
		t.Skipf("ssh is not installed (.ci/run installs openssh-client): %v", err)
	}
}

// writeKeyFile writes a private key as OpenSSH would keep it.
func writeKeyFile(t *testing.T, dir string, k testKey) string {
	t.Helper()
	block, err := gossh.MarshalPrivateKey(k.priv, k.name+"@test")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, k.name)
	if err := os.WriteFile(path, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// openSSH runs the OpenSSH client against the server, offering keys in
// order (and no agent's), with extra arguments; stdin stays open until
// ssh exits. It returns what ssh printed and its exit code.
func openSSH(t *testing.T, env *testEnv, keys []testKey, args ...string) (string, int) {
	t.Helper()
	dir := t.TempDir()
	_, port, err := net.SplitHostPort(env.addr)
	if err != nil {
		t.Fatal(err)
	}
	argv := []string{"-F", "/dev/null", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
		"-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR",
		"-p", port}
	for _, k := range keys {
		argv = append(argv, "-i", writeKeyFile(t, dir, k))
	}
	argv = append(argv, args...)
	argv = append(argv, "analyst@127.0.0.1")
	ctx, cancel := context.WithTimeout(context.Background(), 2*waitTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "ssh", argv...)
	var out syncBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close() //nolint:errcheck // ssh has exited
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return out.String(), 0
	case errors.As(err, &exit):
		return out.String(), exit.ExitCode()
	default:
		t.Fatalf("ssh: %v: %s", err, out.String())
		return "", -1
	}
}

// TestMaxAuthTriesCountsRefusedKeyOffers offers unauthorized keys before
// an authorized one, with the OpenSSH client. sshd counts every refused
// offer; so does sitrep, so an authorized key offered after
// MaxAuthTries-1 refusals logs in and one offered after more does not.
func TestMaxAuthTriesCountsRefusedKeyOffers(t *testing.T) {
	needOpenSSH(t)
	env := startServer(t, withProbe())
	strangers := make([]testKey, 11)
	for i := range strangers {
		strangers[i] = newTestKey(t, fmt.Sprintf("stranger%02d", i))
	}
	cases := []struct {
		name    string
		refused int // unauthorized keys offered before alice's
		admit   bool
	}{
		{"authorized key after five refusals", 5, true},
		{"authorized key after six refusals", 6, false},
		{"authorized key after eleven refusals", 11, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			keys := append(append([]testKey{}, strangers[:tc.refused]...), env.alice)
			// -T: a login that gets through is refused a session, with a
			// message, and ssh exits 1; a refused login exits 255.
			out, code := openSSH(t, env, keys, "-T")
			if admitted := code != 255; admitted != tc.admit {
				t.Errorf("admitted = %v (exit %d, %q); want %v", admitted, code, out, tc.admit)
			}
		})
	}
	if !strings.Contains(env.logs.String(), "too many authentication failures") {
		t.Errorf("the cut is not logged:\n%s", env.logs.String())
	}
}

// TestShellWithoutTerminalIsRefusedAndLogged is `ssh -T`: the reader
// needs a terminal, so the session is refused with a message, a non-zero
// status and a line in the log.
func TestShellWithoutTerminalIsRefusedAndLogged(t *testing.T) {
	needOpenSSH(t)
	env := startServer(t, withProbe())
	out, code := openSSH(t, env, []testKey{env.alice}, "-T")
	if code != 1 || !strings.Contains(out, "needs a terminal (PTY)") {
		t.Errorf("ssh -T: exit %d, %q; want 1 and a message", code, out)
	}
	logs := env.logs.String()
	if !strings.Contains(logs, "session refused") || !strings.Contains(logs, "ssh -T") ||
		!strings.Contains(logs, fingerprint(env.alice.signer.PublicKey())) {
		t.Errorf("the refusal is not logged with the key:\n%s", logs)
	}
}

// TestSessionClosedByTheServerExitsNonZero: a session the server ends
// (here at its time limit) tells the analyst why and ends ssh with a
// non-zero status; quitting ends it with 0.
func TestSessionClosedByTheServerExitsNonZero(t *testing.T) {
	needOpenSSH(t)
	env := startServer(t, withProbe(), withConfig(func(c *Config) { c.MaxSessionTime = time.Second }))
	out, code := openSSH(t, env, []testKey{env.alice}, "-tt")
	if code != 1 || !strings.Contains(out, "sessions last at most 1s") {
		t.Errorf("session at its time limit: exit %d, %q; want 1 and the reason", code, out)
	}
}

// An OpenSSH client whose output nobody reads (piped to a stuck program,
// a stopped terminal) lets the channel's window run out, and does not
// answer the channel's close while its output is stuck: the session must
// still end at its idle timeout and give its place back.
func TestStalledOpenSSHClientIsClosed(t *testing.T) {
	env := startServer(t, withConfig(func(c *Config) { c.IdleTimeout = time.Second }))
	x := sshInTmux(t, env, env.alice, "| sleep 60")
	// Each key redraws the list and the reader: a few thousand fill the
	// channel's window and the pipe.
	for range 10 {
		x.must("send-keys", "-t", "reader", "-l", strings.Repeat("jk", 200))
		x.must("send-keys", "-t", "reader", "Tab")
		time.Sleep(100 * time.Millisecond)
	}
	deadline := time.Now().Add(4*escalateAfter + 3*time.Second)
	for !strings.Contains(env.logs.String(), "session end") {
		if time.Now().After(deadline) {
			t.Fatalf("stalled session not ended; log:\n%s", env.logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}
