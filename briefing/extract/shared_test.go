package extract

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir is ../shared beside the repository, where the fixtures and the
// conformance suite live.
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
		missingShared(t, path, err)
	}
	return data
}

// missingShared fails (under CI) or skips t for a missing ../shared path.
func missingShared(t testing.TB, path string, err error) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("%s needs %s, which is missing (%v); CI is set, so this is a failure, not a skip", t.Name(), path, err)
	}
	fmt.Fprintf(os.Stderr, "SKIP %s: %s is missing (%v); run beside ../shared to measure it\n", t.Name(), path, err)
	t.Skipf("%s is missing (%v): nothing to measure", path, err)
}

// TestMissingShared runs the test binary on a probe that reads a file
// absent from ../shared: with CI set it must fail and say why, without it
// skip and say so.
func TestMissingShared(t *testing.T) {
	if os.Getenv("SITREP_SHARED_PROBE") != "" {
		readShared(t, "no-such-dir", "no-such-file.txt")
		t.Fatal("readShared returned for a missing file")
	}
	cases := []struct {
		ci       string
		fail     bool
		messages []string
	}{
		{ci: "true", fail: true, messages: []string{"no-such-file.txt", "missing", "CI is set"}},
		{ci: "", fail: false, messages: []string{"SKIP TestMissingShared", "no-such-file.txt", "nothing to measure"}},
	}
	for _, c := range cases {
		cmd := exec.Command(os.Args[0], "-test.run=^TestMissingShared$", "-test.v")
		cmd.Env = append(os.Environ(), "SITREP_SHARED_PROBE=1", "CI="+c.ci)
		out, err := cmd.CombinedOutput()
		if failed := err != nil; failed != c.fail {
			t.Errorf("CI=%q: failed = %v, want %v:\n%s", c.ci, failed, c.fail, out)
		}
		for _, m := range c.messages {
			if !strings.Contains(string(out), m) {
				t.Errorf("CI=%q: output does not say %q:\n%s", c.ci, m, out)
			}
		}
	}
}
