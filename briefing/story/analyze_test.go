package story

import (
	"sitrep/briefing/entity"
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

// TestSentencePlaces is the place a figure's sentence gives it, as the
// story view shows it ("killed at Goma").
func TestSentencePlaces(t *testing.T) {
	about := []string{"Sudan", "Chad"}
	tests := []struct{ sent, want string }{
		// a town before a country
		{"More than 400 people were killed in the assault on Zamzam camp in Sudan.", "Zamzam"},
		// a people's adjective, a month, a platform are no places
		{"At least 17 soldiers of the southern African force were killed in Sudan.", "Sudan"},
		{"The toll rose to 369 at 11:00 Sept 20, the agency said on Twitter.", ""},
		// a count of the whole country is the home country's, not the story's camp
		{"The UN says 30.4 million people, well over half the population, need assistance.", "Sudan"},
		{"The UN counted 16.7 million people in need inside the country.", "Sudan"},
		{"The UN says 30.4 million people need assistance.", ""},
		{"Nationwide, 4.2 million people have fled their homes, the UN says.", "Sudan"},
		{"The entire population of 48 million needs some form of aid.", "Sudan"},
		// a country the briefing is not about is no place
		{"Most of them fled across the border into Egypt.", ""},
	}
	gz := entity.Default()
	for _, tt := range tests {
		if got, _ := sentencePlaces(tt.sent, about, "Sudan", gz); got != tt.want {
			t.Errorf("sentencePlaces(%q) = %q, want %q", tt.sent, got, tt.want)
		}
	}
}

// TestHome is the country of a briefing's countries its text names most.
func TestHome(t *testing.T) {
	named := []Named{{entity.Country, "Israel", 3}, {entity.Country, "Palestine", 7}, {entity.Place, "Doha", 9}}
	if got := home(named, []string{"Israel", "Palestine", "Qatar"}, entity.Default()); got != "Palestine" {
		t.Errorf("home = %q, want Palestine", got)
	}
	if got := home(nil, []string{"Israel"}, entity.Default()); got != "" {
		t.Errorf("home of a text naming none = %q, want \"\"", got)
	}
}
