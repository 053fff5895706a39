package briefing

// CacheDir is sitrep's directory under the XDG cache directory
// ($XDG_CACHE_HOME/sitrep, else ~/.cache/sitrep): what can be rebuilt from
// the library, such as its index, lives there.
func CacheDir() (string, error) { return XDGDir("XDG_CACHE_HOME", ".cache") }
