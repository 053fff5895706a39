package ingest

import (
	"fmt"
	"strings"
)

// Test pages, written for these tests: a news page in the shape real
// publishers serve, with every kind of chrome the pipeline must strip.
// No text is copied from a real site.

// storyParagraphs is story i's text: a dateline, figures and quotes.
func storyParagraphs(i int) []string {
	return []string{
		fmt.Sprintf("KINSHASA, Oct 11 — Fighting near the town of Site%d displaced at least %d people this week, local officials said on Friday, as armed groups pushed toward the provincial road.", i, 1000+i),
		fmt.Sprintf("The provincial governor said %d civilians had been killed since Monday and that aid convoys could not reach the area, where clinics have run short of medicine.", 10+i%7),
		"Humanitarian agencies said the rains had washed out two bridges, cutting the only route to the camps and leaving families without shelter for a third night.",
		"“We are asking for a pause so that the wounded can be moved,” a regional health coordinator said, adding that the teams on the ground were exhausted.",
	}
}

// storyTitle is story i's headline.
func storyTitle(i int) string { return fmt.Sprintf("Fighting displaces thousands near Site%d", i) }

// chromeMarkers are texts of the page's chrome: none may reach a briefing.
var chromeMarkers = []string{
	"Home", "Skip to content", "World | Africa", "We use cookies", "Accept all", "Jane Reporter",
	"Published 3 hours ago", "Share on", "WhatsApp", "Photo: Staff/Example Agency", "Residents walk past",
	"Related", "Rebels claim", "Most read", "Markets rally", "Recent News", "100 militants killed",
	"More from Africa", "Sign up for", "Copyright", "Advertisement", "About us", "Editor's picks",
}

// chromePage is story i as a web page with every kind of chrome.
func chromePage(i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>%s | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-10-11T09:30:00Z">
<meta name="description" content="Armed groups pushed toward the provincial road.">
<style>body{font:1em serif}</style><script>var tracking = "Advertisement";</script>
</head><body>
<a class="skip-link" href="#main">Skip to content</a>
<div id="cookie-banner" class="consent"><p>We use cookies to improve your experience.</p><button>Accept all</button></div>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/about">About us</a></li></ul></nav></header>
<main id="main">
<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/world/africa">Africa</a></li></ol>
<p class="crumbs">World | Africa</p>
<article>
<h1>%s</h1>
<div class="byline">By <a href="/staff/jane">Jane Reporter</a></div>
<p class="timestamp"><time datetime="2024-10-11T09:30:00Z">Published 3 hours ago</time></p>
<div class="share-bar"><a href="https://social.example/share">Share on Social</a> <a href="https://wa.example">WhatsApp</a></div>
<figure><img src="/p.jpg" alt=""><figcaption>Residents walk past a damaged clinic. Photo: Staff/Example Agency</figcaption></figure>
`, storyTitle(i), storyTitle(i))
	for j, p := range storyParagraphs(i) {
		if j == 2 {
			b.WriteString(`<div class="ad-slot"><p>Advertisement</p></div>` + "\n")
			b.WriteString("<h2>Aid Cut Off</h2>\n")
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	b.WriteString(`<p>Read the <a href="https://agency.example/report">agency report</a> and <a href="javascript:alert(1)">this</a>.</p>
</article>
<section class="related"><h2>Related</h2><ul><li><a href="/a">Rebels claim gains in the east</a></li><li><a href="/b">Talks stall again</a></li></ul></section>
<div><h3>Most read</h3><ol><li><a href="/c">Markets rally on rate cut</a></li><li><a href="/d">Storm heads north</a></li></ol></div>
<div><p><strong>Recent News</strong></p><p><a href="/e">100 militants killed in raid</a></p><p><a href="/f">Border reopens</a></p></div>
<div><h3>More from Africa</h3><ul><li><a href="/g">Election date set</a></li><li><a href="/h">Drought warning issued</a></li></ul></div>
</main>
<aside><h3>Editor's picks</h3><ul><li><a href="/i">The long read</a></li></ul></aside>
<footer><p>Sign up for our newsletter</p><p>Copyright 2024 Example News</p></footer>
</body></html>`)
	return b.String()
}
