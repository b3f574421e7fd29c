package importer

import (
	"encoding/csv"
	"io"

	"github.com/gocarina/gocsv"
)

// Reject is a row that was not imported, and why.
type Reject struct {
	File   string `csv:"file"`
	Line   int    `csv:"line"`
	Column int    `csv:"column"` // 1-based field number; 0 for the whole row
	Reason string `csv:"reason"`
	// Row is the row as it was in the file (empty for rows of article
	// files, which extract/input reads).
	Row string `csv:"row"`
}

// RejectsWriter writes rejects as CSV with a header row: file, line,
// column, reason, row.
type RejectsWriter struct {
	w      *gocsv.SafeCSVWriter
	header bool
	n      int64
}

// NewRejectsWriter returns a writer of rejects to w. Call Flush at the end.
func NewRejectsWriter(w io.Writer) *RejectsWriter {
	return &RejectsWriter{w: gocsv.NewSafeCSVWriter(csv.NewWriter(w))}
}

// Write writes one reject.
func (rw *RejectsWriter) Write(r Reject) error {
	rows := []Reject{r}
	var err error
	if !rw.header {
		err = gocsv.MarshalCSV(rows, rw.w)
		rw.header = true
	} else {
		err = gocsv.MarshalCSVWithoutHeaders(rows, rw.w)
	}
	if err == nil {
		rw.n++
	}
	return err
}

// Count returns the number of rejects written.
func (rw *RejectsWriter) Count() int64 { return rw.n }

// Flush writes what is buffered.
func (rw *RejectsWriter) Flush() error {
	rw.w.Flush()
	return rw.w.Error()
}
