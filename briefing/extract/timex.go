package extract

import "time"

// Timexes returns every temporal expression in text, resolved against
// published (the zero time when unknown).
// (Placeholder until the temporal tagger lands; owned by the timeline work.)
func Timexes(text string, published time.Time) []Timex { return nil }

// Timeline returns the dated events of text in date order.
// (Placeholder until the temporal tagger lands; owned by the timeline work.)
func Timeline(text string, published time.Time) []TimelineEntry { return nil }
