package sshd

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"
)

// freeAddr returns a local address nobody listens on (for Run, which
// listens itself).
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func TestRunServesUntilCancelledThenStops(t *testing.T) {
	dir := t.TempDir()
	alice := newTestKey(t, "alice")
	keys := filepath.Join(dir, "authorized_keys")
	writeFile(t, keys, alice.authorizedLine())
	logs := &syncBuffer{}
	cfg := Config{
		Listen:             freeAddr(t),
		HostKeyPath:        filepath.Join(dir, "host_key"),
		AuthorizedKeysPath: keys,
		StateDir:           filepath.Join(dir, "state"),
		Logger:             log.NewWithOptions(logs, log.Options{}),
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- Run(ctx, cfg) }()

	var c *gossh.Client
	waitUntil(t, "the server to listen", func() bool {
		var err error
		c, err = gossh.Dial("tcp", cfg.Listen, &gossh.ClientConfig{
			User: "analyst", Auth: []gossh.AuthMethod{gossh.PublicKeys(alice.signer)},
			HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: time.Second,
		})
		return err == nil
	})
	defer c.Close()
	tm := openTerm(t, c, 100, 30)
	tm.waitText("Stories 1/")

	start := time.Now()
	cancel() // what main does on SIGINT or SIGTERM
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(shutdownBudget + time.Second):
		t.Fatal("Run did not return within the shutdown budget")
	}
	if took := time.Since(start); took > shutdownBudget {
		t.Errorf("stopping took %s", took)
	}
	_ = tm.waitEnd()
	if s := tm.screen.Text(); !strings.Contains(s, "the server is stopping") {
		t.Errorf("the session was not told:\n%s", s)
	}
	for _, want := range []string{"listening", "authentication accepted", "session start", "session end", "stopped"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log has no %q line:\n%s", want, logs.String())
		}
	}
	info, err := os.Stat(cfg.HostKeyPath)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("host key: %v, mode %v; want 0600", err, info.Mode().Perm())
	}
}

func TestOpenModeAdmitsAnyKeyWithItsOwnState(t *testing.T) {
	env := startServer(t, withProbe(), withConfig(func(c *Config) { c.Open = true }))
	stranger := newTestKey(t, "stranger")
	tm := openTerm(t, env.login(t, stranger), 100, 20)
	tm.waitText(fingerprint(stranger.signer.PublicKey()))
	if _, err := env.dial(gossh.Password("x")); err == nil {
		t.Error("open mode admitted a password login")
	}
}
