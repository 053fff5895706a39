package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"sitrep/briefing"
)

// pane is what the root model needs of every pane. Each pane — the story
// list, the reader, the key figures, the timeline, the key reference and
// the problems view — is a model with its own key map (built by a newXKeys
// function) and the session's Styles, behind this one interface; the root
// holds them by ID (registerPanes), by pointer as soft-serve holds its
// components, so Update changes the pane in place.
type pane interface {
	// Update handles a message. Keys come only while the pane has the
	// focus (and it ignores them otherwise); mouse clicks come in the
	// pane's own coordinates; the root's broadcasts (stylesMsg, storyMsg,
	// detailsMsg, libraryChangedMsg, badgesMsg, keyReferenceMsg) come to
	// every pane whatever has focus. What a pane wants of the root it asks
	// for with an intent message in the command it returns.
	Update(msg tea.Msg) tea.Cmd
	// View draws the pane: exactly as many lines as it is high, each
	// exactly as wide as the pane.
	View() []string
	// SetSize gives the pane the size the layout has for it.
	SetSize(width, height int)
	// SetFocused gives the pane the keyboard, or takes it away.
	SetFocused(focused bool)
	// Keys is the pane's key map as the help shows it now (while a text
	// input has the keyboard, the input's keys).
	Keys() help.KeyMap
	// Capturing reports whether a text input of the pane has the keyboard,
	// so that typed letters are text rather than commands.
	Capturing() bool
	// Scroll moves the pane by n notches of the mouse wheel (down when n
	// is positive).
	Scroll(n int)
}

// keyReferenceSection is a pane with keys of its own to list in the key
// reference (?). Panes that give the same title share one section.
type keyReferenceSection interface {
	KeySection() section
}

// paneID names a pane. Each pane's file declares its own.
type paneID string

// paneEntry is one registered pane.
type paneEntry struct {
	id   paneID
	pane pane
	// name shows in the status bar while a column pane has the focus.
	name string
	// overlay panes cover the others and open with the opens key; the
	// rest are columns, in tab order.
	overlay bool
	opens   key.Binding
}

// Intents: what a pane asks of the root.
type (
	// openStoryMsg asks to read the selected story (focus the reader).
	openStoryMsg struct{}
	// jumpMsg asks to show a sentence of story id in the reader, with the
	// span in it (a figure, a date) highlighted.
	jumpMsg struct{ id, sentence, span string }
	// focusMsg asks to give another pane the focus.
	focusMsg struct{ id paneID }
	// copyMsg asks to put text on the clipboard; what says what it is.
	copyMsg struct{ text, what string }
	// noticeMsg asks to show a message in the status bar for a while.
	noticeMsg struct {
		text  string
		isErr bool
	}
)

// ask is the command that delivers an intent to the root.
func ask(intent tea.Msg) tea.Cmd { return func() tea.Msg { return intent } }

// What the root routes to the panes.
type (
	// stylesMsg brings the session's new styles (the background changed).
	stylesMsg struct{ styles *Styles }
	// storyMsg says which story the reader and panels are about (nil for
	// none), with its rendered document when there is one already and
	// where the analyst left it (0..1).
	storyMsg struct {
		briefing *briefing.Briefing
		doc      *document
		position float64
	}
	// libraryChangedMsg brings a newly loaded library; keep is the story
	// to keep selected, and keepRow asks the list to keep it on the same
	// row of the screen (stories arrived while the analyst reads). top
	// asks for the top of the list, and the filter's best match once its
	// index of lib is in (the analyst has not chosen a story).
	libraryChangedMsg struct {
		lib     *briefing.Library
		state   briefing.ReadingStates
		keep    string
		keepRow bool
		top     bool
	}
	// keyReferenceMsg brings the sections of the key reference.
	keyReferenceMsg struct{ sections []section }
	// copyRequestMsg asks the focused pane what y should copy; it answers
	// with a copyMsg, or nothing when it has nothing of its own to copy.
	copyRequestMsg struct{ briefing *briefing.Briefing }
	// moveStoryMsg asks the story list to move its selection by delta (J, K).
	moveStoryMsg struct{ delta int }
	// nextUnreadMsg asks the story list to select the next unread story.
	nextUnreadMsg struct{}
	// starredOnlyMsg asks the story list to show only starred stories, or all.
	starredOnlyMsg struct{ keep string }
)
