package tui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"sitrep/briefing/extract"
)

// Styles is every style the reader draws with, for one background. Each
// session builds its own (NewStyles) and rebuilds it when the terminal
// reports its background, so nothing is shared between SSH sessions.
type Styles struct {
	IsDark bool

	// Pane chrome.
	Title        lipgloss.Style // an unfocused pane's title bar
	FocusedTitle lipgloss.Style // the focused pane's title bar
	Rule         lipgloss.Style // vertical rule between panes
	Dim          lipgloss.Style
	Empty        lipgloss.Style // an empty state ("no figures found")
	Error        lipgloss.Style
	Warning      lipgloss.Style

	// List.
	Cursor      lipgloss.Style // the bar beside the selected story
	Unread      lipgloss.Style // title while unread
	ReadTitle   lipgloss.Style // title once read
	Meta        lipgloss.Style // date and region
	Summary     lipgloss.Style
	Star        lipgloss.Style
	UnreadDot   lipgloss.Style
	Badge       lipgloss.Style
	FilterMatch lipgloss.Style

	// Reader.
	HeaderTitle  lipgloss.Style
	HeaderDek    lipgloss.Style
	HeaderMeta   lipgloss.Style
	Match        lipgloss.Style // a search match
	CurrentMatch lipgloss.Style // the match n/N is on
	Sentence     lipgloss.Style // the sentence a figure or date came from
	Span         lipgloss.Style // the figure or date itself

	// Panels.
	Selected   lipgloss.Style
	Category   map[extract.Category]lipgloss.Style
	Bar        map[extract.Category]lipgloss.Style
	Date       lipgloss.Style
	Planned    lipgloss.Style
	PubMarker  lipgloss.Style
	EventText  lipgloss.Style
	PlannedTag lipgloss.Style

	// Status bar.
	Status      lipgloss.Style
	StatusKey   lipgloss.Style
	StatusFocus lipgloss.Style
	Help        help.Styles
	TooSmall    lipgloss.Style
}

// NewStyles builds the styles for a dark or a light background.
func NewStyles(isDark bool) Styles { return stylesIn(isDark, colorprofile.TrueColor) }

// stylesIn builds the styles for a background with their colours in
// profile (16 or 256 colours; any other profile keeps them as they are):
// the colours the session's client will be sent, converted once here
// rather than in every frame's bytes (issue 17), the same that converting
// them on the way out gives (profile.Convert).
func stylesIn(isDark bool, profile colorprofile.Profile) Styles {
	ld := lipgloss.LightDark(isDark)
	c := func(light, dark string) color.Color {
		col := ld(lipgloss.Color(light), lipgloss.Color(dark))
		if profile == colorprofile.ANSI || profile == colorprofile.ANSI256 {
			return profile.Convert(col)
		}
		return col
	}
	accent := c("#5A3FC0", "#B7A6FF")
	muted := c("#6B6B6B", "#8A8A8A")
	text := c("#1A1A1A", "#E6E6E6")
	s := Styles{IsDark: isDark}

	s.Title = lipgloss.NewStyle().Foreground(muted).Bold(true)
	s.FocusedTitle = lipgloss.NewStyle().Foreground(c("#FFFFFF", "#1A1A1A")).Background(accent).Bold(true)
	s.Rule = lipgloss.NewStyle().Foreground(c("#767676", "#8A8A8A"))
	s.Dim = lipgloss.NewStyle().Foreground(muted)
	s.Empty = lipgloss.NewStyle().Foreground(muted).Italic(true)
	s.Error = lipgloss.NewStyle().Foreground(c("#B00020", "#FF6B6B")).Bold(true)
	s.Warning = lipgloss.NewStyle().Foreground(c("#8A5A00", "#FFC857"))

	s.Cursor = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.Unread = lipgloss.NewStyle().Foreground(text).Bold(true)
	s.ReadTitle = lipgloss.NewStyle().Foreground(c("#3A3A3A", "#BDBDBD"))
	s.Meta = lipgloss.NewStyle().Foreground(c("#0B6E8A", "#6CC4DD"))
	s.Summary = lipgloss.NewStyle().Foreground(muted)
	s.Star = lipgloss.NewStyle().Foreground(c("#8A6500", "#FFD75F"))
	s.UnreadDot = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.Badge = lipgloss.NewStyle().Foreground(c("#B00020", "#FF8787")).Bold(true)
	s.FilterMatch = lipgloss.NewStyle().Underline(true)

	s.HeaderTitle = lipgloss.NewStyle().Foreground(text).Bold(true)
	s.HeaderDek = lipgloss.NewStyle().Foreground(c("#3A3A3A", "#C8C8C8")).Italic(true)
	s.HeaderMeta = lipgloss.NewStyle().Foreground(c("#0B6E8A", "#6CC4DD"))
	s.Match = lipgloss.NewStyle().Background(c("#FFE08A", "#5C4A00")).Foreground(text)
	s.CurrentMatch = lipgloss.NewStyle().Reverse(true).Bold(true)
	s.Sentence = lipgloss.NewStyle().Underline(true)
	s.Span = lipgloss.NewStyle().Reverse(true).Bold(true)

	s.Selected = lipgloss.NewStyle().Reverse(true)
	cats := map[extract.Category][2]string{
		extract.Casualties:   {"#B00020", "#FF6B6B"},
		extract.Displacement: {"#A65E00", "#FFA94D"},
		extract.Deployment:   {"#1F5FBF", "#74A7FF"},
		extract.Humanitarian: {"#1E7B34", "#69DB7C"},
		extract.Detention:    {"#7B2FA8", "#DA77F2"},
		extract.Money:        {"#6B5B00", "#E9D66B"},
		extract.Duration:     {"#0B6E8A", "#66D9E8"},
		extract.Other:        {"#555555", "#A0A0A0"},
	}
	s.Category = make(map[extract.Category]lipgloss.Style, len(cats))
	s.Bar = make(map[extract.Category]lipgloss.Style, len(cats))
	for cat, pair := range cats {
		col := c(pair[0], pair[1])
		s.Category[cat] = lipgloss.NewStyle().Foreground(col).Bold(true)
		s.Bar[cat] = lipgloss.NewStyle().Foreground(col)
	}
	s.Date = lipgloss.NewStyle().Foreground(c("#0B6E8A", "#6CC4DD")).Bold(true)
	s.Planned = lipgloss.NewStyle().Foreground(muted).Italic(true)
	s.PlannedTag = lipgloss.NewStyle().Foreground(c("#A65E00", "#FFA94D")).Italic(true)
	s.PubMarker = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.EventText = lipgloss.NewStyle().Foreground(text)

	s.Status = lipgloss.NewStyle().Foreground(c("#1A1A1A", "#E6E6E6")).Background(c("#E4E4E4", "#262626"))
	s.StatusKey = s.Status.Foreground(accent).Bold(true)
	s.StatusFocus = lipgloss.NewStyle().Foreground(c("#FFFFFF", "#1A1A1A")).Background(accent).Bold(true)
	s.Help = helpStyles(c("#3A3A3A", "#C8C8C8"), muted)
	s.TooSmall = lipgloss.NewStyle().Bold(true)
	return s
}

// helpStyles are the help's styles: keys in key, descriptions and
// separators in desc (bubbles' defaults are too faint to read on either
// background).
func helpStyles(key, desc color.Color) help.Styles {
	k := lipgloss.NewStyle().Foreground(key)
	d := lipgloss.NewStyle().Foreground(desc)
	return help.Styles{
		Ellipsis: d, ShortKey: k, ShortDesc: d, ShortSeparator: d,
		FullKey: k, FullDesc: d, FullSeparator: d,
	}
}

// withoutColor adapts the styles to a terminal without colour (NO_COLOR):
// what colour alone marked (focus, the status bar, search matches) is
// marked with reverse video, bold and underline instead, which the Ascii
// profile keeps.
func (s Styles) withoutColor() Styles {
	s.FocusedTitle = lipgloss.NewStyle().Reverse(true).Bold(true)
	s.StatusFocus = lipgloss.NewStyle().Reverse(true).Bold(true)
	s.Status = lipgloss.NewStyle()
	s.StatusKey = lipgloss.NewStyle().Bold(true)
	s.Match = lipgloss.NewStyle().Underline(true).Bold(true)
	return s
}

// inputStyles are the filter's and search's styles, with a steady cursor
// (a blinking one wakes every session up twice a second).
func inputStyles(isDark bool) textinput.Styles {
	st := textinput.DefaultStyles(isDark)
	st.Cursor.Blink = false
	return st
}

// categoryStyle is the style of a category, falling back to Other.
func (s *Styles) categoryStyle(cat extract.Category) lipgloss.Style {
	if st, ok := s.Category[cat]; ok {
		return st
	}
	return s.Category[extract.Other]
}

func (s *Styles) barStyle(cat extract.Category) lipgloss.Style {
	if st, ok := s.Bar[cat]; ok {
		return st
	}
	return s.Bar[extract.Other]
}
