package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/extract"
	"sitrep/briefing/story"
)

// StoriesOptions say which stories to write and how.
type StoriesOptions struct {
	JSON bool
	// Briefing, when set, writes only the story that holds it.
	Briefing string
}

// storyJSON is a story as --json writes it.
type storyJSON struct {
	ID        string            `json:"id"`
	Title     string            `json:"title"`
	First     *string           `json:"first"`
	Last      *string           `json:"last"`
	Briefings []storyMemberJSON `json:"briefings"`
	Places    []string          `json:"places"`
	Actors    []string          `json:"actors"`
	Figures   []reconciledJSON  `json:"figures"`
	Related   []string          `json:"related"`
}

type storyMemberJSON struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Source    string  `json:"source,omitempty"`
	Published *string `json:"published"`
}

type reconciledJSON struct {
	Role     string       `json:"role"`
	Place    string       `json:"place,omitempty"`
	Latest   reportJSON   `json:"latest"`
	Min      float64      `json:"min"`
	Max      float64      `json:"max"`
	Disagree bool         `json:"disagree"`
	Reports  []reportJSON `json:"reports"`
}

type reportJSON struct {
	Value     float64 `json:"value"`
	Qualifier string  `json:"qualifier"`
	Text      string  `json:"text"`
	Said      string  `json:"said,omitempty"`
	Date      *string `json:"date"`
	Briefing  string  `json:"briefing"`
	Source    string  `json:"source,omitempty"`
	Sentence  string  `json:"sentence"`
}

// StoryIndex is what Stories needs of an index.
type StoryIndex interface {
	Stories(ctx context.Context) ([]briefing.Story, error)
	StoryOf(ctx context.Context, id string) (briefing.Story, bool, error)
}

// Stories writes the library's stories, newest first: each with its
// briefings by date and source, its places and actors, its figures
// reconciled across sources (every source's number, who said it and
// when, the latest and the range, disagreements flagged) and its related
// stories.
func Stories(ctx context.Context, w io.Writer, ix StoryIndex, opt StoriesOptions) error {
	var stories []briefing.Story
	if opt.Briefing != "" {
		s, ok, err := ix.StoryOf(ctx, opt.Briefing)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("no briefing %q in the library (sitrep list shows the IDs)", cell(opt.Briefing))
		}
		stories = []briefing.Story{s}
	} else {
		var err error
		if stories, err = ix.Stories(ctx); err != nil {
			return err
		}
	}
	if opt.JSON {
		out := make([]storyJSON, 0, len(stories))
		for _, s := range stories {
			out = append(out, toStoryJSON(s))
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	return buffered(w, func(bw *bufio.Writer) error {
		for _, s := range stories {
			writeStory(bw, s)
		}
		return nil
	})
}

func writeStory(w io.Writer, s briefing.Story) {
	n := len(s.Briefings)
	plural := "s"
	if n == 1 {
		plural = ""
	}
	fmt.Fprintf(w, "== %s  (%d briefing%s, %s)\n", cell(s.Title), n, plural, span(s.First, s.Last))
	if len(s.Places) > 0 || len(s.Actors) > 0 {
		fmt.Fprintf(w, "   places: %s · actors: %s\n", cells(s.Places), cells(s.Actors))
	}
	for _, b := range s.Briefings {
		fmt.Fprintf(w, "   %s  %-28.28s  %s\n", day(b.Published), cell(b.Source), b.ID)
	}
	for _, r := range s.Figures {
		place := ""
		if r.Place != "" {
			place = " at " + cell(r.Place)
		}
		flag := ""
		if r.Disagree {
			flag = "  ! sources disagree"
		}
		fmt.Fprintf(w, "   %s%s: latest %s; range %s–%s%s\n", extract.Role(r.Role).Word(), place, story.FormatValue(r.Latest.Value, r.Latest.Qualifier),
			story.FormatValue(r.Min, ""), story.FormatValue(r.Max, ""), flag)
		for _, rep := range r.Reports {
			fmt.Fprintf(w, "     %s\n", cell(story.FormatReport(rep)))
		}
	}
	if len(s.Related) > 0 {
		fmt.Fprintf(w, "   related: %s\n", strings.Join(s.Related, ", "))
	}
	fmt.Fprintln(w)
}

func span(first, last time.Time) string {
	if first.Equal(last) {
		return day(first)
	}
	return day(first) + " to " + day(last)
}

func day(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.Format(briefing.DateLayout)
}

func dayPtr(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.Format(briefing.DateLayout)
	return &s
}

func cells(list []string) string {
	if len(list) == 0 {
		return "-"
	}
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = cell(s)
	}
	return strings.Join(out, ", ")
}

func toStoryJSON(s briefing.Story) storyJSON {
	j := storyJSON{ID: s.ID, Title: s.Title, First: dayPtr(s.First), Last: dayPtr(s.Last),
		Places: nonNil(s.Places), Actors: nonNil(s.Actors), Related: nonNil(s.Related),
		Briefings: []storyMemberJSON{}, Figures: []reconciledJSON{}}
	for _, b := range s.Briefings {
		j.Briefings = append(j.Briefings, storyMemberJSON{ID: b.ID, Title: b.Title, Source: b.Source, Published: dayPtr(b.Published)})
	}
	for _, r := range s.Figures {
		rj := reconciledJSON{Role: r.Role, Place: r.Place, Latest: toReportJSON(r.Latest), Min: r.Min, Max: r.Max, Disagree: r.Disagree}
		for _, rep := range r.Reports {
			rj.Reports = append(rj.Reports, toReportJSON(rep))
		}
		j.Figures = append(j.Figures, rj)
	}
	return j
}

func toReportJSON(r briefing.FigureReport) reportJSON {
	return reportJSON{Value: r.Value, Qualifier: r.Qualifier, Text: r.Text, Said: r.Said, Date: dayPtr(r.Date),
		Briefing: r.Briefing, Source: r.Source, Sentence: r.Sentence}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
