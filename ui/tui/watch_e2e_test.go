package tui

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// feedServer serves an RSS feed of two stories with their pages.
func feedServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		base := "http://" + r.Host
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>Wire</title>
<item><title>Port reopens after strikes</title><link>%[1]s/p/1</link><pubDate>Sat, 05 Apr 2025 08:00:00 GMT</pubDate></item>
<item><title>Ministers meet on the border</title><link>%[1]s/p/2</link><pubDate>Sun, 06 Apr 2025 08:00:00 GMT</pubDate></item>
</channel></rss>`, base)
	})
	mux.HandleFunc("/p/", func(w http.ResponseWriter, r *http.Request) {
		n := strings.TrimPrefix(r.URL.Path, "/p/")
		fmt.Fprintf(w, `<html><head><title>Story %[1]s</title></head><body><nav>Home</nav><article>
<p>ADEN — Story %[1]s opens with a paragraph long enough to be the main text of this page, with details of what happened.</p>
<p>A second paragraph of story %[1]s adds what officials said afterwards about the situation on the ground.</p></article></body></html>`, n)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestTerminalReaderSeesSync: a reader open on a library while sitrep
// sync adds briefings shows them and the notice, without losing its place.
func TestTerminalReaderSeesSync(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and drives it in tmux")
	}
	bin := buildBinary(t)
	lib := writeLibrary(t)
	srv := feedServer(t)
	home := t.TempDir()
	env := fmt.Sprintf("XDG_STATE_HOME=%[1]s XDG_CONFIG_HOME=%[1]s XDG_DATA_HOME=%[1]s", home)
	term := newTerminal(t, 100, 30, fmt.Sprintf("env %s TERM=xterm-256color %s --library %s; sleep 60", env, bin, lib))
	term.waitFor("STORIES", "Shelling of coastal market", "4 unread")
	term.keys("j", "Enter")
	term.waitFor("READER", "Delegations from both governments")

	run := func(args ...string) string {
		cmd := exec.Command(bin, append([]string{"--library", lib}, args...)...)
		cmd.Env = append(cmd.Environ(), "XDG_STATE_HOME="+home, "XDG_DATA_HOME="+home)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("sitrep %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	run("feed", "add", srv.URL+"/rss", "--name", "Wire")
	out := run("sync")
	synced := time.Now()
	if !strings.Contains(out, "Wire: 2 new") || !strings.Contains(out, "synced 1 feed: 2 new briefings") {
		t.Errorf("sync said:\n%s", out)
	}
	s := term.waitFor("2 new briefings", "Ministers meet on the border", "Port reopens after strikes")
	if took := time.Since(synced); took > 2*time.Second {
		t.Errorf("the new briefings took %v to show", took)
	}
	if !strings.Contains(s, "Delegations from both governments") || !strings.Contains(s, "4/6") || !strings.Contains(s, "5 unread") {
		t.Errorf("the reader lost its place:\n%s", s)
	}
	// A second sync writes nothing, and the reader says nothing.
	if out := run("sync"); !strings.Contains(out, "0 new briefings") {
		t.Errorf("second sync said:\n%s", out)
	}
}

// libraryWithFeed builds the binary and writes the fixture library with
// one feed added (feedServer's, named Wire).
func libraryWithFeed(t *testing.T) (bin, lib string) {
	t.Helper()
	bin = buildBinary(t)
	lib = writeLibrary(t)
	srv := feedServer(t)
	add := exec.Command(bin, "--library", lib, "feed", "add", srv.URL+"/rss", "--name", "Wire")
	if out, err := add.CombinedOutput(); err != nil {
		t.Fatalf("feed add: %v\n%s", err, out)
	}
	return bin, lib
}

// TestTerminalSyncKey: R in the reader syncs the feeds, and the new
// briefings arrive through the watcher.
func TestTerminalSyncKey(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and drives it in tmux")
	}
	bin, lib := libraryWithFeed(t)
	home := t.TempDir()
	env := fmt.Sprintf("XDG_STATE_HOME=%[1]s XDG_CONFIG_HOME=%[1]s XDG_DATA_HOME=%[1]s", home)
	term := newTerminal(t, 100, 30, fmt.Sprintf("env %s TERM=xterm-256color %s --library %s; sleep 60", env, bin, lib))
	term.waitFor("STORIES", "4 unread")
	term.keys("R")
	term.waitFor("Ministers meet on the border", "Port reopens after strikes", "6 unread")
}
