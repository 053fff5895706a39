package sshd

import "sitrep/ui/tui"

// readerModels returns what builds the reader for a session: its own
// model, styles, key map and renderers over the shared library, with the
// user's state. The sessions share one render group, so that however many
// of them open a slow briefing, glamour renders it once at a time.
func (s *Server) readerModels() func(*session) (teaModel, error) {
	renders := tui.NewRenderGroup()
	return func(st *session) (teaModel, error) {
		return tui.New(s.lib, tui.Options{
			Style:   s.cfg.Style,
			NoColor: st.noColor,
			Mouse:   s.cfg.Mouse,
			State:   st.user.store,
			Load:    s.load,
			Width:   st.width,
			Height:  st.height,
			Renders: renders,
		}), nil
	}
}
