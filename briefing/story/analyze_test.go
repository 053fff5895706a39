package story

import (
	"testing"
	"time"
)

func TestSpeaker(t *testing.T) {
	pub := time.Date(2024, 10, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		sent, who, date string
	}{
		{"The number of people killed when the Gran Grif gang stormed the town of Pont-Sondé last week has risen to at least 115 people, the mayor of nearby Saint-Marc said on Wednesday, warning that the count would climb.", "the mayor of nearby Saint-Marc", "2024-10-09"},
		{"The UN human rights office said on Friday that at least 70 people had been killed.", "The UN human rights office", "2024-10-04"},
		{"Last week, the Gran Grif gang carried out one of the deadliest attacks, killing at least 115 people in a farming area, local officials said.", "local officials", "2024-10-10"},
		{"The displacement reached over 700,000 people across Haiti, according to IOM, roughly double.", "IOM", "2024-10-10"},
		{"Gunmen killed 12 people.", "", "2024-10-10"},
	}
	for _, tt := range tests {
		who, date := Speaker(tt.sent, pub)
		if who != tt.who || date.Format("2006-01-02") != tt.date {
			t.Errorf("Speaker(%.50q) = %q, %s; want %q, %s", tt.sent, who, date.Format("2006-01-02"), tt.who, tt.date)
		}
	}
}

func TestPlain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"## An exodus towards Tawila\n\nText **bold** and _it_.\n", "An exodus towards Tawila\n\nText bold and it.\n"},
		{"> quoted\n- item one\n* item two\n12. numbered\n", "quoted\nitem one\nitem two\nnumbered\n"},
		{"see [the report](https://x.org/a) and ![img](p.png)", "see the report and img"},
		{"#hashtag and 2024. Not a list", "#hashtag and 2024. Not a list"},
		{"    - code block", "    - code block"},
	}
	for _, tt := range tests {
		if got := Plain(tt.in); got != tt.want {
			t.Errorf("Plain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
