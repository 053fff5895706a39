package serve

import "errors"

// readerModel builds the reader for a session. (Until package ui lands.)
func (s *Server) readerModel(*session) (teaModel, error) {
	return nil, errors.New("reader not available yet")
}
