package sshd

import (
	"encoding/pem"
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
	for _, tool := range []string{"ssh", "tmux"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (.ci/run installs openssh-client and tmux): %v", tool, err)
		}
	}
	env := startServer(t)
	dir := t.TempDir()
	keyPath := filepath.Join(dir, "id_ed25519")
	block, err := gossh.MarshalPrivateKey(env.alice.priv, "alice@test")
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
		fmt.Sprintf(`%s; echo "ssh exited $?"; sleep 60`, sshCmd))

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
