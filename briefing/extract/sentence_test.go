package extract

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Gangs attacked. Police responded! Was it enough?", []string{"Gangs attacked.", "Police responded!", "Was it enough?"}},
		{"un and us", "The U.N. Security Council voted. A U.S.-backed plan failed.", []string{"The U.N. Security Council voted.", "A U.S.-backed plan failed."}},
		{"ranks", "Lt. Col. Mbeki and Gen. Ali met Dr. Sow. They agreed.", []string{"Lt. Col. Mbeki and Gen. Ali met Dr. Sow.", "They agreed."}},
		{"approx vs no", "Approx. 300 fled vs. 200 last year. See No. 5 below.", []string{"Approx. 300 fled vs. 200 last year.", "See No. 5 below."}},
		{"decimals", "Some 1.5 million fled. Aid fell 3.2%.", []string{"Some 1.5 million fled.", "Aid fell 3.2%."}},
		{"quotes", "“We can win.” He said so. “Yes,” she said.", []string{"“We can win.”", "He said so.", "“Yes,” she said."}},
		{"lower case after stop", "It was 5 p.m. on Friday when they came.", []string{"It was 5 p.m. on Friday when they came."}},
		{"paragraphs", "First para\nwraps here.\n\nSecond para", []string{"First para\nwraps here.", "Second para"}},
		{"heading", "## A heading\nBody text follows. More.", []string{"## A heading", "Body text follows.", "More."}},
		{"list", "Items:\n- one\n- two", []string{"Items:", "- one", "- two"}},
		{"initial", "Said J. Smith. Then left.", []string{"Said J. Smith.", "Then left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.in) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSentenceAt(t *testing.T) {
	text := "One two. Three four."
	spans := Sentences(text)
	if got := SentenceAt(spans, 10); text[got.Start:got.End] != "Three four." {
		t.Errorf("SentenceAt(10) = %q", text[got.Start:got.End])
	}
	if got := SentenceAt(spans, 8); got.Start != got.End {
		t.Errorf("SentenceAt(8) between sentences = %v, want empty", got)
	}
}
