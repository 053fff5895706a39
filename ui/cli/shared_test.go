package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// sharedDir is ../shared beside the repository, where the fixtures live.
const sharedDir = "../../../shared"

// readShared reads a file under ../shared. A test that needs it measures
// nothing without it, so a missing file fails the test when the CI
// environment variable is set, and skips it with a visible message
// otherwise (a fresh clone without ../shared).
func readShared(t testing.TB, rel ...string) []byte {
	t.Helper()
	path := filepath.Join(append([]string{sharedDir}, rel...)...)
	data, err := os.ReadFile(path)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s needs %s, which is missing (%v); CI is set, so this is a failure, not a skip", t.Name(), path, err)
		}
		fmt.Fprintf(os.Stderr, "SKIP %s: %s is missing (%v); run beside ../shared to measure it\n", t.Name(), path, err)
		t.Skipf("%s is missing (%v): nothing to measure", path, err)
	}
	return data
}
