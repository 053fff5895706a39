package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"

	"sitrep/briefing/ingest"
)

// ImportPolicy says what an import may do beyond writing a new briefing.
type ImportPolicy struct {
	// Force replaces a briefing that already exists under the same name.
	Force bool
	// Undated stores an article whose publication date is not known.
	Undated bool
}

// ImportFile turns one raw article into a briefing file in dir and returns
// the path written. A web page (name ending .html or .htm, or bytes that
// are HTML) goes through the page pipeline, with opts.URL as its address;
// anything else is plain text or Markdown. It refuses to replace an
// existing briefing unless pol.Force, an undated article unless
// pol.Undated, and an article already stored under another name.
func ImportFile(dir, name string, data []byte, opts ingest.ImportOptions, pol ImportPolicy) (string, error) {
	var a *ingest.Article
	var err error
	if ingest.IsHTML(name, data) {
		var base *url.URL
		if opts.URL != "" {
			base, _ = url.Parse(opts.URL)
		}
		a, err = ingest.ImportPage(name, data, base, "", opts)
	} else {
		a, err = ingest.Import(name, data, opts)
	}
	if err != nil {
		return "", err
	}
	return writeArticle(dir, name, a, pol)
}

// ImportURL fetches a web page and imports it through the page pipeline.
func ImportURL(ctx context.Context, f *ingest.Fetcher, dir, rawURL string, opts ingest.ImportOptions, pol ImportPolicy) (string, error) {
	resp, err := f.Fetch(ctx, rawURL, ingest.Validators{})
	if err != nil {
		return "", err
	}
	if err := ingest.CheckPageType(resp.ContentType); err != nil {
		return "", fmt.Errorf("%s: %w", rawURL, err)
	}
	if opts.URL == "" {
		opts.URL = resp.URL.String()
	}
	a, err := ingest.ImportPage(rawURL, resp.Body, resp.URL, resp.ContentType, opts)
	if err != nil {
		return "", err
	}
	return writeArticle(dir, rawURL, a, pol)
}

func writeArticle(dir, name string, a *ingest.Article, pol ImportPolicy) (string, error) {
	if err := checkImport(dir, name, a, pol.Undated); err != nil {
		return "", err
	}
	md, err := a.Markdown()
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	return ingest.WriteNew(dir, a.FileName(), md, pol.Force)
}

// ImportAll imports each input in turn (files, or - for standard input),
// printing the path of each briefing written to w. It goes on past a
// failed input and returns all the errors.
func ImportAll(w io.Writer, dir string, inputs []string, read func(string) ([]byte, error), opts ingest.ImportOptions, pol ImportPolicy) error {
	return ImportInputs(context.Background(), w, dir, inputs, read, nil, opts, pol)
}

// ImportInputs is ImportAll where an input may also be an http or https
// URL, fetched with f (URLs are refused when f is nil).
func ImportInputs(ctx context.Context, w io.Writer, dir string, inputs []string, read func(string) ([]byte, error), f *ingest.Fetcher, opts ingest.ImportOptions, pol ImportPolicy) error {
	var errs []error
	for _, name := range inputs {
		path, err := importOne(ctx, dir, name, read, f, opts, pol)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		fmt.Fprintln(w, path)
	}
	return errors.Join(errs...)
}

func importOne(ctx context.Context, dir, name string, read func(string) ([]byte, error), f *ingest.Fetcher, opts ingest.ImportOptions, pol ImportPolicy) (string, error) {
	if ingest.IsURL(name) {
		if f == nil {
			return "", fmt.Errorf("%s: fetching pages is not enabled here", name)
		}
		return ImportURL(ctx, f, dir, name, opts, pol)
	}
	data, err := read(name)
	if err != nil {
		return "", err
	}
	return ImportFile(dir, name, data, opts, pol)
}
