package ingest

import (
	"slices"
	"testing"

	"sitrep/briefing"
)

func TestRecognisePlaces(t *testing.T) {
	tests := []struct {
		name          string
		meta          briefing.Meta
		body          string
		wantRegion    string
		wantCountries []string
	}{
		{
			name:       "country in the title, region from the gazetteer",
			meta:       briefing.Meta{Title: "DR Congo: rebels advance on Goma"},
			body:       "GOMA — Rebels advanced on the city on Tuesday, Congolese officials said.",
			wantRegion: "Great Lakes", wantCountries: []string{"DR Congo"},
		},
		{
			name:       "region named in the text; a country named once among several is left out",
			meta:       briefing.Meta{Title: "Juntas meet on security"},
			body:       "Leaders of Mali and Burkina Faso met in Niamey. Mali said the Sahel alliance would hold. Burkina Faso agreed; Ghana sent an observer.",
			wantRegion: "Sahel", wantCountries: []string{"Mali", "Burkina Faso"},
		},
		{
			name:       "the feed's settings win",
			meta:       briefing.Meta{Title: "Sudan talks", Region: "Horn of Africa", Countries: []string{"Sudan"}},
			body:       "Talks on Sudan resumed in Jeddah with Saudi Arabia and the United States.",
			wantRegion: "Horn of Africa", wantCountries: []string{"Sudan"},
		},
		{
			name: "no place at all",
			meta: briefing.Meta{Title: "Markets steady"},
			body: "Prices held steady on Monday.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := tt.meta
			recognisePlaces(&m, tt.body)
			if m.Region != tt.wantRegion || !slices.Equal(m.Countries, tt.wantCountries) {
				t.Errorf("region %q countries %v, want %q %v", m.Region, m.Countries, tt.wantRegion, tt.wantCountries)
			}
		})
	}
}
