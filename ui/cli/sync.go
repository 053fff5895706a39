package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"sitrep/briefing/ingest"
)

// SyncOptions say how sitrep sync reports.
type SyncOptions struct {
	// JSON writes the report as one JSON object instead of lines.
	JSON bool
	// Terminal draws a progress bar per feed (w is a terminal).
	Terminal bool
	// NoColor draws the bars without colour.
	NoColor bool
	// Width is the terminal's width, when known.
	Width int
	// Feeds and Pages bound what is fetched at once.
	Feeds, Pages int
	// Limits bound each fetch.
	Limits ingest.FetchLimits
	// UserAgent names sitrep to servers.
	UserAgent string
}

// errSomeFeedsFailed makes sync exit non-zero when a feed failed, after
// the others were synced and the report written.
var errSomeFeedsFailed = errors.New("some feeds failed")

// Sync fetches every feed of the library in dir and writes the new items
// as briefings there. It reports per feed (bars on a terminal, a line per
// feed otherwise, or JSON) and ends with one summary line. A failing feed
// is reported with its reason and the others go on; the error then says
// how many failed.
func Sync(ctx context.Context, w io.Writer, dir string, opts SyncOptions) error {
	list, err := ingest.LoadFeedList(dir)
	if err != nil {
		return err
	}
	if len(list.Feeds) == 0 {
		return fmt.Errorf("no feeds in %s: add one with sitrep feed add URL", list.Path)
	}
	return runSync(ctx, w, &ingest.Syncer{Dir: dir}, list.Feeds, opts)
}

// runSync runs s (its target set, its fetcher and bounds from opts) over
// feeds and reports as Sync does.
func runSync(ctx context.Context, w io.Writer, s *ingest.Syncer, feeds []ingest.FeedConfig, opts SyncOptions) error {
	s.Fetcher = ingest.NewFetcher(opts.Limits, opts.UserAgent)
	s.Feeds, s.Pages = opts.Feeds, opts.Pages
	var rep *ingest.SyncReport
	var err error
	switch {
	case opts.JSON:
		rep, err = s.Sync(ctx, feeds)
		if rep != nil {
			enc := json.NewEncoder(w)
			enc.SetIndent("", "  ")
			if jerr := enc.Encode(rep); jerr != nil {
				return jerr
			}
		}
	case opts.Terminal:
		rep, err = syncWithBars(ctx, w, s, feeds, opts)
	default:
		s.Progress = func(p ingest.Progress) {
			if p.Result != nil {
				fmt.Fprintln(w, feedLine(*p.Result))
			}
		}
		rep, err = s.Sync(ctx, feeds)
	}
	if err != nil {
		return err
	}
	if !opts.JSON {
		fmt.Fprintln(w, summaryLine(rep))
	}
	if rep.Failed > 0 {
		return fmt.Errorf("%w: %d of %d", errSomeFeedsFailed, rep.Failed, len(rep.Feeds))
	}
	return nil
}

// SyncEvery syncs the library in dir now and then every every until ctx
// ends, as Sync does without a terminal, writing its lines to w with the
// time. A failed sync is reported and the schedule goes on.
func SyncEvery(ctx context.Context, w io.Writer, dir string, every time.Duration, opts SyncOptions) {
	opts.JSON, opts.Terminal = false, false
	syncEvery(ctx, w, every, func(w io.Writer) error { return Sync(ctx, w, dir, opts) })
}

// syncEvery runs sync now and then every every until ctx ends, its lines
// written to w with the time.
func syncEvery(ctx context.Context, w io.Writer, every time.Duration, sync func(io.Writer) error) {
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		var buf bytes.Buffer
		err := sync(&buf)
		stamp := time.Now().Format(time.DateTime)
		for line := range strings.Lines(buf.String()) {
			fmt.Fprintf(w, "%s sync: %s", stamp, line)
		}
		if err != nil && ctx.Err() == nil {
			fmt.Fprintf(w, "%s sync: %v\n", stamp, err)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// SyncSummary syncs the library in dir quietly and returns the summary
// line (with the failed feeds named), for the reader's R.
func SyncSummary(ctx context.Context, dir string, opts SyncOptions) (string, error) {
	opts.JSON, opts.Terminal = false, false
	var buf bytes.Buffer
	err := Sync(ctx, &buf, dir, opts)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	summary := lines[len(lines)-1]
	var failed []string
	for _, l := range lines {
		if name, _, ok := strings.Cut(l, ": failed: "); ok {
			failed = append(failed, name)
		}
	}
	if errors.Is(err, errSomeFeedsFailed) {
		return summary + " (" + strings.Join(failed, ", ") + ")", nil
	}
	return summary, err
}

// feedLine is one feed's outcome in words.
func feedLine(r ingest.FeedResult) string {
	switch {
	case r.Error != "":
		return fmt.Sprintf("%s: failed: %s", r.Name, r.Error)
	case r.NotModified:
		return fmt.Sprintf("%s: not modified", r.Name)
	case r.Busy:
		return fmt.Sprintf("%s: left to another front end syncing it now", r.Name)
	}
	s := fmt.Sprintf("%s: %d new, %d already in the library", r.Name, r.New, r.Known)
	if r.Failed > 0 {
		s += fmt.Sprintf(", %d failed (%s)", r.Failed, strings.Join(r.Problems, "; "))
	}
	return s
}

// summaryLine is the line that ends a sync.
func summaryLine(rep *ingest.SyncReport) string {
	items := 0
	for _, r := range rep.Feeds {
		items += r.Failed
	}
	s := fmt.Sprintf("synced %d %s: %d new %s", len(rep.Feeds), plural(len(rep.Feeds), "feed", "feeds"),
		rep.New, plural(rep.New, "briefing", "briefings"))
	if rep.Failed > 0 {
		s += fmt.Sprintf(", %d %s failed", rep.Failed, plural(rep.Failed, "feed", "feeds"))
	}
	if items > 0 {
		s += fmt.Sprintf(", %d %s failed", items, plural(items, "item", "items"))
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// syncWithBars runs the sync under a small inline bubbletea program that
// draws a progress bar per feed, and leaves each feed's line when done.
func syncWithBars(ctx context.Context, w io.Writer, s *ingest.Syncer, feeds []ingest.FeedConfig, so SyncOptions) (*ingest.SyncReport, error) {
	m := newBarsModel(feeds)
	opts := []tea.ProgramOption{tea.WithOutput(w), tea.WithInput(nil), tea.WithContext(ctx)}
	switch {
	case so.NoColor:
		opts = append(opts, tea.WithColorProfile(colorprofile.Ascii))
	case w == io.Writer(os.Stdout):
		// The colours lipgloss detected for standard output as it was
		// initialised: left to detect them itself, bubbletea would run the
		// same detection again (in tmux, a second `tmux info`, 20–40 ms).
		opts = append(opts, tea.WithColorProfile(lipgloss.Writer.Profile))
	}
	if so.Width > 0 {
		opts = append(opts, tea.WithWindowSize(so.Width, len(feeds)+1))
	}
	p := tea.NewProgram(m, opts...)
	var rep *ingest.SyncReport
	var serr error
	done := make(chan struct{})
	s.Progress = func(pr ingest.Progress) { p.Send(progressMsg(pr)) }
	go func() {
		defer close(done)
		rep, serr = s.Sync(ctx, feeds)
		p.Send(syncDoneMsg{})
	}()
	_, err := p.Run()
	<-done // the sync ends with ctx too: every fetch is bound to it
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		return nil, err
	}
	if rep == nil && serr == nil {
		serr = ctx.Err()
	}
	return rep, serr
}

type progressMsg ingest.Progress

type syncDoneMsg struct{}

// barsModel is one line per feed: a bar while it syncs, its outcome after.
type barsModel struct {
	names []string
	rows  map[string]*barRow
	bar   progress.Model
	done  bool
}

type barRow struct {
	done, total int
	result      *ingest.FeedResult
}

func newBarsModel(feeds []ingest.FeedConfig) *barsModel {
	m := &barsModel{rows: map[string]*barRow{}, bar: progress.New(progress.WithWidth(30))}
	for _, fc := range feeds {
		m.names = append(m.names, fc.Name)
		m.rows[fc.Name] = &barRow{}
	}
	return m
}

func (m *barsModel) Init() tea.Cmd { return nil }

func (m *barsModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case progressMsg:
		if r := m.rows[msg.Feed]; r != nil {
			r.done, r.total = msg.Done, msg.Total
			if msg.Result != nil {
				r.result = msg.Result
			}
		}
	case syncDoneMsg:
		m.done = true
		return m, tea.Quit
	}
	return m, nil
}

func (m *barsModel) View() tea.View {
	var b strings.Builder
	width := 0
	for _, n := range m.names {
		width = max(width, len(n))
	}
	for _, n := range m.names {
		r := m.rows[n]
		switch {
		case r.result != nil:
			b.WriteString(feedLine(*r.result))
		case r.total == 0:
			fmt.Fprintf(&b, "%-*s  fetching…", width, n)
		default:
			fmt.Fprintf(&b, "%-*s  %s %d/%d", width, n, m.bar.ViewAs(float64(r.done)/float64(r.total)), r.done, r.total)
		}
		b.WriteByte('\n')
	}
	return tea.NewView(b.String())
}
