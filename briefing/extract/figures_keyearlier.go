package extract

// earlierWindow is how many tokens before a figure earlierCount reads for
// the report that gave it and the word that dates it first.
const earlierWindow = 12

// earlierCount reports whether the figure c is a count the sentence says
// was given first and then revised: "Officials first gave a toll of 7
// before more bodies were found", "Earlier Tuesday, the ministry said that
// 62 had died but said later that it had found more bodies", "raising the
// initial death toll to 50". A count reported first (earlier, initially,
// originally, first, previously) stays key when nothing after it in the
// sentence revises it: "Teachers initially said more than 280 children
// had been taken; a figure of 287 was widely reported".
func earlierCount(text string, toks []ntoken, c *candidate) bool {
	marker, report := false, false
	for k := c.first - 1; k >= 0 && k >= c.first-earlierWindow; k-- {
		t := toks[k]
		if ntIsPunct(text, t, ';') || ntIsPunct(text, t, ':') || t.kind == ntNum {
			break
		}
		if t.lx == nil {
			continue
		}
		if t.lx.change != "" {
			break // "had initially been put at 48, rose to 73": the new count
		}
		switch t.lx.w {
		case "initial", "earlier", "first", "previous":
			// "the initial death toll", "an earlier estimate": the count
			// named as the first one.
			for m := k + 1; m < c.first && m <= k+3; m++ {
				if earlierNoun(toks[m]) {
					return true
				}
			}
			marker = true
		case "initially", "originally", "previously":
			marker = true
		case "said", "says", "say", "gave", "given", "put", "reported", "estimated", "told", "toll", "count", "figure", "tally":
			report = true
		}
	}
	return marker && report && revisedAfter(text, toks, c.last+1)
}

// revisedAfter reports whether the sentence from token k on says that a
// count before it was revised: a later report ("but said later"), a word
// of change ("then rose"), or more found since ("before more bodies were
// found"). It stops at a semicolon, where another statement begins.
func revisedAfter(text string, toks []ntoken, k int) bool {
	contrast := false
	for ; k < len(toks); k++ {
		t := toks[k]
		if ntIsPunct(text, t, ';') {
			return false
		}
		if t.lx == nil {
			continue
		}
		if t.lx.change != "" {
			return true
		}
		switch t.lx.w {
		case "later", "since":
			return true
		case "but", "before", "until", "then":
			contrast = true
		case "more", "additional", "further", "new":
			if contrast {
				return true
			}
		}
	}
	return false
}
