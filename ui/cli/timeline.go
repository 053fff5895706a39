package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"sitrep/briefing"
)

// TheatreIndex is what Timeline needs of an index.
type TheatreIndex interface {
	Theatre(ctx context.Context, f briefing.TheatreFilter) ([]briefing.TheatreEvent, error)
}

// TimelineOptions say which theatre to lay out and how.
type TimelineOptions struct {
	Region  string
	Country string
	Since   time.Time
	Today   time.Time // zero: now
	JSON    bool
}

// ErrNoTheatre is a timeline asked for without a region or country.
var ErrNoTheatre = errors.New("give --region or --country")

type eventJSON struct {
	Date    string            `json:"date"`
	Day     string            `json:"day"`
	Event   string            `json:"event"`
	Planned bool              `json:"planned"`
	Sources []eventSourceJSON `json:"sources"`
}

type eventSourceJSON struct {
	Briefing string `json:"briefing"`
	Title    string `json:"title"`
	Source   string `json:"source,omitempty"`
	Text     string `json:"text"`
}

// Timeline writes the timeline of a region or country: one line per event
// however many briefings report it, with their sources, in date order, and
// a rule at today before the planned events.
func Timeline(ctx context.Context, w io.Writer, ix TheatreIndex, opt TimelineOptions) error {
	if opt.Region == "" && opt.Country == "" {
		return ErrNoTheatre
	}
	today := opt.Today
	if today.IsZero() {
		today = time.Now().UTC()
	}
	events, err := ix.Theatre(ctx, briefing.TheatreFilter{Region: opt.Region, Country: opt.Country, Since: opt.Since, Today: today})
	if err != nil {
		return err
	}
	if opt.JSON {
		out := make([]eventJSON, 0, len(events))
		for _, ev := range events {
			j := eventJSON{Date: ev.Value, Day: day(ev.Date), Event: ev.Event, Planned: ev.Planned}
			for _, s := range ev.Sources {
				j.Sources = append(j.Sources, eventSourceJSON{s.Briefing, s.Title, s.Source, s.Text})
			}
			out = append(out, j)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	if len(events) == 0 {
		_, err := fmt.Fprintln(w, "No dated events in this theatre.")
		return err
	}
	ruled := false
	for _, ev := range events {
		if !ruled && ev.Date.After(today) {
			fmt.Fprintf(w, "---------- today, %s ----------\n", today.Format(briefing.DateLayout))
			ruled = true
		}
		mark := ""
		if ev.Planned {
			mark = " (planned)"
		}
		fmt.Fprintf(w, "%-10s  %s%s\n", ev.Value, cell(ev.Event), mark)
		for _, s := range ev.Sources {
			fmt.Fprintf(w, "            · %s — %s\n", cell(s.Source), s.Briefing)
		}
	}
	return nil
}
