package sshd

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

func TestLoginsOtherThanAnAuthorizedKeyAreRefused(t *testing.T) {
	env := startServer(t, withProbe())
	var guesses []gossh.Signer
	for i := range 2*env.cfg.MaxAuthTries + 1 {
		guesses = append(guesses, newTestKey(t, fmt.Sprint("guess", i)).signer)
	}
	const refused = "unable to authenticate"
	cases := []struct {
		name string
		auth []gossh.AuthMethod
		want string
	}{
		{"unknown key", []gossh.AuthMethod{gossh.PublicKeys(env.mallory.signer)}, refused},
		{"no key (none)", nil, refused},
		{"password", []gossh.AuthMethod{gossh.Password("hunter2")}, refused},
		{"keyboard-interactive", []gossh.AuthMethod{gossh.KeyboardInteractive(
			func(string, string, []string, []bool) ([]string, error) { return []string{"hunter2"}, nil })}, refused},
		{"password then unknown key", []gossh.AuthMethod{gossh.Password("x"), gossh.PublicKeys(env.mallory.signer)}, refused},
		// The connection is cut at the limit, as sshd does.
		{"more keys than attempts allowed", []gossh.AuthMethod{gossh.PublicKeys(guesses...)}, "handshake failed: EOF"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := env.dial(tc.auth...)
			if err == nil {
				c.Close()
				t.Fatal("login succeeded; want it refused")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v; want %q", err, tc.want)
			}
		})
	}
	logs := env.logs.String()
	if !strings.Contains(logs, "authentication refused") || !strings.Contains(logs, fingerprint(env.mallory.signer.PublicKey())) {
		t.Errorf("log does not record the refused key by fingerprint:\n%s", logs)
	}
	if strings.Contains(logs, "hunter2") {
		t.Error("a password attempt reached the log")
	}
}

func TestOnlyPublicKeyIsOffered(t *testing.T) {
	env := startServer(t, withProbe())
	// The x/crypto client only tries the methods the server lists after
	// "none": with password and keyboard-interactive on offer it tries
	// neither, because the server lists only publickey.
	_, err := env.dial(gossh.Password("x"), gossh.KeyboardInteractive(
		func(string, string, []string, []bool) ([]string, error) { return []string{"x"}, nil }))
	if err == nil || !strings.Contains(err.Error(), "attempted methods [none]") {
		t.Errorf("login = %v; want only the none method attempted", err)
	}
}

// offerOnlySigner offers a public key it cannot sign for: the x/crypto
// client asks the server whether the key would do (the server, the key
// being authorized, says yes), then fails to sign, and sends nothing more
// with it. This is the first half of GHSA-pchf-49fh-w34r.
type offerOnlySigner struct{ pub gossh.PublicKey }

func (o offerOnlySigner) PublicKey() gossh.PublicKey { return o.pub }

func (o offerOnlySigner) Sign(io.Reader, []byte) (*gossh.Signature, error) {
	return nil, errors.New("offer only: no private key")
}

func TestOfferedKeyDoesNotGrantItsIdentity(t *testing.T) {
	env := startServer(t, withProbe())
	victim, attacker := env.alice, env.bob
	// The GHSA-pchf-49fh-w34r sequence: offer the victim's key without
	// signing, then log in with one's own key on the same connection.
	offered := false
	cfg := env.clientConfig(gossh.PublicKeys(offerOnlySigner{victim.signer.PublicKey()}))
	cfg.AuthCallback = func(ctx *gossh.ClientAuthContext) (gossh.AuthMethod, error) {
		if slices.Contains(ctx.TriedMethods, "publickey") && !offered {
			offered = true
			return gossh.PublicKeys(attacker.signer), nil
		}
		return nil, nil
	}
	c, err := gossh.Dial("tcp", env.addr, cfg)
	if err != nil {
		t.Fatalf("attacker's own key should still log in: %v", err)
	}
	defer c.Close()
	if !offered {
		t.Fatal("the victim's key was never offered; the test did not run the sequence")
	}
	tm := openTerm(t, c, 100, 20)
	screen := tm.waitText("probe user")
	if want := fingerprint(attacker.signer.PublicKey()); !strings.Contains(screen, want) {
		t.Errorf("session identity is not the key that authenticated (%s); screen:\n%s", want, screen)
	}
	if strings.Contains(screen, fingerprint(victim.signer.PublicKey())) {
		t.Fatal("session took the identity of the merely offered key")
	}
	// The state written belongs to the attacker only.
	tm.press("m")
	tm.waitText("read 1")
	tm.press("q")
	_ = tm.waitEnd()
	c.Close()
	victimDir := filepath.Join(env.cfg.StateDir, stateName(victim.signer.PublicKey()))
	if _, err := os.Stat(victimDir); !os.IsNotExist(err) {
		t.Errorf("victim's state directory exists (%v): the attacker wrote as the victim", err)
	}
	attackerState := filepath.Join(env.cfg.StateDir, stateName(attacker.signer.PublicKey()), "state.json")
	if _, err := os.Stat(attackerState); err != nil {
		t.Errorf("attacker's state not saved: %v", err)
	}
}

func TestAuthorizedKeysParsing(t *testing.T) {
	a := newTestKey(t, "a")
	b := newTestKey(t, "b")
	line := func(k testKey) string { return strings.TrimSpace(k.authorizedLine()) }
	cert := &gossh.Certificate{Key: a.signer.PublicKey(), CertType: gossh.UserCert,
		ValidPrincipals: []string{"analyst"}, ValidBefore: gossh.CertTimeInfinity}
	if err := cert.SignCert(rand.Reader, b.signer); err != nil {
		t.Fatal(err)
	}
	certLine := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(cert)))
	cases := []struct {
		name     string
		text     string
		keys     int
		problems int
	}{
		{"empty", "", 0, 0},
		{"comments and blanks", "# team\n\n   \n" + line(a) + "\n", 1, 0},
		{"two keys", line(a) + "\n" + line(b) + "\n", 2, 0},
		{"duplicate", line(a) + "\n" + line(a) + "\n", 1, 0},
		{"options the server satisfies anyway", "no-port-forwarding,no-agent-forwarding,no-X11-forwarding,no-user-rc " + line(a) + "\n", 1, 0},
		{"restrict forbids the PTY the reader needs", "restrict " + line(a) + "\n" + line(b), 1, 1},
		{"restrict,pty admitted", "restrict,pty " + line(a) + "\n", 1, 0},
		{"restrict with forwarding re-enabled but no pty", "restrict,port-forwarding,agent-forwarding,X11-forwarding,user-rc " + line(a), 0, 1},
		{"pty before restrict is undone by it", "pty,restrict " + line(a), 0, 1},
		{"no-pty skipped", "no-pty " + line(a), 0, 1},
		{"no-pty undone by a later pty", "no-pty,pty " + line(a), 1, 0},
		{"from= is not honoured, so the key is skipped", `from="10.0.0.0/8" ` + line(a) + "\n" + line(b), 1, 1},
		{"command= skipped", `command="/bin/sh" ` + line(a), 0, 1},
		{"garbage line", "ssh-ed25519 AAAAnotbase64!!\n" + line(b), 1, 1},
		{"crlf", line(a) + "\r\n" + line(b) + "\r\n", 2, 0},
		{"certificate", certLine + "\n" + line(b), 1, 1},
		{"cert-authority option", "cert-authority " + line(a), 0, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			keys, problems := parseAuthorizedKeys([]byte(tc.text))
			if len(keys) != tc.keys || len(problems) != tc.problems {
				t.Errorf("got %d keys, problems %v; want %d keys, %d problems", len(keys), problems, tc.keys, tc.problems)
			}
		})
	}
}

// TestRestrictedKeysOverSSH logs in with keys whose authorized_keys lines
// carry restrict: alone it forbids a PTY, which the reader needs, so the
// key is kept out with a warning; restrict,pty is the usual way to admit
// a key for interactive use only.
func TestRestrictedKeysOverSSH(t *testing.T) {
	env := startServer(t, withProbe())
	writeFile(t, env.keysPath, "restrict,pty "+env.alice.authorizedLine()+"restrict "+env.bob.authorizedLine())
	env.srv.reloadKeys(true)
	openTerm(t, env.login(t, env.alice), 80, 24).waitText("probe user")
	if c, err := env.dial(gossh.PublicKeys(env.bob.signer)); err == nil {
		c.Close()
		t.Error("a key restricted to no PTY was admitted to a reader that needs one")
	}
	logs := env.logs.String()
	if !strings.Contains(logs, "line=2") || !strings.Contains(logs, "no terminal allowed") {
		t.Errorf("the skipped restrict line was not logged with its line and reason:\n%s", logs)
	}
}

func TestHostKeyIsGeneratedPrivateAndReused(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "data", "sitrep", "ssh_host_ed25519")
	first, created, err := loadHostKey(path)
	if err != nil || !created {
		t.Fatalf("first start: created=%v err=%v", created, err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o600 {
		t.Errorf("host key mode %#o; want 0600", perm)
	}
	again, created, err := loadHostKey(path)
	if err != nil || created {
		t.Fatalf("second start: created=%v err=%v", created, err)
	}
	if fingerprint(first.PublicKey()) != fingerprint(again.PublicKey()) {
		t.Error("second start generated a new host key; clients would see a changed host")
	}
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := loadHostKey(path); err == nil || !strings.Contains(err.Error(), "too open") {
		t.Errorf("world-readable host key: err = %v; want it refused", err)
	}
	junk := filepath.Join(dir, "junk")
	writeFile(t, junk, "not a key")
	if _, _, err := loadHostKey(junk); err == nil {
		t.Error("a file that is not a key was accepted as the host key")
	}
}
