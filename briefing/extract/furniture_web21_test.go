package extract

import "testing"

// TestViaAgencyCredit: a caption that closes on the agency that passed its
// picture on ("… posted on social media. VIDEO OBTAINED BY REUTERS",
// "Social Media via REUTERS", "Handout via REUTERS") is furniture, its
// picture's date no entry; a story sentence that names an agency and a
// "via" stays story.
func TestViaAgencyCredit(t *testing.T) {
	page := "Gunmen kill 12 in Burkina\nOUAGADOUGOU (Reuters) - Gunmen killed 12 villagers in northern Burkina Faso on Monday, officials said.\n"
	tail := "\nThe attack came after a week of raids in the region."
	const (
		video   = "A body lies on a street while people take cover behind a vehicle, in Djibo, Burkina Faso, March 10, 2025 in this still image taken from a video posted on social media. VIDEO OBTAINED BY REUTERS"
		social  = "Smoke rises over the town of Djibo, Burkina Faso, March 10, 2025, in this picture obtained from social media. Social Media via REUTERS"
		handout = "Residents gather near a burnt house in Djibo, Burkina Faso March 10, 2025 in this screen grab taken from a handout video. Handout via REUTERS"
		story   = "Residents said the gunmen came on Sunday, in a video verified by Reuters. The army sent troops in via Kaya."
		// no stop, so it passes the cheap gate on "via REUTERS"; a sentence, no credit
		shared = "Residents said the gunmen came on Sunday, in a video verified by Reuters. Footage of the raid was shared via REUTERS"
	)
	checkFurnitureLines(t, page, tail, []struct {
		line string
		want string
	}{
		{video, video},
		{social, social},
		{handout, handout},
		{story, ""},
		{shared, ""},
	})
}
