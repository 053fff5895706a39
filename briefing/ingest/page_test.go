package ingest

import (
	"net/url"
	"strings"
	"testing"
)

func TestExtractPageStripsChrome(t *testing.T) {
	u, _ := url.Parse("https://news.example/world/africa/story-7")
	a, err := ExtractPage("story-7.html", []byte(chromePage(7)), u, "text/html; charset=utf-8")
	if err != nil {
		t.Fatal(err)
	}
	if a.Meta.Title != storyTitle(7) {
		t.Errorf("title = %q, want %q", a.Meta.Title, storyTitle(7))
	}
	if got := a.Meta.Published.Format("2006-01-02"); got != "2024-10-11" {
		t.Errorf("published = %s", got)
	}
	if a.Meta.Source != "Example News" || a.Meta.URL != u.String() || a.Meta.Dateline != "KINSHASA" {
		t.Errorf("source, url, dateline = %q, %q, %q", a.Meta.Source, a.Meta.URL, a.Meta.Dateline)
	}
	if a.Meta.Summary == "" {
		t.Error("no summary")
	}
	for _, p := range storyParagraphs(7) {
		if !strings.Contains(a.Body, p) {
			t.Errorf("body lacks the paragraph %q\nbody:\n%s", p, a.Body)
		}
	}
	for _, c := range chromeMarkers {
		if strings.Contains(a.Body, c) {
			t.Errorf("body keeps chrome %q\nbody:\n%s", c, a.Body)
		}
	}
	if !strings.Contains(a.Body, "## Aid Cut Off") {
		t.Errorf("body lost the section heading:\n%s", a.Body)
	}
	if !strings.Contains(a.Body, "[agency report](https://agency.example/report)") {
		t.Errorf("body lost the http link:\n%s", a.Body)
	}
	if strings.Contains(a.Body, "javascript") || !strings.Contains(a.Body, "and this.") {
		t.Errorf("javascript: link not reduced to its text:\n%s", a.Body)
	}
}

func TestExtractPageShapes(t *testing.T) {
	tests := []struct {
		name, page string
		title      string
		published  string
		bodyHas    []string
		bodyLacks  []string
	}{
		{
			name: "date from a Published stamp, no metadata",
			page: `<html><head><title>Convoy reaches Goma – Relief Site</title></head><body>
<div class="content"><h1>Convoy reaches Goma</h1><p>Published: 12 October 2024</p>
<p>GOMA: A convoy of 40 trucks reached the city on Saturday after a week on the road, carrying food for twelve thousand families displaced by the fighting.</p>
<p>Drivers said the road was cut in three places and that they had waited two days at a checkpoint before they were allowed through.</p></div></body></html>`,
			title: "Convoy reaches Goma", published: "2024-10-12",
			bodyHas:   []string{"A convoy of 40 trucks", "Drivers said"},
			bodyLacks: []string{"Published: 12 October 2024", "Relief Site"},
		},
		{
			name: "entity-encoded escapes and lists",
			page: `<html><head><title>Escapes</title></head><body><article>
<p>Before &#27;[31mred&#27;[0m and &amp;#x1b;]0;title&amp;#7; after, a paragraph long enough to be kept as the story of this page by every rule.</p>
<ul><li>First point of the story, written out in full.</li><li>Second point, <em>emphasised</em> and with <code>code</code>.</li></ul>
<blockquote><p>A quoted sentence from the statement.</p></blockquote></article></body></html>`,
			title:     "Escapes",
			bodyHas:   []string{"Before", "- First point", "*emphasised*", "`code`", "> A quoted sentence"},
			bodyLacks: []string{"\x1b", "[31m", "]0;title"},
		},
		{
			name: "caption credits and relative stamps in the text",
			page: `<html><head><title>Strikes hit port</title></head><body><article><h1>Strikes hit port</h1>
<p>Updated 12 mins ago</p><p>Jane Doe/Reuters</p><p>Image source: Getty Images</p>
<p>ADEN — Air strikes hit the port overnight, damaging two cranes and a fuel depot, the port authority said in a statement on Sunday morning.</p>
<p>No casualties were reported, the statement said, but shipping was suspended until the damage could be assessed by engineers.</p></article></body></html>`,
			title:     "Strikes hit port",
			bodyHas:   []string{"Air strikes hit the port", "No casualties"},
			bodyLacks: []string{"12 mins ago", "Jane Doe/Reuters", "Getty Images"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ExtractPage("page.html", []byte(tt.page), nil, "text/html")
			if err != nil {
				t.Fatal(err)
			}
			if a.Meta.Title != tt.title {
				t.Errorf("title = %q, want %q", a.Meta.Title, tt.title)
			}
			if tt.published != "" && a.Meta.Published.Format("2006-01-02") != tt.published {
				t.Errorf("published = %v, want %s", a.Meta.Published, tt.published)
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

func TestExtractPageRefuses(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"empty", "", "no text to import"},
		{"only chrome", `<html><body><nav><a href="/">Home</a></nav><footer>Copyright</footer></body></html>`, "no text to import"},
		{"too large", strings.Repeat("x", MaxPageSize+1), "larger than"},
		{"nested too deep", strings.Repeat("<div>", 100000) + "deep", "open stack of elements exceeds"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ExtractPage("p.html", []byte(tt.page), nil, "")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func FuzzExtractPage(f *testing.F) {
	f.Add([]byte(chromePage(1)))
	f.Add([]byte(`<html><body><article><p>x &#27;[31m <a href="javascript:x">y</a> <pre>` + "```" + `</pre></p></article></body></html>`))
	f.Add([]byte("<ul><li><ol><li><blockquote><h2>a</h2></blockquote></li></ol></li></ul>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		u, _ := url.Parse("https://news.example/a/b")
		a, err := ExtractPage("fuzz.html", data, u, "")
		if err != nil {
			return
		}
		checkSanitized(t, a.Meta.Title)
		checkSanitized(t, a.Body)
		if a.Meta.Title == "" {
			t.Error("an article without a title")
		}
	})
}

// checkSanitized fails when s holds a terminal control.
func checkSanitized(t *testing.T, s string) {
	t.Helper()
	for _, r := range s {
		if r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r < 0xa0 {
			t.Fatalf("control %U in %q", r, s)
		}
	}
}
