package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// hostileServer serves the responses a fetch must survive.
func hostileServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Fri, 11 Oct 2024 14:05:00 GMT")
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write([]byte("hello"))
	})
	mux.HandleFunc("/since", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Last-Modified", "Fri, 11 Oct 2024 14:05:00 GMT")
		if r.Header.Get("If-Modified-Since") == "Fri, 11 Oct 2024 14:05:00 GMT" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write([]byte("dated"))
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			http.Error(w, "want gzip", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write([]byte("unzipped text"))
		zw.Close()
	})
	bomb := gzipBomb()
	mux.HandleFunc("/gzip-bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb)
	})
	mux.HandleFunc("/bad-gzip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write([]byte("this is not gzip"))
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/ok", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		chunk := bytes.Repeat([]byte("x"), 1<<20)
		for range 100 { // 100 MiB, no Content-Length
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/huge-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "104857600")
		w.Write([]byte("x"))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
		for {
			if _, err := w.Write([]byte("<")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	})
	mux.HandleFunc("/no-headers", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "1000")
		w.Write([]byte("partial"))
		conn, _, _ := w.(http.Hijacker).Hijack()
		conn.Close()
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusGone)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// gzipBomb is 20 MiB of zeros gzipped to about 20 KiB, made once.
var gzipBomb = sync.OnceValue(func() []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zeros := make([]byte, 1<<20)
	for range 20 {
		zw.Write(zeros)
	}
	zw.Close()
	return buf.Bytes()
})

// testLimits are FetchLimits short enough for tests.
func testLimits() FetchLimits {
	return FetchLimits{Connect: 2 * time.Second, Header: time.Second, Total: 2 * time.Second,
		MaxBytes: 1 << 20, MaxRedirects: 3}
}

func TestFetch(t *testing.T) {
	srv := hostileServer(t)
	f := NewFetcher(testLimits(), "sitrep-test")
	ctx := context.Background()
	tests := []struct {
		name     string
		path     string
		prev     Validators
		body     string
		notMod   bool
		wantErr  string
		errIs    error
		finalURL string
	}{
		{name: "plain", path: "/ok", body: "hello"},
		{name: "etag 304", path: "/ok", prev: Validators{ETag: `"v1"`}, notMod: true},
		{name: "last-modified 304", path: "/since", prev: Validators{LastModified: "Fri, 11 Oct 2024 14:05:00 GMT"}, notMod: true},
		{name: "gzip", path: "/gzip", body: "unzipped text"},
		{name: "redirect", path: "/redirect", body: "hello", finalURL: "/ok"},
		{name: "redirect loop", path: "/loop", errIs: ErrTooManyHops},
		{name: "redirect to file", path: "/to-file", errIs: ErrScheme},
		{name: "100 MiB", path: "/huge", errIs: ErrTooBig},
		{name: "100 MiB declared", path: "/huge-declared", errIs: ErrTooBig},
		{name: "gzip bomb", path: "/gzip-bomb", errIs: ErrTooBig},
		{name: "bad gzip", path: "/bad-gzip", wantErr: "gzip"},
		{name: "endless slow body", path: "/slow", wantErr: "timed out"},
		{name: "no headers", path: "/no-headers", wantErr: "timed out"},
		{name: "broken", path: "/broken", wantErr: "unexpected EOF"},
		{name: "status", path: "/gone", wantErr: "HTTP 410"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			resp, err := f.Fetch(ctx, srv.URL+tt.path, tt.prev)
			if took := time.Since(start); took > 4*time.Second {
				t.Errorf("took %v", took)
			}
			if tt.errIs != nil || tt.wantErr != "" {
				if err == nil || tt.errIs != nil && !errors.Is(err, tt.errIs) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %v %q", err, tt.errIs, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(resp.Body) != tt.body || resp.NotModified != tt.notMod {
				t.Errorf("body %q notModified %v, want %q %v", resp.Body, resp.NotModified, tt.body, tt.notMod)
			}
			if tt.finalURL != "" && resp.URL.Path != tt.finalURL {
				t.Errorf("final URL %v", resp.URL)
			}
			if tt.path == "/ok" && !tt.notMod && resp.Validators.ETag != `"v1"` {
				t.Errorf("validators %+v", resp.Validators)
			}
		})
	}
}

func TestFetchRefusesSchemes(t *testing.T) {
	f := NewFetcher(testLimits(), "sitrep-test")
	for _, u := range []string{"file:///etc/passwd", "javascript:alert(1)", "ftp://x.example/f", "gopher://x", "/relative", ""} {
		if _, err := f.Fetch(context.Background(), u, Validators{}); !errors.Is(err, ErrScheme) {
			t.Errorf("Fetch(%q) err = %v, want ErrScheme", u, err)
		}
	}
}
