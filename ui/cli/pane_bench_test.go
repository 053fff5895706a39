package cli_test

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// How the reader benchmarks see a pane's screen (SITREP_BENCH_SEE):
//
//   - "watch" (the default): a tmux control-mode client (tmux -C attach)
//     is attached to the measured session before the reader starts (the
//     pane's shell waits on a FIFO until it is), and it costs nothing while
//     the reader starts: it sleeps in a read until tmux sends it a %output
//     notification, that is until the reader has written something and
//     tmux has put it on the pane. After each such notification the
//     benchmark asks, through the same client (a command on its input, no
//     process started), for the pane's text (capture-pane); the awaited
//     text is seen at the time of the last %output notification that came
//     before the capture which first shows it — when tmux had put the
//     reader's bytes on the screen, to within the pipe to the client.
//   - "poll": the harness before: tmux capture-pane run as a process every
//     5 ms. Each poll forks and execs tmux and makes a round trip to its
//     server, on the cores the reader is starting on, and a frame is seen
//     up to a poll interval (and a fork) after it is written.
//   - "watch,poll": both, each binary run under each in turn in every
//     iteration; the poll's metrics are named with "-poll" after the
//     binary's name (new-poll-first-ms beside new-first-ms).
//
// Either way, what is awaited is text on the pane's screen as tmux holds
// it (capture-pane), not bytes in the reader's output: the first frame is
// the first screen that shows the text.
func seeModes(b *testing.B) []string {
	s := os.Getenv("SITREP_BENCH_SEE")
	if s == "" {
		return []string{"watch"}
	}
	var modes []string
	for m := range strings.SplitSeq(s, ",") {
		m = strings.TrimSpace(m)
		if m != "watch" && m != "poll" {
			b.Fatalf("SITREP_BENCH_SEE: %q is neither watch nor poll", m)
		}
		modes = append(modes, m)
	}
	return modes
}

// seenAs is the name of a binary's metrics under mode: the binary's name
// for the first of modes, then the mode after it.
func seenAs(bin, mode string, modes []string) string {
	if mode == modes[0] {
		return bin
	}
	return bin + "-" + mode
}

// pane is a measured tmux session: its reader's start and how the
// benchmark sees its screen.
type pane struct {
	b       *testing.B
	session string
	start   time.Time
	// The control-mode client of a watched pane (nil when polled): its
	// input, and its lines as they arrive, each with the time it came.
	ctl   *exec.Cmd
	ctlIn io.WriteCloser
	lines chan ctlLine
}

type ctlLine struct {
	text string
	at   time.Time
}

// startPane starts argv in a detached tmux session of 120×40 named
// session, with env exported, as paneCommand does (the start is its
// stamp, written under tmp), seen as mode says. A watched pane's shell
// waits, before the stamp, until the control client is attached.
func startPane(b *testing.B, tmp, session, mode string, env []string, argv ...string) *pane {
	b.Helper()
	stamp := filepath.Join(tmp, "start")
	p := &pane{b: b, session: session}
	if mode == "poll" {
		newSession(b, session, paneCommand(env, stamp, argv...))
		p.start = startedAt(b, stamp)
		return p
	}
	gate := filepath.Join(tmp, "gate")
	if err := syscall.Mkfifo(gate, 0o600); err != nil {
		b.Fatal(err)
	}
	newSession(b, session, "read _ <"+gate+"; "+paneCommand(env, stamp, argv...))
	p.ctl = exec.Command("tmux", "-C", "attach-session", "-t", session)
	var err error
	if p.ctlIn, err = p.ctl.StdinPipe(); err != nil {
		b.Fatal(err)
	}
	out, err := p.ctl.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := p.ctl.Start(); err != nil {
		b.Fatal(err)
	}
	p.lines = make(chan ctlLine, 1024)
	go func() {
		defer close(p.lines)
		r := bufio.NewReaderSize(out, 1<<16)
		for {
			s, err := r.ReadString('\n')
			if err != nil {
				return
			}
			p.lines <- ctlLine{strings.TrimSuffix(s, "\n"), time.Now()}
		}
	}()
	// Attached once tmux says which session the client is on.
	for attached := false; !attached; {
		select {
		case l, ok := <-p.lines:
			if !ok {
				b.Fatalf("tmux -C attach -t %s ended", session)
			}
			attached = strings.HasPrefix(l.text, "%session-changed ")
		case <-time.After(10 * time.Second):
			b.Fatalf("tmux -C attach -t %s: not attached in 10 s", session)
		}
	}
	f, err := os.OpenFile(gate, os.O_WRONLY, 0)
	if err != nil {
		b.Fatal(err)
	}
	f.WriteString("\n")
	f.Close()
	p.start = startedAt(b, stamp)
	return p
}

// await returns the time from the pane's start until each of wants is on
// its screen, in turn; it fails after limit.
func (p *pane) await(limit time.Duration, wants ...string) []time.Duration {
	p.b.Helper()
	if p.ctl == nil {
		return p.poll(limit, wants...)
	}
	var at []time.Duration
	var screen []byte
	var lastOutput, outputBefore time.Time // the last %output; the last before a capture's answer
	dirty, asked, answering := false, false, false
	timeout := time.After(time.Until(p.start.Add(limit)))
	for len(at) < len(wants) {
		if dirty && !asked {
			fmt.Fprintf(p.ctlIn, "capture-pane -p -t %s\n", p.session)
			dirty, asked = false, true
		}
		select {
		case l, ok := <-p.lines:
			if !ok {
				p.b.Fatalf("%s: the control client ended before %q was on screen:\n%s", p.session, wants[len(at)], screen)
			}
			switch {
			case answering && (strings.HasPrefix(l.text, "%end ") || strings.HasPrefix(l.text, "%error ")):
				answering, asked = false, false
				for len(at) < len(wants) && bytes.Contains(screen, []byte(wants[len(at)])) {
					at = append(at, outputBefore.Sub(p.start))
				}
			case answering:
				screen = append(append(screen, l.text...), '\n')
			case strings.HasPrefix(l.text, "%begin "):
				answering, screen, outputBefore = true, screen[:0], lastOutput
			case strings.HasPrefix(l.text, "%output "):
				lastOutput, dirty = l.at, true
			}
		case <-timeout:
			p.b.Fatalf("%s: %q not on screen after %v:\n%s", p.session, wants[len(at)], limit, screen)
		}
	}
	return at
}

// poll is await by capture-pane run every 5 ms.
func (p *pane) poll(limit time.Duration, wants ...string) []time.Duration {
	p.b.Helper()
	var at []time.Duration
	for _, want := range wants {
		for {
			screen, _ := exec.Command("tmux", "capture-pane", "-p", "-t", p.session).Output()
			if bytes.Contains(screen, []byte(want)) {
				at = append(at, time.Since(p.start))
				break
			}
			if time.Since(p.start) > limit {
				p.b.Fatalf("%s: %q not on screen after %v:\n%s", p.session, want, limit, screen)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	return at
}

// stopSeeing detaches a watched pane's control client (the reader runs
// on; nothing more is sent to the benchmark).
func (p *pane) stopSeeing() {
	if p.ctl == nil {
		return
	}
	p.ctlIn.Close() // the client detaches at the end of its input
	for range p.lines {
	}
	p.ctl.Wait()
	p.ctl = nil
}
