package ingest

import (
	"strings"
	"testing"
)

// TestImportPlainChrome: the chrome issue 15 found in pasted articles,
// written for this test in the shape it arrives.
func TestImportPlainChrome(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		title     string
		dateline  string
		bodyHas   []string
		bodyLacks []string
	}{
		{
			name: "breadcrumb first line, headline list after Recent News",
			text: `Home | World | Africa

DR Congo: Rebels advance on provincial capital

Published 3 hours ago

By Jane Reporter

Kinshasa - Rebels advanced on the provincial capital on Tuesday, officials said, as thousands fled the fighting toward the border.

The army said it had pushed back two attacks overnight.

Photo: Staff/Example Agency

Recent News

100 militants killed in raid
Border crossing reopens after talks
Election commission sets date`,
			title: "DR Congo: Rebels advance on provincial capital", dateline: "Kinshasa",
			bodyHas:   []string{"Rebels advanced on the provincial capital", "pushed back two attacks"},
			bodyLacks: []string{"Home", "Published 3 hours ago", "Jane Reporter", "Photo:", "Recent News", "100 militants killed", "Border crossing", "Election commission"},
		},
		{
			name: "Related and More from lists, relative stamp, credit",
			text: `Aid convoy reaches besieged town

Updated 12 mins ago

GOMA: A convoy of 40 trucks reached the town on Saturday. Drivers said the road was cut in three places.

Jane Doe/Reuters

The agency said more convoys would follow next week if the truce held.

Related

Talks stall in capital
Ceasefire monitors deployed

More from Africa

Floods displace thousands`,
			title: "Aid convoy reaches besieged town", dateline: "GOMA",
			bodyHas:   []string{"A convoy of 40 trucks", "more convoys would follow"},
			bodyLacks: []string{"12 mins ago", "Jane Doe/Reuters", "Related", "Talks stall", "Ceasefire monitors", "More from Africa", "Floods displace"},
		},
		{
			name:  "a list marker word inside a sentence is text",
			text:  "Story title here\n\nNAIROBI: The related talks resumed on Monday. Most read reports were wrong, officials said.\n\nSecond paragraph of the story.",
			title: "Story title here", dateline: "NAIROBI",
			bodyHas: []string{"The related talks resumed", "Second paragraph"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Import("a.txt", []byte(tt.text), ImportOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Meta.Title != tt.title || a.Meta.Dateline != tt.dateline {
				t.Errorf("title %q dateline %q, want %q %q", a.Meta.Title, a.Meta.Dateline, tt.title, tt.dateline)
			}
			for _, s := range tt.bodyHas {
				if !strings.Contains(a.Body, s) {
					t.Errorf("body lacks %q:\n%s", s, a.Body)
				}
			}
			for _, s := range tt.bodyLacks {
				if strings.Contains(a.Body, s) {
					t.Errorf("body keeps %q:\n%s", s, a.Body)
				}
			}
		})
	}
}

func TestIsFurniture(t *testing.T) {
	tests := map[string]bool{
		"Published 3 hours ago":                          true,
		"Updated 12 mins ago":                            true,
		"2 days ago":                                     true,
		"Photo: Staff/Example Agency":                    true,
		"(John Roe/AFP via Getty Images)":                true,
		"Image source: Getty Images":                     true,
		"Getty Images":                                   true,
		"We use cookies to improve your experience.":     true,
		"Picture this: a city without power for a week.": false,
		"The minister told Reuters.":                     false,
		"Fighting resumed 3 hours ago, residents said.":  false,
		"Video showed the convoy burning.":               false,
		"People inspect the scene of a car bomb in Baghdad. Photograph: Karim Kadim/AP": true,
		"Rescuers search the rubble in Goma.  Photo: Staff/Example Agency":              true,
		"The army released a photo: it showed the convoy burning.":                      false,
		"He was shown the pictures. Photo evidence was later withdrawn.":                false,
		"Residents and security forces inspect the scene of a car bomb attack at a busy market in the Jamila district of eastern Baghdad, where at least 13 people were killed on Sunday, police and medical officials said. Photograph: Karim Kadim/AP": true,
	}
	for line, want := range tests {
		if got := isFurniture(line); got != want {
			t.Errorf("isFurniture(%q) = %v, want %v", line, got, want)
		}
	}
}
