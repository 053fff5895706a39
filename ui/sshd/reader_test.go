package sshd

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"sitrep/briefing"
)

// savedState reads the reading state the server saved for a key.
func savedState(t *testing.T, env *testEnv, k testKey) map[string]briefing.ReadingState {
	t.Helper()
	path := filepath.Join(env.cfg.StateDir, stateName(k.signer.PublicKey()), "state.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%s's state: %v", k.name, err)
	}
	var f struct {
		Briefings map[string]briefing.ReadingState `json:"briefings"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatalf("%s's state: %v", k.name, err)
	}
	return f.Briefings
}

// footerRow reports whether the reader's status line sits on the given
// row of the screen (0-based), as it does when laid out for that height.
func footerRow(row int, pane string) func(string) bool {
	return func(s string) bool {
		lines := strings.Split(s, "\n")
		return row < len(lines) && strings.Contains(lines[row], pane)
	}
}

func TestReaderOverSSH(t *testing.T) {
	env := startServer(t)
	n := env.srv.lib.Len()
	tm := openTerm(t, env.login(t, env.alice), 120, 30)
	tm.waitText(fmt.Sprintf("Stories 1/%d", n))
	tm.waitText(env.srv.lib.Briefings()[0].Title[:20])

	tm.press("j")
	tm.waitText(fmt.Sprintf("Stories 2/%d", n))
	second := env.srv.lib.Briefings()[1]
	tm.waitText(second.Title[:20])

	tm.press("\r") // open it: it becomes read
	tm.waitFor("the reader pane focused", footerRow(28, "READER"))
	tm.waitText(fmt.Sprintf("%d unread", n-1))
	tm.press("s")
	tm.waitText("Starred")

	tm.press("q")
	if err := tm.waitEnd(); err != nil {
		t.Errorf("quit: %v", err)
	}
	got := savedState(t, env, env.alice)[second.ID]
	if !got.Read || !got.Starred {
		t.Errorf("state of %s after reading and starring it = %+v; want read and starred", second.ID, got)
	}

	// A new session of the same user finds it; another user does not.
	again := openTerm(t, env.login(t, env.alice), 120, 30)
	again.waitText(fmt.Sprintf("%d unread", n-1))
	bob := openTerm(t, env.login(t, env.bob), 120, 30)
	bob.waitText(fmt.Sprintf("%d unread", n))
}

func TestReaderReflowsOnResize(t *testing.T) {
	env := startServer(t)
	tm := openTerm(t, env.login(t, env.alice), 120, 40)
	tm.waitFor("the status line above the last row of 40", footerRow(38, "STORIES"))
	tm.resize(80, 24)
	screen := tm.waitFor("the status line above the last row of 24", footerRow(22, "STORIES"))
	if !strings.Contains(screen, "Stories 1/") {
		t.Errorf("the list is missing after the resize:\n%s", screen)
	}
	tm.resize(200, 60)
	tm.waitFor("the status line above the last row of 60", footerRow(58, "STORIES"))
}

func TestCorruptStateIsSetAsideAndTheSessionStarts(t *testing.T) {
	env := startServer(t)
	dir := filepath.Join(env.cfg.StateDir, stateName(env.alice.signer.PublicKey()))
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "state.json"), "{not json")
	tm := openTerm(t, env.login(t, env.alice), 120, 30)
	tm.waitText(fmt.Sprintf("%d unread", env.srv.lib.Len()))
	if !strings.Contains(env.logs.String(), "corrupt reading state set aside") {
		t.Errorf("the corrupt state was not logged:\n%s", env.logs.String())
	}
	moved, _ := filepath.Glob(filepath.Join(dir, "state.json.corrupt-*"))
	if len(moved) != 1 {
		t.Errorf("corrupt file not set aside: %v", moved)
	}
}

// rawTerm opens a reader session of w×h whose every byte is also kept in
// raw, with env set in the session first.
func rawTerm(t *testing.T, env *testEnv, termName string, vars map[string]string, raw io.Writer) *term {
	t.Helper()
	c := env.login(t, env.alice)
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sess.Close() })
	for k, v := range vars {
		if err := sess.Setenv(k, v); err != nil {
			t.Fatalf("setenv %s: %v", k, err)
		}
	}
	tm := &term{t: t, sess: sess, screen: newVT(100, 30), ended: make(chan error, 1)}
	if err := sess.RequestPty(termName, 30, 100, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if tm.in, err = sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	sess.Stdout = io.MultiWriter(tm.screen, raw)
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	go func() { tm.ended <- sess.Wait() }()
	return tm
}

// TestFramesCarryTheClientsColours: the colours a session is sent are the
// ones its terminal shows — 256 or 16 colours downsampled from the
// reader's, true colour only to a terminal that says it has it.
func TestFramesCarryTheClientsColours(t *testing.T) {
	cases := []struct {
		name      string
		term      string
		vars      map[string]string
		want      *regexp.Regexp // a colour of this kind is sent
		forbidden *regexp.Regexp // no colour of this kind is
	}{
		{"256 colours", "xterm-256color", nil, regexp.MustCompile(`\x1b\[[0-9;]*38;5;\d+`), regexp.MustCompile(`[34]8;2;`)},
		{"16 colours", "xterm", nil, regexp.MustCompile(`\x1b\[([0-9]+;)*(3[0-7]|9[0-7])(;[0-9]+)*m`), regexp.MustCompile(`[34]8;[25];`)},
		{"true colour", "xterm-256color", map[string]string{"COLORTERM": "truecolor"}, regexp.MustCompile(`\x1b\[[0-9;]*38;2;\d+;\d+;\d+`), nil},
	}
	env := startServer(t)
	n := env.srv.lib.Len()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var raw syncBuffer
			tm := rawTerm(t, env, tc.term, tc.vars, &raw)
			tm.waitText(fmt.Sprintf("Stories 1/%d", n))
			tm.press("j")
			tm.waitText(fmt.Sprintf("Stories 2/%d", n))
			out := raw.String()
			if !tc.want.MatchString(out) {
				t.Errorf("no colour matching %s was sent", tc.want)
			}
			if tc.forbidden != nil && tc.forbidden.MatchString(out) {
				t.Errorf("sent %q, which the terminal does not show", tc.forbidden.FindString(out))
			}
			tm.press("q")
			if err := tm.waitEnd(); err != nil {
				t.Errorf("quit: %v", err)
			}
		})
	}
}

// TestSessionModeQuestions follows the questions about modes 2026 and 2027
// through a real session: asked unless the client says it is Apple's
// Terminal (TERM_PROGRAM, sent as OpenSSH's SendEnv sends it); a terminal
// answering that 2027 is off gets it switched on, and off again when the
// session ends.
func TestSessionModeQuestions(t *testing.T) {
	env := startServer(t, withProbe())
	var apple syncBuffer
	tm := rawTerm(t, env, "xterm-256color", map[string]string{"TERM_PROGRAM": "Apple_Terminal"}, &apple)
	tm.waitText("probe user")
	tm.press("q")
	if err := tm.waitEnd(); err != nil {
		t.Errorf("quit: %v", err)
	}
	if strings.Contains(apple.String(), "$p") {
		t.Errorf("Apple's Terminal was asked about modes: %q", apple.String())
	}

	var raw syncBuffer
	tm = rawTerm(t, env, "xterm-256color", nil, &raw)
	tm.waitText("probe user")
	if out := raw.String(); !strings.Contains(out, ansi.RequestModeSynchronizedOutput) || !strings.Contains(out, ansi.RequestModeUnicodeCore) {
		t.Fatalf("the terminal was not asked about modes 2026 and 2027: %q", out)
	}
	tm.press("\x1b[?2027;2$y") // supported, off
	deadline := time.Now().Add(waitTimeout)
	for !strings.Contains(raw.String(), ansi.SetModeUnicodeCore) {
		if time.Now().After(deadline) {
			t.Fatalf("2027 was not switched on after the answer: %q", raw.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	tm.press("q")
	if err := tm.waitEnd(); err != nil {
		t.Errorf("quit: %v", err)
	}
	if out := raw.String(); !strings.Contains(out[strings.LastIndex(out, ansi.SetModeUnicodeCore):], ansi.ResetModeUnicodeCore) {
		t.Errorf("2027 was not switched off at the end: %q", out)
	}
}
