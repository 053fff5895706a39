//go:build !unix

package story

import "time"

// cpuTime is not measured here: BenchmarkCluster reports 0.
func cpuTime() time.Duration { return 0 }
