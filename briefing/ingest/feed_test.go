package ingest

import (
	"strings"
	"testing"
	"time"
)

// The feeds below are written for these tests in the shapes publishers
// emit (wire services, UN agencies, NGOs, think tanks, blogs); no text is
// copied from a real feed.
const (
	rss2Wire = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Example Wire &amp; Co — World</title>
  <link>https://wire.example/world</link>
  <atom:link href="https://wire.example/world/rss" rel="self" type="application/rss+xml"/>
  <item>
    <title>Talks resume in Doha&nbsp;after pause</title>
    <link>https://wire.example/world/talks-resume</link>
    <guid isPermaLink="false">wire-12345</guid>
    <pubDate>Fri, 11 Oct 2024 14:05:00 +0000</pubDate>
    <description><![CDATA[<p>Negotiators met <b>again</b>.</p>]]></description>
    <content:encoded><![CDATA[<p>DOHA — Negotiators met again on Friday.</p><p>More text.</p>]]></content:encoded>
    <dc:creator>Desk Editor</dc:creator>
    <enclosure url="https://wire.example/a.mp3" length="1" type="audio/mpeg"/>
  </item>
  <item>
    <title>Second item</title>
    <guid>https://wire.example/world/second</guid>
    <pubDate>Thu, 10 Oct 2024 09:00:00 GMT</pubDate>
    <description>Plain description with &lt;i&gt;escaped&lt;/i&gt; markup.</description>
  </item>
</channel>
</rss>`

	rss1RDF = `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://agency.example/">
    <title>Agency updates</title>
    <link>https://agency.example/</link>
    <items><rdf:Seq><rdf:li rdf:resource="https://agency.example/u/1"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://agency.example/u/1">
    <title>Flash update 7: floods</title>
    <link>https://agency.example/u/1</link>
    <description>Situation overview.</description>
    <dc:date>2024-10-11T08:30:00+02:00</dc:date>
  </item>
</rdf:RDF>`

	atomFeedDoc = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Think tank analysis</title>
  <link rel="self" href="https://tank.example/feed.atom"/>
  <link rel="alternate" type="text/html" href="https://tank.example/"/>
  <entry>
    <id>tag:tank.example,2024:analysis-42</id>
    <title type="html">Ceasefire &lt;em&gt;holds&lt;/em&gt;</title>
    <link rel="enclosure" href="https://tank.example/a.pdf"/>
    <link rel="alternate" type="text/html" href="https://tank.example/analysis/42"/>
    <published>2024-11-28T06:00:00Z</published>
    <updated>2024-11-29T10:00:00Z</updated>
    <summary>A short summary.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The <strong>truce</strong> held overnight.</p></div></content>
    <author><name>Analyst One</name></author>
  </entry>
  <entry>
    <id>tag:tank.example,2024:analysis-43</id>
    <title>Only updated</title>
    <link href="https://tank.example/analysis/43"/>
    <updated>2024-11-30T10:00:00-05:00</updated>
  </entry>
</feed>`
)

func TestParseFeed(t *testing.T) {
	tests := []struct {
		name, doc         string
		format, title     string
		link              string
		items             int
		first             Item
		contentHas        string
		secondGUID        string
		secondLink        string
		secondPublishedOn string
	}{
		{
			name: "RSS 2.0 wire", doc: rss2Wire, format: "rss", title: "Example Wire & Co — World",
			link: "https://wire.example/world", items: 2,
			first: Item{GUID: "wire-12345", Title: "Talks resume in Doha after pause",
				Link: "https://wire.example/world/talks-resume", Author: "Desk Editor",
				Published: time.Date(2024, 10, 11, 14, 5, 0, 0, time.UTC)},
			contentHas: "DOHA — Negotiators", secondGUID: "https://wire.example/world/second",
			secondLink: "https://wire.example/world/second", secondPublishedOn: "2024-10-10",
		},
		{
			name: "RSS 1.0 RDF agency", doc: rss1RDF, format: "rdf", title: "Agency updates",
			link: "https://agency.example/", items: 1,
			first: Item{GUID: "https://agency.example/u/1", Title: "Flash update 7: floods",
				Link: "https://agency.example/u/1", Published: time.Date(2024, 10, 11, 6, 30, 0, 0, time.UTC)},
		},
		{
			name: "Atom think tank", doc: atomFeedDoc, format: "atom", title: "Think tank analysis",
			link: "https://tank.example/", items: 2,
			first: Item{GUID: "tag:tank.example,2024:analysis-42", Title: "Ceasefire holds",
				Link: "https://tank.example/analysis/42", Author: "Analyst One",
				Published: time.Date(2024, 11, 28, 6, 0, 0, 0, time.UTC)},
			contentHas: "<strong>truce</strong>", secondGUID: "tag:tank.example,2024:analysis-43",
			secondLink: "https://tank.example/analysis/43", secondPublishedOn: "2024-11-30",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseFeed([]byte(tt.doc))
			if err != nil {
				t.Fatal(err)
			}
			if f.Format != tt.format || f.Title != tt.title || f.Link != tt.link {
				t.Errorf("feed = %q %q %q, want %q %q %q", f.Format, f.Title, f.Link, tt.format, tt.title, tt.link)
			}
			if len(f.Items) != tt.items {
				t.Fatalf("%d items, want %d", len(f.Items), tt.items)
			}
			got := f.Items[0]
			if got.GUID != tt.first.GUID || got.Title != tt.first.Title || got.Link != tt.first.Link ||
				got.Author != tt.first.Author || !got.Published.Equal(tt.first.Published) {
				t.Errorf("first item = %+v\nwant %+v", got, tt.first)
			}
			if !strings.Contains(got.Content, tt.contentHas) {
				t.Errorf("content %q lacks %q", got.Content, tt.contentHas)
			}
			if tt.items > 1 {
				second := f.Items[1]
				if second.GUID != tt.secondGUID || second.Link != tt.secondLink ||
					second.Published.UTC().Format("2006-01-02") != tt.secondPublishedOn {
					t.Errorf("second item = %+v", second)
				}
			}
		})
	}
}

func TestParseFeedLegacyEncoding(t *testing.T) {
	doc := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\xe9</title>" +
		"<item><title>Bogot\xe1 talks</title><link>https://n.example/b</link></item></channel></rss>"
	f, err := ParseFeed([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "Café" || f.Items[0].Title != "Bogotá talks" {
		t.Errorf("got %q, %q", f.Title, f.Items[0].Title)
	}
}

func TestParseFeedRefuses(t *testing.T) {
	laughs := `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">` +
		`<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">` +
		`<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">` +
		`<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>` +
		`<rss version="2.0"><channel><title>&lol9;</title></channel></rss>`
	external := `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>` +
		`<rss version="2.0"><channel><title>&x;</title></channel></rss>`
	tests := []struct{ name, doc, want string }{
		{"billion laughs", laughs, "invalid character entity &lol9;"},
		{"external entity", external, "invalid character entity &x;"},
		{"HTML page", "<!DOCTYPE html><html><body>hi</body></html>", "not an RSS or Atom feed"},
		{"empty", "", "empty document"},
		{"truncated", `<rss version="2.0"><channel><title>x</title><item>`, "unexpected EOF"},
		{"too large", "<rss>" + strings.Repeat(" ", MaxFeedSize) + "</rss>", "larger than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseFeed([]byte(tt.doc))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestParseFeedDate(t *testing.T) {
	utc := func(y int, mo time.Month, d, h, mi, s int) time.Time {
		return time.Date(y, mo, d, h, mi, s, 0, time.UTC)
	}
	tests := []struct {
		in   string
		want time.Time
	}{
		{"Fri, 11 Oct 2024 14:05:00 +0000", utc(2024, 10, 11, 14, 5, 0)},
		{"Fri, 11 Oct 2024 14:05:00 GMT", utc(2024, 10, 11, 14, 5, 0)},
		{"Fri, 11 Oct 2024 10:05:00 EDT", utc(2024, 10, 11, 14, 5, 0)},
		{"Fri, 11 Oct 2024 09:05:00 EST", utc(2024, 10, 11, 14, 5, 0)},
		{"Fri, 11 Oct 2024 16:05:00 CEST", utc(2024, 10, 11, 14, 5, 0)},
		{"Fri, 11 Oct 2024 14:05 +0000", utc(2024, 10, 11, 14, 5, 0)},
		{"11 Oct 2024 14:05:00 +0000", utc(2024, 10, 11, 14, 5, 0)},
		{"Fri, 1 Nov 2024 17:05:00 +0300", utc(2024, 11, 1, 14, 5, 0)},
		{"Friday, 11 October 2024 14:05:00 +00:00", utc(2024, 10, 11, 14, 5, 0)},
		{"Mon, 11 Oct 2024 14:05:00 +0000", utc(2024, 10, 11, 14, 5, 0)}, // wrong weekday
		{"11 Oct 24 14:05 +0000", utc(2024, 10, 11, 14, 5, 0)},
		{"Fri, 11 Oct 2024 14:05:00", utc(2024, 10, 11, 14, 5, 0)},
		{"Fri, 11 Oct 2024 14:05:00 +0000 (UTC)", utc(2024, 10, 11, 14, 5, 0)},
		{"Oct 11, 2024 14:05:00 +0000", utc(2024, 10, 11, 14, 5, 0)},
		{"Sept. 11, 2024", utc(2024, 9, 11, 0, 0, 0)},
		{"2024-10-11T14:05:00Z", utc(2024, 10, 11, 14, 5, 0)},
		{"2024-10-11T16:05:00+02:00", utc(2024, 10, 11, 14, 5, 0)},
		{"2024-10-11T14:05:00.123Z", time.Date(2024, 10, 11, 14, 5, 0, 123e6, time.UTC)},
		{"2024-10-11T16:05:00+0200", utc(2024, 10, 11, 14, 5, 0)},
		{"2024-10-11T14:05:00", utc(2024, 10, 11, 14, 5, 0)},
		{"2024-10-11 14:05:00", utc(2024, 10, 11, 14, 5, 0)},
		{"2024-10-11", utc(2024, 10, 11, 0, 0, 0)},
		{"  Fri,  11 Oct 2024\n14:05:00 +0000 ", utc(2024, 10, 11, 14, 5, 0)},
		{"", time.Time{}},
		{"yesterday", time.Time{}},
		{"Fri, 41 Oct 2024 14:05:00 +0000", time.Time{}},
		{"Fri, 11 Oct 2999 14:05:00 +0000", time.Time{}}, // a clock set wrong
		{"Mon, 01 Jan 1900 00:00:00 +0000", time.Time{}},
	}
	for _, tt := range tests {
		if got := ParseFeedDate(tt.in); !got.Equal(tt.want) {
			t.Errorf("ParseFeedDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzParseFeed(f *testing.F) {
	for _, s := range []string{rss2Wire, rss1RDF, atomFeedDoc, "<rss><channel><item><title>&#27;[31m</title></item></channel></rss>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		feed, err := ParseFeed(data)
		if err == nil && len(feed.Items) > MaxFeedItems {
			t.Fatalf("%d items", len(feed.Items))
		}
	})
}
