package cli

import (
	"bufio"
	"io"
	"text/tabwriter"
)

// buffered runs write on a buffered writer over w, then flushes it: the
// commands' lists and tables reach a terminal or a pipe 64 KiB at a time
// instead of in a system call a line or a cell. A failed write (a closed
// pipe) stays with the writer and is returned by the flush.
func buffered(w io.Writer, write func(*bufio.Writer) error) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := write(bw); err != nil {
		return err
	}
	return bw.Flush()
}

// tabled runs write on a tabwriter (cells padded by two spaces, tabs of
// tabwidth) over a buffered w, which the tabwriter writes a cell at a
// time.
func tabled(w io.Writer, tabwidth int, write func(tw io.Writer)) error {
	return buffered(w, func(bw *bufio.Writer) error {
		tw := tabwriter.NewWriter(bw, 0, tabwidth, 2, ' ', 0)
		write(tw)
		return tw.Flush()
	})
}
