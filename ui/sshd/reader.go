package sshd

import "sitrep/ui/tui"

// readerModels returns what builds the reader for a session: its own
// model, styles, key map and renderers over the shared library, with the
// user's state. The sessions share one render group, so that however many
// of them open a slow briefing, glamour renders it once at a time, one set
// of filter indexes, so that a library's words are indexed once, and,
// when the library is a directory, one library kept fresh by the server:
// briefings added, changed or removed show up in every open session.
func (s *Server) readerModels() func(*session) (teaModel, error) {
	renders, filters := tui.NewRenderGroup(), tui.NewFilterIndexes()
	return func(st *session) (teaModel, error) {
		opts := tui.Options{
			Style:   s.cfg.Style,
			NoColor: st.noColor,
			Mouse:   s.cfg.Mouse,
			State:   st.user.store,
			Load:    s.load,
			Width:   st.width,
			Height:  st.height,
			Renders: renders,
			Filters: filters,
			Index:   s.cfg.Index,
			// The styles in the client's colours: the downsampler
			// (frameOutput) has less to convert.
			ColorProfile: st.profile,
		}
		if s.watcher != nil || s.cfg.Updates != nil {
			// The server reloads the library once per change; the
			// session takes the result.
			changes, cancel := s.library.subscribe()
			go func() {
				<-st.done
				cancel()
			}()
			opts.Watch, opts.Load = changes, s.library.Load
		}
		lib := s.library.Current()
		if s.cfg.Current != nil {
			lib = s.cfg.Current() // the store's newest library
		}
		opts.CatchUp = s.library.catchUpFor(lib)
		return tui.New(lib, opts), nil
	}
}
