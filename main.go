// Command sitrep is a terminal reader for conflict and security briefings:
// a story list, each briefing rendered as Markdown, and beside it the key
// figures and the timeline extracted from its text. It also imports raw
// articles, extracts figures and dates for scripts, and serves the reader
// over SSH to a team.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/alecthomas/kong"
	"github.com/charmbracelet/x/term"

	"sitrep/briefing"
	"sitrep/briefing/ingest"
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
	src, err := cli.LocateLibrary(cfg.Library)
	if err != nil {
		return nil, err
	}
	lib, err := src.Open()
	if err != nil {
		return nil, err
	}
	cli.ReportProblems(e.stderr, lib)
	return lib, nil
}

type readCmd struct {
	Style   string `help:"Colours: auto asks the terminal for its background." enum:"auto,dark,light" default:"auto"`
	NoMouse bool   `help:"Leave the mouse to the terminal (select text without holding shift)."`
}

func (c *readCmd) Run(cfg *config, e env) error {
	src, err := cli.LocateLibrary(cfg.Library)
	if err != nil {
		return err
	}
	lib, err := src.Open()
	if err != nil {
		return err
	}
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
	return tui.Run(e.ctx, lib, tui.Options{
		Style:        c.Style,
		GlamourStyle: os.Getenv("GLAMOUR_STYLE"),
		NoColor:      os.Getenv("NO_COLOR") != "",
		Mouse:        !c.NoMouse,
		State:        state,
		Load:         src.Open,
	})
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
		if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
			opt.Width = min(w, 120)
		}
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
	Files     []string `arg:"" help:"Articles to import; - reads standard input." placeholder:"FILE|-"`
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
	return cli.ImportAll(e.stdout, dir, c.Files, read, opts, c.Force)
}

type extractCmd struct {
	Published string   `help:"Publication date the relative dates resolve against, YYYY-MM-DD." placeholder:"YYYY-MM-DD"`
	JSON      bool     `help:"Write one JSON object per input (the extraction contract)."`
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
}

func (c *serveCmd) Run(cfg *config, e env) error {
	sc, err := sshd.DefaultConfig()
	if err != nil {
		return err
	}
	src, err := cli.LocateLibrary(cfg.Library)
	if err != nil {
		return err
	}
	if src.Dir != "" {
		sc.LibraryDir = src.Dir
	} else if sc.Library, err = src.Open(); err != nil {
		return err
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

type searchCmd struct {
	Query []string `arg:"" help:"The query (see README: Searching across briefings)." placeholder:"QUERY"`
	JSON  bool     `help:"Write the results as JSON, matches marked « »."`
	Limit int      `help:"Results to show at most." default:"20"`
}

func (c *searchCmd) Run(cfg *config, e env) error {
	src, err := cli.LocateLibrary(cfg.Library)
	if err != nil {
		return err
	}
	ix, err := cli.OpenIndex(e.ctx, src, e.stderr)
	if err != nil {
		return err
	}
	defer ix.Close()
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
	src, err := cli.LocateLibrary(cfg.Library)
	if err != nil {
		return err
	}
	ix, err := cli.OpenIndex(e.ctx, src, e.stderr)
	if err != nil {
		return err
	}
	defer ix.Close()
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
	src, err := cli.LocateLibrary(cfg.Library)
	if err != nil {
		return err
	}
	ix, err := cli.OpenIndex(e.ctx, src, e.stderr)
	if err != nil {
		return err
	}
	defer ix.Close()
	return cli.Timeline(e.ctx, e.stdout, ix, cli.TimelineOptions{Region: c.Region, Country: c.Country, Since: since, JSON: c.JSON})
}
