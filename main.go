// Command sitrep is a terminal reader for conflict and security briefings:
// a story list, each briefing rendered as Markdown, and beside it the key
// figures and the timeline extracted from its text. It also imports raw
// articles, extracts figures and dates for scripts, and serves the reader
// over SSH to a team.
//
// It imports the front ends (sitrep/ui/cli, tui, sshd) and, to open the
// library the chosen way, the domain packages that hold it
// (sitrep/briefing, index, ingest, store).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/alecthomas/kong"
	"github.com/charmbracelet/x/term"

	"sitrep/briefing"
	"sitrep/briefing/index"
	"sitrep/briefing/ingest"
	"sitrep/briefing/store"
	"sitrep/ui/cli"
	"sitrep/ui/sshd"
	"sitrep/ui/tui"
)

// config is the command line: global flags and one struct per command.
// kong fills it from the arguments and the environment.
type config struct {
	Library string           `help:"Library directory (default: $XDG_DATA_HOME/sitrep/briefings if it exists, else the embedded samples)." env:"SITREP_LIBRARY" placeholder:"DIR" type:"path"`
	Version kong.VersionFlag `help:"Print the version and exit."`

	Read     readCmd     `cmd:"" default:"withargs" help:"Open the reader (the default command)."`
	List     listCmd     `cmd:"" help:"List the library, newest first."`
	Show     showCmd     `cmd:"" help:"Print one briefing rendered as Markdown."`
	Import   importCmd   `cmd:"" help:"Import raw articles (plain text or Markdown) into the library."`
	Extract  extractCmd  `cmd:"" help:"Print the figures, temporal expressions and timeline of texts."`
	Serve    serveCmd    `cmd:"" help:"Serve the reader over SSH to a team (public-key logins only)."`
	Search   searchCmd   `cmd:"" help:"Search the whole library (ranked; words, prefix*, \"phrases\", region: country: source: role: since: until:)."`
	Stories  storiesCmd  `cmd:"" help:"Group briefings that report one event into stories, with their figures reconciled across sources."`
	Timeline timelineCmd `cmd:"" help:"The timeline of a region or country: one entry per event, with every briefing that reports it."`
	Feed     feedCmd     `cmd:"" help:"Add, list or remove the library's feeds (RSS or Atom)."`
	Sync     syncCmd     `cmd:"" help:"Fetch every feed and write its new items as briefings."`

	// A team's store: several front ends on one PostgreSQL (see the end of this file).
	Store     string   `help:"PostgreSQL store shared by several front ends (postgres://…): the library, search and reading state live there instead of files." env:"SITREP_STORE" placeholder:"URL"`
	StorePool int      `help:"Connections to the store at most (the pool of this process)." default:"10" placeholder:"N"`
	StoreCmd  storeCmd `cmd:"" name:"store" help:"Load a Markdown library into the store (--store), or write the store out as Markdown files."`
}

// env is what every command runs with: the streams and a context that is
// cancelled on SIGINT or SIGTERM.
type env struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// errUsage marks errors that are the caller's: exit code 2.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], env{ctx, os.Stdin, os.Stdout, os.Stderr})
	stop()
	os.Exit(code)
}

// run parses args and runs the command, returning the exit code: 0, 1 for
// a failure, 2 for bad usage, 130 when interrupted.
func run(ctx context.Context, args []string, e env) int {
	var cfg config
	exit := -1
	parser, err := kong.New(&cfg,
		kong.Name("sitrep"),
		kong.Description("A terminal reader for conflict and security briefings."),
		kong.Vars{"version": version()},
		kong.Writers(e.stdout, e.stderr),
		kong.Exit(func(code int) { exit = code }),
		kong.UsageOnError(),
	)
	if err != nil {
		fmt.Fprintf(e.stderr, "sitrep: %v\n", err)
		return 1
	}
	kctx, err := parser.Parse(args)
	if exit >= 0 {
		return exit // --help or --version
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "sitrep: %v\n", err)
		return 2
	}
	err = kctx.Run(&cfg, e)
	switch {
	case err == nil:
		return 0
	case ctx.Err() != nil || errors.Is(err, context.Canceled):
		return 130
	case errors.Is(err, errUsage):
		fmt.Fprintf(e.stderr, "sitrep: %v\n", err)
		return 2
	default:
		fmt.Fprintf(e.stderr, "sitrep: %v\n", err)
		return 1
	}
}

// openLibrary loads the library the flags choose and reports skipped files.
func openLibrary(cfg *config, e env) (*briefing.Library, error) {
	if cfg.Store != "" {
		return openStoreLibrary(cfg, e)
	}
	src, err := cli.LocateLibrary(cfg.Library)
	if err != nil {
		return nil, err
	}
	lib, err := src.OpenFromIndex(e.ctx)
	if err != nil {
		return nil, err
	}
	cli.ReportProblems(e.stderr, lib)
	return lib, nil
}

type readCmd struct {
	Style   string `help:"Colours: auto asks the terminal for its background." enum:"auto,dark,light" default:"auto"`
	NoMouse bool   `help:"Leave the mouse to the terminal (select text without holding shift)."`
	Path    string `arg:"" optional:"" help:"A briefing (FILE.md) or a library directory to read instead of the library." placeholder:"FILE.md|DIR"`
}

func (c *readCmd) Run(cfg *config, e env) error {
	if cfg.Store != "" {
		tui.WarmRenderer() // while the store opens
		return c.runStore(cfg, e)
	}
	src, err := cli.LocateLibrary(cfg.Library)
	if c.Path != "" {
		src, err = cli.LocatePath(c.Path)
	}
	if err != nil {
		return err
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// The garbage collector works harder rather than let a large
		// library's reader grow to twice what it holds (a soft limit that
		// follows what is live: a reader that needs more gets it).
		stopLimit := limitReaderMemory(e.ctx)
		defer stopLimit()
	}
	// Nothing is collected until the first frame is out and the first
	// story and its badges are in (collect is openForReader's drawn, called
	// at the reader's FirstFrame, which follows them), the memory limit
	// still holding: what the start allocates (the library's first screen,
	// the program, the styles) is a few MiB, and each collection of a heap
	// that small took one of 2 cores for its marking while the frame was
	// being made.
	gcPercent := debug.SetGCPercent(-1)
	collect := sync.OnceFunc(func() { debug.SetGCPercent(gcPercent) })
	defer collect()
	// The library opens while the reader starts (its terminal set up, the
	// first tick of its drawing: about 20 ms), and the reader draws its
	// first frame once it has it.
	var (
		opened  tui.Opened
		openErr error
		cleanup func()
	)
	// The opening stops when the reader quits (Run's return, or the
	// opening's context from the reader, whichever comes first): a slow
	// one (an index waiting out another writer's lock, a large library
	// read from its files) must not keep the process after ctrl+c or q.
	openCtx, stopOpening := context.WithCancel(e.ctx)
	defer stopOpening()
	openDone := make(chan struct{})
	go func() {
		defer close(openDone)
		opened, cleanup, openErr = openForReader(openCtx, e, src, collect)
		// The renderer's table follows the opening, ready before the
		// first frame's drawing needs it: begun beside the opening, it
		// took one of 2 cores from it.
		tui.WarmRenderer()
	}()
	defer func() {
		// A reader that quit at once stops the opening and waits for it,
		// then stops what it began.
		stopOpening()
		<-openDone
		if cleanup != nil {
			cleanup()
		}
	}()
	statePath, err := briefing.DefaultStatePath()
	if err != nil {
		return err
	}
	// A corrupt state file comes back with a usable clean store and a
	// warning the reader shows in its status bar; only a nil store is fatal.
	state, err := briefing.OpenState(statePath)
	if state == nil {
		return err
	}
	opts := c.readerOptions(state)
	opts.Load = func() (*briefing.Library, error) { return src.OpenFromIndex(e.ctx) }
	opts.Sync = readerSync(e, src.Dir)
	opts.Open = func(ctx context.Context) (tui.Opened, error) {
		defer context.AfterFunc(ctx, stopOpening)()
		<-openDone
		return opened, openErr
	}
	return tui.Run(e.ctx, nil, opts)
}

// readerOptions are the reader's options that come from its flags and the
// environment, the same over a library and over the store. NO_COLOR is
// not among them: tui.Run reads it.
func (c *readCmd) readerOptions(state briefing.ReadingStates) tui.Options {
	return tui.Options{
		Style:        c.Style,
		GlamourStyle: os.Getenv("GLAMOUR_STYLE"),
		Mouse:        !c.NoMouse,
		State:        state,
	}
}

// openForReader opens the library a reader starts with, and begins what
// follows from how it opened: the watcher, the catch-up of a library shown
// from its index, the index in the background. cleanup stops them (and
// lets a library held for the first frame read on); it is nil on an error.
// drawn is called at the reader's FirstFrame (tui.Options.FirstFrame).
// ctx ends the opening (and the catch-up's reading of the index) when
// the reader quits while it opens; the rest runs under e.ctx, stopped by
// cleanup.
func openForReader(ctx context.Context, e env, src cli.Source, drawn func()) (opened tui.Opened, cleanup func(), err error) {
	// The first frame comes from the index when there is one; what changed
	// on disk since is caught up in the background. Without one, the
	// library is read in parts, each shown as it comes.
	opening, err := src.OpenHeldForReader(ctx)
	if err != nil {
		return tui.Opened{}, nil, err
	}
	// Held until the reader says its first frame is drawn; resumed on the
	// way out too, so that the reading never waits for a reader that
	// failed.
	stops := []func(){opening.Resume}
	isDrawn := make(chan struct{})
	firstFrame := sync.OnceFunc(func() {
		drawn()
		close(isDrawn)
		opening.Resume()
	})
	cleanup = func() {
		for i := len(stops) - 1; i >= 0; i-- {
			stops[i]()
		}
	}
	catchUp := opening.CatchUp
	// A library read in parts is watched once it is read and on screen:
	// its walk and the watcher's would compete for the disk and the
	// processor, and the watcher with the reader drawing the whole list.
	parts, settled := shownThenSettled(e.ctx, opening.Parts, opening.Read)
	watchFrom := settled
	if settled == nil {
		// A library whole from the start (the top of its index, or read
		// at once) is indexed once its first frame is drawn. From the
		// index it is watched then too: the watcher lists and stats every
		// file (at 100,000 briefings, 80 ms of both cores), and the
		// catch-up compares that listing with the index, so a file written
		// before it is still found. A library read at once has no catch-up
		// to find such a file: its watcher starts at once, as close to the
		// reading as it can.
		settled = isDrawn
		if catchUp != nil {
			watchFrom = isDrawn
		}
	}
	changes, indexChanges, watching, listing, stop := watchLibrary(src.Dir, watchFrom, catchUp != nil)
	stops = append(stops, stop)
	// The library catches up once the watcher is in place (nothing written
	// in between is missed), and the index after the library (their peaks
	// of memory and work do not add up); the reader asks for the index
	// only later.
	caughtUp := make(chan struct{})
	after := (<-chan struct{})(caughtUp)
	// asIndexed is set, before caughtUp is closed, when the catch-up found
	// every file as the index holds it: the index needs no update.
	var asIndexed bool
	if catchUp == nil {
		after = settled // the index is built once the library is read and shown
	} else {
		inner := opening.CatchUpListed // set whenever CatchUp is
		catchUp = func() (*briefing.Library, briefing.LibraryChange, error) {
			defer close(caughtUp)
			<-watching
			// The files as the watcher listed them once it was watching
			// them: the library is not listed a second time (at 100,000
			// briefings, 50 ms of the kernel's and 30 ms of ours).
			lib, change, err := inner(listing())
			asIndexed = err == nil && change.Empty() && len(lib.Problems()) == 0
			return lib, change, err
		}
	}
	var openIndex func() (briefing.Index, error)
	if src.File == "" { // one file read alone has no library to search
		var closeIndex func()
		openIndex, closeIndex = indexInBackground(e.ctx, src, indexChanges, after, func() bool { return asIndexed })
		stops = append(stops, closeIndex)
	}
	return tui.Opened{
		Lib:        opening.Lib,
		CatchUp:    catchUp,
		Parts:      parts,
		FirstFrame: firstFrame,
		Watch:      changes,
		Index:      openIndex,
	}, cleanup, nil
}

// readerMemoryLimit is the reader's soft memory limit when live bytes
// of its heap are in use. Without one, the garbage collector lets the
// heap grow to twice what is live: at 100,000 briefings, whose reader
// holds about 60 MiB once the library is read, that is 136 MiB of
// resident memory; a limit of 80 MiB made it about 110 MiB, for up to 10%
// more processor time over the start (measured side by side: 100 MiB
// gave 126 MiB). Below 64 MiB live the limit is 80 MiB, as measured; above,
// it is a quarter more than what is live (as GOGC=25 would have it) — a
// fixed limit below the live heap (a filter's index, an index being
// built, a larger library) would have the collector run without pause
// against it.
func readerMemoryLimit(live uint64) int64 {
	return max(80<<20, int64(live/4*5))
}

// limitReaderMemory keeps the reader's soft memory limit at
// readerMemoryLimit of the live heap, read twice a second (a heap that
// grows faster than that runs against the limit for half a second at
// most), until ctx ends or stop is called.
func limitReaderMemory(ctx context.Context) (stop func()) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	set := func() {
		metrics.Read(sample)
		if sample[0].Value.Kind() == metrics.KindUint64 {
			debug.SetMemoryLimit(readerMemoryLimit(sample[0].Value.Uint64()))
		}
	}
	set()
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(500 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				set()
			}
		}
	}()
	return func() {
		cancel()
		<-done
	}
}

// indexInBackground starts opening the library's index, and catching it up
// with the files, once after is closed (nil: at once), off the reader's path: the
// reader's first frame never waits for it; when asIndexed (nil: never)
// then reports true, the files are known to be as indexed, and the index
// is opened as it is. Each change of the library (changes, nil for
// none) catches it up again. open waits for it (the reader calls it in a
// command); stop cancels a catch-up still running and closes the index.
func indexInBackground(ctx context.Context, src cli.Source, changes <-chan briefing.LibraryChange, after <-chan struct{}, asIndexed func() bool) (open func() (briefing.Index, error), stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	type opened struct {
		ix  *index.Index
		err error
	}
	done := make(chan opened, 1)
	following := make(chan struct{})
	go func() {
		defer close(following)
		if after != nil {
			select {
			case <-after:
			case <-ctx.Done():
				// The reader quit before the library was read: no index
				// is begun (it would be an empty file, and cost the exit
				// a second).
				done <- opened{err: ctx.Err()}
				return
			}
		}
		openIx := cli.OpenIndex
		if asIndexed != nil && ctx.Err() == nil && asIndexed() {
			openIx = cli.OpenIndexAsIs
		}
		ix, err := openIx(ctx, src, io.Discard) // stderr belongs to the reader's screen
		done <- opened{ix, err}
		fsys, fsErr := src.LibraryFS()
		if err != nil || fsErr != nil {
			return
		}
		for {
			select {
			case <-ctx.Done():
				return
			case _, ok := <-changes: // a nil channel: never
				if !ok {
					return
				}
				ix.Update(ctx, fsys, nil) // a file it cannot read is a problem it records
			}
		}
	}()
	wait := sync.OnceValue(func() opened { return <-done })
	open = func() (briefing.Index, error) {
		r := wait()
		if r.err != nil {
			return nil, r.err
		}
		return r.ix, nil
	}
	stop = func() {
		cancel()
		<-following
		if r := wait(); r.ix != nil {
			r.ix.Close()
		}
	}
	return open, stop
}

type listCmd struct {
	JSON bool `help:"Write the metadata as JSON."`
}

func (c *listCmd) Run(cfg *config, e env) error {
	lib, err := openLibrary(cfg, e)
	if err != nil {
		return err
	}
	return cli.List(e.stdout, lib, c.JSON)
}

type showCmd struct {
	ID    string `arg:"" help:"The briefing's ID (its file name without .md; see sitrep list)."`
	JSON  bool   `help:"Write the metadata and the Markdown body as JSON."`
	Style string `help:"Glamour style or style file (default: GLAMOUR_STYLE, else dark on a terminal, notty otherwise)." env:"GLAMOUR_STYLE"`
}

func (c *showCmd) Run(cfg *config, e env) error {
	// Only the file of the ID is read, however large the library.
	src, err := cli.LocateLibrary(cfg.Library)
	if err != nil {
		return err
	}
	lib, err := src.Find(c.ID)
	if err != nil {
		return err
	}
	cli.ReportProblems(e.stderr, lib)
	opt := cli.ShowOptions{JSON: c.JSON, Style: c.Style, Width: 80}
	if f, ok := e.stdout.(*os.File); ok && term.IsTerminal(f.Fd()) {
		if w, h, err := term.GetSize(f.Fd()); err == nil && w > 0 {
			opt.Width, opt.Height = min(w, 120), h
		}
		opt.Pager = os.Getenv("PAGER")
		if opt.Style == "" {
			opt.Style = "dark"
			if os.Getenv("NO_COLOR") != "" {
				opt.Style = "notty"
			}
		}
	} else {
		opt.Style, opt.Plain = "notty", true
	}
	return cli.Show(e.stdout, lib, c.ID, opt)
}

type importCmd struct {
	Published string   `help:"Publication date, YYYY-MM-DD." placeholder:"YYYY-MM-DD"`
	Source    string   `help:"Source (outlet or agency)."`
	URL       string   `help:"URL of the original."`
	Region    string   `help:"Region, e.g. Sahel."`
	Country   []string `help:"A country the article is about (repeatable)."`
	Force     bool     `help:"Overwrite a briefing that already exists."`
	Undated   bool     `help:"Import an article even when no publication date is known."`
	Files     []string `arg:"" help:"Articles to import: text, Markdown or HTML files, http(s) URLs of web pages; - reads standard input." placeholder:"FILE|URL|-"`
}

func (c *importCmd) Run(cfg *config, e env) error {
	published, err := parseDate(c.Published)
	if err != nil {
		return err
	}
	dir, err := cli.ImportDir(cfg.Library)
	if err != nil {
		return err
	}
	opts := ingest.ImportOptions{Published: published, Source: c.Source, URL: c.URL,
		Region: c.Region, Countries: c.Country}
	read := func(name string) ([]byte, error) { return readInput(name, e.stdin) }
	if cfg.Store != "" {
		return importToStore(cfg, e, c.Files, read, opts, c.Force)
	}
	fetcher := ingest.NewFetcher(ingest.DefaultFetchLimits(), userAgent())
	hides := cli.ImportHidesSamples(cfg.Library)
	err = cli.ImportInputs(e.ctx, e.stdout, dir, c.Files, read, fetcher, opts,
		cli.ImportPolicy{Force: c.Force, Undated: c.Undated})
	if hides {
		cli.NoteSamplesHidden(e.stderr, dir)
	}
	return err
}

type extractCmd struct {
	Published string   `help:"Publication date the relative dates resolve against, YYYY-MM-DD." placeholder:"YYYY-MM-DD"`
	JSON      bool     `help:"Write one JSON object per input (the extraction contract)."`
	Explain   bool     `help:"Name the rules behind every figure and temporal expression (a rules line, or a rules field in JSON)."`
	Files     []string `arg:"" optional:"" help:"Texts to read; none or - reads standard input." placeholder:"FILE|-"`
}

func (c *extractCmd) Run(cfg *config, e env) error {
	published, err := parseDate(c.Published)
	if err != nil {
		return err
	}
	files := c.Files
	if len(files) == 0 {
		files = []string{"-"}
	}
	for _, name := range files {
		data, err := readInput(name, e.stdin)
		if err != nil {
			return err
		}
		ex := cli.Extract(data, published)
		ex.Explain = c.Explain
		if c.JSON {
			err = ex.WriteJSON(e.stdout)
		} else {
			err = ex.WriteTable(e.stdout, name)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

type serveCmd struct {
	Listen         string        `help:"Address to listen on." default:":2222" placeholder:"ADDR"`
	HostKey        string        `help:"Host key (Ed25519, generated with mode 0600 if missing; default $XDG_DATA_HOME/sitrep/ssh_host_ed25519)." placeholder:"PATH" type:"path"`
	AuthorizedKeys string        `help:"OpenSSH authorized_keys file, re-read on change and SIGHUP (default $XDG_CONFIG_HOME/sitrep/authorized_keys)." placeholder:"PATH" type:"path"`
	Open           bool          `help:"Admit any public key (a lab box); each key still gets its own state."`
	MaxSessions    int           `help:"Sessions open at once, over all users." default:"64"`
	MaxPerKey      int           `name:"max-sessions-per-key" help:"Sessions open at once with one key." default:"4"`
	IdleTimeout    time.Duration `help:"Close a session after this long without a key press (it is told first)." default:"15m"`
	MaxSessionTime time.Duration `help:"Close any session after this long." default:"12h"`
	LoginGrace     time.Duration `help:"Time to log in, and then to start a session." default:"30s"`
	MaxAuthTries   int           `help:"Failed authentication attempts per connection." default:"6"`
	MaxStartups    sshd.Startups `help:"start:rate:full: with start connections not yet logged in, refuse new ones with rate% chance, rising to all at full (as sshd)." default:"10:30:100"`
	PerSource      int           `name:"per-source-max-startups" help:"Connections not yet logged in from one address (IPv6: one /64); past it a new one takes the place of a silent one." default:"4"`
	SilentGrace    time.Duration `help:"Time a client may stay silent when it owes its version line or first login attempt." default:"5s"`
	Keepalive      time.Duration `help:"Keepalive interval." default:"15s"`
	KeepaliveMiss  int           `name:"keepalive-max-missed" help:"Unanswered keepalives before the connection is dropped." default:"3"`
	Style          string        `help:"Colours: auto asks each terminal for its background." enum:"auto,dark,light" default:"auto"`
	Mouse          bool          `help:"Turn on mouse support in sessions (off: analysts select text with the mouse)."`
	Sync           time.Duration `help:"Sync the library's feeds now and then every DURATION (e.g. 30m); 0: never." placeholder:"EVERY" default:"0"`
}

func (c *serveCmd) Run(cfg *config, e env) error {
	sc, err := sshd.DefaultConfig()
	if err != nil {
		return err
	}
	if cfg.Store != "" {
		closeStore, err := serveFromStore(cfg, e, &sc)
		if err != nil {
			return err
		}
		defer closeStore()
	} else {
		src, err := cli.LocateLibrary(cfg.Library)
		if err != nil {
			return err
		}
		if src.Dir != "" {
			// The first sessions start from the index, or with no index
			// from the first part of the library read; the server reads
			// again from it, only new and changed files from disk.
			sc.LibraryDir = src.Dir
			sc.OpenAtOnce = func() (*briefing.Library, func() (*briefing.Library, briefing.LibraryChange, error), error) {
				return src.OpenForServer(e.ctx)
			}
			sc.Load = func() (*briefing.Library, error) { return src.OpenFromIndex(e.ctx) }
		} else if sc.Library, err = src.Open(); err != nil {
			return err
		}
		var stopIndex func()
		sc.Index, stopIndex = indexInBackground(e.ctx, src, nil, nil, nil) // the server's own watcher reloads the library
		defer stopIndex()
	}
	for _, n := range []int{c.MaxSessions, c.MaxPerKey, c.MaxAuthTries, c.PerSource, c.KeepaliveMiss} {
		if n < 1 {
			return fmt.Errorf("%w: session, connection and attempt limits must be at least 1", errUsage)
		}
	}
	for _, d := range []time.Duration{c.IdleTimeout, c.MaxSessionTime, c.LoginGrace, c.SilentGrace, c.Keepalive} {
		if d <= 0 {
			return fmt.Errorf("%w: durations must be positive", errUsage)
		}
	}
	sc.Listen, sc.Open, sc.Style, sc.Mouse = c.Listen, c.Open, c.Style, c.Mouse
	sc.MaxSessions, sc.MaxSessionsPerKey, sc.MaxAuthTries = c.MaxSessions, c.MaxPerKey, c.MaxAuthTries
	sc.MaxStartups, sc.PerSourceMaxStartups = c.MaxStartups, c.PerSource
	sc.IdleTimeout, sc.MaxSessionTime, sc.LoginGrace, sc.SilentGrace = c.IdleTimeout, c.MaxSessionTime, c.LoginGrace, c.SilentGrace
	sc.KeepaliveInterval, sc.KeepaliveMaxMissed = c.Keepalive, c.KeepaliveMiss
	if c.HostKey != "" {
		sc.HostKeyPath = c.HostKey
	}
	if c.AuthorizedKeys != "" {
		sc.AuthorizedKeysPath = c.AuthorizedKeys
	}
	if c.Sync != 0 {
		stop, err := startScheduledSync(cfg, e, sc.LibraryDir, c.Sync)
		if err != nil {
			return err
		}
		defer stop()
	}
	return sshd.Run(e.ctx, sc)
}

// parseDate reads a YYYY-MM-DD flag; "" is the zero time.
func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := briefing.ParseDate(s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: --published %q is not a date (want YYYY-MM-DD)", errUsage, s)
	}
	return t, nil
}

// readInput reads a file, or standard input for "-", refusing more than
// the largest briefing.
func readInput(name string, stdin io.Reader) ([]byte, error) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, briefing.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(data) > briefing.MaxFileSize {
		return nil, fmt.Errorf("%s: larger than %d MiB", name, briefing.MaxFileSize>>20)
	}
	return data, nil
}

// version is the module version, or the VCS revision of a development build.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "sitrep (unknown version)"
	}
	v := info.Main.Version
	var rev, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if (v == "" || v == "(devel)") && rev != "" {
		v = "devel " + rev[:min(12, len(rev))] + dirty
	}
	return "sitrep " + v
}

type feedCmd struct {
	Add    feedAddCmd    `cmd:"" help:"Add a feed to the library's list (feeds.yaml in the library)."`
	List   feedListCmd   `cmd:"" help:"List the library's feeds."`
	Remove feedRemoveCmd `cmd:"" help:"Remove a feed from the list; its briefings stay."`
}

type feedAddCmd struct {
	URL     string   `arg:"" help:"The feed's URL (RSS 2.0, RSS 1.0 or Atom; http or https)."`
	Name    string   `help:"The feed's name, used as the briefings' source (default: the site's host)."`
	Region  string   `help:"Region its briefings are filed under, e.g. Sahel."`
	Country []string `help:"A country its briefings are about (repeatable)."`
	Tag     []string `help:"A tag for its briefings (repeatable)."`
}

func (c *feedAddCmd) Run(cfg *config, e env) error {
	fc := ingest.FeedConfig{Name: c.Name, URL: c.URL, Region: c.Region, Countries: c.Country, Tags: c.Tag}
	err := withStore(cfg, e, func(s *store.Store) error { return cli.StoreFeedAdd(e.ctx, e.stdout, s, fc) },
		func(dir string) error { return cli.FeedAdd(e.stdout, dir, fc) })
	if err != nil {
		if errors.Is(err, ingest.ErrScheme) || errors.Is(err, ingest.ErrFeedExists) {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		return err
	}
	return nil
}

type feedListCmd struct {
	JSON bool `help:"Write the list as JSON."`
}

func (c *feedListCmd) Run(cfg *config, e env) error {
	return withStore(cfg, e, func(s *store.Store) error { return cli.StoreFeedList(e.ctx, e.stdout, s, c.JSON) },
		func(dir string) error { return cli.FeedList(e.stdout, dir, c.JSON) })
}

type feedRemoveCmd struct {
	Feed string `arg:"" help:"The feed's name or URL." placeholder:"NAME|URL"`
}

func (c *feedRemoveCmd) Run(cfg *config, e env) error {
	return withStore(cfg, e, func(s *store.Store) error { return cli.StoreFeedRemove(e.ctx, e.stdout, s, c.Feed) },
		func(dir string) error { return cli.FeedRemove(e.stdout, dir, c.Feed) })
}

// withStore runs onStore on the store when --store is set, else onDir on
// the library directory.
func withStore(cfg *config, e env, onStore func(*store.Store) error, onDir func(dir string) error) error {
	if cfg.Store != "" {
		s, err := openStore(cfg, e)
		if err != nil {
			return err
		}
		defer s.Close()
		return onStore(s)
	}
	dir, err := cli.ImportDir(cfg.Library)
	if err != nil {
		return err
	}
	return onDir(dir)
}

type syncCmd struct {
	JSON     bool          `help:"Write the report as JSON."`
	Parallel int           `help:"Feeds fetched at once." default:"4"`
	Pages    int           `help:"Pages of one feed fetched at once." default:"4"`
	Timeout  time.Duration `help:"Time allowed for one feed or page, body included." default:"30s"`
}

func (c *syncCmd) Run(cfg *config, e env) error {
	if c.Parallel < 1 || c.Pages < 1 || c.Timeout <= 0 {
		return fmt.Errorf("%w: --parallel and --pages must be at least 1, --timeout positive", errUsage)
	}
	limits := ingest.DefaultFetchLimits()
	limits.Total = c.Timeout
	opts := cli.SyncOptions{JSON: c.JSON, Feeds: c.Parallel, Pages: c.Pages, Limits: limits,
		UserAgent: userAgent(), NoColor: os.Getenv("NO_COLOR") != ""}
	if f, ok := e.stdout.(*os.File); ok && !c.JSON && term.IsTerminal(f.Fd()) {
		opts.Terminal = true
		if w, _, err := term.GetSize(f.Fd()); err == nil {
			opts.Width = w
		}
	}
	return withStore(cfg, e, func(s *store.Store) error { return cli.StoreSync(e.ctx, e.stdout, s, opts) },
		func(dir string) error { return cli.Sync(e.ctx, e.stdout, dir, opts) })
}

// userAgent names sitrep and its version to the servers it fetches from.
func userAgent() string {
	return strings.Replace(version(), "sitrep ", "sitrep/", 1) + " (+feed reader)"
}

// libraryDebounce is how long the watcher waits for a burst of writes to
// end: new briefings show in the reader well within two seconds.
const libraryDebounce = 300 * time.Millisecond

// watchLibrary watches a library directory for the reader; without a
// directory (the embedded samples), or when watching fails (the inotify
// limit), the reader simply does not update itself. The watcher is set up
// in the background (it lists the whole library), once after is closed
// (nil: at once): ready is closed once it is, or has failed. The reader's
// and the index's channels are closed when watching fails and by stop, so
// that nothing waits on them for ever. With wantListing, listing waits
// for ready and gives, once, the library's files as the watcher listed
// them when it began (briefing.WatchLibraryListed); else, or when it has
// none, nil.
func watchLibrary(dir string, after <-chan struct{}, wantListing bool) (reader, index <-chan briefing.LibraryChange, ready <-chan struct{}, listing func() *briefing.Listing, stop func()) {
	isReady := make(chan struct{})
	if dir == "" {
		close(isReady)
		return nil, nil, isReady, func() *briefing.Listing { return nil }, func() {}
	}
	toReader, toIndex := make(chan briefing.LibraryChange), make(chan briefing.LibraryChange)
	done := make(chan struct{})
	var w *briefing.Watcher
	var listed *briefing.Listing
	go func() {
		defer close(isReady)
		if after != nil {
			select {
			case <-after:
			case <-done:
				close(toReader)
				close(toIndex)
				return
			}
		}
		var err error
		if wantListing {
			w, listed, err = briefing.WatchLibraryListed(dir, libraryDebounce)
		} else {
			w, err = briefing.WatchLibrary(dir, libraryDebounce)
		}
		if err != nil {
			w = nil
			close(toReader)
			close(toIndex)
			return
		}
		r, _ := w.Subscribe()
		ix, _ := w.Subscribe()
		go forwardChanges(r, toReader, done)
		go forwardChanges(ix, toIndex, done)
	}()
	var once sync.Once
	listing = func() (l *briefing.Listing) {
		<-isReady
		once.Do(func() { l, listed = listed, nil })
		return l
	}
	return toReader, toIndex, isReady, listing, func() {
		close(done)
		<-isReady
		if w != nil {
			w.Close()
		}
	}
}

// forwardChanges passes the watcher's reports on until it closes or done.
func forwardChanges(from <-chan briefing.LibraryChange, to chan<- briefing.LibraryChange, done <-chan struct{}) {
	defer close(to)
	for c := range from {
		select {
		case to <- c:
		case <-done:
			return
		}
	}
}

type searchCmd struct {
	Query []string `arg:"" help:"The query (see README: Searching across briefings)." placeholder:"QUERY"`
	JSON  bool     `help:"Write the results as JSON, matches marked « »."`
	Limit int      `help:"Results to show at most." default:"20"`
}

func (c *searchCmd) Run(cfg *config, e env) error {
	ix, closeIndex, err := openIndex(cfg, e)
	if err != nil {
		return err
	}
	defer closeIndex()
	opt := cli.SearchOptions{JSON: c.JSON, Limit: c.Limit}
	if f, ok := e.stdout.(*os.File); ok && term.IsTerminal(f.Fd()) && os.Getenv("NO_COLOR") == "" {
		style := lipgloss.NewStyle().Bold(true).Reverse(true)
		opt.Highlight = func(s string) string { return style.Render(s) }
	}
	err = cli.Search(e.ctx, e.stdout, ix, strings.Join(c.Query, " "), opt)
	var qe *briefing.QueryError
	if errors.As(err, &qe) {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return err
}

type storiesCmd struct {
	Briefing string `help:"Show only the story that holds this briefing." placeholder:"ID"`
	JSON     bool   `help:"Write the stories as JSON."`
}

func (c *storiesCmd) Run(cfg *config, e env) error {
	ix, closeIndex, err := openIndex(cfg, e)
	if err != nil {
		return err
	}
	defer closeIndex()
	return cli.Stories(e.ctx, e.stdout, ix, cli.StoriesOptions{JSON: c.JSON, Briefing: c.Briefing})
}

type timelineCmd struct {
	Region  string `help:"The region (as in front matter: Sahel, Caribbean, Great Lakes...)." xor:"theatre" required:""`
	Country string `help:"The country (any common name: DRC, DR Congo, Congolese...)." xor:"theatre" required:""`
	Since   string `help:"Leave out events before this day, YYYY-MM-DD." placeholder:"YYYY-MM-DD"`
	JSON    bool   `help:"Write the events as JSON."`
}

func (c *timelineCmd) Run(cfg *config, e env) error {
	since, err := parseDate(c.Since)
	if err != nil {
		return fmt.Errorf("%w: --since %q is not a date (want YYYY-MM-DD)", errUsage, c.Since)
	}
	ix, closeIndex, err := openIndex(cfg, e)
	if err != nil {
		return err
	}
	defer closeIndex()
	return cli.Timeline(e.ctx, e.stdout, ix, cli.TimelineOptions{Region: c.Region, Country: c.Country, Since: since, JSON: c.JSON})
}

// The PostgreSQL store (--store, SITREP_STORE): a team's several front
// ends on one database. Each command above branches here when it is set.

// openStore connects to the store the flags name.
func openStore(cfg *config, e env) (*store.Store, error) {
	return cli.OpenStore(e.ctx, cfg.Store, cfg.StorePool)
}

// openStoreLibrary loads the library from the store.
func openStoreLibrary(cfg *config, e env) (*briefing.Library, error) {
	s, err := openStore(cfg, e)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	return cli.StoreLibrary(e.ctx, e.stderr, s)
}

// openIndex is the store when there is one, else the embedded index of
// the library, brought up to date.
func openIndex(cfg *config, e env) (briefing.Index, func(), error) {
	if cfg.Store != "" {
		s, err := openStore(cfg, e)
		if err != nil {
			return nil, nil, err
		}
		return s, s.Close, nil
	}
	src, err := cli.LocateLibrary(cfg.Library)
	if err != nil {
		return nil, nil, err
	}
	ix, err := cli.OpenIndex(e.ctx, src, e.stderr)
	if err != nil {
		return nil, nil, err
	}
	return ix, func() { ix.Close() }, nil
}

// runStore opens the reader on the store: its library (r reloads it) and
// the local user's reading state, refreshed as other front ends change it.
func (c *readCmd) runStore(cfg *config, e env) error {
	s, err := openStore(cfg, e)
	if err != nil {
		return err
	}
	defer s.Close()
	lib, err := s.Library(e.ctx)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(e.ctx)
	defer cancel()
	states := cli.NewStoreStates(ctx, s)
	state, err := states.Open(cli.LocalStateKey())
	if err != nil {
		return err
	}
	// The store's changes come to the reader as a watched directory's do:
	// the library read again, compared with the one shown.
	var current atomic.Pointer[briefing.Library]
	current.Store(lib)
	changes := make(chan briefing.LibraryChange, 1)
	install := func(next *briefing.Library) {
		c := briefing.Diff(current.Swap(next), next)
		if c.Empty() {
			return
		}
		select { // one report not yet taken is merged with this one
		case old := <-changes:
			c = old.Merge(c)
		default:
		}
		changes <- c
	}
	go s.Follow(ctx, 200*time.Millisecond, install, states.Refresh)
	opts := c.readerOptions(state)
	opts.Load = func() (*briefing.Library, error) { return current.Load(), nil }
	opts.Watch = changes
	opts.Index = func() (briefing.Index, error) { return s, nil }
	return tui.Run(e.ctx, lib, opts)
}

// importToStore imports articles as briefings of the store.
func importToStore(cfg *config, e env, files []string, read func(string) ([]byte, error), opts ingest.ImportOptions, force bool) error {
	s, err := openStore(cfg, e)
	if err != nil {
		return err
	}
	defer s.Close()
	return cli.ImportAllToStore(e.ctx, e.stdout, s, files, read, opts, force)
}

// serveFromStore serves the store's library and keeps it current as other
// front ends change it (new sessions open on the newest; a session's
// reload fetches it), with each key's reading state in the store.
func serveFromStore(cfg *config, e env, sc *sshd.Config) (func(), error) {
	s, err := openStore(cfg, e)
	if err != nil {
		return nil, err
	}
	lib, err := cli.StoreLibrary(e.ctx, e.stderr, s)
	if err != nil {
		s.Close()
		return nil, err
	}
	ctx, cancel := context.WithCancel(e.ctx)
	var current atomic.Pointer[briefing.Library]
	current.Store(lib)
	states := cli.NewStoreStates(ctx, s)
	sc.Library = lib
	sc.Current = current.Load
	sc.Load = func() (*briefing.Library, error) { return s.Library(ctx) }
	sc.OpenState = states.Open
	sc.Index = func() (briefing.Index, error) { return s, nil }
	updates := make(chan *briefing.Library, 1)
	install := func(lib *briefing.Library) {
		current.Store(lib)
		select { // the newest library replaces one the server has not taken
		case <-updates:
		default:
		}
		updates <- lib
	}
	sc.Updates = updates
	go s.Follow(ctx, 200*time.Millisecond, install, states.Refresh)
	return func() { cancel(); s.Close() }, nil
}

// storeCmd moves libraries into and out of the store.
type storeCmd struct {
	Import storeImportCmd `cmd:"" help:"Load the Markdown briefings of DIR into the store (again: only what changed)."`
	Export storeExportCmd `cmd:"" help:"Write the store's briefings to DIR as Markdown files."`
}

type storeImportCmd struct {
	Dir string `arg:"" help:"The library directory." type:"existingdir" placeholder:"DIR"`
}

func (c *storeImportCmd) Run(cfg *config, e env) error {
	if cfg.Store == "" {
		return fmt.Errorf("%w: sitrep store needs --store or SITREP_STORE", errUsage)
	}
	s, err := openStore(cfg, e)
	if err != nil {
		return err
	}
	defer s.Close()
	return cli.StoreImport(e.ctx, e.stdout, e.stderr, s, c.Dir)
}

type storeExportCmd struct {
	Dir   string `arg:"" help:"The directory to write (created if missing)." type:"path" placeholder:"DIR"`
	Force bool   `help:"Overwrite files that exist with other content."`
}

func (c *storeExportCmd) Run(cfg *config, e env) error {
	if cfg.Store == "" {
		return fmt.Errorf("%w: sitrep store needs --store or SITREP_STORE", errUsage)
	}
	s, err := openStore(cfg, e)
	if err != nil {
		return err
	}
	defer s.Close()
	return cli.StoreExport(e.ctx, e.stdout, s, c.Dir, c.Force)
}

// minSyncEvery is the shortest schedule serve --sync takes: feeds are
// other people's servers.
const minSyncEvery = time.Minute

// startScheduledSync runs the sync of the library's feeds (or the
// store's) in the background of the server, now and every every,
// reporting on stderr, until the server stops; stop waits for it.
func startScheduledSync(cfg *config, e env, dir string, every time.Duration) (stop func(), err error) {
	if dir == "" && cfg.Store == "" {
		return nil, fmt.Errorf("%w: --sync needs a library directory (--library DIR) or a store (--store URL)", errUsage)
	}
	if every < minSyncEvery {
		return nil, fmt.Errorf("%w: --sync must be at least %v", errUsage, minSyncEvery)
	}
	opts := cli.SyncOptions{Feeds: 4, Pages: 4, Limits: ingest.DefaultFetchLimits(), UserAgent: userAgent()}
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan struct{})
	if cfg.Store == "" {
		go func() { defer close(done); cli.SyncEvery(ctx, e.stderr, dir, every, opts) }()
		return func() { cancel(); <-done }, nil
	}
	s, err := openStore(cfg, e)
	if err != nil {
		cancel()
		return nil, err
	}
	go func() { defer close(done); cli.StoreSyncEvery(ctx, e.stderr, s, every, opts) }()
	return func() { cancel(); <-done; s.Close() }, nil
}

// readerSync is the reader's R: a sync of the library's feeds, or nil
// for the embedded samples.
func readerSync(e env, dir string) func() (string, error) {
	if dir == "" {
		return nil
	}
	opts := cli.SyncOptions{Feeds: 4, Pages: 4, Limits: ingest.DefaultFetchLimits(), UserAgent: userAgent()}
	return func() (string, error) { return cli.SyncSummary(e.ctx, dir, opts) }
}
