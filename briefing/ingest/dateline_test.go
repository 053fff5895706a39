package ingest

import (
	"testing"
	"time"

	"sitrep/briefing"
)

// TestImportDateFromDateline: without --published or a stamp, the date a
// dateline states is the publication date; a date anywhere else in the
// text (deeper in the body, in a quote, in the second paragraph) is not.
func TestImportDateFromDateline(t *testing.T) {
	today := date("2026-12-06")
	tests := []struct {
		name, in, want, place string
		today                 time.Time
	}{
		{"day month year, agency", "Zamzam camp falls\n\nKHARTOUM, 14 April 2025 (Reuters) – The RSF overran the camp on Sunday.\n", "2025-04-14", "KHARTOUM", today},
		{"no year: the latest on or before today", "Police leave for Haiti\n\nNairobi, Oct 11 (AP) — Kenya sent 600 more officers on Friday.\n", "2026-10-11", "Nairobi", today},
		{"no year, early in the next year", "Police leave for Haiti\n\nNairobi, Oct 11 (AP) — Kenya sent 600 more officers on Friday.\n", "2025-10-11", "Nairobi", date("2026-01-05")},
		{"no year, later in the month than today", "Talks end\n\nGENEVA, Dec 20 (Reuters) - Talks ended without a deal.\n", "2025-12-20", "GENEVA", today},
		{"weekday and date, in capitals", "Ceasefire holds\n\nMONDAY, 3 MARCH 2025 — The ceasefire held through the night.\n", "2025-03-03", "", today},
		{"month day, year", "Gangs attack\n\nPORT-AU-PRINCE, Oct. 3, 2024 (AP) — Gangs attacked Pont-Sondé.\n", "2024-10-03", "PORT-AU-PRINCE", today},
		{"country then date", "Pupils freed\n\nABUJA, Nigeria, 25 March 2024 — The army said 137 pupils were freed.\n", "2024-03-25", "ABUJA", today},
		{"ISO date", "Pupils freed\n\nKADUNA, 2024-03-24 — The army said 137 pupils were freed.\n", "2024-03-24", "KADUNA", today},
		{"markdown lede", "# Truce holds\n\nBEIRUT, 28 November 2024 (AFP) — The truce held on its first day, [officials](https://example.org) said.\n", "2024-11-28", "BEIRUT", today},
		{"a stamp wins over the dateline", "Truce holds\nPublished: 29 November 2024\n\nBEIRUT, 28 November 2024 (AFP) — The truce held.\n", "2024-11-29", "BEIRUT", today},

		{"date deep in the body", "Zamzam camp falls\n\nKHARTOUM (Reuters) – The RSF overran the camp.\n\nOn 14 April 2025 the last aid convoy left.\n", "", "KHARTOUM", today},
		{"date in a quote after the dateline", "Zamzam camp falls\n\nKHARTOUM – \"On 14 April 2025 we lost everything,\" a resident said.\n", "", "KHARTOUM", today},
		{"quote opening the story", "Zamzam camp falls\n\n\"KHARTOUM, 14 April 2025 was the worst day,\" a resident said — and the RSF kept coming.\n", "", "", today},
		{"after a standfirst", "Zamzam camp falls\n\nThe camp fell after a week of shelling.\n\nKHARTOUM, 14 April 2025 (Reuters) – More followed.\n", "2025-04-14", "KHARTOUM", today},
		{"dateline in the second paragraph", "Zamzam camp falls\n\nThe camp fell after a week of shelling. The RSF took it. Aid groups left. Thousands fled to Tawila on foot.\n\nKHARTOUM, 14 April 2025 (Reuters) – More followed.\n", "", "", today},
		{"weekday alone names no day", "Talks end\n\nGENEVA, Monday (Reuters) - Talks ended without a deal.\n", "", "GENEVA", today},
		{"region, no date", "Goma falls\n\nGOMA, Democratic Republic of Congo (Reuters) — M23 fighters took the airport.\n", "", "GOMA", today},
		{"a month names no day", "Talks end\n\nGENEVA, March 2025 — Talks ended without a deal.\n", "", "GENEVA", today},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, got := importDated(t, tt.in, ImportOptions{Today: tt.today})
			if got != tt.want {
				t.Errorf("published %q, want %q", got, tt.want)
			}
			if a.Meta.Dateline != tt.place {
				t.Errorf("dateline place %q, want %q", a.Meta.Dateline, tt.place)
			}
		})
	}
	a, err := Import("x.txt", []byte(tests[0].in), ImportOptions{Published: date("2025-04-15"), Today: today})
	if err != nil || a.Meta.Published.Format(briefing.DateLayout) != "2025-04-15" {
		t.Errorf("--published does not win over the dateline: %v %v", a.Meta.Published, err)
	}
}

// TestImportPageDateFromDateline: a saved page without a publication
// time in its markup is dated by its dateline too.
func TestImportPageDateFromDateline(t *testing.T) {
	page := `<html><head><title>RSF overruns Zamzam camp</title></head><body><article>
<h1>RSF overruns Zamzam camp</h1>
<p>KHARTOUM, 14 April 2025 (Reuters) – The Rapid Support Forces overran Zamzam camp in North Darfur, aid groups said, and hundreds of thousands of people fled towards Tawila.</p>
<p>The camp had been under siege for months. On 11 April 2025 shelling began on its southern edge, and by the next day the clinics had closed.</p>
</article></body></html>`
	a, err := ImportPage("zamzam.html", []byte(page), nil, "", ImportOptions{Today: date("2026-12-06")})
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Meta.Published.Format(briefing.DateLayout); a.Meta.Published.IsZero() || got != "2025-04-14" {
		t.Errorf("published %v, want the dateline's 2025-04-14", a.Meta.Published)
	}
}

// importDated imports the plain text in and returns the article and its
// publication date, "" when it has none.
func importDated(t *testing.T, in string, opts ImportOptions) (*Article, string) {
	t.Helper()
	a, err := Import("x.txt", []byte(in), opts)
	if err != nil {
		t.Fatal(err)
	}
	if a.Meta.Published.IsZero() {
		return a, ""
	}
	return a, a.Meta.Published.Format(briefing.DateLayout)
}
