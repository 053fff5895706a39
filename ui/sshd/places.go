package sshd

import "fmt"

// The session limits (MaxSessions over all keys, MaxSessionsPerKey for
// one key) count places. A session running the reader takes a place, and
// so does a logged-in connection that runs none: it could open one at any
// moment and holds the server's memory and a file meanwhile. A
// connection's place passes to its first session and back when its last
// session ends, so a connection counts as many places as it has sessions,
// or one when it has none. Without this, a key could hold a thousand
// logged-in connections that never open a session.
//
// The fields of connState that say what it holds (holding, running, gone,
// placeFP) are guarded by Server.mu, like the counts.

// limitRefusal says, in words for the user, which limit a new place for
// the key fp would break, or returns "". The caller holds s.mu.
func (s *Server) limitRefusal(fp string) string {
	switch {
	case s.stopping:
		return "the server is stopping; try again shortly."
	case s.places >= s.cfg.MaxSessions:
		return fmt.Sprintf("the server is full (%d sessions); try again later.", s.cfg.MaxSessions)
	case s.perKey[fp] >= s.cfg.MaxSessionsPerKey:
		return fmt.Sprintf("you already have %d sessions open with this key; close one first.",
			s.cfg.MaxSessionsPerKey)
	}
	return ""
}

// takePlace and givePlace count a place for the key fp. The caller holds
// s.mu.
func (s *Server) takePlace(fp string) {
	s.places++
	s.perKey[fp]++
}

func (s *Server) givePlace(fp string) {
	s.places--
	if s.perKey[fp]--; s.perKey[fp] <= 0 {
		delete(s.perKey, fp)
	}
}

// holdConn gives a connection that has just logged in with the key fp its
// place, or returns why it may not have one.
func (s *Server) holdConn(cs *connState, fp string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if cs.gone || cs.holding {
		return ""
	}
	if refusal := s.limitRefusal(fp); refusal != "" {
		return refusal
	}
	s.takePlace(fp)
	cs.holding, cs.placeFP = true, fp
	return ""
}

// connGone gives back the place of a connection that closed with no
// session running.
func (s *Server) connGone(cs *connState) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cs.gone = true
	if cs.holding {
		cs.holding = false
		s.givePlace(cs.placeFP)
	}
}

// sessionPlace finds a place for a new session: its connection's, when
// the connection still holds one, or a new one within the limits. It
// returns why there is none. The caller holds s.mu.
func (s *Server) sessionPlace(st *session) string {
	cs := st.conn
	switch {
	case s.stopping:
		return s.limitRefusal(st.fp)
	case cs != nil && cs.holding && cs.placeFP == st.fp:
		cs.holding = false
	default:
		if refusal := s.limitRefusal(st.fp); refusal != "" {
			return refusal
		}
		s.takePlace(st.fp)
	}
	if cs != nil {
		cs.running++
	}
	return ""
}

// sessionPlaceBack gives back the place of a session that ended: to its
// connection, when that is still open and runs no other session, or to the
// server. The caller holds s.mu.
func (s *Server) sessionPlaceBack(st *session) {
	cs := st.conn
	if cs == nil {
		s.givePlace(st.fp)
		return
	}
	cs.running--
	if cs.running == 0 && !cs.gone && !cs.holding {
		cs.holding, cs.placeFP = true, st.fp
		return
	}
	s.givePlace(st.fp)
}
