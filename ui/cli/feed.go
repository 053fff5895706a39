package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"sitrep/briefing/ingest"
)

// FeedAdd adds a feed to the library's list in dir and saves it.
func FeedAdd(w io.Writer, dir string, fc ingest.FeedConfig) error {
	list, err := ingest.LoadFeedList(dir)
	if err != nil {
		return err
	}
	fc, err = list.Add(fc)
	if err != nil {
		return err
	}
	if err := list.Save(); err != nil {
		return err
	}
	fmt.Fprintf(w, "added %s (%s) to %s\n", fc.Name, fc.URL, list.Path)
	return nil
}

// FeedRemove takes the feed named or at key out of the list in dir. The
// briefings it brought stay in the library.
func FeedRemove(w io.Writer, dir, key string) error {
	list, err := ingest.LoadFeedList(dir)
	if err != nil {
		return err
	}
	fc, err := list.Remove(key)
	if err != nil {
		return fmt.Errorf("%s: %w", list.Path, err)
	}
	if err := list.Save(); err != nil {
		return err
	}
	fmt.Fprintf(w, "removed %s (%s); its briefings stay in the library\n", fc.Name, fc.URL)
	return nil
}

// FeedList prints the feeds of the list in dir: a table, or JSON.
func FeedList(w io.Writer, dir string, asJSON bool) error {
	list, err := ingest.LoadFeedList(dir)
	if err != nil {
		return err
	}
	rows := make([]feedRow, len(list.Feeds))
	for i, fc := range list.Feeds {
		rows[i] = feedRow{FeedConfig: fc}
	}
	return writeFeeds(w, rows, false, asJSON, fmt.Sprintf("no feeds in %s: add one with sitrep feed add URL", list.Path))
}

// feedRow is a feed as feed list prints it: its settings and, for a
// store's list, its last sync (Checked nil: never).
type feedRow struct {
	ingest.FeedConfig
	Checked *time.Time `json:"checked,omitempty"`
	Error   string     `json:"error,omitempty"`
}

// writeFeeds prints a list of feeds as a table (with a SYNCED column when
// synced says the list has a sync state; none when it is empty) or JSON.
func writeFeeds(w io.Writer, rows []feedRow, synced, asJSON bool, none string) error {
	if asJSON {
		if rows == nil {
			rows = []feedRow{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	if len(rows) == 0 {
		fmt.Fprintln(w, none)
		return nil
	}
	return tabled(w, 4, func(tw io.Writer) {
		header := "NAME\tURL\tREGION\tCOUNTRIES\tTAGS"
		if synced {
			header += "\tSYNCED"
		}
		fmt.Fprintln(tw, header)
		for _, r := range rows {
			line := strings.Join([]string{r.Name, r.URL, dash(r.Region),
				dash(strings.Join(r.Countries, ", ")), dash(strings.Join(r.Tags, ", "))}, "\t")
			if synced {
				when := "never"
				if r.Checked != nil {
					when = r.Checked.Local().Format(time.DateTime)
				}
				if r.Error != "" {
					when += " (failed)"
				}
				line += "\t" + when
			}
			fmt.Fprintln(tw, line)
		}
	})
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
