package sshd

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"

	"sitrep/ui/tui"
)

// styledRun is what a terminal does with one piece of output: a grapheme
// or a sequence other than SGR, and the style in force when it arrives.
type styledRun struct {
	seq   string
	style uv.Style
}

// styledRuns reads output as a terminal would, keeping the style in force
// at every grapheme and every other sequence.
func styledRuns(out []byte) []styledRun {
	var runs []styledRun
	var style uv.Style
	var state byte
	p := ansi.NewParser()
	for len(out) > 0 {
		p.Reset()
		seq, _, n, newState := ansi.DecodeSequence(out, state, p)
		if ansi.HasCsiPrefix(seq) && p.Command() == 'm' {
			uv.ReadStyle(p.Params(), &style)
		} else {
			runs = append(runs, styledRun{string(seq), style})
		}
		out, state = out[n:], newState
	}
	return runs
}

// sampleFrames is output the reader's sessions send: every style of both
// themes over text, as drawn and as the terminal renderer sends it between
// two frames, and sequences of every other kind.
func sampleFrames(t testing.TB) [][]byte {
	t.Helper()
	var frames [][]byte
	for _, dark := range []bool{true, false} {
		var lines []string
		v := reflect.ValueOf(tui.NewStyles(dark))
		for i := range v.NumField() {
			if f, ok := v.Field(i).Interface().(lipgloss.Style); ok {
				lines = append(lines, f.Render(fmt.Sprintf("%s sample", v.Type().Field(i).Name))+" plain")
			}
			if f := v.Field(i); f.Kind() == reflect.Map {
				for _, k := range f.MapKeys() {
					if st, ok := f.MapIndex(k).Interface().(lipgloss.Style); ok {
						lines = append(lines, st.Render(fmt.Sprint(k.Interface())))
					}
				}
			}
		}
		frame := strings.Join(lines, "\n")
		frames = append(frames, []byte(frame))
		// The renderer's own sequences: the frame drawn, then drawn again
		// shifted, as a key press changes it.
		var out bytes.Buffer
		scr := uv.NewTerminalRenderer(&out, []string{"TERM=xterm-256color"})
		scr.SetColorProfile(colorprofile.TrueColor)
		scr.SetFullscreen(true)
		scr.SetRelativeCursor(false)
		buf := uv.NewScreenBuffer(60, len(lines)+1)
		for _, s := range []string{frame, "x" + frame} {
			buf.Clear()
			uv.NewStyledString(s).Draw(buf, buf.Bounds())
			scr.Render(buf.RenderBuffer)
			if err := scr.Flush(); err != nil {
				t.Fatal(err)
			}
			frames = append(frames, bytes.Clone(out.Bytes()))
			out.Reset()
		}
	}
	frames = append(frames, []byte(
		"\x1b[0;1;38;2;1;2;3;48;5;200;58;2;9;9;9mA\x1b[m"+ // every kind of colour
			"\x1b[>4;2m\x1b[?25l\x1b[>1u"+ // modes with an m or other final
			"\x1b[38:2::10:20:30mB\x1b[0m"+ // colon sub-parameters
			"\x1b[1;mC"+ // an empty last parameter resets
			"\x1b[38;5;9;1mF"+
			"\x1b[38;5;196;48;2;255;255;255;4mG"+
			"\x1b]2;sitrep — story\x07\x1b]52;c;c2l0cmVw\x1b\\"+ // title, clipboard
			"ünïcödé 世界 \x1b[")) // too many parameters, a cut sequence
	return frames
}

// TestDownsamplerMatchesColorprofile checks that the session's writer
// gives the client what colorprofile.Writer would: the same text and
// sequences, each in the same colours, in 256 and in 16 colours.
func TestDownsamplerMatchesColorprofile(t *testing.T) {
	for _, profile := range []colorprofile.Profile{colorprofile.ANSI256, colorprofile.ANSI} {
		for i, frame := range sampleFrames(t) {
			var want, got bytes.Buffer
			if _, err := (&colorprofile.Writer{Forward: &want, Profile: profile}).Write(frame); err != nil {
				t.Fatal(err)
			}
			d := newDownsampler(&got, profile)
			for range 2 { // the second time from its cache
				got.Reset()
				if n, err := d.Write(frame); err != nil || n != len(frame) {
					t.Fatalf("Write = %d, %v; want %d, nil", n, err, len(frame))
				}
				w, g := styledRuns(want.Bytes()), styledRuns(got.Bytes())
				if len(w) != len(g) {
					t.Fatalf("%s frame %d: %d runs, want %d:\n got %q\nwant %q", profile, i, len(g), len(w), got.Bytes(), want.Bytes())
				}
				for j := range w {
					if w[j].seq != g[j].seq || !w[j].style.Equal(&g[j].style) {
						t.Fatalf("%s frame %d run %d: %q in %+v, want %q in %+v", profile, i, j, g[j].seq, g[j].style, w[j].seq, w[j].style)
					}
				}
			}
		}
	}
}

// TestDownsamplerShortColours checks that a colour cut short is passed on
// as it came, and so is a sequence of more parameters than the renderer
// sends (colorprofile.Writer panics on both).
func TestDownsamplerOddSequences(t *testing.T) {
	for _, in := range []string{"\x1b[38;2;1mD", "\x1b[48;5mE", "\x1b[38mF", "\x1b[58;2;1;2m", "\x1b[9" + strings.Repeat(";1", 40) + "mH"} {
		var got bytes.Buffer
		if _, err := newDownsampler(&got, colorprofile.ANSI256).Write([]byte(in)); err != nil {
			t.Fatal(err)
		}
		if got.String() != in {
			t.Errorf("%q became %q", in, got.String())
		}
	}
}

// BenchmarkFrameWriter is a frame's way to a 256-colour client: the
// renderer's output for the reader's styles through colorprofile.Writer
// and through the session's downsampler.
//
//	go test -run '^$' -bench FrameWriter ./ui/sshd/
func BenchmarkFrameWriter(b *testing.B) {
	frames := sampleFrames(b)[1:3] // the first frame drawn, then the next
	writers := []struct {
		name string
		w    io.Writer
	}{
		{"colorprofile", &colorprofile.Writer{Forward: io.Discard, Profile: colorprofile.ANSI256}},
		{"downsampler", newDownsampler(io.Discard, colorprofile.ANSI256)},
	}
	for _, w := range writers {
		b.Run(w.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, err := w.w.Write(frames[i%2]); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}
