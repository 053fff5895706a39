package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"sitrep/briefing"
	"sitrep/briefing/sanitize"

	"charm.land/glamour/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// ShowOptions say how to render a briefing to a stream.
type ShowOptions struct {
	JSON bool
	// Style is a glamour style name or path ("notty" when not a terminal).
	Style string
	// Width wraps the text; 0 means 80.
	Width int
	// Plain removes every escape sequence from the output (colours and
	// hyperlinks), for a pipe or a file.
	Plain bool
	// Height is the terminal's height when the output is a terminal, 0
	// otherwise; a text taller than it goes through Pager.
	Height int
	// Pager is the pager command ($PAGER); "" is less -R.
	Pager string
}

// Show writes one briefing: rendered with glamour under a header, or as JSON
// with its metadata and body. A body too heavy for glamour
// (sanitize.TooHeavy) is written as wrapped plain text under the rendered
// header, with a note saying why.
func Show(w io.Writer, lib *briefing.Library, id string, opt ShowOptions) error {
	b, ok := lib.Get(id)
	if !ok {
		return fmt.Errorf("no briefing %q in the library (sitrep list shows the IDs)", sanitize.Line(id))
	}
	body, err := lib.Body(id)
	if err != nil {
		return err
	}
	if opt.JSON {
		out := struct {
			briefingJSON
			Body string `json:"body"`
		}{toJSON(b), sanitize.Text(body)}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	width := opt.Width
	if width <= 0 {
		width = 80
	}
	style := opt.Style
	if style == "" {
		style = "notty"
	}
	r, err := glamour.NewTermRenderer(styleOption(style), glamour.WithWordWrap(width))
	if err != nil {
		return fmt.Errorf("glamour style %q: %w", style, err)
	}
	md, plain := Header(b)+body, ""
	if heavy, why := sanitize.TooHeavy(body); heavy {
		// Glamour would take too long: render the header alone and show
		// the body as wrapped text, as the reader does.
		md = Header(b) + "*" + why + "*\n"
		plain = lipgloss.Wrap(body, width, " -") + "\n"
	}
	out, err := r.Render(md)
	if err != nil {
		return fmt.Errorf("render %s: %w", sanitize.Line(id), err)
	}
	out += plain
	if opt.Plain {
		out = ansi.Strip(out)
	}
	if opt.Height > 0 && strings.Count(out, "\n") >= opt.Height {
		return page(w, out, opt.Pager)
	}
	_, err = io.WriteString(w, out)
	return err
}

// page shows text through the pager command (split into words; "" is
// less -R), as git and glow -p do; when the pager cannot start, the text
// goes to w as it is.
func page(w io.Writer, text, pager string) error {
	args := strings.Fields(pager)
	if len(args) == 0 {
		args = []string{"less", "-R"}
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = strings.NewReader(text), w, os.Stderr
	if err := cmd.Start(); err != nil {
		_, werr := io.WriteString(w, text)
		return werr
	}
	if err := cmd.Wait(); err != nil {
		return fmt.Errorf("pager %s: %w", args[0], err)
	}
	return nil
}

// styleOption picks a standard glamour style by name, or a style file by path.
func styleOption(style string) glamour.TermRendererOption {
	if strings.ContainsAny(style, "/\\") || strings.HasSuffix(style, ".json") {
		return glamour.WithStylePath(style)
	}
	return glamour.WithStandardStyle(style)
}

// Header is the Markdown shown above a briefing's body: title, summary and
// a line of source, date and dateline. The fields are sanitized one-liners;
// Markdown punctuation in them is escaped so a title cannot open a link.
func Header(b *briefing.Briefing) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "# %s\n\n", escapeMD(b.Title))
	if b.Summary != "" {
		fmt.Fprintf(&sb, "*%s*\n\n", escapeMD(b.Summary))
	}
	var meta []string
	meta = append(meta, DateOrUndated(b))
	if b.Dateline != "" {
		meta = append(meta, escapeMD(b.Dateline))
	}
	if p := Place(b); p != "" {
		meta = append(meta, escapeMD(p))
	}
	if b.Source != "" {
		meta = append(meta, escapeMD(b.Source))
	}
	sb.WriteString(strings.Join(meta, " · "))
	sb.WriteString("\n\n")
	if b.URL != "" {
		fmt.Fprintf(&sb, "%s\n\n", escapeMD(b.URL))
	}
	sb.WriteString("---\n\n")
	return sb.String()
}

var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`, "!", `\!`,
)

func escapeMD(s string) string { return mdEscaper.Replace(s) }
