package sshd

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"sync"

	gossh "golang.org/x/crypto/ssh"
)

// maxAuthorizedKeysSize bounds the authorized_keys file the server reads.
const maxAuthorizedKeysSize = 4 << 20

// keyOptions is what the server makes of each authorized_keys option it
// understands. It never forwards ports, agents or X11 and runs no rc files,
// so the options that forbid those are satisfied anyway, and those that
// permit them again grant nothing. A key with any other option (from=,
// command=, expiry-time=...) is skipped with a warning rather than admitted
// without the restriction it asks for.
var keyOptions = map[string]optionEffect{
	"restrict":            forbidPty, // and forwarding and rc files, as sshd(8) says
	"no-pty":              forbidPty,
	"pty":                 permitPty,
	"no-port-forwarding":  noEffect,
	"no-agent-forwarding": noEffect,
	"no-x11-forwarding":   noEffect,
	"no-user-rc":          noEffect,
	"port-forwarding":     noEffect,
	"agent-forwarding":    noEffect,
	"x11-forwarding":      noEffect,
	"user-rc":             noEffect,
}

// optionEffect is what one option does to the terminal the reader needs.
type optionEffect int

const (
	noEffect optionEffect = iota
	forbidPty
	permitPty
)

// keyProblem is a line of authorized_keys that was skipped, and why.
type keyProblem struct {
	Line   int
	Reason string
}

func (p keyProblem) Error() string { return fmt.Sprintf("line %d: %s", p.Line, p.Reason) }

// parseAuthorizedKeys reads OpenSSH authorized_keys text. It returns the
// keys it admits, keyed by their wire encoding, and the lines it skipped.
func parseAuthorizedKeys(data []byte) (map[string]gossh.PublicKey, []keyProblem) {
	keys := make(map[string]gossh.PublicKey)
	var problems []keyProblem
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 64<<10)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		key, _, options, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			problems = append(problems, keyProblem{n, "not a public key"})
			continue
		}
		if _, isCert := key.(*gossh.Certificate); isCert {
			problems = append(problems, keyProblem{n, "certificates are not supported"})
			continue
		}
		if reason := refusedOptions(options); reason != "" {
			problems = append(problems, keyProblem{n, reason + ": key ignored"})
			continue
		}
		keys[string(key.Marshal())] = key
	}
	if err := sc.Err(); err != nil {
		problems = append(problems, keyProblem{0, "read stopped: " + err.Error()})
	}
	return keys, problems
}

// refusedOptions says why a key's options keep it out, or returns "".
// Options apply left to right, as in sshd: "restrict" forbids a PTY and a
// later "pty" allows it again. A key left without a PTY is refused, since
// the reader cannot run without one.
func refusedOptions(options []string) string {
	noPty := false
	for _, o := range options {
		name, _, _ := strings.Cut(o, "=")
		effect, known := keyOptions[strings.ToLower(name)]
		if !known {
			return fmt.Sprintf("option %q is not supported", clientString(name))
		}
		switch effect {
		case forbidPty:
			noPty = true
		case permitPty:
			noPty = false
		}
	}
	if noPty {
		return "no terminal allowed (restrict or no-pty), and the reader needs one; add pty after restrict to admit it"
	}
	return ""
}

// fileStamp identifies one version of a file by its content, so that any
// edit is seen, even one that keeps the size, time and inode.
type fileStamp struct {
	exists bool
	sum    [sha256.Size]byte
}

// keyRing is the set of authorized keys, re-read when its file changes.
// It is safe for concurrent use.
type keyRing struct {
	path string

	mu    sync.RWMutex
	keys  map[string]gossh.PublicKey
	stamp fileStamp
}

// loadResult reports what a (re)load of authorized_keys found.
type loadResult struct {
	Changed  bool
	Missing  bool
	Keys     int
	Problems []keyProblem
}

// newKeyRing returns a ring for path; call reload to read it.
func newKeyRing(path string) *keyRing {
	return &keyRing{path: path, keys: map[string]gossh.PublicKey{}}
}

// authorized reports whether key is in the ring.
func (r *keyRing) authorized(key gossh.PublicKey) bool {
	if key == nil {
		return false
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	_, ok := r.keys[string(key.Marshal())]
	return ok
}

// reload re-reads the file and applies it when its content changed since
// the last read (or always, when force is set). A missing file empties the ring: removing the file
// revokes every key. A file that exists but cannot be read keeps the
// previous keys and returns the error.
func (r *keyRing) reload(force bool) (loadResult, error) {
	data, exists, err := readKeysFile(r.path)
	if err != nil {
		return loadResult{}, err
	}
	stamp := fileStamp{exists: exists, sum: sha256.Sum256(data)}
	r.mu.RLock()
	same := stamp == r.stamp
	r.mu.RUnlock()
	if same && !force {
		return loadResult{}, nil
	}
	keys, problems := parseAuthorizedKeys(data)
	r.mu.Lock()
	r.keys, r.stamp = keys, stamp
	r.mu.Unlock()
	return loadResult{Changed: true, Missing: !exists, Keys: len(keys), Problems: problems}, nil
}

// readKeysFile reads the regular file at path, of at most
// maxAuthorizedKeysSize bytes. A missing file is no error: it reads as
// empty, and exists is false.
func readKeysFile(path string) (data []byte, exists bool, err error) {
	f, err := os.OpenFile(path, os.O_RDONLY|openNonblock, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("authorized keys: %w", err)
	}
	defer f.Close() //nolint:errcheck // read-only
	info, err := f.Stat()
	if err != nil {
		return nil, false, fmt.Errorf("authorized keys: %w", err)
	}
	if !info.Mode().IsRegular() {
		return nil, false, fmt.Errorf("authorized keys %s: not a regular file", path)
	}
	data, err = io.ReadAll(io.LimitReader(f, maxAuthorizedKeysSize+1))
	if err != nil {
		return nil, false, fmt.Errorf("authorized keys %s: %w", path, err)
	}
	if len(data) > maxAuthorizedKeysSize {
		return nil, false, fmt.Errorf("authorized keys %s: larger than %d bytes", path, maxAuthorizedKeysSize)
	}
	return data, true, nil
}

// fingerprint is the key's SHA256 fingerprint as OpenSSH prints it
// ("SHA256:..."): the identity of a user in logs and state.
func fingerprint(key gossh.PublicKey) string { return gossh.FingerprintSHA256(key) }

// stateName turns a key into a directory name safe on any file system:
// "sha256-" and the unpadded URL-safe base64 of the key's SHA-256.
func stateName(key gossh.PublicKey) string {
	sum := sha256.Sum256(key.Marshal())
	return "sha256-" + base64.RawURLEncoding.EncodeToString(sum[:])
}
