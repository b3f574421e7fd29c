package main

import (
	"io"
	"os"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

// progress is a progress bar on stderr when stderr is a terminal and
// --quiet is off; otherwise it does nothing.
type progress struct {
	bar *progressbar.ProgressBar
}

// newProgress starts a bar counting up to total (bytes when bytes is set,
// else items; total -1 for an unknown total).
func newProgress(c *cli.Context, total int64, desc string, bytes bool) *progress {
	w := c.App.ErrWriter
	if c.Bool("quiet") || !isTerminal(w) {
		return &progress{}
	}
	opts := []progressbar.Option{
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(desc),
		progressbar.OptionSetWidth(30),
		progressbar.OptionShowCount(),
		progressbar.OptionThrottle(100e6),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetPredictTime(true),
	}
	if bytes {
		opts = append(opts, progressbar.OptionShowBytes(true))
	} else {
		opts = append(opts, progressbar.OptionShowIts(), progressbar.OptionSetItsString("docs"))
	}
	return &progress{bar: progressbar.NewOptions64(total, opts...)}
}

// Add advances the bar by n.
func (p *progress) Add(n int64) {
	if p.bar != nil {
		_ = p.bar.Add64(n)
	}
}

// Describe changes the bar's label.
func (p *progress) Describe(s string) {
	if p.bar != nil {
		p.bar.Describe(s)
	}
}

// Finish removes the bar.
func (p *progress) Finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
