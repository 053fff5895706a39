package extract

import (
	"strings"
	"testing"
	"time"
)

// TestCaptionOpening: lines that open the way wire photo captions do are
// page furniture, and their dates make no timeline entry; sentences of
// the story that merely start alike stay story.
func TestCaptionOpening(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"In this image taken from video, UN peacekeepers guard the area where a UN convoy was attacked and the Italian ambassador to Congo killed, in Nyiragongo, North Kivu province, Congo, February 22, 2021.", true},
		{"In this Feb. 22, 2021 file photo, soldiers patrol the road near Goma.", true},
		{"In this photo provided by the Ukrainian Emergency Service, firefighters work at a damaged building in Kyiv on Tuesday.", true},
		{"This photo provided by the Ukrainian Presidential Press Office shows President Zelensky in Kharkiv on Monday.", true},
		{"This satellite image provided by Maxar Technologies shows destroyed buildings in Rafah on May 7, 2024.", true},
		{"This image shows smoke rising over Khartoum on Saturday.", true},
		{"A picture taken on February 5, 2025 shows displaced people at a camp in Goma.", true},
		{"An image grab taken from AFPTV video footage shows rescuers searching the rubble on Monday.", true},
		{"A handout photo released by the Israeli army on Sunday shows troops in Gaza.", true},
		// Story sentences that start alike.
		{"In this town, where fighting broke out on Monday, 12 people were killed.", false},
		{"In this week's attack, rebels killed 20 villagers on Tuesday.", false},
		{"This photo went viral on Monday after the strike.", false},
		{"A picture of the devastation emerged on Monday.", false},
		{"This still leaves thousands without shelter, officials said on Friday.", false},
		{"A photographer was killed in the strike on Monday.", false},
		// Reports that cite a picture: the story's own sentences (review).
		{"A satellite image taken on 12 March shows that 300 homes in Kuriga were burned, Human Rights Watch said on Tuesday.", false},
		{"This photo, taken by a resident on Monday, shows soldiers firing on 40 protesters, witnesses said.", false},
		{"In this image, according to the army, troops enter the town on Sunday.", false},
	} {
		if got := captionOpening(c.line); got != c.want {
			t.Errorf("captionOpening(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestCaptionNotInTimeline: the caption of the DRC story (ut9 section 4)
// made a 22 Feb entry "UN peacekeepers guard the area …"; the story's own
// dated sentence stays on the timeline.
func TestCaptionNotInTimeline(t *testing.T) {
	text := "Suspected rebels killed 11 people in Kisima on Tuesday night, the army said.\n\n" +
		"In this image taken from video, UN peacekeepers guard the area where a UN convoy was attacked and the Italian ambassador to Congo killed, in Nyiragongo, North Kivu province, Congo, February 22, 2021.\nAP\n\n" +
		"The ambassador was killed on February 22 in an ambush near Goma.\n"
	tl := Timeline(text, time.Date(2021, 2, 25, 0, 0, 0, 0, time.UTC))
	var sawAmbush bool
	for _, e := range tl {
		if strings.Contains(e.Event, "peacekeepers guard") {
			t.Errorf("caption on the timeline: %+v", e)
		}
		if strings.Contains(e.Event, "ambassador was killed") {
			sawAmbush = true
		}
	}
	if !sawAmbush {
		t.Errorf("story's dated sentence lost: %+v", tl)
	}
}

// TestFragmentJoinsAcrossApposition: an opening phrase cut at its date
// ("In a separate attack overnight, …") joins the clause after it even
// when an apposition sits between its subject and verb, so that the entry
// says what happened, not "In a separate attack".
func TestFragmentJoinsAcrossApposition(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"In a separate attack overnight, two people, a civilian and a soldier, were killed in the North Kivu city of Oicha, its mayor Nicolas Kikuku said.",
			"were killed in the North Kivu city of Oicha"},
		{"In another raid on Sunday, three aid workers, two Kenyans and a Somali, were abducted near the border, officials said.",
			"were abducted near the border"},
	} {
		tl := Timeline(c.text, time.Date(2021, 2, 24, 0, 0, 0, 0, time.UTC))
		if len(tl) != 1 {
			t.Errorf("%q: %d entries, want 1: %+v", c.text, len(tl), tl)
			continue
		}
		if !strings.Contains(tl[0].Event, c.want) {
			t.Errorf("%q: event %q, want it to hold %q", c.text, tl[0].Event, c.want)
		}
	}
}
