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
