package briefing

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
)

// CacheDir is sitrep's directory under the XDG cache directory
// ($XDG_CACHE_HOME/sitrep, else ~/.cache/sitrep): what can be rebuilt from
// the library, such as its index, lives there.
func CacheDir() (string, error) { return XDGDir("XDG_CACHE_HOME", ".cache") }

// CacheKey names what sitrep's cache holds of the library in dir (its
// index, the filter's kept word index): the directory's name, its
// letters, digits, dots, dashes and underscores kept (40 at most; others
// become "_", so that no name can change the meaning of a database URI or
// a path), then a hash of its absolute path, which tells libraries apart.
func CacheKey(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("cache: %w", err)
	}
	sum := sha256.Sum256([]byte(abs))
	out := []rune{}
	for _, r := range filepath.Base(abs) {
		if r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_') {
			out = append(out, r)
		} else {
			out = append(out, '_')
		}
		if len(out) == 40 {
			break
		}
	}
	return string(out) + "-" + hex.EncodeToString(sum[:6]), nil
}
