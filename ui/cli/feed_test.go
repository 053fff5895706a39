package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/ingest"
)

func TestFeedAddListRemove(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	// A hand-written list with a comment: add and remove keep it.
	hand := "# Our team's feeds\nfeeds:\n  - name: Wire # the main wire\n    url: https://wire.example/rss\n"
	os.WriteFile(filepath.Join(dir, ingest.FeedListName), []byte(hand), 0o644)
	err := FeedAdd(&out, dir, ingest.FeedConfig{URL: "https://www.agency.example/feed.atom", Region: "Sahel",
		Countries: []string{"Mali", "Niger"}, Tags: []string{"UN"}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "added agency.example (https://www.agency.example/feed.atom)") {
		t.Errorf("add said %q", out.String())
	}
	for _, bad := range []ingest.FeedConfig{{URL: "javascript:alert(1)"}, {URL: "file:///etc/passwd"}, {Name: "Wire", URL: "https://other.example/rss"}} {
		if err := FeedAdd(&out, dir, bad); err == nil {
			t.Errorf("FeedAdd(%+v) accepted", bad)
		}
	}
	out.Reset()
	if err := FeedList(&out, dir, false); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"NAME", "Wire", "https://wire.example/rss", "agency.example", "Sahel", "Mali, Niger", "UN"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("list lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	FeedList(&out, dir, true)
	var feeds []ingest.FeedConfig
	if err := json.Unmarshal(out.Bytes(), &feeds); err != nil || len(feeds) != 2 || feeds[1].Region != "Sahel" {
		t.Errorf("json list %q: %v", out.String(), err)
	}
	if err := FeedRemove(&out, dir, "https://wire.example/rss"); err != nil {
		t.Fatal(err)
	}
	if err := FeedRemove(&out, dir, "nope"); !errors.Is(err, ingest.ErrFeedUnknown) {
		t.Errorf("remove unknown: %v", err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, ingest.FeedListName))
	if !strings.Contains(string(data), "# Our team's feeds") || strings.Contains(string(data), "wire.example") ||
		!strings.Contains(string(data), "agency.example") {
		t.Errorf("saved list:\n%s", data)
	}
}

func TestFeedListErrors(t *testing.T) {
	tests := map[string]string{
		"feeds:\n  - name: A\n    url: https://a.example/\n  - name: A\n    url: https://b.example/\n": "feeds.yaml:4",
		"feeds:\n  - name: A\n    url: ftp://a.example/\n":                                             "only http and https",
		"feeds: [unclosed\n": "feeds.yaml",
	}
	for doc, want := range tests {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, ingest.FeedListName), []byte(doc), 0o644)
		var out bytes.Buffer
		if err := FeedList(&out, dir, false); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: err = %v, want %q", doc, err, want)
		}
	}
}

// articlePage is a small web page with chrome around a story.
func articlePage(title string) string {
	return `<html><head><title>` + title + ` | Desk</title></head><body>
<nav><a href="/">Home</a></nav><div class="breadcrumb">World &gt; Africa</div>
<article><h1>` + title + `</h1><p class="byline">By A. Writer</p>
<p>NIAMEY — The story's first paragraph, about ` + title + `, with enough words in it to be the main text of the page for readability to find.</p>
<p>A second paragraph goes on with the story, adding detail about what happened and who said what about it afterwards.</p>
</article><section class="related"><h2>Related</h2><ul><li><a href="/x">Other story</a></li></ul></section></body></html>`
}

// deskServer serves a feed of two items at /rss, their pages, and a
// broken feed at /broken.
func deskServer(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Last-Modified", "Fri, 11 Oct 2024 14:05:00 GMT")
		if r.Header.Get("If-Modified-Since") != "" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>Desk</title>
<item><title>Convoy reaches Niamey</title><link>%[1]s/a/1</link><pubDate>Fri, 11 Oct 2024 09:00:00 +0100</pubDate></item>
<item><title>Talks open in Bamako</title><link>%[1]s/a/2</link><pubDate>2024-10-10T08:00:00Z</pubDate></item>
</channel></rss>`, base)
	})
	mux.HandleFunc("/a/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, articlePage("Page "+strings.TrimPrefix(r.URL.Path, "/a/")))
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<rss><channel><item>")
	})
	srv := httptest.NewServer(mux)
	base = srv.URL
	t.Cleanup(srv.Close)
	return srv
}

func testSyncOptions() SyncOptions {
	return SyncOptions{Feeds: 2, Pages: 2, UserAgent: "sitrep-test",
		Limits: ingest.FetchLimits{Connect: time.Second, Header: time.Second, Total: 2 * time.Second, MaxBytes: 1 << 20, MaxRedirects: 2}}
}

func TestSyncCommand(t *testing.T) {
	srv := deskServer(t)
	dir := t.TempDir()
	var out bytes.Buffer
	FeedAdd(&out, dir, ingest.FeedConfig{Name: "Desk", URL: srv.URL + "/rss", Region: "Sahel"})
	FeedAdd(&out, dir, ingest.FeedConfig{Name: "Broken", URL: srv.URL + "/broken"})
	out.Reset()
	err := Sync(context.Background(), &out, dir, testSyncOptions())
	if !errors.Is(err, errSomeFeedsFailed) {
		t.Errorf("err = %v, want some feeds failed", err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("want a line per feed and a summary, got:\n%s", out.String())
	}
	for _, want := range []string{"Desk: 2 new, 0 already in the library", "Broken: failed: parse <rss> feed", "synced 2 feeds: 2 new briefings, 1 feed failed"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	lib, err := briefing.Load(os.DirFS(dir))
	if err != nil || lib.Len() != 2 {
		t.Fatalf("library: %v, %d", err, lib.Len())
	}
	b, _ := lib.Get("2024-10-11-convoy-reaches-niamey")
	if b == nil || b.Source != "Desk" || b.Region != "Sahel" || b.Dateline != "NIAMEY" {
		t.Errorf("briefing %+v", b)
	}

	// JSON, and a second sync writes nothing.
	out.Reset()
	opts := testSyncOptions()
	opts.JSON = true
	Sync(context.Background(), &out, dir, opts)
	var rep ingest.SyncReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if rep.New != 0 || !rep.Feeds[0].NotModified || rep.Feeds[1].Error == "" {
		t.Errorf("second sync: %+v", rep)
	}
}

func TestSyncWithBars(t *testing.T) {
	srv := deskServer(t)
	dir := t.TempDir()
	var out bytes.Buffer
	FeedAdd(&out, dir, ingest.FeedConfig{Name: "Desk", URL: srv.URL + "/rss"})
	out.Reset()
	opts := testSyncOptions()
	opts.Terminal, opts.NoColor, opts.Width = true, true, 100
	if err := Sync(context.Background(), &out, dir, opts); err != nil {
		t.Fatal(err)
	}
	// The last frame overwrites the bar in place: the cursor moves back
	// over it, so the feed's line is not one run of bytes.
	if !strings.Contains(out.String(), "Desk") || !strings.Contains(out.String(), ": 2 new, 0 already in the library") ||
		!strings.Contains(out.String(), "synced 1 feed: 2 new briefings") {
		t.Errorf("output:\n%q", out.String())
	}
}

func TestImportPage(t *testing.T) {
	srv := deskServer(t)
	dir := t.TempDir()
	page := filepath.Join(t.TempDir(), "saved.html")
	os.WriteFile(page, []byte(articlePage("Saved page")), 0o644)
	read := func(name string) ([]byte, error) { return os.ReadFile(name) }
	f := ingest.NewFetcher(testSyncOptions().Limits, "sitrep-test")
	var out bytes.Buffer
	err := ImportInputs(context.Background(), &out, dir, []string{srv.URL + "/a/7", page, "javascript:alert(1)"}, read, f,
		ingest.ImportOptions{Published: time.Date(2024, 10, 11, 0, 0, 0, 0, time.UTC)}, ImportPolicy{})
	if err == nil {
		t.Error("a javascript: input was accepted")
	}
	lib, _ := briefing.Load(os.DirFS(dir))
	if lib.Len() != 2 {
		t.Fatalf("imported %d:\n%s", lib.Len(), out.String())
	}
	for _, id := range []string{"2024-10-11-page-7", "2024-10-11-saved-page"} {
		b, ok := lib.Get(id)
		if !ok {
			t.Errorf("no %s in %s", id, out.String())
			continue
		}
		body, _ := lib.Body(id)
		if !strings.Contains(body, "The story's first paragraph") || strings.Contains(body, "Other story") ||
			strings.Contains(body, "A. Writer") || strings.Contains(body, "Home") {
			t.Errorf("%s body:\n%s", id, body)
		}
		if id == "2024-10-11-page-7" && b.URL != srv.URL+"/a/7" {
			t.Errorf("url %q", b.URL)
		}
	}
}

// lockedBuffer is a bytes.Buffer safe for a writer and a reader at once.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestSyncEvery(t *testing.T) {
	srv := deskServer(t)
	dir := t.TempDir()
	FeedAdd(io.Discard, dir, ingest.FeedConfig{Name: "Desk", URL: srv.URL + "/rss"})
	ctx, cancel := context.WithCancel(context.Background())
	var out lockedBuffer
	done := make(chan struct{})
	go func() {
		SyncEvery(ctx, &out, dir, 100*time.Millisecond, testSyncOptions())
		close(done)
	}()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(out.String(), "Desk: not modified") && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	<-done
	s := out.String()
	if !strings.Contains(s, " sync: Desk: 2 new, 0 already in the library") || !strings.Contains(s, " sync: Desk: not modified") ||
		!strings.Contains(s, " sync: synced 1 feed: 0 new briefings") {
		t.Errorf("scheduled sync said:\n%s", s)
	}
}
