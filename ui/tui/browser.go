package tui

import (
	"errors"
	"fmt"
	"net/url"
	"os/exec"
	"runtime"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// errNotWebURL refuses a URL that is not http or https: a briefing's URL
// is untrusted, and a browser opener would run file: or other schemes.
var errNotWebURL = errors.New("not an http or https URL")

// checkWebURL accepts an absolute http or https URL without control
// characters or spaces.
func checkWebURL(raw string) error {
	if strings.ContainsFunc(raw, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		return errNotWebURL
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return errNotWebURL
	}
	return nil
}

// OpenInBrowser opens a web URL in the desktop's browser (xdg-open, open on
// macOS, the URL handler on Windows), as one argument, without a shell.
func OpenInBrowser(raw string) error {
	if err := checkWebURL(raw); err != nil {
		return err
	}
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", raw)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", raw)
	default:
		cmd = exec.Command("xdg-open", raw)
	}
	if err := cmd.Start(); err != nil {
		if errors.Is(err, exec.ErrNotFound) { // a server, a container: said short, for the status line
			return fmt.Errorf("%s is not installed", cmd.Args[0])
		}
		return fmt.Errorf("open %s: %w", cmd.Path, err)
	}
	go func() { _ = cmd.Wait() }() // reap it; the browser outlives us
	return nil
}

// openURL is o: the briefing's URL in the local browser, or, with no
// browser where the analyst sits (over SSH), a notice offering y.
func (m *Model) openURL() tea.Cmd {
	b, ok := m.lib.Get(m.current)
	switch {
	case !ok:
		return nil
	case b.URL == "":
		return m.setStatus("This briefing has no URL.", true)
	case m.opts.OpenURL == nil:
		return m.setStatus("No browser here (this is an SSH session): y copies the URL.", false)
	case checkWebURL(b.URL) != nil:
		return m.setStatus("Not opening the URL: "+errNotWebURL.Error()+".", true)
	}
	open, u := m.opts.OpenURL, b.URL
	return tea.Batch(m.setStatus("Opening the URL in the browser…", false), func() tea.Msg {
		if err := open(u); err != nil {
			// The hint first: a long reason is what the status line cuts.
			return noticeMsg{text: "Cannot open the URL (y copies it): " + err.Error(), isErr: true}
		}
		return nil
	})
}
