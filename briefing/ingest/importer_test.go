package ingest

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"sitrep/briefing"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

func date(s string) time.Time {
	t, err := time.Parse(briefing.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

// bodyParagraphs splits a Markdown body into its paragraphs.
func bodyParagraphs(body string) []string {
	var out []string
	for _, p := range strings.Split(body, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func TestImportSamples(t *testing.T) {
	tests := []struct {
		file      string
		opts      ImportOptions
		want      briefing.Meta
		headings  []string
		dropped   []string
		paragraph []string // paragraphs the body must hold exactly
		lacks     []string // text the body must not hold
		fileName  string
	}{
		{
			file: "sudan-zamzam-crlf.txt",
			opts: ImportOptions{Published: date("2025-04-14"), Region: "East Africa", Countries: []string{"Sudan"}},
			want: briefing.Meta{
				Title:     "Tens of Thousands Flee Zamzam Camp After Days of Shelling",
				Summary:   "Aid groups say the camp, home to hundreds of thousands of people, has been emptied by the assault.",
				Published: briefing.Date{Time: date("2025-04-14")}, Source: "Darfur Monitor", Region: "East Africa",
				Countries: []string{"Sudan"}, Dateline: "EL FASHER",
			},
			headings: []string{"A Camp Already in Famine", "What Comes Next"},
			dropped: []string{"Updated: 15 Apr 2025 09:12 GMT", "By Amina Yusuf and Daniel Okoth", "Advertisement",
				"Share this article", "Facebook Twitter WhatsApp Email",
				"Read more: Sudan's war enters its third year with no ceasefire in sight",
				"Related: UN envoy calls for protection of civilians in El Fasher",
				"Follow us on Telegram for the latest updates", "Home > World > Africa"},
			paragraph: []string{
				"EL FASHER, Sudan (Reuters) — Tens of thousands of people fled the Zamzam displacement camp in North Darfur over the weekend after the Rapid Support Forces stormed it, aid agencies said on Monday.",
				`"We left with nothing. My neighbours were shot at the gate," said Hawa, a mother of four who reached Tawila on Sunday.`,
				"## A Camp Already in Famine",
			},
			lacks:    []string{"\r", "Advertisement", "Darfur Monitor", "Aid groups say"},
			fileName: "2025-04-14-tens-of-thousands-flee-zamzam-camp-after-days-of-shelling.md",
		},
		{
			file: "red-sea-no-dateline.txt",
			want: briefing.Meta{Title: "Shipping Firms Weigh Return to the Red Sea as Houthi Attacks Pause"},
			// The long first paragraph is the lede, not a dek.
			headings: []string{"Why Carriers Remain Cautious"},
			dropped: []string{"Subscribe to our newsletter for daily shipping news", "* * *",
				"Copyright © 2025 Example Maritime News. All rights reserved."},
			paragraph: []string{
				"Traffic through the Suez Canal fell by about half in 2024 compared with 2023, and Egypt's canal revenues dropped sharply as a result.",
				"The Galaxy Leader, seized in November 2023, and its 25 crew members were released in January 2025 with the help of Oman.",
			},
			lacks:    []string{"Subscribe", "Copyright"},
			fileName: "shipping-firms-weigh-return-to-the-red-sea-as-houthi-attacks.md",
		},
		{
			file: "somalia-frontmatter.md",
			opts: ImportOptions{Source: "Desk notes", URL: "https://example.org/aussom"},
			want: briefing.Meta{
				Title:     "Somalia's new AU mission faces a funding gap",
				Summary:   "The African Union Support and Stabilisation Mission in Somalia has started without secure funding.",
				Published: briefing.Date{Time: date("2025-04-28")}, Source: "Desk notes", URL: "https://example.org/aussom",
				Countries: []string{"Somalia"}, Tags: []string{"AUSSOM", "al-Shabaab"},
			},
			headings: []string{"Who Pays", "Troops on the Ground"},
			dropped: []string{"**Also Read** | [Al-Shabaab retakes towns in Middle Shabelle](https://example.org/shabaab)",
				"Advertisement"},
			paragraph: []string{
				"The Security Council authorised the mission in December 2024 but did not settle whether UN assessed contributions would cover it. See the [council resolution](https://example.org/resolution) and the internal memo.",
				"```\nTroop contributors: 6\nShare this\n```",
			},
			lacks:    []string{"javascript:", "author:", "Al-Shabaab retakes"},
			fileName: "2025-04-28-somalias-new-au-mission-faces-a-funding-gap.md",
		},
		{
			file: "drc-goma-heading.md",
			want: briefing.Meta{
				Title:    "Goma Falls as M23 Rebels Enter the City",
				Summary:  "The capture of eastern Congo's largest city marks the biggest escalation of the conflict in more than a decade.",
				Dateline: "GOMA",
			},
			headings: []string{"Hospitals Overwhelmed"},
			dropped:  []string{"Click here to subscribe"},
			paragraph: []string{
				"The capture of eastern Congo's largest city marks the biggest escalation of the conflict in more than a decade.",
				"GOMA — Rebels of the M23 movement, which Congo and UN experts say is backed by Rwanda, entered Goma on 27 January 2025 after a rapid advance along Lake Kivu.",
				"> “The situation is extremely worrying,” a UN official said.",
			},
			lacks:    []string{"\x1b", "\u202e", "# Goma Falls"},
			fileName: "goma-falls-as-m23-rebels-enter-the-city.md",
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "import", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Import(tt.file, data, tt.opts)
			if err != nil {
				t.Fatalf("Import: %v", err)
			}
			checkMeta(t, a.Meta, tt.want)
			if !slices.Equal(a.Headings, tt.headings) {
				t.Errorf("headings\n got %q\nwant %q", a.Headings, tt.headings)
			}
			if !slices.Equal(a.Dropped, tt.dropped) {
				t.Errorf("dropped\n got %q\nwant %q", a.Dropped, tt.dropped)
			}
			paras := bodyParagraphs(a.Body)
			for _, p := range tt.paragraph {
				if !slices.Contains(paras, p) {
					t.Errorf("body lacks paragraph %q\nbody:\n%s", p, a.Body)
				}
			}
			for _, s := range tt.lacks {
				if strings.Contains(a.Body, s) {
					t.Errorf("body holds %q", s)
				}
			}
			if got := a.FileName(); got != tt.fileName {
				t.Errorf("FileName = %q, want %q", got, tt.fileName)
			}
			checkRoundTrip(t, a)
		})
	}
}

func checkMeta(t *testing.T, got, want briefing.Meta) {
	t.Helper()
	if got.Title != want.Title || got.Summary != want.Summary || !got.Published.Equal(want.Published.Time) ||
		got.Source != want.Source || got.URL != want.URL || got.Region != want.Region ||
		got.Dateline != want.Dateline || !slices.Equal(got.Countries, want.Countries) || !slices.Equal(got.Tags, want.Tags) {
		t.Errorf("meta\n got %+v\nwant %+v", got, want)
	}
}

// checkRoundTrip asserts that the stored file parses back to the article.
func checkRoundTrip(t *testing.T, a *Article) {
	t.Helper()
	md, err := a.Markdown()
	if err != nil {
		t.Fatalf("Markdown: %v", err)
	}
	b, body, err := briefing.Parse(a.FileName(), md)
	if err != nil {
		t.Fatalf("stored file does not parse: %v\n%s", err, md)
	}
	if b.Title != a.Meta.Title || b.Summary != a.Meta.Summary || !b.Published.Equal(a.Meta.Published.Time) ||
		b.Dateline != a.Meta.Dateline || b.Source != a.Meta.Source || !slices.Equal(b.Countries, a.Meta.Countries) {
		t.Errorf("round trip changed the metadata: %+v vs %+v", b, a.Meta)
	}
	if body != a.Body {
		t.Errorf("round trip changed the body:\n got %q\nwant %q", body, a.Body)
	}
}

// fixtureGold is the hand annotation of the shared fixture.
type fixtureGold struct {
	Published  string   `json:"published"`
	Title      string   `json:"title"`
	Dek        string   `json:"dek"`
	Dateline   string   `json:"dateline"`
	Headings   []string `json:"headings"`
	NoiseLines []string `json:"noise_lines"`
}

func TestImportFixture(t *testing.T) {
	raw := readShared(t, "fixtures", "kenya-haiti-mss.txt")
	goldJSON := readShared(t, "fixtures", "kenya-haiti-mss.gold.json")
	var gold fixtureGold
	if err := json.Unmarshal(goldJSON, &gold); err != nil {
		t.Fatal(err)
	}
	a, err := Import("kenya-haiti-mss.txt", raw, ImportOptions{Published: date(gold.Published)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Meta.Title != gold.Title {
		t.Errorf("title %q, want %q", a.Meta.Title, gold.Title)
	}
	if a.Meta.Summary != gold.Dek {
		t.Errorf("summary %q, want the dek %q", a.Meta.Summary, gold.Dek)
	}
	if a.Meta.Dateline != gold.Dateline {
		t.Errorf("dateline %q, want %q", a.Meta.Dateline, gold.Dateline)
	}
	if !slices.Equal(a.Headings, gold.Headings) {
		t.Errorf("headings %q, want %q", a.Headings, gold.Headings)
	}
	if !slices.Equal(a.Dropped, gold.NoiseLines) {
		t.Errorf("dropped %q, want %q", a.Dropped, gold.NoiseLines)
	}
	if got := a.Meta.Published.Format(briefing.DateLayout); got != gold.Published {
		t.Errorf("published %s, want %s", got, gold.Published)
	}
	// Every other paragraph is in the body, intact and in order; headings
	// are "##" lines; nothing else is.
	var want []string
	for _, p := range bodyParagraphs(string(raw)) {
		switch {
		case p == gold.Title, p == gold.Dek, slices.Contains(gold.NoiseLines, p):
		case slices.Contains(gold.Headings, p):
			want = append(want, "## "+p)
		default:
			want = append(want, p)
		}
	}
	if got := bodyParagraphs(a.Body); !slices.Equal(got, want) {
		t.Errorf("body paragraphs\n got %q\nwant %q", got, want)
	}
	if !strings.HasPrefix(a.FileName(), "2024-10-11-") || !strings.HasSuffix(a.FileName(), ".md") {
		t.Errorf("file name %q", a.FileName())
	}
	checkRoundTrip(t, a)
}

func TestImportOptionsOverrideFrontMatter(t *testing.T) {
	in := "---\ntitle: T is for Title\nsource: Wire\nregion: Sahel\ncountries: [Mali]\npublished: 2024-01-02\n---\nBody text.\n"
	a, err := Import("x.md", []byte(in), ImportOptions{Published: date("2024-03-04"), Source: "Desk",
		Region: "West Africa", Countries: []string{"Mali", "Burkina Faso", " "}})
	if err != nil {
		t.Fatal(err)
	}
	want := briefing.Meta{Title: "T is for Title", Published: briefing.Date{Time: date("2024-03-04")}, Source: "Desk",
		Region: "West Africa", Countries: []string{"Mali", "Burkina Faso"}}
	checkMeta(t, a.Meta, want)

	a, err = Import("x.md", []byte(in), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want = briefing.Meta{Title: "T is for Title", Published: briefing.Date{Time: date("2024-01-02")}, Source: "Wire",
		Region: "Sahel", Countries: []string{"Mali"}}
	checkMeta(t, a.Meta, want)
}

func TestImportErrors(t *testing.T) {
	tests := []struct {
		name, in, wantErr string
	}{
		{"empty", "", "no text to import"},
		{"blank lines only", "\n\n  \r\n", "no text to import"},
		{"chrome only", "Advertisement\n\nShare this\n", "no text to import"},
		{"binary", "PK\x03\x04\x00\x00", "not a text file"},
		{"too large", strings.Repeat("a", briefing.MaxFileSize+1), "larger than"},
		{"bad front matter", "---\ntitle: [unclosed\n---\nBody\n", "bad.md:"},
		{"alias in front matter", "---\ntitle: &a T\nsummary: *a\n---\nBody\n", "anchors and aliases"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Import("bad.md", []byte(tt.in), ImportOptions{})
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), "bad.md") {
				t.Errorf("err = %v, want one naming bad.md and containing %q", err, tt.wantErr)
			}
		})
	}
}

// Text saved by other systems imports like any other.
func TestImportEncodings(t *testing.T) {
	const article = "Kenya Sends More Police\n\nNairobi: Kenya will deploy 600 officers.\n"
	utf16le := []byte{0xff, 0xfe}
	for _, r := range article {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	tests := map[string][]byte{
		"UTF-8":           []byte(article),
		"UTF-8 with BOM":  []byte("\uFEFF" + article),
		"CRLF":            []byte(strings.ReplaceAll(article, "\n", "\r\n")),
		"classic Mac CR":  []byte(strings.ReplaceAll(article, "\n", "\r")),
		"UTF-16 with BOM": utf16le,
	}
	for name, data := range tests {
		a, err := Import("x.txt", data, ImportOptions{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if a.Meta.Title != "Kenya Sends More Police" || a.Meta.Dateline != "Nairobi" ||
			a.Body != "Nairobi: Kenya will deploy 600 officers.\n" {
			t.Errorf("%s: got %+v body %q", name, a.Meta, a.Body)
		}
	}
}

// Without --published, the date comes from the article's own stamp.
func TestImportDateFromStamp(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Headline Here\nPublished: 11 October 2024, 10:15 IST\nBody text of the story.\n", "2024-10-11"},
		{"Headline Here\nUpdated: Oct. 12, 2024\nPosted on 2024-10-10\nBody text of the story.\n", "2024-10-10"},
		{"Headline Here\nLast updated: March 3rd, 2025 09:00\nBody text of the story.\n", "2025-03-03"},
		{"Headline Here\nUpdated: 31 Smarch 2024\nBody text of the story.\n", ""},
		{"Headline Here\nBody text of the story, published 11 October 2024.\n", ""},
	}
	for _, tt := range tests {
		if _, got := importDated(t, tt.in, ImportOptions{}); got != tt.want {
			t.Errorf("%q: published %q, want %q", tt.in, got, tt.want)
		}
	}
	a, err := Import("x.txt", []byte("Headline Here\nPublished: 11 October 2024\nBody text.\n"), ImportOptions{Published: date("2024-01-01")})
	if err != nil || a.Meta.Published.Format(briefing.DateLayout) != "2024-01-01" {
		t.Errorf("--published does not win over the stamp: %v %v", a.Meta.Published, err)
	}
}

// Whole short chrome lines go; paragraphs that mention the same words stay.
func TestIsNoise(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Also Read | Turkey and Serbia Consider Joint Production of Military Drones", true},
		{"ALSO READ: Kenya's police chief visits Port-au-Prince", true},
		{"Read more » Sudan talks stall", true},
		{"Related: UN envoy calls for protection", true},
		{"Recent News", true},
		{"Advertisement", true},
		{"ADVERTISEMENT", true},
		{"Story continues below advertisement", true},
		{"Share this", true},
		{"Share on Facebook", true},
		{"Subscribe to our daily briefing", true},
		{"Sign up for our newsletter", true},
		{"Click here to read the full report.", true},
		{"Follow us on X and Telegram", true},
		{"Facebook · Twitter · WhatsApp", true},
		{"Home › News › Africa", true},
		{"By Jane Doe", true},
		{"BY JANE DOE, NAIROBI", true},
		{"Published on: 11 October 2024, 10:15 IST", true},
		{"Last updated 2 hours ago", true},
		{"---", true},
		{"© 2024 Example News", true},
		{"Reporting by Jane Doe; Editing by John Roe", true},

		{"Read more about the mission in the council's report, officials said on Friday.", false},
		{"Subscribers to the service fell by a fifth, the company said.", false},
		{"Related talks in Doha ended without an agreement on the exchange of detainees.", false},
		{"Advertisement revenue at state broadcasters has collapsed since the coup.", false},
		{"Share prices in Nairobi fell after the announcement.", false},
		{"Follow-up talks are planned for next month in Addis Ababa.", false},
		{"By Friday, more than 700,000 people had fled their homes across the region.", false},
		{"Recent news from the front suggests the offensive has stalled, analysts said.", false},
		{"Home to more than 500,000 people, the camp has been shelled for weeks.", false},
		{"Haitian Prime Minister Praises Quick Police Response", false},
		{"Watch groups say the vote was neither free nor fair.", false},
	}
	for _, tt := range tests {
		if got := isNoise(tt.line); got != tt.want {
			t.Errorf("isNoise(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestIsHeading(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Haitian Prime Minister Praises Quick Police Response", true},
		{"U.N. Extends MSS Mandate Amid Resistance to Peacekeeping Proposal", true},
		{"What Comes Next", true},
		{"Background", true},
		{"WHAT HAPPENS NOW", true},
		{"الوضع الإنساني", true},
		{"The fight against gangs is a battle we can win.", false},
		{"Kenya will deploy more police officers", false},
		{"Who Is Paying?", false},
		{"Conille said:", false},
		{"“We Will Win”", false},
		{strings.Repeat("Very Long Heading ", 8), false},
	}
	for _, tt := range tests {
		if got := isHeading(tt.line); got != tt.want {
			t.Errorf("isHeading(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestFindDateline(t *testing.T) {
	tests := []struct{ para, want string }{
		{"Nairobi: Kenya will deploy an additional 600 police officers.", "Nairobi"},
		{"GENEVA (Reuters) - The UN said on Friday ...", "GENEVA"},
		{"PORT-AU-PRINCE, Haiti — Gangs attacked the capital.", "PORT-AU-PRINCE"},
		{"Kyiv, Oct 11 (AP) -- Russian drones struck the city.", "Kyiv"},
		{"New York: The Security Council met on Friday.", "New York"},
		{"WASHINGTON/NAIROBI, Oct 11 (Reuters) - Officials said ...", "WASHINGTON/NAIROBI"},
		{"UNITED NATIONS (AP) — The council voted.", "UNITED NATIONS"},
		{"Kenya will deploy an additional 600 police officers to Haiti.", ""},
		{"However, as of now: only 430 troops have arrived.", ""},
		{"Update: the figures were revised on Monday.", ""},
		{"The minister said: we will not negotiate.", ""},
		{"Kenya, Haiti, Jamaica and Belize — the four governments agreed.", ""},
		{"Friday: the council met again.", ""},
	}
	for _, tt := range tests {
		if got := findDateline(tt.para); got != tt.want {
			t.Errorf("findDateline(%q) = %q, want %q", tt.para, got, tt.want)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Kenya to send 600 more police officers to Haiti", "kenya-to-send-600-more-police-officers-to-haiti"},
		{"Enhanced Security: Kenya to Send Additional 600 Police Officers to Haiti", "enhanced-security-kenya-to-send-additional-600-police"},
		{"Haiti’s gangs: what comes next?", "haitis-gangs-what-comes-next"},
		{"Côte d'Ivoire élections: São Tomé, Curaçao, Łódź", "cote-divoire-elections-sao-tome-curacao-lodz"},
		{"Удары по Москве и Киеву", "udary-po-moskve-i-kievu"},
		{"Ελληνικά νέα", "ellinika-nea"},
		{"  --Spaces \x1b[31m and /slashes/ ..  ", "spaces-31m-and-slashes"},
	}
	for _, tt := range tests {
		if got := Slug(tt.title); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
	for _, title := range []string{"الأمم المتحدة تحذر من مجاعة", "联合国警告饥荒", "🙂🙂🙂", ""} {
		got := Slug(title)
		if !strings.HasPrefix(got, "briefing-") || len(got) != len("briefing-")+8 {
			t.Errorf("Slug(%q) = %q, want briefing-<hash>", title, got)
		}
	}
	if Slug("联合国警告饥荒") == Slug("الأمم المتحدة تحذر من مجاعة") {
		t.Error("different titles share a fallback slug")
	}
	if long := Slug(strings.Repeat("word ", 40)); len(long) > maxSlugLen || strings.HasSuffix(long, "-") {
		t.Errorf("long slug %q", long)
	}
}

// listDir returns the names in dir.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteNew(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "library")
	path, err := WriteNew(dir, "2024-10-11-x.md", []byte("first"), false)
	if err != nil {
		t.Fatalf("first write: %v", err)
	}
	if path != filepath.Join(dir, "2024-10-11-x.md") {
		t.Errorf("path %q", path)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o644 {
		t.Errorf("mode: %v %v", st.Mode(), err)
	}
	if st, err := os.Stat(dir); err != nil || st.Mode().Perm() != 0o755 {
		t.Errorf("dir mode: %v %v", st.Mode(), err)
	}

	_, err = WriteNew(dir, "2024-10-11-x.md", []byte("second"), false)
	if !errors.Is(err, ErrExists) || !strings.Contains(err.Error(), path) ||
		!strings.Contains(err.Error(), "already exists (use --force to overwrite)") {
		t.Errorf("second write without force: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "first" {
		t.Errorf("file changed to %q without force", got)
	}

	if _, err := WriteNew(dir, "2024-10-11-x.md", []byte("forced"), true); err != nil {
		t.Fatalf("forced write: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "forced" {
		t.Errorf("forced write left %q", got)
	}
	if names := listDir(t, dir); !slices.Equal(names, []string{"2024-10-11-x.md"}) {
		t.Errorf("directory holds %q, want only the briefing", names)
	}
}

func TestWriteNewFailures(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"", "../escape.md", "a/b.md", ".hidden.md"} {
		if _, err := WriteNew(dir, name, []byte("x"), true); err == nil {
			t.Errorf("WriteNew accepted name %q", name)
		}
	}
	// A directory where the briefing should be: rename and link both fail.
	if err := os.Mkdir(filepath.Join(dir, "taken.md"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, force := range []bool{false, true} {
		if _, err := WriteNew(dir, "taken.md", []byte("x"), force); err == nil {
			t.Errorf("force=%v: wrote over a directory", force)
		}
	}
	// The library path is a file.
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteNew(filepath.Join(file, "lib"), "a.md", []byte("x"), false); err == nil {
		t.Error("wrote under a file")
	}
	if names := listDir(t, dir); !slices.Equal(names, []string{"file", "taken.md"}) {
		t.Errorf("directory holds %q after failures: temporary files left behind", names)
	}
}

// Two imports racing for one name: exactly one wins, the file is whole.
func TestWriteNewRace(t *testing.T) {
	dir := t.TempDir()
	const n = 8
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			_, errs[i] = WriteNew(dir, "same.md", []byte(strings.Repeat(string(rune('a'+i)), 1000)), false)
		})
	}
	wg.Wait()
	won := 0
	for _, err := range errs {
		switch {
		case err == nil:
			won++
		case !errors.Is(err, ErrExists):
			t.Errorf("unexpected error: %v", err)
		}
	}
	if won != 1 {
		t.Errorf("%d writers succeeded, want 1", won)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "same.md"))
	if len(data) != 1000 || strings.Count(string(data), string(data[:1])) != 1000 {
		t.Errorf("file is not one writer's whole data")
	}
	if names := listDir(t, dir); !slices.Equal(names, []string{"same.md"}) {
		t.Errorf("directory holds %q", names)
	}
}

func BenchmarkImport(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "import", "*"))
	var all [][]byte
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for i, data := range all {
			if _, err := Import(paths[i], data, ImportOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
