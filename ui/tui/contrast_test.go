package tui

import (
	"fmt"
	"image/color"
	"math"
	"reflect"
	"testing"

	"charm.land/lipgloss/v2"
)

// terminalBackgrounds are the backgrounds a style without one of its own
// is drawn on: a white terminal, and a dark one (the lighter end of the
// usual dark themes, where light text has the least contrast).
var terminalBackgrounds = map[bool]color.Color{
	false: lipgloss.Color("#FFFFFF"),
	true:  lipgloss.Color("#1E1E1E"),
}

// TestContrastMeetsWCAGAA: every foreground of the styles, on its own
// background or the terminal's, has a contrast ratio of at least 4.5:1
// (WCAG AA for text), in both themes.
func TestContrastMeetsWCAGAA(t *testing.T) {
	for _, dark := range []bool{false, true} {
		s := NewStyles(dark)
		for name, st := range styleFields(reflect.ValueOf(s), "Styles") {
			fg := st.GetForeground()
			if isNoColor(fg) {
				continue // the terminal's own text colour
			}
			bg := st.GetBackground()
			if isNoColor(bg) {
				bg = terminalBackgrounds[dark]
			}
			if st.GetReverse() {
				fg, bg = bg, fg
			}
			if r := contrast(fg, bg); r < 4.5 {
				t.Errorf("dark=%v %s: %s on %s has contrast %.2f:1, want at least 4.5:1", dark, name, hex(fg), hex(bg), r)
			}
		}
	}
}

// styleFields finds every lipgloss.Style in v (fields, nested structs and
// maps), by name.
func styleFields(v reflect.Value, name string) map[string]lipgloss.Style {
	out := map[string]lipgloss.Style{}
	switch {
	case v.Type() == reflect.TypeFor[lipgloss.Style]():
		out[name] = v.Interface().(lipgloss.Style)
	case v.Kind() == reflect.Struct:
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				for k, st := range styleFields(v.Field(i), name+"."+f.Name) {
					out[k] = st
				}
			}
		}
	case v.Kind() == reflect.Map:
		for _, k := range v.MapKeys() {
			for kk, st := range styleFields(v.MapIndex(k), fmt.Sprintf("%s[%v]", name, k)) {
				out[kk] = st
			}
		}
	}
	return out
}

func isNoColor(c color.Color) bool {
	if c == nil {
		return true
	}
	_, ok := c.(lipgloss.NoColor)
	return ok
}

func hex(c color.Color) string {
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("#%02X%02X%02X", r>>8, g>>8, b>>8)
}

// contrast is the WCAG 2 contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// luminance is the WCAG 2 relative luminance of a colour.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xFFFF
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}
