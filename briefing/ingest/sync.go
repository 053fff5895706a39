package ingest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"net/url"
	"os"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"sitrep/briefing"
	"sitrep/briefing/sanitize"
)

// minFeedText is the text (in runes) a feed's own content must have to be
// taken as the article; a shorter one is a summary and the page is
// fetched instead.
const minFeedText = 500

// Syncer fetches the library's feeds and writes their new items as
// briefings into Dir, or into Target when set (a team's store). It
// fetches several feeds at once (Feeds) and several pages of one feed at
// once (Pages).
type Syncer struct {
	Dir     string
	Target  SyncTarget
	Fetcher *Fetcher
	Feeds   int
	Pages   int
	// Progress, when set, is told of each feed's progress; calls are
	// serialized.
	Progress func(Progress)
}

// Progress is one step of a sync: Done of Total new items of a feed
// handled, or the feed finished (Result set).
type Progress struct {
	Feed        string
	Done, Total int
	Result      *FeedResult
}

// FeedResult is what sync did with one feed.
type FeedResult struct {
	Name string `json:"name"`
	URL  string `json:"url"`
	// Items is the number of items in the feed.
	Items int `json:"items"`
	// New is the number of briefings written; Known the items already in
	// the library; Failed the items that could not be made briefings.
	New         int  `json:"new"`
	Known       int  `json:"known"`
	Failed      int  `json:"failed"`
	NotModified bool `json:"not_modified,omitempty"`
	// Error is why the feed itself failed ("" when it did not).
	Error string `json:"error,omitempty"`
	// Problems name the failed items and why.
	Problems []string `json:"problems,omitempty"`
	// Written are the paths of the briefings written.
	Written []string `json:"written,omitempty"`
	// Busy is a feed that another front end was syncing: it was left to
	// that one.
	Busy bool `json:"busy,omitempty"`
}

// SyncReport is a whole sync.
type SyncReport struct {
	Feeds  []FeedResult `json:"feeds"`
	New    int          `json:"new"`
	Failed int          `json:"failed_feeds"`
}

// Sync fetches every feed and writes its new items. A feed that fails is
// reported in its FeedResult and the others go on; the error is non-nil
// only when the library's state cannot be read or written, another sync
// of the library is running (ErrSyncRunning), or ctx ends.
func (s *Syncer) Sync(ctx context.Context, feeds []FeedConfig) (*SyncReport, error) {
	target := s.Target
	if target == nil {
		target = &dirTarget{dir: s.Dir}
	}
	urls, texts, err := target.Begin(ctx)
	if err != nil {
		return nil, err
	}
	idx := newLibraryIndex(urls, texts)
	results := make([]FeedResult, len(feeds))
	var progressMu sync.Mutex
	report := func(p Progress) {
		if s.Progress != nil {
			progressMu.Lock()
			defer progressMu.Unlock()
			s.Progress(p)
		}
	}
	sem := make(chan struct{}, max(s.Feeds, 1))
	var wg sync.WaitGroup
	var errsMu sync.Mutex
	var errs []error
	for i, fc := range feeds {
		wg.Go(func() {
			select {
			case sem <- struct{}{}:
				defer func() { <-sem }()
			case <-ctx.Done():
				results[i] = FeedResult{Name: fc.Name, URL: fc.URL, Error: ctx.Err().Error()}
				return
			}
			var err error
			results[i], err = s.claimAndSync(ctx, target, fc, idx, report)
			if err != nil {
				errsMu.Lock()
				errs = append(errs, err)
				errsMu.Unlock()
			}
			report(Progress{Feed: fc.Name, Done: results[i].New + results[i].Known + results[i].Failed,
				Total: results[i].Items, Result: &results[i]})
		})
	}
	wg.Wait()
	out := &SyncReport{Feeds: results}
	for _, r := range results {
		out.New += r.New
		if r.Error != "" {
			out.Failed++
		}
	}
	errs = append(errs, target.End(ctx))
	if err := errors.Join(errs...); err != nil {
		return out, err
	}
	return out, ctx.Err()
}

// claimAndSync syncs one feed if no other sync has it, and records its
// state. The error is the target's: its state could not be read or
// written.
func (s *Syncer) claimAndSync(ctx context.Context, target SyncTarget, fc FeedConfig, idx *libraryIndex, report func(Progress)) (FeedResult, error) {
	st, release, ok, err := target.Claim(ctx, fc.URL)
	if err != nil {
		return FeedResult{Name: fc.Name, URL: fc.URL, Error: sanitize.Line(err.Error())}, nil
	}
	if !ok {
		return FeedResult{Name: fc.Name, URL: fc.URL, Busy: true}, nil
	}
	defer release()
	res, sync := s.syncFeed(ctx, target, fc, st, idx, report)
	return res, target.Synced(ctx, fc.URL, st, sync, res)
}

// syncFeed fetches one feed and writes its new items. It reports whether
// the feed's state changed, the item keys it remembered anew and those
// the feed carries.
func (s *Syncer) syncFeed(ctx context.Context, target SyncTarget, fc FeedConfig, st *FeedState, idx *libraryIndex, report func(Progress)) (FeedResult, FeedSync) {
	res := FeedResult{Name: fc.Name, URL: fc.URL}
	resp, err := s.Fetcher.Fetch(ctx, fc.URL, st.Validators)
	if err != nil {
		res.Error = sanitize.Line(err.Error())
		return res, FeedSync{}
	}
	if resp.NotModified {
		res.NotModified = true
		return res, FeedSync{}
	}
	feed, err := ParseFeed(resp.Body)
	if err != nil {
		res.Error = sanitize.Line(err.Error())
		return res, FeedSync{}
	}
	res.Items = len(feed.Items)
	inFeed := make([]string, 0, 2*len(feed.Items))
	for _, it := range feed.Items {
		for _, k := range itemKeys(it) {
			if k != "" {
				inFeed = append(inFeed, k)
			}
		}
	}
	var todo []Item
	var marked []string
	mark := func(keys []string) {
		if st.Mark(keys...) {
			marked = append(marked, keys...)
		}
	}
	for _, it := range feed.Items {
		keys := itemKeys(it)
		if st.Has(keys...) {
			res.Known++
			continue
		}
		if idx.hasURL(normURL(it.Link)) {
			res.Known++
			mark(keys)
			continue
		}
		todo = append(todo, it)
	}
	report(Progress{Feed: fc.Name, Total: len(todo)})
	outcomes := make([]itemOutcome, len(todo))
	var mu sync.Mutex
	done := 0
	sem := make(chan struct{}, max(s.Pages, 1))
	var wg sync.WaitGroup
	for i, it := range todo {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			outcomes[i] = s.syncItem(ctx, target, fc, feed, resp.URL, it, idx)
			mu.Lock()
			done++
			n := done
			mu.Unlock()
			report(Progress{Feed: fc.Name, Done: n, Total: len(todo)})
		})
	}
	wg.Wait()
	for i, o := range outcomes {
		switch {
		case o.err != nil:
			res.Failed++
			res.Problems = append(res.Problems, sanitize.Line(fmt.Sprintf("%s: %v", cmp.Or(todo[i].Title, todo[i].Link, todo[i].GUID), o.err)))
			continue
		case o.path != "":
			res.New++
			res.Written = append(res.Written, o.path)
		default:
			res.Known++
		}
		mark(itemKeys(todo[i]))
	}
	changed := len(marked) > 0
	// A feed with failed items keeps its old validators, so that the
	// next sync fetches it again and retries them.
	if res.Failed == 0 && resp.Validators != st.Validators {
		st.Validators = resp.Validators
		changed = true
	}
	return res, FeedSync{Changed: changed, Marked: marked, InFeed: inFeed}
}

// itemOutcome is one item's fate: written at path, already known (both
// empty), or failed.
type itemOutcome struct {
	path string
	err  error
}

// itemKeys are the keys an item is remembered by: its GUID and its URL.
func itemKeys(it Item) []string {
	return []string{strings.TrimSpace(it.GUID), normURL(it.Link)}
}

// syncItem makes one item a briefing and writes it, unless its URL or its
// text is already in the library.
func (s *Syncer) syncItem(ctx context.Context, target SyncTarget, fc FeedConfig, feed *Feed, feedURL *url.URL, it Item, idx *libraryIndex) itemOutcome {
	link := strings.TrimSpace(it.Link)
	if link != "" {
		if u, err := url.Parse(link); err == nil && feedURL != nil {
			link = feedURL.ResolveReference(u).String()
		}
		if !isWebURL(link) {
			return itemOutcome{err: fmt.Errorf("link %q: %w", shorten(link, 60), ErrScheme)}
		}
	}
	key := normURL(link)
	if !idx.claimURL(key) {
		return itemOutcome{}
	}
	a, err := s.article(ctx, it, link)
	if err != nil {
		idx.releaseURL(key)
		return itemOutcome{err: err}
	}
	fillMeta(a, fc, feed, it, link)
	if !idx.claimText(textKey(a.Body)) {
		return itemOutcome{}
	}
	path, err := target.Write(ctx, fc.URL, itemKeys(it), a)
	if err != nil {
		idx.releaseURL(key)
		idx.releaseText(textKey(a.Body))
		return itemOutcome{err: err}
	}
	return itemOutcome{path: path}
}

// article is the item's text: the feed's own full content when it has
// enough, else the linked page through the page pipeline.
func (s *Syncer) article(ctx context.Context, it Item, link string) (*Article, error) {
	var base *url.URL
	if link != "" {
		base, _ = url.Parse(link)
	}
	if it.Content != "" && utf8.RuneCountInString(htmlText(it.Content)) >= minFeedText {
		if a := ExtractFragment(it.Content, base); strings.TrimSpace(a.Body) != "" {
			return a, nil
		}
	}
	if link == "" {
		if a := ExtractFragment(cmp.Or(it.Content, it.Summary), nil); strings.TrimSpace(a.Body) != "" {
			return a, nil
		}
		return nil, fmt.Errorf("no link and no text")
	}
	resp, err := s.Fetcher.Fetch(ctx, link, Validators{})
	if err != nil {
		return nil, err
	}
	if err := CheckPageType(resp.ContentType); err != nil {
		return nil, fmt.Errorf("%s: %w", link, err)
	}
	return ExtractPage(link, resp.Body, resp.URL, resp.ContentType)
}

// fillMeta sets the briefing's front matter: the feed's word first (its
// title, date, summary and settings), the page's where the feed is silent.
func fillMeta(a *Article, fc FeedConfig, feed *Feed, it Item, link string) {
	m := &a.Meta
	m.Title = cmp.Or(sanitize.Line(it.Title), m.Title)
	if !it.Published.IsZero() {
		m.Published = briefing.Date{Time: day(it.Published)}
	}
	m.Source = cmp.Or(fc.Name, sanitize.Line(feed.Title), m.Source)
	m.URL = cmp.Or(sanitize.Line(link), m.URL)
	if sum := shorten(sanitize.Line(feedSummary(it.Summary)), maxDekLen); sum != "" {
		m.Summary = sum
	}
	m.Region = cmp.Or(fc.Region, m.Region)
	if len(fc.Countries) > 0 {
		m.Countries = fc.Countries
	}
	if len(fc.Tags) > 0 {
		m.Tags = fc.Tags
	}
	recognisePlaces(m, a.Body)
}

// summaryTails are what blog engines append to a feed's description.
var summaryTails = []string{"The post ", "Continue reading", "Read more", "[…]", "[...]", " …", "(more…)"}

// feedSummary is an item's description as one line of text, without the
// "The post … appeared first on …" and "Continue reading" tails.
func feedSummary(description string) string {
	s := text(htmlText(description))
	for _, tail := range summaryTails {
		if i := strings.LastIndex(s, tail); i > 0 && (tail != "The post " || strings.Contains(s[i:], "appeared first on")) {
			s = strings.TrimSpace(s[:i])
		}
	}
	return s
}

// libraryIndex is what the library holds already, for dedupe: the URLs
// of its briefings and hashes of their normalised text. Claims are made
// under its lock, so two feeds carrying one story write it once.
type libraryIndex struct {
	mu    sync.Mutex
	urls  map[string]bool
	texts map[uint64]bool
}

// newLibraryIndex indexes what a sync target holds.
func newLibraryIndex(urls []string, texts []uint64) *libraryIndex {
	idx := &libraryIndex{urls: make(map[string]bool, len(urls)), texts: make(map[uint64]bool, len(texts))}
	for _, u := range urls {
		idx.urls[normURL(u)] = true
	}
	for _, k := range texts {
		idx.texts[k] = true
	}
	return idx
}

// indexLibrary reads every briefing in dir (a missing dir is empty).
func indexLibrary(dir string) (*libraryIndex, error) {
	idx := &libraryIndex{urls: map[string]bool{}, texts: map[uint64]bool{}}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return idx, nil
	}
	lib, err := briefing.Load(os.DirFS(dir))
	if err != nil {
		return nil, fmt.Errorf("index library %s: %w", dir, err)
	}
	for _, b := range lib.Briefings() {
		if b.URL != "" {
			idx.urls[normURL(b.URL)] = true
		}
		if body, err := lib.Body(b.ID); err == nil {
			idx.texts[textKey(body)] = true
		}
	}
	return idx, nil
}

func (x *libraryIndex) hasURL(key string) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	return key != "" && x.urls[key]
}

// claimURL records key and reports whether it was new ("" always is).
func (x *libraryIndex) claimURL(key string) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	if key == "" {
		return true
	}
	if x.urls[key] {
		return false
	}
	x.urls[key] = true
	return true
}

func (x *libraryIndex) releaseURL(key string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	delete(x.urls, key)
}

func (x *libraryIndex) claimText(key uint64) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.texts[key] {
		return false
	}
	x.texts[key] = true
	return true
}

func (x *libraryIndex) releaseText(key uint64) {
	x.mu.Lock()
	defer x.mu.Unlock()
	delete(x.texts, key)
}

// normURL is a URL as a dedupe key: scheme and host lower-cased, no
// fragment, no tracking parameters (utm_*), no trailing slash.
func normURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return strings.TrimSpace(s)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	u.Fragment, u.RawFragment = "", ""
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if strings.HasPrefix(strings.ToLower(k), "utm_") {
				q.Del(k)
			}
		}
		u.RawQuery = q.Encode()
	}
	u.Path = strings.TrimSuffix(u.Path, "/")
	u.RawPath = ""
	return u.String()
}

// textKey hashes a body's normalised text: its letters and digits,
// lower-cased, so that the same story with other markup or spacing is
// recognised.
func textKey(body string) uint64 {
	h := fnv.New64a()
	var buf [utf8.UTFMax]byte
	for _, r := range body {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
			h.Write(buf[:n])
		}
	}
	return h.Sum64()
}
