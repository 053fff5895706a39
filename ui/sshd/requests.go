package sshd

import (
	"sync"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// Window size bounds: a client may claim any size, and the reader lays out
// (and allocates) for the size it is given.
const (
	maxCols = 500
	maxRows = 300
)

// Limits on what a client may put in a session's environment and TERM.
const (
	maxEnvRequests = 16
	maxEnvValue    = 64
	maxTermLen     = 64
)

// allowedEnv are the only client environment variables kept: COLORTERM
// and NO_COLOR pick the colour profile, TERM_PROGRAM tells Apple's
// Terminal, which is not asked about modes (askModes); nothing else reads
// the client's environment.
var allowedEnv = map[string]bool{"COLORTERM": true, "NO_COLOR": true, "TERM_PROGRAM": true}

// sessionChannel accepts a session channel, at most MaxSessionsPerKey per
// connection, and hands it to the ssh library with its requests filtered.
func (s *Server) sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, ch gossh.NewChannel, ctx ssh.Context) {
	cs := connStateOf(ctx)
	if cs != nil {
		cs.logAccepted()
		if !cs.openChannel(s.cfg.MaxSessionsPerKey) {
			_ = ch.Reject(gossh.ResourceShortage, "too many sessions on this connection") //nolint:errcheck // best effort
			return
		}
		defer cs.closeChannel()
	}
	ssh.DefaultSessionHandler(srv, conn, &filteredChannel{NewChannel: ch, srv: s, ctx: ctx}, ctx)
}

// filteredChannel is a session channel whose requests pass through
// filterRequest before the ssh library sees them.
type filteredChannel struct {
	gossh.NewChannel
	srv *Server
	ctx ssh.Context

	mu      sync.Mutex
	envSeen int
}

// Accept accepts the channel and filters its requests.
func (f *filteredChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := f.NewChannel.Accept()
	if err != nil {
		return nil, nil, err //nolint:wrapcheck // the ssh library reports it
	}
	out := make(chan *gossh.Request)
	go func() {
		defer f.srv.recoverGoroutine("session requests")
		defer close(out)
		for req := range reqs {
			if f.filterRequest(req) {
				out <- req
			}
		}
	}()
	return ch, out, nil
}

// filterRequest refuses what the reader does not offer and clamps what it
// does; it reports whether the request goes on to the ssh library.
func (f *filteredChannel) filterRequest(req *gossh.Request) bool {
	switch req.Type {
	case "shell", "signal", "break":
		return true
	case "pty-req":
		return f.clampPty(req)
	case "window-change":
		return f.clampWindow(req)
	case "env":
		return f.filterEnv(req)
	case "exec", "subsystem":
		f.refuse(req, req.Type+" "+clientString(requestString(req.Payload)))
	case "auth-agent-req@openssh.com":
		f.refuse(req, "agent forwarding")
	case "x11-req":
		f.refuse(req, "X11 forwarding")
	default:
		f.refuse(req, "session request "+clientString(req.Type))
	}
	return false
}

// refuse answers no to a request and logs it.
func (f *filteredChannel) refuse(req *gossh.Request, what string) {
	f.srv.log.Info("refused", "addr", remoteOf(f.ctx), "what", what)
	reply(req, false)
}

// ptyRequest is the payload of "pty-req" (RFC 4254 section 6.2).
type ptyRequest struct {
	Term                   string
	Columns, Rows          uint32
	WidthPixels, HeightPix uint32
	Modes                  string
}

// windowChange is the payload of "window-change" (RFC 4254 section 6.7).
type windowChange struct {
	Columns, Rows          uint32
	WidthPixels, HeightPix uint32
}

// clampPty checks TERM and clamps the window of a PTY request.
func (f *filteredChannel) clampPty(req *gossh.Request) bool {
	var p ptyRequest
	if err := gossh.Unmarshal(req.Payload, &p); err != nil || !validTerm(p.Term) {
		f.refuse(req, "malformed pty request")
		return false
	}
	p.Columns, p.Rows = clampSize(p.Columns, p.Rows)
	req.Payload = gossh.Marshal(&p)
	return true
}

// clampWindow clamps a window change.
func (f *filteredChannel) clampWindow(req *gossh.Request) bool {
	var w windowChange
	if err := gossh.Unmarshal(req.Payload, &w); err != nil {
		reply(req, false)
		return false
	}
	w.Columns, w.Rows = clampSize(w.Columns, w.Rows)
	req.Payload = gossh.Marshal(&w)
	return true
}

// filterEnv keeps only the colour variables, short, and a few of them.
func (f *filteredChannel) filterEnv(req *gossh.Request) bool {
	var kv struct{ Key, Value string }
	if err := gossh.Unmarshal(req.Payload, &kv); err != nil {
		reply(req, false)
		return false
	}
	f.mu.Lock()
	f.envSeen++
	many := f.envSeen > maxEnvRequests
	f.mu.Unlock()
	if many || !allowedEnv[kv.Key] || len(kv.Value) > maxEnvValue || !printable(kv.Value) {
		reply(req, false)
		return false
	}
	return true
}

// clampSize bounds a window to 1–500 columns and 1–300 rows.
func clampSize(cols, rows uint32) (uint32, uint32) {
	return uint32(clamp(int(min(cols, maxCols)), 1, maxCols)), uint32(clamp(int(min(rows, maxRows)), 1, maxRows))
}

// clamp bounds v to [lo, hi].
func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

// validTerm accepts terminal names like xterm-256color or screen.xterm.
func validTerm(t string) bool {
	if len(t) > maxTermLen {
		return false
	}
	for _, r := range t {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' ||
			r == '-' || r == '_' || r == '.' || r == '+'
		if !ok {
			return false
		}
	}
	return true
}

// printable reports whether s is printable ASCII.
func printable(s string) bool {
	for _, r := range s {
		if r < 0x20 || r > 0x7e {
			return false
		}
	}
	return true
}

// requestString extracts the string argument of exec or subsystem.
func requestString(payload []byte) string {
	var v struct{ Value string }
	if err := gossh.Unmarshal(payload, &v); err != nil {
		return ""
	}
	return v.Value
}

// reply answers a request that wants an answer.
func reply(req *gossh.Request, ok bool) {
	if req.WantReply {
		_ = req.Reply(ok, nil) //nolint:errcheck // the client may be gone
	}
}
