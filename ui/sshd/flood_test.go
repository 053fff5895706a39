package sshd

import (
	"errors"
	"net"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// silentFlood holds connections to a server from one source address that
// never send a byte, each reopened as soon as the server drops it: the
// attack of issue 13, as fast as the machine allows. It runs until stop.
type silentFlood struct {
	opened atomic.Int64
	done   chan struct{}
	wg     sync.WaitGroup
}

func startSilentFlood(source, addr string, workers int) *silentFlood {
	f := &silentFlood{done: make(chan struct{})}
	for range workers {
		f.wg.Add(1)
		go func() {
			defer f.wg.Done()
			for !f.stopped() {
				conn, err := dialFrom(source, addr)
				if err != nil {
					time.Sleep(time.Millisecond)
					continue
				}
				f.opened.Add(1)
				f.hold(conn)
			}
		}()
	}
	return f
}

// hold keeps conn open, reading and never writing, until the server
// closes it or the flood stops.
func (f *silentFlood) hold(conn net.Conn) {
	defer conn.Close()
	buf := make([]byte, 512)
	for !f.stopped() {
		_ = conn.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
		if _, err := conn.Read(buf); err != nil {
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				continue
			}
			return
		}
	}
}

func (f *silentFlood) stopped() bool {
	select {
	case <-f.done:
		return true
	default:
		return false
	}
}

func (f *silentFlood) stop() {
	close(f.done)
	f.wg.Wait()
}

// floodedServer starts a server with its default limits and a silent flood
// from 127.0.0.2 that fills that address's share of the startup table.
func floodedServer(t testing.TB) (*testEnv, *silentFlood) {
	t.Helper()
	env := startServer(t, withProbe())
	flood := startSilentFlood("127.0.0.2", env.addr, 64)
	t.Cleanup(flood.stop)
	deadline := time.Now().Add(waitTimeout)
	for {
		_, bySource := env.srv.startups.counts()
		if bySource["127.0.0.2/32"] >= env.cfg.PerSourceMaxStartups && flood.opened.Load() > 1000 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the flood did not get going: %d connections, table %v", flood.opened.Load(), bySource)
		}
		time.Sleep(10 * time.Millisecond)
	}
	return env, flood
}

// loginFrom logs in with k from a source address and returns how long it
// took.
func (e *testEnv) loginFrom(source string, k testKey) (time.Duration, error) {
	start := time.Now()
	conn, err := dialFrom(source, e.addr)
	if err != nil {
		return 0, err
	}
	cfg := e.clientConfig(gossh.PublicKeys(k.signer))
	c, chans, reqs, err := gossh.NewClientConn(conn, e.addr, cfg)
	if err != nil {
		conn.Close()
		return 0, err
	}
	took := time.Since(start)
	gossh.NewClient(c, chans, reqs).Close()
	return took, nil
}

// TestLoginUnderSilentFlood is the acceptance of issue 13's item 12: with
// silent connections from one address reopened as fast as the machine
// allows, an analyst from another address logs in (the OpenSSH client)
// within 2 s, and one from the flooding address gets in too, in the
// place of a silent connection. BenchmarkLoginUnderSilentFlood measures
// how often and how fast.
func TestLoginUnderSilentFlood(t *testing.T) {
	needOpenSSH(t)
	env, flood := floodedServer(t)
	for _, source := range []string{"127.0.0.3", "127.0.0.2"} {
		start := time.Now()
		out, code := openSSH(t, env, []testKey{env.alice}, "-T", "-o", "BindAddress="+source)
		took := time.Since(start)
		if code != 1 || !strings.Contains(out, "needs a terminal") {
			t.Errorf("from %s under the flood: exit %d, %q; want logged in (and refused a session for -T)",
				source, code, out)
		}
		if took > 2*time.Second {
			t.Errorf("from %s under the flood: logging in took %s; want under 2s", source, took)
		}
		t.Logf("from %s: logged in in %s (%d silent connections opened so far)", source,
			took.Round(time.Millisecond), flood.opened.Load())
	}
	if !strings.Contains(env.logs.String(), "sent nothing, giving way") {
		t.Error("no silent connection gave way: the flood did not reach the limit")
	}
}

// BenchmarkLoginUnderSilentFlood logs in b.N times, from the flooding
// address and from another, under the flood of TestLoginUnderSilentFlood,
// and reports the share of logins admitted within the silent grace and
// how long they took:
//
//	go test -run '^$' -bench LoginUnderSilentFlood -benchtime 200x ./ui/sshd/
func BenchmarkLoginUnderSilentFlood(b *testing.B) {
	env, flood := floodedServer(b)
	for _, source := range []string{"127.0.0.2", "127.0.0.3"} {
		b.Run("from-"+source, func(b *testing.B) {
			var took []time.Duration
			failed := 0
			var firstErr error
			for range b.N {
				d, err := env.loginFrom(source, env.alice)
				if err != nil || d > env.cfg.SilentGrace {
					failed++
					if firstErr == nil {
						firstErr = err
					}
					continue
				}
				took = append(took, d)
			}
			b.StopTimer()
			slices.Sort(took)
			b.ReportMetric(100*float64(len(took))/float64(b.N), "admitted-%")
			if len(took) > 0 {
				b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
				b.ReportMetric(float64(took[len(took)*99/100].Microseconds())/1000, "p99-ms")
			}
			if firstErr != nil {
				b.Logf("first refusal: %v", firstErr)
			}
		})
	}
	b.Logf("%d silent connections opened by the flood", flood.opened.Load())

}
