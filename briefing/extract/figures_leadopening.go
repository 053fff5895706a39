package extract

// A page read without its headline (a plain web page: Figures, with no
// title beside the text) often opens with the headline as a line of its
// own above the lede: "Deep South Bombing Spree Continues, Killing One
// Ranger", then a lede that tells the day's attack after an aside ("the
// latest in a spate of attacks that claimed six lives over the weekend").
// markLead reads such opening lines for their role words (openingLines);
// their numbers say which count the headline is about just as a title's
// do, so they are read too, once per text, and only when the text's first
// sentence holds no figure (a headline with a number already there is read
// as the first sentence).

// openingHeadline returns the opening lines of text before end that may be
// its headline (openingLines) and the figures of them, read as a title is
// (sentenceCase: "Killing One Ranger" as "killing one ranger"), at most
// maxHeadlineFigures of them.
func openingHeadline(text string, end int) (string, []Figure) {
	headline := openingLines(text, end)
	if headline == "" {
		return "", nil
	}
	head := figuresOf(sentenceCase(headline), nil)
	return headline, head[:min(len(head), maxHeadlineFigures)]
}
