package ingest

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// FetchLimits bound what one fetch may cost.
type FetchLimits struct {
	// Connect is the time to open the connection (and finish TLS).
	Connect time.Duration
	// Header is the time from sending the request to the response headers.
	Header time.Duration
	// Total is the time for the whole exchange, body included.
	Total time.Duration
	// MaxBytes is the largest body accepted, after decompression.
	MaxBytes int64
	// MaxRedirects is the number of redirects followed.
	MaxRedirects int
}

// DefaultFetchLimits are the limits sync and import use.
func DefaultFetchLimits() FetchLimits {
	return FetchLimits{
		Connect:      10 * time.Second,
		Header:       15 * time.Second,
		Total:        30 * time.Second,
		MaxBytes:     MaxFeedSize,
		MaxRedirects: 5,
	}
}

// Fetcher fetches feeds and pages over http and https only, within
// FetchLimits, with gzip and conditional requests. It is safe for
// concurrent use.
type Fetcher struct {
	client    *http.Client
	limits    FetchLimits
	userAgent string
}

// Errors a fetch reports.
var (
	ErrScheme      = errors.New("only http and https URLs are fetched")
	ErrTooBig      = errors.New("response is too large")
	ErrTooManyHops = errors.New("too many redirects")
)

// NewFetcher returns a Fetcher with its own transport. userAgent names
// sitrep to servers.
func NewFetcher(limits FetchLimits, userAgent string) *Fetcher {
	dialer := &net.Dialer{Timeout: limits.Connect, KeepAlive: 30 * time.Second}
	transport := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   limits.Connect,
		ResponseHeaderTimeout: limits.Header,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       60 * time.Second,
		// gzip is asked for and decoded here, so that the size cap
		// applies to the decoded body.
		DisableCompression: true,
	}
	f := &Fetcher{limits: limits, userAgent: userAgent}
	f.client = &http.Client{
		Transport: transport,
		Timeout:   limits.Total,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > limits.MaxRedirects {
				return fmt.Errorf("%w (more than %d)", ErrTooManyHops, limits.MaxRedirects)
			}
			if !isWebURL(req.URL.String()) {
				return fmt.Errorf("redirect to %s: %w", req.URL.Scheme, ErrScheme)
			}
			return nil
		},
	}
	return f
}

// Validators are what a server said last time about a document, sent
// back so that it can answer 304 Not Modified.
type Validators struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// Response is a fetched document.
type Response struct {
	// URL is where the document was found, after redirects.
	URL *url.URL
	// NotModified is true when the server answered 304: Body is empty.
	NotModified bool
	Body        []byte
	ContentType string
	// Validators are the new ETag and Last-Modified, to send next time.
	Validators Validators
}

// isWebURL reports whether s is an absolute http or https URL with a host.
func isWebURL(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// Fetch GETs rawURL, sending prev as conditional headers. A body over
// the size cap, a status other than 200 or 304, a redirect loop or a
// slow server is an error naming the URL.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string, prev Validators) (*Response, error) {
	if !isWebURL(rawURL) {
		return nil, fmt.Errorf("%s: %w", rawURL, ErrScheme)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", f.userAgent)
	req.Header.Set("Accept-Encoding", "gzip")
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5")
	if prev.ETag != "" {
		req.Header.Set("If-None-Match", prev.ETag)
	}
	if prev.LastModified != "" {
		req.Header.Set("If-Modified-Since", prev.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, unwrapURLError(err))
	}
	defer resp.Body.Close()
	out := &Response{URL: resp.Request.URL, ContentType: resp.Header.Get("Content-Type"),
		Validators: Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}}
	switch resp.StatusCode {
	case http.StatusOK:
	case http.StatusNotModified:
		out.NotModified = true
		out.Validators = Validators{ETag: cmp.Or(out.Validators.ETag, prev.ETag),
			LastModified: cmp.Or(out.Validators.LastModified, prev.LastModified)}
		return out, nil
	default:
		return nil, fmt.Errorf("fetch %s: HTTP %s", rawURL, resp.Status)
	}
	if resp.ContentLength > f.limits.MaxBytes {
		return nil, fmt.Errorf("fetch %s: %w (%d bytes, the limit is %d)", rawURL, ErrTooBig, resp.ContentLength, f.limits.MaxBytes)
	}
	out.Body, err = f.readBody(resp)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, unwrapURLError(err))
	}
	return out, nil
}

// readBody reads the body, gunzipping it when the server (or the file)
// says gzip, and refuses more than MaxBytes of decoded data.
func (f *Fetcher) readBody(resp *http.Response) ([]byte, error) {
	var r io.Reader = resp.Body
	if strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
		zr, err := gzip.NewReader(io.LimitReader(resp.Body, f.limits.MaxBytes+1))
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		defer zr.Close()
		r = zr
	}
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(r, f.limits.MaxBytes+1))
	if err != nil {
		return nil, err
	}
	if n > f.limits.MaxBytes {
		return nil, fmt.Errorf("%w (over %d MiB)", ErrTooBig, f.limits.MaxBytes>>20)
	}
	return buf.Bytes(), nil
}

// unwrapURLError drops url.Error's repetition of the method and URL,
// which the caller names already.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var te interface{ Timeout() bool }
	if errors.Is(err, context.DeadlineExceeded) || errors.As(err, &te) && te.Timeout() {
		return fmt.Errorf("timed out: %w", err)
	}
	return err
}
