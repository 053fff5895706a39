//go:build unix

package sshd

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// captureStderr sends what the process writes to its standard error (the
// file descriptor, so every logger's and the runtime's writes alike) into
// a pipe until the returned function is called, which gives it back.
func captureStderr(t *testing.T) func() string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	saved, err := unix.Dup(2)
	if err != nil {
		t.Fatal(err)
	}
	if err := unix.Dup2(int(w.Fd()), 2); err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	copied := make(chan struct{})
	go func() {
		_, _ = io.Copy(&got, r) //nolint:errcheck // the pipe closes
		close(copied)
	}()
	restored := false
	restore := func() string {
		if !restored {
			restored = true
			_ = unix.Dup2(saved, 2) //nolint:errcheck // back as it was
			_ = unix.Close(saved)   //nolint:errcheck // a copy
			_ = w.Close()           //nolint:errcheck // ends the copy
			<-copied
			_ = r.Close() //nolint:errcheck // drained
		}
		return got.String()
	}
	t.Cleanup(func() { restore() })
	return restore
}

// TestKilledSessionLogsOnlyToTheServersLog kills a session's program, as
// the server does to a session that does not end when told: the server's
// log records the session's end, and nothing reaches the process's
// standard error (wish's bubbletea middleware logged "app exit with error"
// there, through charm's process-wide default logger).
func TestKilledSessionLogsOnlyToTheServersLog(t *testing.T) {
	env := startServer(t, withProbe())
	stderr := captureStderr(t)
	tm := openTerm(t, env.login(t, env.alice), 100, 20)
	tm.waitText("probe user")
	env.srv.mu.Lock()
	var killed int
	for st := range env.srv.sessions {
		st.mu.Lock()
		if st.program != nil {
			st.program.Kill()
			killed++
		}
		st.mu.Unlock()
	}
	env.srv.mu.Unlock()
	if killed != 1 {
		t.Fatalf("killed %d programs; want the session's one", killed)
	}
	_ = tm.waitEnd() //nolint:errcheck // how it ended is not the point
	deadline := time.Now().Add(waitTimeout)
	for !strings.Contains(env.logs.String(), "session end") {
		if time.Now().After(deadline) {
			t.Fatalf("the session's end was not logged:\n%s", env.logs.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if got := stderr(); got != "" {
		t.Errorf("written to standard error, outside the server's log:\n%s", got)
	}
}
