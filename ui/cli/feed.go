package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

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
	if asJSON {
		feeds := list.Feeds
		if feeds == nil {
			feeds = []ingest.FeedConfig{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(feeds)
	}
	if len(list.Feeds) == 0 {
		fmt.Fprintf(w, "no feeds in %s: add one with sitrep feed add URL\n", list.Path)
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tURL\tREGION\tCOUNTRIES\tTAGS")
	for _, fc := range list.Feeds {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", fc.Name, fc.URL, dash(fc.Region),
			dash(strings.Join(fc.Countries, ", ")), dash(strings.Join(fc.Tags, ", ")))
	}
	return tw.Flush()
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
