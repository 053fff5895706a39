package sshd

import (
	"bytes"
	"image/color"
	"io"
	"strconv"
	"sync"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// downsampler is how a session's frames reach a client with 16 or 256
// colours: it rewrites the 24-bit colours of the SGR sequences a frame
// sends to the session's profile, as colorprofile.Writer does, and passes
// every other byte through untouched. It does the same conversion
// (ansi.Convert256 or ansi.Convert16 of the same colour) for less: it
// looks for escape sequences with bytes.IndexByte instead of decoding
// every grapheme of the text between them, keeps the colours it has
// converted in a map of its own instead of colorprofile's process-wide
// cache behind one lock (taken twice per colour, by every session), and
// reuses one buffer (issue 17: the writer was 7% of the server's CPU per
// key press). A sequence it does not read (colon sub-parameters) goes
// through colorprofile's own conversion.
type downsampler struct {
	forward io.Writer
	profile colorprofile.Profile // ANSI or ANSI256

	mu     sync.Mutex
	out    []byte
	params map[sgrColour]string // converted colour parameters, by what they replace
	slow   colorprofile.Writer  // for the sequences it does not read itself
}

// sgrColour is one colour parameter of an SGR sequence: which colour (38
// foreground, 48 background, 58 underline), whether indexed (5) or direct
// (2), and its value.
type sgrColour struct {
	which, kind uint8
	r, g, b     uint8
}

// maxConvertedColours bounds the map of converted colours; the reader's
// styles and glamour's use a few dozen.
const maxConvertedColours = 4096

func newDownsampler(forward io.Writer, profile colorprofile.Profile) *downsampler {
	d := &downsampler{forward: forward, profile: profile, params: map[sgrColour]string{}}
	d.slow = colorprofile.Writer{Forward: appender{&d.out}, Profile: profile}
	return d
}

// appender appends what is written to a byte slice.
type appender struct{ b *[]byte }

func (a appender) Write(p []byte) (int, error) {
	*a.b = append(*a.b, p...)
	return len(p), nil
}

// Write converts the colours of p and writes the result in one write.
func (d *downsampler) Write(p []byte) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	n := len(p)
	d.out = d.out[:0]
	for len(p) > 0 {
		i := bytes.IndexByte(p, ansi.ESC)
		if i < 0 {
			d.out = append(d.out, p...)
			break
		}
		d.out = append(d.out, p[:i]...)
		p = p[i:]
		if len(p) > 2 && p[1] == '[' && (p[2] < '<' || p[2] > '?') { // not a private sequence ("\x1b[>4;2m")
			j := 2
			for j < len(p) && p[j] >= '0' && p[j] <= '?' { // parameter bytes
				j++
			}
			if j < len(p) && p[j] == 'm' {
				d.sgr(p[:j+1], p[2:j])
				p = p[j+1:]
				continue
			}
		}
		// Any other sequence is copied as it is, up to the next escape.
		d.out = append(d.out, ansi.ESC)
		p = p[1:]
	}
	if _, err := d.forward.Write(d.out); err != nil {
		return 0, err //nolint:wrapcheck // the session's own error
	}
	return n, nil
}

// sgr appends the SGR sequence seq, with parameters params, with its
// colours converted.
func (d *downsampler) sgr(seq, params []byte) {
	var buf [maxSGRFields][]byte
	f, ok := splitFields(params, buf[:0])
	switch {
	case !ok, d.profile != colorprofile.ANSI && bytes.IndexByte(params, '2') < 0:
		// No direct colour (each has a 2): nothing to convert. Nor in a
		// sequence longer than any the renderer sends.
		d.out = append(d.out, seq...)
		return
	case bytes.IndexByte(params, ':') >= 0:
		_, _ = d.slow.Write(seq) //nolint:errcheck // appends
		return
	}
	d.out = append(d.out, ansi.ESC, '[')
	for i := 0; i < len(f); {
		if i > 0 {
			d.out = append(d.out, ';')
		}
		which, isColour := colourParam(f[i])
		rest := len(f) - i
		switch {
		case isColour && rest >= 5 && string(f[i+1]) == "2":
			c := sgrColour{which: which, kind: 2, r: uint8(atoi(f[i+2])), g: uint8(atoi(f[i+3])), b: uint8(atoi(f[i+4]))} //nolint:gosec // as colorprofile reads them
			d.out = append(d.out, d.converted(c)...)
			i += 5
		case isColour && rest >= 3 && string(f[i+1]) == "5" && d.profile == colorprofile.ANSI:
			c := sgrColour{which: which, kind: 5, r: uint8(atoi(f[i+2]))} //nolint:gosec // as colorprofile reads them
			d.out = append(d.out, d.converted(c)...)
			i += 3
		case isColour && rest >= 3 && string(f[i+1]) == "5":
			d.out = append(d.out, f[i]...)
			d.out = append(d.out, ';')
			d.out = append(d.out, f[i+1]...)
			d.out = append(d.out, ';')
			d.out = append(d.out, f[i+2]...)
			i += 3
		default:
			d.out = append(d.out, f[i]...)
			i++
		}
	}
	d.out = append(d.out, 'm')
}

// maxSGRFields is the most parameters an SGR sequence may have for the
// downsampler to read it; the renderer sends at most a dozen.
const maxSGRFields = 32

// splitFields appends the ';'-separated fields of params to f; ok is false
// when there are more than maxSGRFields.
func splitFields(params []byte, f [][]byte) ([][]byte, bool) {
	for {
		if len(f) == maxSGRFields {
			return f, false
		}
		i := bytes.IndexByte(params, ';')
		if i < 0 {
			return append(f, params), true
		}
		f = append(f, params[:i])
		params = params[i+1:]
	}
}

// converted is the SGR parameter of colour c in the session's profile.
func (d *downsampler) converted(c sgrColour) string {
	if s, ok := d.params[c]; ok {
		return s
	}
	var in ansi.Color = color.RGBA{R: c.r, G: c.g, B: c.b, A: 0xff}
	if c.kind == 5 {
		in = ansi.IndexedColor(c.r)
	}
	var out ansi.Color
	if d.profile == colorprofile.ANSI {
		out = ansi.Convert16(in)
	} else {
		out = ansi.Convert256(in)
	}
	var st ansi.Style
	switch c.which {
	case 38:
		st = st.ForegroundColor(out)
	case 48:
		st = st.BackgroundColor(out)
	default:
		st = st.UnderlineColor(out)
	}
	if len(d.params) >= maxConvertedColours {
		clear(d.params)
	}
	d.params[c] = st[0]
	return st[0]
}

// colourParam reports whether p opens a colour (38, 48, 58), and which.
func colourParam(p []byte) (uint8, bool) {
	switch string(p) {
	case "38":
		return 38, true
	case "48":
		return 48, true
	case "58":
		return 58, true
	}
	return 0, false
}

// atoi reads a decimal parameter; an empty or malformed one is 0, as the
// ANSI parser reads it.
func atoi(b []byte) int {
	n, err := strconv.Atoi(string(b))
	if err != nil {
		return 0
	}
	return n
}
