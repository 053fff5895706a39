package story

import "testing"

// TestReconcilable: only counts of people of one event line up across
// sources; a part of a toll or a count of things would become its
// "latest" figure or stretch its range.
func TestReconcilable(t *testing.T) {
	tests := []struct {
		text, sentence string
		want           bool
	}{
		{"more than 400 people", "An assault that the United Nations says killed more than 400 people.", true},
		{"nine aid workers", "Among the victims were nine aid workers from Relief International.", false},
		{"1,040 police", "It may deploy up to 12,626 uniformed personnel, including 1,040 police, until 30 June.", false},
		{"three children", "The strike killed 10 people, among them three children.", false},
		{"12 people", "Including the strike on the market, 12 people were killed.", true},
		{"between 60,000 and 80,000 households", "Between 60,000 and 80,000 households had left Zamzam.", false},
		{"600 trucks", "The agreement allows 600 trucks of aid into Gaza each day.", false},
		{"At least 10 countries", "At least 10 countries have pledged a total of around 2,900 troops.", false},
		{"around 2,900 troops", "At least 10 countries have pledged a total of around 2,900 troops.", true},
	}
	for _, tt := range tests {
		f := Figure{Role: "killed", Value: 10, Text: tt.text, Sentence: tt.sentence}
		if got := reconcilable(f); got != tt.want {
			t.Errorf("reconcilable(%q in %q) = %v, want %v", tt.text, tt.sentence, got, tt.want)
		}
	}
}
