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

func TestRole(t *testing.T) {
	tests := []struct{ cat, unit, before, after, want string }{
		{"casualties", "Palestinians", "", " were killed and more than 170 wounded near", "killed"},
		{"casualties", "more than 170", "were killed and ", " wounded near an aid site", "injured"},
		{"deployment", "people", "", ", most of them soldiers, were killed", "killed"},
		{"deployment", "police officers", "Kenya will deploy ", " to Haiti", "deployed"},
		{"deployment", "troops", "countries have pledged a total of ", " to the mission", "pledged"},
		{"displacement", "people", "", " who fled Pont-Sondé", "displaced"},
		{"displacement", "people", "", " had crossed into Burundi", "refugees"},
		{"detention", "girls", "", " were rescued", "released"},
		{"casualties", "people", "the toll rose to ", "", "killed"},
		{"money", "$", "", " killed", "money"},
		{"other", "km", "", "", "other"},
	}
	for _, tt := range tests {
		if got := Role(tt.cat, tt.unit, tt.before, tt.after); got != tt.want {
			t.Errorf("Role(%s, %q, %q, %q) = %s, want %s", tt.cat, tt.unit, tt.before, tt.after, got, tt.want)
		}
	}
}

func TestRoleNearestWords(t *testing.T) {
	tests := []struct{ before, text, after, want string }{
		{"rally on Thursday, killing ", "at least 11 people", " and wounding 65, the rebels said", "killed"},
		{"killing at least 11 people and wounding ", "65", ", the rebels said", "injured"},
		{"said on Friday that ", "at least 70 people", " had been killed, women and newborn babies among them", "killed"},
	}
	for _, tt := range tests {
		if got := Role("casualties", tt.text, tt.before, tt.after); got != tt.want {
			t.Errorf("Role(%q %q %q) = %s, want %s", tt.before, tt.text, tt.after, got, tt.want)
		}
	}
	if who, _ := Speaker("explosions, which it said killed at least 13 civilians.", time.Time{}); who != "" {
		t.Errorf("speaker %q, want none", who)
	}
	if who, _ := Speaker("where local sources report more than 50 civilians killed.", time.Time{}); who != "where local sources" && who != "local sources" {
		t.Errorf("speaker %q, want local sources", who)
	}
}
