package extract

// Figures returns every figure in text, in order of appearance.
// (Placeholder until the figure extractor lands; owned by the figures work.)
func Figures(text string) []Figure { return nil }
