package entity

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// names is the mentions as "kind:Name=text" for compact tables.
func names(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, string(m.Kind)+":"+m.Name+"="+m.Text)
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Congolese troops withdrew from Goma, DRC.", []string{"country:DR Congo=Congolese", "country:DR Congo=DRC"}},
		{"fighting in the Democratic Republic of the Congo and Rwanda",
			[]string{"country:DR Congo=Democratic Republic of the Congo", "country:Rwanda=Rwanda"}},
		{"Haitian police and the Kenyan-led mission", []string{"country:Haiti=Haitian", "organisation:MSS=Kenyan-led mission"}},
		{"Haiti's prime minister", []string{"country:Haiti=Haiti"}},
		{"Niger and Nigeria", []string{"country:Niger=Niger", "country:Nigeria=Nigeria"}},
		{"Guinea-Bissau, Guinea and Equatorial Guinea", []string{"country:Guinea-Bissau=Guinea-Bissau", "country:Guinea=Guinea", "country:Equatorial Guinea=Equatorial Guinea"}},
		{"a chad of paper; us and them", nil},
		{"Chad and the US", []string{"country:Chad=Chad", "country:United States=US"}},
		{"across the Sahel and the Horn of Africa", []string{"region:Sahel=Sahel", "region:Horn of Africa=Horn of Africa"}},
		{"ships in the Red Sea and the Gulf of Aden", []string{"region:Red Sea=Red Sea", "region:Red Sea=Gulf of Aden"}},
		{"the Great Lakes region", []string{"region:Great Lakes=Great Lakes region"}},
		{"M23 rebels and the RSF; SAF shelling", []string{"group:M23=M23", "group:RSF=RSF", "group:SAF=SAF"}},
		{"the Rapid Support Forces (RSF) overran Zamzam", []string{"group:RSF=Rapid Support Forces", "group:RSF=RSF"}},
		{"Al-Shabaab fighters; al-Shabaab said", []string{"group:al-Shabaab=Al-Shabaab", "group:al-Shabaab=al-Shabaab"}},
		{"JNIM claimed it", []string{"group:JNIM=JNIM"}},
		{"the Houthis and Yemen's Houthi movement", []string{"group:Houthis=Houthis", "country:Yemen=Yemen", "group:Houthis=Houthi"}},
		{"Hezbollah and Hamas", []string{"group:Hezbollah=Hezbollah", "group:Hamas=Hamas"}},
		{"Gran Grif gang members and the Viv Ansanm coalition", []string{"group:Gran Grif=Gran Grif", "group:Viv Ansanm=Viv Ansanm"}},
		{"the MSS and AUSSOM", []string{"organisation:MSS=MSS", "organisation:AUSSOM=AUSSOM"}},
		{"UN OCHA, UNHCR and the UN human rights office", []string{"organisation:OCHA=UN OCHA", "organisation:UNHCR=UNHCR", "organisation:OHCHR=UN human rights office"}},
		{"AFC/M23 took Bukavu", []string{"group:M23=AFC/M23"}},
		{"Côte d’Ivoire and Ivory Coast", []string{"country:Côte d'Ivoire=Côte d’Ivoire", "country:Côte d'Ivoire=Ivory Coast"}},
		{"Burkina\n\nFaso", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got := names(Default().Find(tt.text))
		if !slices.Equal(got, tt.want) {
			t.Errorf("Find(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestFindSpans(t *testing.T) {
	text := "Fighting near Tawila, North Darfur: the RSF and Sudanese army clashed."
	for _, m := range Default().Find(text) {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("%s: span %d:%d is %q, not %q", m.Name, m.Start, m.End, text[m.Start:m.End], m.Text)
		}
	}
	if got := names(Default().Find(text)); !slices.Equal(got, []string{"group:RSF=RSF", "group:SAF=Sudanese army"}) {
		t.Errorf("got %q", got)
	}
}

func TestLookup(t *testing.T) {
	tests := []struct{ in, want string }{
		{"drc", "DR Congo"}, {"DR Congo", "DR Congo"}, {"congolese", "DR Congo"}, {"sahel", "Sahel"},
		{"horn of africa", "Horn of Africa"}, {"houthis", "Houthis"}, {" Mali ", "Mali"}, {"türkiye", "Turkey"},
		{"atlantis", ""},
	}
	for _, tt := range tests {
		e, ok := Default().Lookup(tt.in)
		if got := e.Name; got != tt.want || ok != (tt.want != "") {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestWith(t *testing.T) {
	gz := Default().With(Entity{Kind: Group, Name: "Wagner Ti Kanmi", Aliases: []string{"Ti Kanmi"}})
	got := names(gz.Find("Ti Kanmi and Wagner"))
	want := []string{"group:Wagner Ti Kanmi=Ti Kanmi", "group:Wagner=Wagner"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, ok := Default().Lookup("Ti Kanmi"); ok {
		t.Error("With changed the default gazetteer")
	}
}

func TestUNMembers(t *testing.T) {
	n := 0
	for _, e := range Default().Entities() {
		if e.Kind == Country {
			n++
		}
	}
	if n != 195 { // 193 members and 2 observer states
		t.Errorf("%d countries, want 195", n)
	}
	for _, e := range regions {
		for _, c := range e.Countries {
			if got, ok := Default().Lookup(c); !ok || got.Kind != Country {
				t.Errorf("region %s: member %q is not a country of the gazetteer", e.Name, c)
			}
		}
	}
}

func TestPeople(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Kenyan President William Ruto said", []string{"William Ruto"}},
		{"Prime Minister Benjamin Netanyahu's office", []string{"Benjamin Netanyahu"}},
		{"spokesman Major General Edward Buba told", []string{"Edward Buba"}},
		{"Senior General Min Aung Hlaing", []string{"Min Aung Hlaing"}},
		{"Gen. Abdel Fattah al-Burhan and Mohamed bin Salman", []string{"Abdel Fattah al-Burhan"}},
		{"the UN aid chief, Tom Fletcher, said", []string{"Tom Fletcher"}},
		{"President Ferdinand Marcos Jr. visited", []string{"Ferdinand Marcos Jr"}},
		{"Governor Uba Sani ... later Governor Sani said", []string{"Uba Sani", "Sani"}},
		{"President William Ruto spoke. Later William Ruto left.", []string{"William Ruto", "William Ruto"}},
		{"Minister Praises Quick Police Response", nil},
		{"the President said", nil},
		{"the mayor of Saint-Marc", nil},
		{"President\n\nAbdel", nil},
		{"President", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range People(tt.text) {
			if tt.text[m.Start:m.End] != m.Text {
				t.Errorf("%q: span of %q is %q", tt.text, m.Text, tt.text[m.Start:m.End])
			}
			got = append(got, m.Name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("People(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestSampleLibrary checks what a reader would see for the sample
// briefings: the countries of each front matter are found in its body.
func TestSampleLibrary(t *testing.T) {
	files, _ := filepath.Glob("../../content/briefings/*.md")
	if len(files) == 0 {
		t.Fatal("no sample briefings")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		ms := Recognise(text)
		for _, line := range strings.Split(text, "\n") {
			rest, ok := strings.CutPrefix(line, "countries: [")
			if !ok {
				continue
			}
			for _, c := range strings.Split(strings.TrimSuffix(rest, "]"), ",") {
				e, ok := Default().Lookup(c)
				if !ok {
					t.Errorf("%s: country %q not in the gazetteer", f, c)
					continue
				}
				if !slices.Contains(Names(ms, Country), e.Name) {
					t.Errorf("%s: %s not recognised in the text", f, e.Name)
				}
			}
		}
	}
}

func TestRecogniseSamples(t *testing.T) {
	data, err := os.ReadFile("../../content/briefings/2024-10-11-kenya-to-send-600-more-police-officers-to-haiti.md")
	if err != nil {
		t.Fatal(err)
	}
	ms := Recognise(string(data))
	if got := Names(ms, Person); !slices.Contains(got, "William Ruto") {
		t.Errorf("people %q lack William Ruto", got)
	}
	if got := Names(ms, Group); !slices.Contains(got, "Gran Grif") {
		t.Errorf("groups %q lack Gran Grif", got)
	}
}

func FuzzRecognise(f *testing.F) {
	f.Add("President William Ruto of Kenya and the M23 in DRC")
	f.Add("Gen. . , al- ’s'")
	f.Fuzz(func(t *testing.T, s string) {
		prev := -1
		for _, m := range Recognise(s) {
			if m.Start < prev || m.Start > m.End || m.End > len(s) || s[m.Start:m.End] != m.Text {
				t.Fatalf("bad mention %+v", m)
			}
			prev = m.Start
		}
	})
}

func TestPlaces(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"gunmen stormed the town of Pont-Sondé last week; Pont-Sondé is empty", []string{"Pont-Sondé", "Pont-Sondé"}},
		{"fled to Tawila from Zamzam camp in North Darfur", []string{"Tawila", "Zamzam", "North Darfur"}},
		{"in Mali and in October, near the Sahel", nil},
		{"the mayor of nearby Saint-Marc said", []string{"Saint-Marc"}},
		{"talks in Doha with President Ruto", []string{"Doha"}},
		{"a visit to President Ruto", nil},
		// months abbreviated, platforms and days are no places
		{"the toll rose to 369 at 11:00 Sept 20, officials said in a post to Twitter", nil},
		{"killed since Dec 2023 and Jan 1, it said on Telegram and in a post to X", nil},
		// "on" introduces a place only after an attack or before a square, street, island
		{"he said on Facebook that strikes on Kharkiv went on Friday", []string{"Kharkiv"}},
		{"a rally on Independence Square in Bukavu", []string{"Independence Square", "Bukavu"}},
		// a Title Case line (a headline) introduces no place; the body still does
		{"Kenya to Send Additional 600 Police Officers to Haiti Amid Resistance to Peacekeeping Proposal\n\nThe police flew to Port-au-Prince.",
			[]string{"Port-au-Prince"}},
		{"Gunmen Kill 115 in Pont-Sondé, Officials Say\n\nThe attack in Pont-Sondé began at dawn.",
			[]string{"Pont-Sondé", "Pont-Sondé"}},
		// the adjective of a people is no place; a place before a word that ends its phrase is
		{"soldiers of the southern African force and in European capitals", nil},
		{"fled to Abidjan and then to Nairobi on Friday", []string{"Abidjan", "Nairobi"}},
		{"Fighting spread from North Darfur to Tawila and into Kutum.", []string{"North Darfur", "Tawila", "Kutum"}},
		// a lower-case particle inside a name
		{"a summit in Dar es Salaam on Saturday, then to Rio de Janeiro", []string{"Dar es Salaam", "Rio de Janeiro"}},
		{"shelling in Goma as Rwanda denied it, and fighting in Norte de Santander", []string{"Goma", "Norte de Santander"}},
		// a person is none, though a spatial word comes first
		{"on the eve of Donald Trump's inauguration, President Donald Trump said", nil},
		{"US Secretary of State Antony Blinken will meet in Aqaba", []string{"Aqaba"}},
		// a compass word alone is none
		{"displaced in North and South Kivu, in North Darfur.", []string{"North Darfur"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range Default().Places(tt.text) {
			if tt.text[m.Start:m.End] != m.Text || m.Kind != Place {
				t.Errorf("%q: bad mention %+v", tt.text, m)
			}
			got = append(got, m.Name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Places(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
		var beside []string
		for _, m := range PlacesBeside(tt.text, Recognise(tt.text)) {
			beside = append(beside, m.Name)
		}
		if !slices.Equal(beside, tt.want) {
			t.Errorf("PlacesBeside(%q)\n got %q\nwant %q", tt.text, beside, tt.want)
		}
	}
	if PlaceKey("Pont-Sondé") != PlaceKey("pont sonde") {
		t.Error("PlaceKey tells Pont-Sondé from pont sonde")
	}
}

func TestPlacesBeforeGeoNoun(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"fighting in the Catatumbo region near Venezuela", []string{"Catatumbo"}},
		{"villagers of Kairu in Zamfara state", []string{"Kairu", "Zamfara"}},
		{"in Cabo Delgado province on Friday", []string{"Cabo Delgado"}},
		{"the Red Sea region", nil},
		{"The state said", nil},
		{"President Ruto town hall", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range Default().Places(tt.text) {
			got = append(got, m.Name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Places(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestPlaceKeyConcurrent folds names with accents, hyphens, curly
// apostrophes and odd spacing from many goroutines at once, as the
// stories of a library and an SSH session's panes do.
func TestPlaceKeyConcurrent(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Pont-Sondé", "pont sonde"},
		{"Pétion-Ville", "petion ville"},
		{"Côte d’Ivoire", "cote d'ivoire"},
		{"  São  Tomé ", "sao tome"},
		{"Deir ez-Zor", "deir ez zor"},
		{"El Fasher", "el fasher"},
		{"Zaporizhzhia", "zaporizhzhia"},
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 200 {
				for _, tt := range tests {
					if got := PlaceKey(tt.name); got != tt.want {
						t.Errorf("PlaceKey(%q) = %q, want %q", tt.name, got, tt.want)
						return
					}
				}
			}
		})
	}
	wg.Wait()
}
