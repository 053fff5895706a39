package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"

	"sitrep/briefing/sanitize"
)

// FeedListName is the feed list's file name in the library directory. It
// lives with the library because a team box has one library and one list;
// people may edit it by hand (YAML, comments kept by add and remove).
const FeedListName = "feeds.yaml"

// maxFeedListSize bounds the feed list file.
const maxFeedListSize = 1 << 20

// FeedConfig is one feed of the list and what its briefings are filed
// under. Region, Countries and Tags go into each briefing's front matter.
type FeedConfig struct {
	Name      string   `yaml:"name" json:"name"`
	URL       string   `yaml:"url" json:"url"`
	Region    string   `yaml:"region,omitempty" json:"region,omitempty"`
	Countries []string `yaml:"countries,omitempty,flow" json:"countries,omitempty"`
	Tags      []string `yaml:"tags,omitempty,flow" json:"tags,omitempty"`
}

// FeedList is the library's list of feeds, as read from FeedListName.
// It keeps the YAML document so that saving it keeps people's comments.
type FeedList struct {
	Path  string
	Feeds []FeedConfig
	doc   yaml.Node
}

// feedListFile is the file's shape.
type feedListFile struct {
	Feeds []FeedConfig `yaml:"feeds"`
}

// Errors of the feed list.
var (
	ErrFeedExists  = errors.New("a feed with that name or URL is already in the list")
	ErrFeedUnknown = errors.New("no feed with that name or URL in the list")
)

// LoadFeedList reads dir/feeds.yaml; a missing file is an empty list.
// A feed without a valid http or https URL, or a name used twice, is an
// error naming the file and the line.
func LoadFeedList(dir string) (*FeedList, error) {
	l := &FeedList{Path: filepath.Join(dir, FeedListName)}
	data, err := readRegular(l.Path, maxFeedListSize)
	if errors.Is(err, os.ErrNotExist) {
		return l, nil
	}
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return l, nil
	}
	if err := yaml.Unmarshal(data, &l.doc); err != nil {
		return nil, fmt.Errorf("%s: %w", l.Path, err)
	}
	var f feedListFile
	if err := l.doc.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s: %w", l.Path, err)
	}
	seq := l.sequence()
	for i, fc := range f.Feeds {
		line := 0
		if seq != nil && i < len(seq.Content) {
			line = seq.Content[i].Line
		}
		fc, err := fc.Clean()
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", l.Path, line, err)
		}
		if l.find(fc.Name) >= 0 || l.find(fc.URL) >= 0 {
			return nil, fmt.Errorf("%s:%d: feed %q: %w", l.Path, line, fc.Name, ErrFeedExists)
		}
		l.Feeds = append(l.Feeds, fc)
	}
	return l, nil
}

// Clean checks a feed's URL, names it after its host when it has no
// name, and sanitizes its text.
func (fc FeedConfig) Clean() (FeedConfig, error) {
	fc.URL = strings.TrimSpace(fc.URL)
	if !isWebURL(fc.URL) {
		return fc, fmt.Errorf("feed %q: url %q: %w", sanitize.Line(fc.Name), sanitize.Line(fc.URL), ErrScheme)
	}
	if fc.Name = sanitize.Line(strings.TrimSpace(fc.Name)); fc.Name == "" {
		u, _ := url.Parse(fc.URL)
		fc.Name = strings.TrimPrefix(u.Hostname(), "www.")
	}
	fc.Region = sanitize.Line(fc.Region)
	fc.Countries = sanitize.Lines(fc.Countries)
	fc.Tags = sanitize.Lines(fc.Tags)
	return fc, nil
}

// find returns the index of the feed named or at key, or -1.
func (l *FeedList) find(key string) int {
	key = strings.TrimSpace(key)
	for i, fc := range l.Feeds {
		if strings.EqualFold(fc.Name, key) || fc.URL == key {
			return i
		}
	}
	return -1
}

// sequence is the YAML sequence under "feeds", or nil.
func (l *FeedList) sequence() *yaml.Node {
	if len(l.doc.Content) == 0 || l.doc.Content[0].Kind != yaml.MappingNode {
		return nil
	}
	m := l.doc.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == "feeds" && m.Content[i+1].Kind == yaml.SequenceNode {
			return m.Content[i+1]
		}
	}
	return nil
}

// Add appends a feed, refusing a name or URL already in the list.
func (l *FeedList) Add(fc FeedConfig) (FeedConfig, error) {
	fc, err := fc.Clean()
	if err != nil {
		return fc, err
	}
	if l.find(fc.Name) >= 0 || l.find(fc.URL) >= 0 {
		return fc, fmt.Errorf("feed %q (%s): %w", fc.Name, fc.URL, ErrFeedExists)
	}
	var node yaml.Node
	if err := node.Encode(fc); err != nil {
		return fc, fmt.Errorf("encode feed: %w", err)
	}
	seq := l.sequence()
	if seq == nil {
		l.doc = yaml.Node{Kind: yaml.DocumentNode, HeadComment: "# sitrep feeds: sitrep sync fetches each; edit by hand or with sitrep feed add/remove.",
			Content: []*yaml.Node{{Kind: yaml.MappingNode, Content: []*yaml.Node{
				{Kind: yaml.ScalarNode, Value: "feeds"}, {Kind: yaml.SequenceNode}}}}}
		seq = l.sequence()
	}
	seq.Content = append(seq.Content, &node)
	l.Feeds = append(l.Feeds, fc)
	return fc, nil
}

// Remove takes out the feed with that name or URL and returns it.
func (l *FeedList) Remove(key string) (FeedConfig, error) {
	i := l.find(key)
	if i < 0 {
		return FeedConfig{}, fmt.Errorf("%q: %w", sanitize.Line(key), ErrFeedUnknown)
	}
	fc := l.Feeds[i]
	l.Feeds = append(l.Feeds[:i], l.Feeds[i+1:]...)
	if seq := l.sequence(); seq != nil && i < len(seq.Content) {
		seq.Content = append(seq.Content[:i], seq.Content[i+1:]...)
	}
	return fc, nil
}

// Save writes the list atomically (a temporary file renamed over it).
func (l *FeedList) Save() error {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&l.doc); err != nil {
		return fmt.Errorf("encode %s: %w", l.Path, err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("encode %s: %w", l.Path, err)
	}
	return writeAtomic(l.Path, buf.Bytes())
}

// writeAtomic replaces path with data: a synced temporary file in the
// same directory renamed over it. The directory is created when missing.
func writeAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	tmp, err := writeTemp(dir, filepath.Base(path), data)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	syncDir(dir)
	return nil
}

// readRegular reads a regular file of at most limit bytes; anything else
// (a directory, a device, a FIFO) is refused without being read.
func readRegular(path string, limit int64) ([]byte, error) {
	// Stat first: opening a FIFO would block.
	if st, err := os.Stat(path); err != nil {
		return nil, err
	} else if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s: larger than %d KiB", path, limit>>10)
	}
	return data, nil
}
