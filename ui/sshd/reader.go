package sshd

import "sitrep/ui/tui"

// readerModel builds the reader for a session: its own model, styles, key
// map and renderers over the shared library, with the user's state.
func (s *Server) readerModel(st *session) (teaModel, error) {
	lib := s.lib
	if s.cfg.Current != nil {
		lib = s.cfg.Current()
	}
	return tui.New(lib, tui.Options{
		Style:   s.cfg.Style,
		NoColor: st.noColor,
		Mouse:   s.cfg.Mouse,
		State:   st.user.store,
		Load:    s.load,
		Width:   st.width,
		Height:  st.height,
	}), nil
}
