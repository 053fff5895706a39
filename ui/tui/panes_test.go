package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing"
	"sitrep/briefing/extract"
	"sitrep/content"
)

// TestFigureLabels checks the badge and the panel noun of figures as the
// extractor gives them: the role's word beside the value.
func TestFigureLabels(t *testing.T) {
	cases := []struct {
		text, sentence, badge, noun string
	}{
		{"at least 115 people", "Gunmen killed at least 115 people, officials said.", "≥115 killed", "people killed"},
		{"at least 115 people", "The attack, killing at least 115 people, was the worst.", "≥115 killed", "people killed"},
		{"At least 16 people", "At least 16 people were seriously wounded.", "≥16 injured", "people injured"},
		{"15,859 wounded", "In all, 3,823 people have been killed and 15,859 wounded.", "15,859 injured", "people injured"},
		{"over 700,000 people", "Violence has driven over 700,000 people from their homes.", ">700K displaced", "people displaced"},
		{"around 2,900 troops", "Ten countries pledged around 2,900 troops.", "~2,900 pledged", "troops pledged"},
		{"25 seafarers", "The 25 seafarers held since 2023 were freed.", "25 released", "seafarers released"},
		{"$96 million", "Donors gave $96 million.", "$96M", ""},
	}
	for _, c := range cases {
		var f extract.Figure
		for _, g := range extract.Figures(c.sentence) {
			if g.Text == c.text {
				f = g
			}
		}
		if f.Text == "" {
			t.Errorf("no figure %q in %q", c.text, c.sentence)
			continue
		}
		if got := figureBadge(f); got != c.badge {
			t.Errorf("badge of %q = %q, want %q", c.sentence, got, c.badge)
		}
		if got := figureNoun(f); got != c.noun {
			t.Errorf("noun of %q = %q, want %q", c.sentence, got, c.noun)
		}
	}
}

func TestFiguresPanel(t *testing.T) {
	p := newFiguresPane(new(NewStyles(true)))
	p.SetSize(44, 14)
	figs := []extract.Figure{
		{Text: "2,900 troops", Value: 2900, Qualifier: "about", Unit: "troops", Category: extract.Deployment, Role: extract.RoleDeployed},
		{Text: "at least 115 people", Value: 115, Qualifier: "at least", Unit: "people", Category: extract.Casualties, Role: extract.RoleKilled, Sentence: "gangs killed at least 115 people"},
		{Text: "over 700,000 people", Value: 700000, Qualifier: "more than", Unit: "people", Category: extract.Displacement, Role: extract.RoleDisplaced, Sentence: "over 700,000 people displaced"},
		{Text: "16 people", Value: 16, Unit: "people", Category: extract.Casualties, Role: extract.RoleInjured, Sentence: "16 people wounded"},
		{Text: "70 people", Value: 70, Qualifier: "at least", Unit: "people", Category: extract.Casualties, Role: extract.RoleKilled, Sentence: "at least 70 people killed"},
		{Text: "$96 million", Value: 96e6, Unit: "$", Category: extract.Money, Role: extract.RoleMoney},
	}
	p.setFigures("x", figs, nil)
	view := ansi.Strip(paneText(p))
	order := []string{"CASUALTIES", "≥115", "16", "≥70", "DISPLACEMENT", ">700K", "DEPLOYMENT", "~2,900", "MONEY", "$96M"}
	last := -1
	for _, w := range order {
		i := strings.Index(view, w)
		if i < 0 || i < last {
			t.Fatalf("figures panel should show %v in that order:\n%s", order, view)
		}
		last = i
	}
	assertContains(t, "figures panel", view, "people killed", "people injured", "people displaced", "████████")
	// Bars compare like with like: 70 killed has a shorter bar than 115
	// killed; 16 injured, the troops and the money stand alone and get none.
	for _, l := range strings.Split(view, "\n") {
		switch {
		case strings.Contains(l, "≥115") && !strings.Contains(l, "████████"):
			t.Errorf("115 killed should have the full bar: %q", l)
		case strings.Contains(l, "≥70") && (strings.Contains(l, "████████") || !strings.Contains(l, "█")):
			t.Errorf("70 killed should have a shorter bar than 115: %q", l)
		case (strings.Contains(l, " 16 ") || strings.Contains(l, "2,900") || strings.Contains(l, "$96M")) && strings.ContainsAny(l, "█▏▎▍▌▋▊▉"):
			t.Errorf("a lone figure of its kind should have no bar: %q", l)
		}
	}
	if f, _ := p.selected(); f.Value != 115 {
		t.Errorf("the first figure selected should be the first casualty figure, got %v", f.Text)
	}
	p.focused = true
	p.Update(keyMsg("j"))
	p.Update(keyMsg("j"))
	p.Update(keyMsg("j"))
	if f, _ := p.selected(); f.Category != extract.Displacement {
		t.Errorf("j j j should select the displacement figure, got %v", f.Text)
	}
	p.Update(keyMsg("G"))
	if f, _ := p.selected(); f.Category != extract.Money {
		t.Errorf("G should select the last figure")
	}
	empty := newFiguresPane(new(NewStyles(true)))
	empty.SetSize(40, 10)
	empty.setFigures("y", nil, nil)
	assertContains(t, "empty figures panel", ansi.Strip(paneText(empty)), "No key figures found")
	empty.loading("z")
	assertContains(t, "loading figures panel", ansi.Strip(paneText(empty)), "Loading")
}

func TestTimelinePanel(t *testing.T) {
	p := newTimelinePane(new(NewStyles(true)))
	p.SetSize(40, 30)
	published := time.Date(2024, 10, 11, 0, 0, 0, 0, time.UTC)
	entries := []extract.TimelineEntry{
		{Value: "2024-06", Granularity: extract.Month, Period: extract.NewPeriod(extract.GrainMonth, time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)), Text: "in June", Event: "The mission began"},
		{Value: "2024-W40", Granularity: extract.Week, Period: extract.NewPeriod(extract.GrainWeek, time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC)), Text: "last week", Event: "Gran Grif gang stormed Pont-Sondé, killing residents and burning houses in a long attack"},
		{Value: "2024-10-11", Granularity: extract.Day, Period: extract.NewPeriod(extract.GrainDay, published), Text: "on Friday", Event: "Ruto announced more officers"},
		{Value: "2024-11", Granularity: extract.Month, Period: extract.NewPeriod(extract.GrainMonth, time.Date(2024, 11, 1, 0, 0, 0, 0, time.UTC)), Text: "next month", Event: "Kenya will deploy 600 more officers", Planned: true},
	}
	p.setTimeline("x", published, entries, nil)
	view := ansi.Strip(paneText(p))
	order := []string{"Jun 2024", "wk of 30 Sep 2024", "Fri 11 Oct 2024", "published 11 Oct 2024", "Nov 2024", "planned"}
	last := -1
	for _, w := range order {
		i := strings.Index(view, w)
		if i < 0 || i < last {
			t.Fatalf("timeline should show %v in that order:\n%s", order, view)
		}
		last = i
	}
	assertContains(t, "timeline", view, "○ Nov 2024", "● Jun 2024", "burning")
	for _, l := range strings.Split(view, "\n") {
		if ansi.StringWidth(l) > 40 {
			t.Errorf("line wider than the panel: %q", l)
		}
	}
	p.focused = true
	p.Update(keyMsg("G"))
	if e, _ := p.selected(); !e.Planned {
		t.Error("G should select the last (planned) entry")
	}
	undated := newTimelinePane(new(NewStyles(true)))
	undated.SetSize(40, 20)
	undated.setTimeline("y", time.Time{}, entries[:1], nil)
	assertNotContains(t, "undated timeline", ansi.Strip(paneText(undated)), "published")
}

func TestListPane(t *testing.T) {
	lib := fixtureLibrary(t)
	state := briefing.NewMemoryState()
	l := newListPane(new(NewStyles(true)), state, nil)
	l.setBriefings(lib.Briefings(), "")
	l.SetSize(70, 12)
	l.badges[lib.Briefings()[0].ID] = "≥48 killed"
	state.SetRead(lib.Briefings()[1].ID, true)
	view := paneText(l)
	plain := ansi.Strip(view)
	assertContains(t, "list", plain,
		"Shelling of coastal market kills dozens", "≥48 killed", "5 Mar 2025 · Levant — Hospital officials",
		"undated · Burkina Faso", "Stories 1/4")
	// Unread titles are bold; read ones are not.
	unread := NewStyles(true).Unread.Render("Shelling of coastal market kills dozens")
	if !strings.Contains(view, unread) {
		t.Error("an unread title should be bold")
	}
	if strings.Contains(view, NewStyles(true).Unread.Render("Border talks resume in the capital")) {
		t.Error("a read title should not be bold")
	}
	// Moving past the screen scrolls.
	l.focused = true
	l.SetSize(70, 7)
	for range 3 {
		l.Update(keyMsg("j"))
	}
	if l.scroll.offset == 0 || !strings.Contains(ansi.Strip(paneText(l)), "Background to the northern insurgency") {
		t.Errorf("the list should scroll to keep the cursor on screen (offset %d)", l.scroll.offset)
	}
}

func TestLocateSentenceInRenderedText(t *testing.T) {
	cases := []struct {
		name, markdown, sentence, span, wantLine string
	}{
		{"plain", "First line here.\n\nThe convoy of 40 trucks reached the town on Monday.", "The convoy of 40 trucks reached the town on Monday.", "40 trucks", "40 trucks"},
		{"emphasis", "Officials said **at least 12 people** were _killed_ in the raid.", "Officials said **at least 12 people** were _killed_ in the raid.", "at least 12 people", "12 people"},
		{"link", "The [UN](https://un.org) counted 2,900 dead in Goma.", "The [UN](https://un.org) counted 2,900 dead in Goma.", "2,900 dead", "2,900"},
		{"wrapped", strings.Repeat("Filler words to wrap the paragraph well past one line. ", 6) + "Finally 77 boats arrived.", "Finally 77 boats arrived.", "77 boats", "77 boats"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, err := renderMarkdown(c.markdown, 40, "dark")
			if err != nil {
				t.Fatal(err)
			}
			plain := strings.Split(ansi.Strip(out), "\n")
			idx := buildIndex(plain)
			sent, sp, ok := idx.locate(c.sentence, c.span)
			if !ok {
				t.Fatalf("sentence not found in:\n%s", strings.Join(plain, "\n"))
			}
			if !strings.Contains(plain[sp.Line], c.wantLine) {
				t.Errorf("span on line %q, want the line with %q", plain[sp.Line], c.wantLine)
			}
			got := ansi.Cut(plain[sp.Line], sp.Col, sp.EndCol)
			if sp.Line == sp.EndLine && !strings.Contains(c.span, strings.TrimSpace(got)) {
				t.Errorf("span cells %q are not %q", got, c.span)
			}
			if sent.Line > sp.Line || sent.EndLine < sp.EndLine {
				t.Errorf("the sentence %v should hold the span %v", sent, sp)
			}
		})
	}
}

func TestHostileBriefingRendersSafely(t *testing.T) {
	deep := strings.Repeat("> ", 3000) + "deep\n\n" + strings.Repeat("- ", 2000) + "list\n"
	files := fixtureFiles()
	files["hostile.md"] = fstestFile{"---\ntitle: \"Evil \\e]0;pwned\\a title \\e[31m\"\npublished: 2025-06-01\n---\n" +
		"Text with \x1b[2J clear and \x1b]52;c;Zm9v\x07 clipboard and \x9b31m C1.\n\n" + deep}.file()
	files["evil\x1b]0;pwned\x07name.md"] = fstestFile{"no front matter"}.file()
	lib, err := briefing.Load(files)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan Model, 1)
	go func() {
		m := newTestModel(t, lib, 120, 40)
		done <- press(t, m, "enter")
	}()
	var m Model
	select {
	case m = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("a hostile briefing hung the reader")
	}
	if m.current != "hostile" {
		t.Fatalf("hostile briefing should be first, got %s", m.current)
	}
	content := m.View().Content
	for _, bad := range []string{"\x1b]0;", "\x1b]52", "\x1b[2J", "\x07", "\x9b"} {
		if strings.Contains(content, bad) {
			t.Errorf("the screen carries %q from the briefing", bad)
		}
	}
	assertContains(t, "reader", screen(m), "Text with")
	// A hostile file name reaches the status bar and the problems view clean.
	m = press(t, m, "!")
	content = m.View().Content
	if strings.Contains(content, "\x1b]0;") || strings.Contains(content, "\x07") {
		t.Error("the problems view carries the escape sequence of a file name")
	}
	assertContains(t, "problems", screen(m), "name.md")
}

// TestEverySampleFigureAndEventCanBeJumpedTo renders each briefing of the
// embedded library at a narrow and a wide width and checks that the
// sentence and the span of every key figure and timeline entry are found
// in the rendered text.
func TestEverySampleFigureAndEventCanBeJumpedTo(t *testing.T) {
	lib, err := briefing.Load(content.Briefings())
	if err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{59, 91} {
		for _, b := range lib.Briefings() {
			doc := renderDocument(lib, docKey{b.ID, width, "dark"}, NewRenderGroup())
			body, _ := lib.Body(b.ID)
			figs, _ := lib.KeyFigures(b.ID)
			for _, f := range figs {
				if sent, sp, ok := doc.Index.locate(f.Sentence, f.Text); !ok || sent == sp {
					t.Errorf("%s at %d: figure %q not found in its sentence", b.ID, width, f.Text)
				}
			}
			entries, _ := lib.Timeline(b.ID)
			for _, e := range entries {
				if e.SentenceStart < 0 || e.SentenceEnd > len(body) || e.SentenceStart >= e.SentenceEnd {
					t.Errorf("%s: entry %q has no sentence", b.ID, e.Text)
					continue
				}
				if sent, sp, ok := doc.Index.locate(body[e.SentenceStart:e.SentenceEnd], e.Text); !ok || sent == sp {
					t.Errorf("%s at %d: date %q not found in its sentence", b.ID, width, e.Text)
				}
			}
		}
	}
}

func TestReaderPaneScrollsLikeLess(t *testing.T) {
	lib := fixtureLibrary(t)
	b := lib.Briefings()[0]
	r := newReaderPane(new(NewStyles(true)))
	r.SetSize(80, 21) // 20 lines of text under the title
	r.show(b, renderDocument(lib, docKey{b.ID, r.wrapWidth(), "dark"}, NewRenderGroup()), 0)
	r.focused = true
	total := len(r.lines)
	if total < 100 {
		t.Fatalf("the long fixture renders to %d lines; want a long document", total)
	}
	last := total - 20
	cases := []struct {
		key  string
		want int
	}{
		{"j", 1}, {"down", 2}, {"k", 1}, {"space", 20}, {"b", 1}, {"ctrl+d", 11}, {"ctrl+u", 1},
		{"G", last}, {"j", last}, {"g", 0}, {"k", 0},
	}
	for _, c := range cases {
		r.Update(keyMsg(c.key))
		if r.scroll.offset != c.want {
			t.Fatalf("after %s the reader is at line %d, want %d", c.key, r.scroll.offset, c.want)
		}
	}
	assertContains(t, "reader at the top", ansi.Strip(paneText(r)), "Shelling of coastal market kills dozens", "Field report · 5 Mar 2025 · Port Town · Levant")
	r.Update(keyMsg("G"))
	if p, _ := r.progress(); p != 100 {
		t.Errorf("at the bottom the progress is %d%%, want 100%%", p)
	}
	assertContains(t, "reader at the bottom", ansi.Strip(paneText(r)), "Closing paragraph 10")
	// The position survives a change of width as a fraction.
	pos := r.position()
	r.SetSize(120, 21)
	r.setDoc(renderDocument(lib, docKey{b.ID, r.wrapWidth(), "dark"}, NewRenderGroup()), pos)
	if got := r.position(); got < pos-0.1 || got > pos+0.1 {
		t.Errorf("after a resize the position is %.2f, want about %.2f", got, pos)
	}
	// Unfocused, it ignores keys.
	r.focused = false
	before := r.scroll.offset
	r.Update(keyMsg("g"))
	if r.scroll.offset != before {
		t.Error("an unfocused reader should ignore keys")
	}
}

func TestLocateVeryLongSentence(t *testing.T) {
	words := strings.Repeat("convoy moved along the coast road and ", 5000) // ~190 KB, no full stop
	sentence := words + "then 77 boats arrived"
	out, err := renderMarkdown(sentence, 80, "notty")
	if err != nil {
		t.Fatal(err)
	}
	plain := strings.Split(ansi.Strip(out), "\n")
	idx := buildIndex(plain)
	sent, sp, ok := idx.locate(sentence, "77 boats")
	if !ok || sent == sp {
		t.Fatal("a very long sentence and its figure should be found")
	}
	if !strings.Contains(plain[sp.Line], "77 boats") {
		t.Errorf("the span is on %q", plain[sp.Line])
	}
	// A sentence that is not there at all is given up on, not searched forever.
	if _, _, ok := idx.locate(strings.Repeat("absent words ", 20000), "nowhere"); ok {
		t.Error("an absent sentence should not be found")
	}
}
