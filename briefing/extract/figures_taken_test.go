package extract

import "testing"

// TestTakenPeopleAreAbducted pins the reading of "took"/"taken" and of a
// restated figure: people taken are an abduction, time or market share
// taken is not, and ", or up to N people" counts what the figure before it
// counts.
func TestTakenPeopleAreAbducted(t *testing.T) {
	tests := []struct {
		text, fig string
		want      Category
	}{
		{"Gunmen took 15 pupils from a Quranic school.", "15 pupils", Detention},
		{"Leaders said more than 280 children had been taken.", "more than 280 children", Detention},
		{"The rescue of the 33 miners took 69 days.", "33 miners", Other},
		{"The company took 40 percent of the market.", "40 percent", Other},
		{"Between 60,000 and 80,000 households had left the camp since the attack began, or up to 400,000 people.", "up to 400,000 people", Displacement},
	}
	for _, tt := range tests {
		var got *Figure
		figs := Figures(tt.text)
		for i := range figs {
			if figs[i].Text == tt.fig {
				got = &figs[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no figure %q in %+v", tt.text, tt.fig, figs)
			continue
		}
		if got.Category != tt.want {
			t.Errorf("%q: %q category %s, want %s", tt.text, tt.fig, got.Category, tt.want)
		}
	}
}
