//go:build unix

package sshd

import (
	"os"
	"os/signal"
	"syscall"
	"testing"
	"time"
)

// sighup sends SIGHUP to this process, as an administrator would.
func sighup() error { return syscall.Kill(os.Getpid(), syscall.SIGHUP) }

// TestProcessSignalsAreTheServers checks that SIGTERM and SIGINT reach the
// server only: sessions must not quit on their own before the server has
// told them it is stopping.
func TestProcessSignalsAreTheServers(t *testing.T) {
	env := startServer(t, withProbe())
	tm := openTerm(t, env.login(t, env.alice), 100, 20)
	tm.waitText("probe user")
	// Stand in for main's handler, so that the signals do not end the test.
	caught := make(chan os.Signal, 2)
	signal.Notify(caught, syscall.SIGTERM, syscall.SIGINT)
	defer signal.Stop(caught)
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		if err := syscall.Kill(os.Getpid(), sig); err != nil {
			t.Fatal(err)
		}
		<-caught
	}
	time.Sleep(200 * time.Millisecond)
	select {
	case err := <-tm.ended:
		t.Fatalf("a process signal ended the session (%v); screen:\n%s", err, tm.screen.Text())
	default:
	}
	tm.press("x")
	tm.waitText("keys 1 last x")
}
