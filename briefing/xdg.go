package briefing

import (
	"fmt"
	"os"
	"path/filepath"
)

// XDGDir is sitrep's directory under the XDG base directory that env names
// (XDG_DATA_HOME, XDG_STATE_HOME, XDG_CONFIG_HOME), or under the default
// given relative to the home directory (".local", "share"). A relative
// value of env is ignored, as the XDG spec requires.
func XDGDir(env string, def ...string) (string, error) {
	if dir := os.Getenv(env); filepath.IsAbs(dir) {
		return filepath.Join(dir, "sitrep"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find %s: %w", env, err)
	}
	return filepath.Join(append(append([]string{home}, def...), "sitrep")...), nil
}
