package extract

import "testing"

// TestHeadDateline: a paragraph's head that is only a place, a date or a
// clock time and a wire's source, closed by a mark, is furniture, and only
// the head; a paragraph that opens with the story's own date stays text.
func TestHeadDateline(t *testing.T) {
	const page = "Storm hits the coast\n\n"
	cases := []struct {
		line string
		want string // the head marked, "" for none
	}{
		// datelines of shapes the named rules do not read
		{"HARARE, June 4. /ZIANA/. The cyclone flattened two hundred homes.", "HARARE, June 4. /ZIANA/."},
		{"LIMA (Andina) June 4 - Rescuers pulled six people from a collapsed mine.", "LIMA (Andina) June 4 -"},
		{"4 June 2023, Harare – The cyclone flattened two hundred homes.", "4 June 2023, Harare –"},
		{"Harare, 04.06.2023. The cyclone flattened two hundred homes.", "Harare, 04.06.2023."},
		{"HARARE, June 4, 2023 / The cyclone flattened two hundred homes.", "HARARE, June 4, 2023 /"},
		{"HARARE, 4 Jun (efe) The cyclone flattened two hundred homes.", "HARARE, 4 Jun (efe)"},
		{"Harare, Sunday — The cyclone flattened two hundred homes.", "Harare, Sunday —"},
		{"HARARE, Zimbabwe, Sunday June 4, 2023 /NewsWire/ -- The cyclone flattened homes.", "HARARE, Zimbabwe, Sunday June 4, 2023 /NewsWire/ --"},
		// an update's stamp with its day or zone
		{"June 4, 9:15 AM: Rescue teams reached the village.", "June 4, 9:15 AM:"},
		{"4 Jun 2023 09:15 — Rescue teams reached the village.", "4 Jun 2023 09:15 —"},
		{"09:15 GMT - Rescue teams reached the village.", "09:15 GMT -"},
		{"[09:15] Rescue teams reached the village.", "[09:15]"},
		{"Sunday, 9:15 pm: Rescue teams reached the village.", "Sunday, 9:15 pm:"},
		// a label before the stamp, and a dash stored in the wrong encoding
		{"LATEST: 9:15 a.m. GMT — Rescue teams reached the village.", "LATEST: 9:15 a.m. GMT —"},
		{"Update: 11:40 pm IST â€” The army raised the toll to 30.", "Update: 11:40 pm IST â€”"},
		// story look-alikes that stay text
		{"Update: Rescue teams reached the village on Sunday.", ""},
		{"June 4 — Rebels took the airport after a night of shelling.", ""},
		{"June 4: Rebels take the airport.", ""},
		{"On June 4 — the day the truce began — rebels took the airport.", ""},
		{"Late Sunday: Rescue teams reached the village.", ""},
		{"Harare: The cyclone flattened two hundred homes on Sunday.", ""},
		{"Harare, 2023: A year of storms", ""},
		{"12 - The number of villages cut off by the floods.", ""},
		{"Rescuers in Harare said on June 4 — a Sunday — that six were found.", ""},
	}
	for _, c := range cases {
		text := page + c.line + "\n"
		if got := furnitureFrom(text, len(page)); got != c.want {
			t.Errorf("%q: furniture %q, want %q", c.line, got, c.want)
		}
	}
}
