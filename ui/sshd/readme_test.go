package sshd

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

// readmeServing returns the "Serving a team" section of the README.
func readmeServing(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	start := strings.Index(text, "## Serving a team")
	if start < 0 {
		t.Fatal("README has no Serving a team section")
	}
	text = text[start:]
	if end := strings.Index(text[3:], "\n## "); end >= 0 {
		text = text[:end+3]
	}
	return text
}

// inWords writes a duration as the README does: "15 minutes".
func inWords(d time.Duration) string {
	for _, u := range []struct {
		size time.Duration
		name string
	}{{time.Hour, "hour"}, {time.Minute, "minute"}, {time.Second, "second"}} {
		if d%u.size == 0 {
			n := int(d / u.size)
			if n == 1 {
				return "1 " + u.name
			}
			return fmt.Sprintf("%d %ss", n, u.name)
		}
	}
	return d.String()
}

// TestREADMELimitsAreTheDefaults checks the README's table of limits
// against DefaultConfig, row by row: every flag of the limits is there,
// with the default the server applies.
func TestREADMELimitsAreTheDefaults(t *testing.T) {
	cfg, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"`--max-sessions`":            fmt.Sprint(cfg.MaxSessions),
		"`--max-sessions-per-key`":    fmt.Sprint(cfg.MaxSessionsPerKey),
		"`--idle-timeout`":            inWords(cfg.IdleTimeout),
		"`--max-session-time`":        inWords(cfg.MaxSessionTime),
		"`--login-grace`":             inWords(cfg.LoginGrace),
		"`--silent-grace`":            inWords(cfg.SilentGrace),
		"`--max-auth-tries`":          fmt.Sprint(cfg.MaxAuthTries),
		"`--max-startups`":            cfg.MaxStartups.String(),
		"`--per-source-max-startups`": fmt.Sprint(cfg.PerSourceMaxStartups),
		"`--keepalive`, `--keepalive-max-missed`": fmt.Sprintf("%s; %d",
			inWords(cfg.KeepaliveInterval), cfg.KeepaliveMaxMissed),
	}
	row := regexp.MustCompile(`(?m)^\| (.+) \| (.+) \| (` + "`--" + `.+) \|$`)
	seen := map[string]bool{}
	for _, m := range row.FindAllStringSubmatch(readmeServing(t), -1) {
		flags, def := m[3], m[2]
		w, ok := want[flags]
		if !ok {
			t.Errorf("README lists %s, which is not a limit of the server", flags)
			continue
		}
		seen[flags] = true
		if def != w {
			t.Errorf("README: %s defaults to %q; the server's default is %q", flags, def, w)
		}
	}
	for flags := range want {
		if !seen[flags] {
			t.Errorf("README's table of limits has no row for %s", flags)
		}
	}
}

// TestREADMENoColorIsNonEmpty: no-color.org says a non-empty NO_COLOR
// turns colour off, and so do the server (colourProfile) and the README.
func TestREADMENoColorIsNonEmpty(t *testing.T) {
	section := readmeServing(t)
	if !strings.Contains(section, "`NO_COLOR` with a non-empty value turns colour off") ||
		strings.Contains(section, "any value") {
		t.Error("README does not say that a non-empty NO_COLOR turns colour off")
	}
	if _, noColor := colourProfile([]string{"NO_COLOR=0"}, "xterm-256color"); !noColor {
		t.Error("NO_COLOR=0 (non-empty) left colour on")
	}
	if _, noColor := colourProfile([]string{"NO_COLOR="}, "xterm-256color"); noColor {
		t.Error("an empty NO_COLOR turned colour off")
	}
}
