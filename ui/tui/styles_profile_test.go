package tui

import (
	"bytes"
	"fmt"
	"reflect"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
)

// TestStylesInProfile checks that styles built in a session's profile
// look as the 24-bit styles do once their frames are converted to it:
// every style of both themes, through the writer that converts them.
func TestStylesInProfile(t *testing.T) {
	for _, profile := range []colorprofile.Profile{colorprofile.ANSI256, colorprofile.ANSI} {
		for _, dark := range []bool{true, false} {
			full, in := reflect.ValueOf(NewStyles(dark)), reflect.ValueOf(stylesIn(dark, profile))
			convert := func(s string) string {
				var b bytes.Buffer
				if _, err := (&colorprofile.Writer{Forward: &b, Profile: profile}).Write([]byte(s)); err != nil {
					t.Fatal(err)
				}
				return b.String()
			}
			n := 0
			check := func(name string, a, b any) {
				sa, oka := a.(lipgloss.Style)
				sb, okb := b.(lipgloss.Style)
				if !oka || !okb {
					return
				}
				n++
				want, got := convert(sa.Render(name)), sb.Render(name)
				if convert(got) != want {
					t.Errorf("%s dark=%v %s: %q, want %q", profile, dark, name, got, want)
				}
			}
			for i := range full.NumField() {
				name := full.Type().Field(i).Name
				f, g := full.Field(i), in.Field(i)
				switch f.Kind() {
				case reflect.Map:
					for _, k := range f.MapKeys() {
						check(fmt.Sprint(name, k.Interface()), f.MapIndex(k).Interface(), g.MapIndex(k).Interface())
					}
				case reflect.Struct:
					if f.Type() != reflect.TypeFor[lipgloss.Style]() {
						for j := range f.NumField() {
							check(name+"."+f.Type().Field(j).Name, f.Field(j).Interface(), g.Field(j).Interface())
						}
						continue
					}
					check(name, f.Interface(), g.Interface())
				}
			}
			if n < 40 {
				t.Errorf("checked %d styles; want every one", n)
			}
		}
	}
}
