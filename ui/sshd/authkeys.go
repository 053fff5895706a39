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
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// maxAuthorizedKeysSize bounds the authorized_keys file the server reads.
const maxAuthorizedKeysSize = 4 << 20

// harmlessOptions are authorized_keys options the server satisfies anyway:
// it never forwards ports, agents or X11 and runs no rc files. A key with
// any other option (from=, command=, no-pty, expiry-time...) is skipped with
// a warning rather than admitted without the restriction it asks for.
var harmlessOptions = map[string]bool{
	"restrict":            true,
	"no-port-forwarding":  true,
	"no-agent-forwarding": true,
	"no-x11-forwarding":   true,
	"no-user-rc":          true,
}

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
		if bad := unsupportedOption(options); bad != "" {
			problems = append(problems, keyProblem{n, fmt.Sprintf("option %q is not supported: key ignored", bad)})
			continue
		}
		keys[string(key.Marshal())] = key
	}
	if err := sc.Err(); err != nil {
		problems = append(problems, keyProblem{0, "read stopped: " + err.Error()})
	}
	return keys, problems
}

// unsupportedOption returns the first option the server cannot honour.
func unsupportedOption(options []string) string {
	for _, o := range options {
		name, _, _ := strings.Cut(o, "=")
		if !harmlessOptions[strings.ToLower(name)] {
			return name
		}
	}
	return ""
}

// fileStamp identifies one version of a file, to notice changes cheaply.
type fileStamp struct {
	exists  bool
	size    int64
	modTime time.Time
	inode   uint64
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

// reload re-reads the file when it changed since the last read (or always,
// when force is set). A missing file empties the ring: removing the file
// revokes every key. A file that exists but cannot be read keeps the
// previous keys and returns the error.
func (r *keyRing) reload(force bool) (loadResult, error) {
	stamp, err := statFile(r.path)
	if err != nil {
		return loadResult{}, err
	}
	r.mu.RLock()
	same := stamp == r.stamp
	r.mu.RUnlock()
	if same && !force {
		return loadResult{}, nil
	}
	keys := map[string]gossh.PublicKey{}
	var problems []keyProblem
	if stamp.exists {
		data, err := readLimited(r.path)
		if err != nil {
			return loadResult{}, err
		}
		keys, problems = parseAuthorizedKeys(data)
	}
	r.mu.Lock()
	r.keys, r.stamp = keys, stamp
	r.mu.Unlock()
	return loadResult{Changed: true, Missing: !stamp.exists, Keys: len(keys), Problems: problems}, nil
}

// statFile stamps path; a missing file is a stamp, not an error.
func statFile(path string) (fileStamp, error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return fileStamp{}, nil
	}
	if err != nil {
		return fileStamp{}, fmt.Errorf("authorized keys: %w", err)
	}
	return fileStamp{exists: true, size: info.Size(), modTime: info.ModTime(), inode: inodeOf(info)}, nil
}

// readLimited reads a file of at most maxAuthorizedKeysSize bytes.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("authorized keys: %w", err)
	}
	defer f.Close() //nolint:errcheck // read-only
	data, err := io.ReadAll(io.LimitReader(f, maxAuthorizedKeysSize+1))
	if err != nil {
		return nil, fmt.Errorf("authorized keys %s: %w", path, err)
	}
	if len(data) > maxAuthorizedKeysSize {
		return nil, fmt.Errorf("authorized keys %s: larger than %d bytes", path, maxAuthorizedKeysSize)
	}
	return data, nil
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
