package tui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing"
)

// WarmRenderer builds, in the background, what bubbletea's first frame
// would otherwise build before it is drawn: the character-width table of
// go-runewidth (2 MiB over all of Unicode, built once per process on the
// first character above U+02FF that is measured the wcwidth way, as the
// renderer measures every frame until the terminal says it counts
// graphemes). Built in the first flush, it held the reader's first frame
// back by 10–14 ms on a 2-core host. The reader calls it once its library
// has opened (begun beside the opening, it took one of 2 cores from it),
// the store's reader as it starts; either way it is built before the
// first flush. Only the first call does anything.
func WarmRenderer() {
	warmOnce.Do(func() { go ansi.StringWidthWc("│") })
}

var warmOnce sync.Once

// terminalProfile is the colours the terminal on standard output takes,
// as lipgloss detected them when it was initialised: its Writer holds
// colorprofile.Detect of os.Stdout and the process's environment, the
// same detection bubbletea runs when a program is given no profile. In
// tmux each detection runs `tmux info` (20–40 ms); lipgloss's runs before
// main whatever we do, and bubbletea's ran again just before the first
// frame. Given this one, the program detects nothing.
func terminalProfile() colorprofile.Profile { return lipgloss.Writer.Profile }

// Run runs the reader on the terminal (standard output) until the analyst
// quits or ctx ends, then saves the reading state. NO_COLOR (any non-empty
// value) or opts.NoColor turns colour off; otherwise the colours are the
// terminal's, as detected once (terminalProfile). progOpts come last and
// can override (a program given another output gives its profile too,
// and the work put off until the first frame waits firstFrameCap).
func Run(ctx context.Context, lib *briefing.Library, opts Options, progOpts ...tea.ProgramOption) error {
	if os.Getenv("NO_COLOR") != "" {
		opts.NoColor = true
	}
	if opts.OpenURL == nil && os.Getenv("SSH_CONNECTION") == "" && os.Getenv("SSH_TTY") == "" {
		opts.OpenURL = OpenInBrowser
	}
	// The program writes to standard output through a frameWriter, which
	// lets the work the first frame does not show wait for it.
	out := newFrameWriter(os.Stdout)
	opts.frameOut = out.written
	// The reader's quitting ends opts.quit (the opening's context): the
	// program returns at once, without waiting for its commands.
	quit, cancel := context.WithCancel(ctx)
	defer cancel()
	opts.quit = quit
	base := []tea.ProgramOption{tea.WithContext(ctx), tea.WithOutput(out)}
	if opts.NoColor {
		base = append(base, tea.WithColorProfile(colorprofile.Ascii))
	} else {
		base = append(base, tea.WithColorProfile(terminalProfile()))
	}
	p := tea.NewProgram(New(lib, opts), append(base, progOpts...)...)
	final, err := p.Run()
	cancel()
	if m, ok := final.(Model); ok && m.openErr != nil {
		return m.openErr // the library never opened: nothing was read
	}
	var saveErr error
	if opts.State != nil {
		saveErr = opts.State.Save()
	}
	if err != nil {
		if errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil {
			err = ctx.Err()
		}
		return fmt.Errorf("reader: %w", err)
	}
	if saveErr != nil {
		return fmt.Errorf("reader: %w", saveErr)
	}
	return nil
}
