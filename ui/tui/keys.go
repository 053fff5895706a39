package tui

import "charm.land/bubbles/v2/key"

// globalKeys work from every pane (unless a text input has the keyboard).
type globalKeys struct {
	Quit        key.Binding
	ForceQuit   key.Binding
	Help        key.Binding
	NextStory   key.Binding
	PrevStory   key.Binding
	NextPane    key.Binding
	PrevPane    key.Binding
	Figures     key.Binding
	Timeline    key.Binding
	ToggleRead  key.Binding
	NextUnread  key.Binding
	MarkAllRead key.Binding
	Undo        key.Binding
	Star        key.Binding
	StarredOnly key.Binding
	Copy        key.Binding
	Open        key.Binding
	Reload      key.Binding
	Sync        key.Binding // watch.go
	Problems    key.Binding
	Search      key.Binding // searchpane.go
	Story       key.Binding // storypane.go
	Theatre     key.Binding // theatrepane.go
	Back        key.Binding
}

func newGlobalKeys() globalKeys {
	return globalKeys{
		Quit:        key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit:   key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit at once")),
		Help:        key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		NextStory:   key.NewBinding(key.WithKeys("J", "]"), key.WithHelp("J/]", "next story")),
		PrevStory:   key.NewBinding(key.WithKeys("K", "["), key.WithHelp("K/[", "previous story")),
		NextPane:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next pane")),
		PrevPane:    key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous pane")),
		Figures:     key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "key figures")),
		Timeline:    key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "timeline")),
		ToggleRead:  key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "toggle read")),
		NextUnread:  key.NewBinding(key.WithKeys("U"), key.WithHelp("U", "next unread")),
		MarkAllRead: key.NewBinding(key.WithKeys("A"), key.WithHelp("A", "mark all read")),
		Undo:        key.NewBinding(key.WithKeys("z"), key.WithHelp("z", "undo mark all read")),
		Star:        key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "star")),
		StarredOnly: key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "starred only")),
		Copy:        key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy URL / figure")),
		Open:        key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open URL in browser")),
		Reload:      key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "reload library")),
		Sync:        key.NewBinding(key.WithKeys("R"), key.WithHelp("R", "sync feeds now")),
		Problems:    key.NewBinding(key.WithKeys("!"), key.WithHelp("!", "problems")),
		Search:      key.NewBinding(key.WithKeys("\\"), key.WithHelp("\\", "search the library")),
		Story:       key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "story across sources")),
		Theatre:     key.NewBinding(key.WithKeys("T"), key.WithHelp("T", "theatre timeline")),
		Back:        key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
	}
}

// ShortHelp is the part of the global keys shown in the status bar.
func (k globalKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.NextStory, k.NextUnread, k.NextPane, k.Figures, k.Timeline, k.Star, k.Help, k.Quit}
}

// FullHelp lists every global key, in columns.
func (k globalKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.NextStory, k.PrevStory, k.NextUnread, k.NextPane, k.PrevPane, k.Back},
		{k.Figures, k.Timeline, k.ToggleRead, k.MarkAllRead, k.Undo, k.Star, k.StarredOnly},
		{k.Search, k.Story, k.Theatre, k.Copy, k.Open, k.Reload, k.Sync, k.Problems, k.Help, k.Quit, k.ForceQuit},
	}
}

// moveKeys move a selection or scroll; every pane has them.
type moveKeys struct {
	Up       key.Binding
	Down     key.Binding
	Top      key.Binding
	Bottom   key.Binding
	HalfDown key.Binding
	HalfUp   key.Binding
	PageDown key.Binding
	PageUp   key.Binding
}

func newMoveKeys(what string) moveKeys {
	return moveKeys{
		Up:       key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", what+" up")),
		Down:     key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", what+" down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
		HalfDown: key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d", "half page down")),
		HalfUp:   key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "half page up")),
		PageDown: key.NewBinding(key.WithKeys("space", "pgdown", "ctrl+f"), key.WithHelp("space", "page down")),
		PageUp:   key.NewBinding(key.WithKeys("b", "pgup", "ctrl+b"), key.WithHelp("b", "page up")),
	}
}

func (k moveKeys) column() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Top, k.Bottom, k.HalfDown, k.HalfUp, k.PageDown, k.PageUp}
}

// listKeys are the story list's keys.
type listKeys struct {
	moveKeys
	Open        key.Binding
	Filter      key.Binding
	ClearFilter key.Binding
	// While the filter is being typed:
	AcceptFilter key.Binding
	CancelFilter key.Binding
}

func newListKeys() listKeys {
	return listKeys{
		moveKeys:     newMoveKeys("story"),
		Open:         key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Filter:       key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		ClearFilter:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear filter")),
		AcceptFilter: key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", "apply filter")),
		CancelFilter: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel filter")),
	}
}

// ShortHelp is the list's part of the status bar.
func (k listKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.Open, k.Filter}
}

// FullHelp lists every list key.
func (k listKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{k.column(), {k.Open, k.Filter, k.ClearFilter}}
}

// readerKeys are the reader's keys.
type readerKeys struct {
	moveKeys
	Search      key.Binding
	NextMatch   key.Binding
	PrevMatch   key.Binding
	ClearSearch key.Binding
	// While the search is being typed:
	AcceptSearch key.Binding
	CancelSearch key.Binding
}

func newReaderKeys() readerKeys {
	return readerKeys{
		moveKeys:     newMoveKeys("scroll"),
		Search:       key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		NextMatch:    key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch:    key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),
		ClearSearch:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear search / back")),
		AcceptSearch: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "search")),
		CancelSearch: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel search")),
	}
}

// ShortHelp is the reader's part of the status bar.
func (k readerKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.PageDown, k.Search, k.NextMatch}
}

// FullHelp lists every reader key.
func (k readerKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{k.column(), {k.Search, k.NextMatch, k.PrevMatch, k.ClearSearch}}
}

// panelKeys are the keys of the figures and timeline panels.
type panelKeys struct {
	moveKeys
	Jump key.Binding
	Back key.Binding
}

func newPanelKeys(what string) panelKeys {
	return panelKeys{
		moveKeys: newMoveKeys(what),
		Jump:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "jump to sentence")),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back to the reader")),
	}
}

// ShortHelp is a panel's part of the status bar.
func (k panelKeys) ShortHelp() []key.Binding { return []key.Binding{k.Down, k.Jump} }

// FullHelp lists every panel key.
func (k panelKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom, k.HalfDown, k.HalfUp}, {k.Jump, k.Back}}
}

// inputKeys are the keys of a text input (filter, search).
type inputKeys struct {
	Accept key.Binding
	Cancel key.Binding
}

// ShortHelp is the input's status bar help.
func (k inputKeys) ShortHelp() []key.Binding { return []key.Binding{k.Accept, k.Cancel} }

// FullHelp lists the input's keys.
func (k inputKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }
