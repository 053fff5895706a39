package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"sitrep/briefing/store/pgtest"
)

// TestKillChild is the front end that TestSIGKILL kills: it stars a
// briefing every 10 ms, printing each one's number as it is made, until
// it is killed.
func TestKillChild(t *testing.T) {
	dsn := os.Getenv("SITREP_KILL_CHILD_DSN")
	if dsn == "" {
		t.Skip("run by TestSIGKILL")
	}
	ctx := context.Background()
	s, err := Open(ctx, dsn, Options{MaxConns: 2})
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.State(ctx, "k")
	if err != nil {
		t.Fatal(err)
	}
	go st.Run(ctx)
	for i := 0; ; i++ {
		st.SetStarred(entryID(i), true)
		fmt.Printf("starred %d\n", i)
		time.Sleep(10 * time.Millisecond)
	}
}

// TestSIGKILL kills a front end with SIGKILL while it writes reading
// state: what it changed more than a second before it died is stored.
func TestSIGKILL(t *testing.T) {
	_, dsn := open(t)
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "SITREP_KILL_CHILD_DSN="+dsn, pgtest.ChildEnv+"=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	made := map[int]time.Time{} // when each star was made
	lines := bufio.NewScanner(out)
	var killed time.Time
	for lines.Scan() {
		n, ok := strings.CutPrefix(lines.Text(), "starred ")
		if !ok {
			continue
		}
		i, _ := strconv.Atoi(n)
		made[i] = time.Now()
		if i == 150 {
			killed = time.Now()
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			break
		}
	}
	cmd.Wait()
	if killed.IsZero() {
		t.Fatal("the child did not run")
	}
	s, err := Open(context.Background(), dsn, Options{MaxConns: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.State(context.Background(), "k")
	if err != nil {
		t.Fatal(err)
	}
	lost := 0
	var oldestLost time.Duration
	for i, at := range made {
		if !st.IsStarred(entryID(i)) {
			lost++
			oldestLost = max(oldestLost, killed.Sub(at))
		}
	}
	t.Logf("killed after %d stars: %d lost, the oldest made %v before the kill", len(made), lost, oldestLost.Round(time.Millisecond))
	if oldestLost > time.Second {
		t.Errorf("a star made %v before SIGKILL was lost; at most the last second may be", oldestLost)
	}
}
