package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"sitrep/briefing"
)

// newsSite serves an RSS feed of n items (summaries only) at /feed.xml,
// with an ETag, and each item's page, full of chrome, at /story/N. It
// counts the pages served.
type newsSite struct {
	*httptest.Server
	n     int
	pages atomic.Int64
}

func newNewsSite(t testing.TB, n int) *newsSite {
	t.Helper()
	s := &newsSite{n: n}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"feed-v1"`)
		if r.Header.Get("If-None-Match") == `"feed-v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rssFeed(s.URL, n))
	})
	mux.HandleFunc("/story/", func(w http.ResponseWriter, r *http.Request) {
		i, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/story/"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		s.pages.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, chromePage(i))
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// itemDate is story i's publication time in the feed.
func itemDate(i int) time.Time {
	return time.Date(2024, 10, 1, 12, 0, 0, 0, time.UTC).Add(time.Duration(i) * 6 * time.Hour)
}

// rssFeed is an RSS 2.0 feed of n stories on base.
func rssFeed(base string, n int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Example News</title><link>` + base + `</link>`)
	for i := range n {
		fmt.Fprintf(&b, `<item><title>%s</title><link>%s/story/%d</link><guid isPermaLink="false">story-%d</guid><pubDate>%s</pubDate><description>Summary of story %d.</description></item>`,
			storyTitle(i), base, i, i, itemDate(i).Format(time.RFC1123Z), i)
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

// testSyncer syncs into dir with limits generous enough for a loaded
// machine: only the hostile test needs short ones.
func testSyncer(dir string) *Syncer {
	limits := FetchLimits{Connect: 5 * time.Second, Header: 10 * time.Second, Total: 20 * time.Second,
		MaxBytes: 4 << 20, MaxRedirects: 3}
	return &Syncer{Dir: dir, Fetcher: NewFetcher(limits, "sitrep-test"), Feeds: 4, Pages: 4}
}

// TestSyncAcceptance is the acceptance test: a feed of 50 items
// whose pages each carry chrome.
func TestSyncAcceptance(t *testing.T) {
	site := newNewsSite(t, 50)
	dir := t.TempDir()
	feeds := []FeedConfig{{Name: "Example News", URL: site.URL + "/feed.xml", Region: "Central Africa", Countries: []string{"DR Congo"}}}
	rep, err := testSyncer(dir).Sync(context.Background(), feeds)
	if err != nil {
		t.Fatal(err)
	}
	if rep.New != 50 || rep.Failed != 0 || rep.Feeds[0].New != 50 {
		t.Fatalf("report = %+v", rep)
	}
	lib, err := briefing.Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if lib.Len() != 50 || len(lib.Problems()) != 0 {
		t.Fatalf("library has %d briefings, problems %v", lib.Len(), lib.Problems())
	}
	byURL := map[string]*briefing.Briefing{}
	for _, b := range lib.Briefings() {
		byURL[b.URL] = b
	}
	for i := range 50 {
		b := byURL[fmt.Sprintf("%s/story/%d", site.URL, i)]
		if b == nil {
			t.Fatalf("story %d not written", i)
		}
		if b.Title != storyTitle(i) || !b.Published.Equal(day(itemDate(i))) || b.Source != "Example News" ||
			b.Region != "Central Africa" || strings.Join(b.Countries, ",") != "DR Congo" || b.Dateline != "KINSHASA" {
			t.Errorf("story %d: %q %v %q %q %v %q", i, b.Title, b.Published, b.Source, b.Region, b.Countries, b.Dateline)
		}
		if b.Summary != fmt.Sprintf("Summary of story %d.", i) {
			t.Errorf("story %d summary %q", i, b.Summary)
		}
		body, err := lib.Body(b.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range storyParagraphs(i) {
			if !strings.Contains(body, p) {
				t.Errorf("story %d lacks %q", i, p)
			}
		}
		for _, c := range chromeMarkers {
			if strings.Contains(body, c) {
				t.Errorf("story %d keeps chrome %q", i, c)
			}
		}
	}

	// A second sync right after fetches nothing new and writes nothing.
	before := snapshot(t, dir)
	pages := site.pages.Load()
	rep, err = testSyncer(dir).Sync(context.Background(), feeds)
	if err != nil {
		t.Fatal(err)
	}
	if rep.New != 0 || !rep.Feeds[0].NotModified || site.pages.Load() != pages {
		t.Errorf("re-sync: %+v, %d more pages fetched", rep, site.pages.Load()-pages)
	}
	if after := snapshot(t, dir); after != before {
		t.Errorf("re-sync wrote files:\nbefore %s\nafter  %s", before, after)
	}

	// Without the ETag (a server that ignores it), every item is known.
	state, _ := LoadSyncState(dir)
	state.Feed(feeds[0].URL).Validators = Validators{}
	state.Save()
	rep, err = testSyncer(dir).Sync(context.Background(), feeds)
	if err != nil || rep.New != 0 || rep.Feeds[0].Known != 50 || site.pages.Load() != pages {
		t.Errorf("sync without validators: %+v %v", rep, err)
	}
}

// snapshot lists the files of dir with their sizes and times.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Fprintf(&b, "%s:%d:%d ", e.Name(), info.Size(), info.ModTime().UnixNano())
	}
	return b.String()
}

func TestSyncDedupe(t *testing.T) {
	site := newNewsSite(t, 3)
	dir := t.TempDir()
	// The library already holds story 0 (same URL) and story 1's text
	// under another URL.
	s := testSyncer(dir)
	for i, u := range []string{site.URL + "/story/0", "https://mirror.example/copy-of-1"} {
		a, err := ExtractPage("p", []byte(chromePage(i)), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		a.Meta.URL = u
		a.Meta.Title = fmt.Sprintf("Already here %d", i)
		if _, err := (&dirTarget{dir: dir}).Write(context.Background(), "", nil, a); err != nil {
			t.Fatal(err)
		}
	}
	// Two feeds carry the same stories.
	feeds := []FeedConfig{{Name: "A", URL: site.URL + "/feed.xml"}, {Name: "B", URL: site.URL + "/feed.xml?copy"}}
	rep, err := s.Sync(context.Background(), feeds)
	if err != nil {
		t.Fatal(err)
	}
	if rep.New != 1 {
		t.Errorf("wrote %d, want 1 (only story 2): %+v", rep.New, rep)
	}
	entries, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	if len(entries) != 3 {
		t.Errorf("library has %d files: %v", len(entries), entries)
	}
}

// TestSyncHostileFeeds: each costs bounded time, is reported, and writes
// nothing; the good feed beside them goes on.
func TestSyncHostileFeeds(t *testing.T) {
	site := newNewsSite(t, 2)
	hostile := hostileServer(t)
	mux := http.NewServeMux()
	serve := func(path, body string) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, body) })
	}
	serve("/laughs.xml", `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss version="2.0"><channel><title>&c;</title><item><title>&c;</title></item></channel></rss>`)
	serve("/js.xml", `<rss version="2.0"><channel><title>JS</title><item><title>Click</title><link>javascript:alert(1)</link><description>x</description></item></channel></rss>`)
	serve("/escapes.xml", `<rss version="2.0"><channel><title>Esc</title><item><title>Red &amp;#27;[31m title&#x9b;2J</title><link>`+site.URL+`/story/1</link></item></channel></rss>`)
	serve("/html.xml", `<!DOCTYPE html><html><body>Not a feed</body></html>`)
	var items strings.Builder
	for _, p := range []string{"/huge", "/slow", "/loop", "/to-file", "/broken", "/gone", "/gzip-bomb"} {
		fmt.Fprintf(&items, "<item><title>Page %s</title><link>%s%s</link></item>", p, hostile.URL, p)
	}
	serve("/pages.xml", `<rss version="2.0"><channel><title>Pages</title>`+items.String()+`</channel></rss>`)
	other := httptest.NewServer(mux)
	t.Cleanup(other.Close)

	dir := t.TempDir()
	feeds := []FeedConfig{
		{Name: "good", URL: site.URL + "/feed.xml"},
		{Name: "laughs", URL: other.URL + "/laughs.xml"},
		{Name: "js", URL: other.URL + "/js.xml"},
		{Name: "escapes", URL: other.URL + "/escapes.xml"},
		{Name: "html", URL: other.URL + "/html.xml"},
		{Name: "pages", URL: other.URL + "/pages.xml"},
		{Name: "huge", URL: hostile.URL + "/huge"},
		{Name: "slow", URL: hostile.URL + "/slow"},
		{Name: "loop", URL: hostile.URL + "/loop"},
		{Name: "broken", URL: hostile.URL + "/broken"},
	}
	start := time.Now()
	s := testSyncer(dir)
	s.Fetcher = NewFetcher(testLimits(), "sitrep-test")
	rep, err := s.Sync(context.Background(), feeds)
	if err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("sync took %v", took)
	}
	want := map[string]string{
		"laughs": "invalid character entity", "html": "not an RSS or Atom feed", "huge": "too large",
		"slow": "timed out", "loop": "too many redirects", "broken": "unexpected EOF",
	}
	written := 0
	for _, r := range rep.Feeds {
		switch {
		case want[r.Name] != "":
			if !strings.Contains(r.Error, want[r.Name]) || r.New != 0 {
				t.Errorf("%s: error %q, new %d; want %q", r.Name, r.Error, r.New, want[r.Name])
			}
		case r.Name == "pages":
			problems := strings.Join(r.Problems, "\n")
			for _, want := range []string{"too large", "timed out", "too many redirects", "only http and https", "unexpected EOF", "HTTP 410"} {
				if !strings.Contains(problems, want) {
					t.Errorf("pages: problems lack %q:\n%s", want, problems)
				}
			}
			if r.Failed != 7 || r.New != 0 || r.Error != "" {
				t.Errorf("pages: %+v", r)
			}
		case r.Name == "js":
			if r.Failed != 1 || r.New != 0 || !strings.Contains(strings.Join(r.Problems, ""), "only http and https") {
				t.Errorf("js: %+v", r)
			}
		case r.Name == "good" || r.Name == "escapes":
			written += r.New
		}
	}
	if written != 2 {
		t.Errorf("good and escapes feeds wrote %d, want 2 (story 1 once)", written)
	}
	// The escapes feed carries story 1 again: known, not written twice.
	lib, _ := briefing.Load(os.DirFS(dir))
	if lib.Len() != 2 {
		t.Errorf("library has %d briefings, want 2", lib.Len())
	}
	for _, b := range lib.Briefings() {
		if strings.ContainsAny(b.Title, "\x1b\u009b") || strings.Contains(b.Title, "[31m") {
			t.Errorf("title keeps an escape: %q", b.Title)
		}
	}
}

func TestNormURL(t *testing.T) {
	tests := map[string]string{
		"HTTPS://News.Example/a/?utm_source=x&id=3#top": "https://news.example/a?id=3",
		"https://news.example/a/":                       "https://news.example/a",
		"":                                              "",
	}
	for in, want := range tests {
		if got := normURL(in); got != want {
			t.Errorf("normURL(%q) = %q, want %q", in, got, want)
		}
	}
}

// BenchmarkSync500 syncs a local feed of 500 items whose pages come from
// an httptest server (in the same process), reporting items per second
// and the peak of live heap objects, sampled every 5 ms.
func BenchmarkSync500(b *testing.B) {
	site := newNewsSite(b, 500)
	feeds := []FeedConfig{{Name: "Example News", URL: site.URL + "/feed.xml"}}
	peak := samplePeakHeap(b)
	var items int
	start := time.Now()
	for b.Loop() {
		dir := b.TempDir()
		rep, err := testSyncer(dir).Sync(context.Background(), feeds)
		if err != nil || rep.New != 500 {
			b.Fatalf("%+v %v", rep, err)
		}
		items += rep.New
	}
	b.ReportMetric(float64(items)/time.Since(start).Seconds(), "items/s")
	b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MiB")
}

// samplePeakHeap samples the live heap until the benchmark ends and
// returns a function giving the peak seen.
func samplePeakHeap(b *testing.B) func() uint64 {
	var peak atomic.Uint64
	done := make(chan struct{})
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	go func() {
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				metrics.Read(sample)
				if v := sample[0].Value.Uint64(); v > peak.Load() {
					peak.Store(v)
				}
			}
		}
	}()
	b.Cleanup(func() { close(done) })
	return peak.Load
}

func TestSyncRefusesASecondSyncAtOnce(t *testing.T) {
	dir := t.TempDir()
	unlock, err := lockLibrary(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = testSyncer(dir).Sync(context.Background(), nil)
	if !errors.Is(err, ErrSyncRunning) {
		t.Errorf("err = %v, want ErrSyncRunning", err)
	}
	unlock()
	if _, err := testSyncer(dir).Sync(context.Background(), nil); err != nil {
		t.Errorf("after unlock: %v", err)
	}
}

func TestFeedSummary(t *testing.T) {
	tests := map[string]string{
		"<p>Talks resumed.</p><p>The post <a href='x'>Talks</a> appeared first on Desk.</p>": "Talks resumed.",
		"Talks resumed in the capital on Monday. Continue reading":                           "Talks resumed in the capital on Monday.",
		"Talks resumed [&#8230;]":                         "Talks resumed",
		"The post-war talks resumed.":                     "The post-war talks resumed.",
		"<b>Talks</b> &amp; <i>truce</i>":                 "Talks & truce",
		"Read more about it: read the statement in full.": "Read more about it: read the statement in full.",
	}
	for in, want := range tests {
		if got := feedSummary(in); got != want {
			t.Errorf("feedSummary(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCheckPageType(t *testing.T) {
	for ct, ok := range map[string]bool{"text/html; charset=utf-8": true, "": true, "application/xhtml+xml": true,
		"application/pdf": false, "image/png": false, "application/rss+xml": false} {
		if err := CheckPageType(ct); (err == nil) != ok {
			t.Errorf("CheckPageType(%q) = %v", ct, err)
		}
	}
}
