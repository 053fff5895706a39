package ingest

import (
	"strings"
	"unicode/utf8"
)

// Page furniture (see extraction.md): what a web page or a pasted article
// carries around the story. These rules are shared by the page pipeline,
// which applies them to the blocks of the converted page, and the
// plain-text importer, which applies them to lines.
var (
	// listMarkers open a list of other stories' headlines: the marker
	// and the headline lines after it are dropped.
	listMarkers = toSet("recent news", "latest news", "more news", "top news", "top stories",
		"more stories", "related", "related news", "related articles", "related stories",
		"related content", "related posts", "related coverage", "related topics", "read more",
		"read next", "more on this", "more on this story", "most read", "most popular",
		"most viewed", "popular", "popular now", "trending", "trending now", "recommended",
		"recommended for you", "recommended stories", "you may also like", "you might also like",
		"editor's picks", "more from", "more in", "also in the news", "latest stories",
		"in other news", "what to read next", "top headlines", "latest", "more headlines")
	// moreFrom is "More from Africa", "More from Reuters": a list marker
	// naming a section.
	moreFrom = compileLazily(`(?i)^(?:more|latest|most read|more stories|top stories) (?:from|in|on) [\p{L}\p{N} &'’.-]{1,40}$`)
	// relativeStamp is "Published 3 hours ago", "Updated 12 mins ago",
	// "2 days ago", "Last updated: 5 minutes ago".
	relativeStamp = compileLazily(`(?i)^(?:(?:first |last )?(?:published|updated|posted|modified)(?: on)?:?\s*)?(?:an?|\d{1,3}|one|two|three|few)\s+(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\.?\s+ago$`)
	// photoCredit is a caption's credit line: "Photo: Jane Doe/Agency",
	// "(Photo by X)", "Image source: Getty Images", "Credit: ...".
	photoCredit = compileLazily(`(?i)^[(\[]?(?:photo|photograph|picture|image|video|file photo|credit|photo credit|image source|image caption|caption|source image|illustration)(?:\s+by\s+|\s*[:|/–—-]\s*).{1,120}[)\]]?$`)
	// agencyPhoto is a credit naming a photographer and an agency:
	// "Jane Doe/Reuters", "(John Roe/AFP via Getty Images)".
	agencyPhoto = compileLazily(`(?i)^[(\[]?[\p{L} .'’-]{1,40}\s*/\s*(?:getty images|afp|reuters|ap|ap photo|epa|epa-efe|anadolu|anadolu agency|shutterstock|bloomberg|xinhua|unicef|unhcr|ocha|wfp|msf)(?:\s+via\s+getty images)?(?:\s*/\s*file)?[)\]]?$`)
	// captionCredit is a photo caption that ends with its credit: "People
	// inspect the scene of the bombing. Photograph: Karim Kadim/AP".
	captionCredit = compileLazily(`(?i)[.!?]["”’']?\s+(?:photograph|photo|photos|picture|image)\s*:\s*[\p{L} .'’-]{1,50}(?:/[\p{L} .'’-]{1,40})?$`)
	// agencyCredit is a credit line alone: "Getty Images", "AFP".
	agencyCredit = toSet("getty images", "afp", "reuters", "ap", "ap photo", "epa", "epa-efe",
		"anadolu", "anadolu agency", "shutterstock", "afp via getty images", "reuters/file")
	// consentLine is a cookie or privacy banner.
	consentLine = compileLazily(`(?i)\b(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|manage (?:your )?(?:cookie|privacy|consent)|privacy preferences|by continuing to (?:use|browse))\b`)
)

// isListMarker reports whether a whole line or heading opens a list of
// other stories ("Related", "More from Africa", "Recent News").
func isListMarker(line string) bool {
	key := chromeKey(line)
	if utf8.RuneCountInString(key) > 60 {
		return false
	}
	return listMarkers[key] || moreFrom.MatchString(key)
}

// isFurniture reports whether a whole line is page furniture that no
// story sentence could be: a relative time stamp, a photo credit or
// caption label, a consent banner line. It adds to isNoise.
func isFurniture(line string) bool {
	line = strings.TrimSpace(line)
	n := utf8.RuneCountInString(line)
	switch {
	case n == 0 || n > 400:
		return false
	case captionCredit.MatchString(line): // a caption runs longer than the other furniture
		return true
	case n > 200:
		return false
	}
	key := chromeKey(line)
	switch {
	case relativeStamp.MatchString(key), agencyCredit[strings.Trim(key, "()[] ")]:
		return true
	case n <= 140 && (photoCredit.MatchString(line) || agencyPhoto.MatchString(line)) && !endsSentence(line):
		return true
	case consentLine.MatchString(line):
		return true
	}
	return false
}

// endsSentence reports whether s ends like a sentence of the story.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, `"”’') `)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// isHeadlineLike reports whether a line reads as another story's
// headline in a list: short and without a sentence's final stop.
func isHeadlineLike(line string) bool {
	line = strings.TrimSpace(line)
	n := utf8.RuneCountInString(line)
	return n > 0 && n <= 160 && !endsSentence(line)
}
