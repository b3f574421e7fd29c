package importer

import (
	"context"
	"io"
	"runtime"
	"sync"

	"github.com/newsgraph/newsgraph/graph"
)

// ReadOptions tune AddDocuments.
type ReadOptions struct {
	// Workers decode and encode documents in parallel; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// OnBad gets the *graph.ParseError of a document that cannot be read
	// or exported, naming its line; nothing of it is written. Returning
	// nil skips it and goes on; returning an error stops with it. A nil
	// OnBad stops at the first bad document.
	OnBad func(err error) error
}

// docsPerJob is the number of documents a worker takes at a time: enough
// to make the hand-overs cheap, few enough to keep every core busy.
const docsPerJob = 32

// job is a run of documents read in order, prepared by a worker.
type job struct {
	raws  []graph.RawDocument
	lines []int
	preps []*Prepared
	errs  []error
	done  chan struct{}
}

// AddDocuments exports the document JSON Lines (or JSON array) of r, named
// name in errors, as Add would one by one, in the same order and with the
// same result, but decoding, validating and encoding them on several cores
// (Prepare); only Commit, which merges the shared nodes and appends the
// rows, runs on one. It returns the first error that stops it: a read
// error, what OnBad returned, or the context's error.
func (e *Exporter) AddDocuments(ctx context.Context, r io.Reader, name string, opts ReadOptions) error {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	todo := make(chan *job, 2*workers)    // to the workers
	inOrder := make(chan *job, 4*workers) // to Commit, in input order
	var readErr error
	go func() { // the reader
		defer close(todo)
		defer close(inOrder)
		dr := graph.NewDocumentReader(r, name)
		for {
			j := &job{done: make(chan struct{})}
			for len(j.raws) < docsPerJob {
				raw, err := dr.ReadRaw()
				if err != nil {
					if err != io.EOF {
						readErr = err
					}
					break
				}
				j.raws = append(j.raws, raw)
				j.lines = append(j.lines, dr.Line())
			}
			if len(j.raws) > 0 {
				select {
				case todo <- j:
				case <-ctx.Done():
					return
				}
				select {
				case inOrder <- j:
				case <-ctx.Done():
					return
				}
			}
			if len(j.raws) < docsPerJob {
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// A DocumentReader of its own decodes (it keeps the line of
			// the document last decoded): the errors are those of
			// `newsgraph load`.
			dec := graph.NewDocumentReader(nil, name)
			for j := range todo {
				j.preps = make([]*Prepared, len(j.raws))
				j.errs = make([]error, len(j.raws))
				for i, raw := range j.raws {
					doc, err := dec.Decode(raw) // validated
					if err == nil {
						j.preps[i], err = e.prepare(doc)
						if err != nil {
							err = &graph.ParseError{File: name, Line: j.lines[i], Err: err}
						}
					}
					j.errs[i] = err
				}
				close(j.done)
			}
		}()
	}
	defer func() {
		cancel() // the reader stops, then the workers
		wg.Wait()
	}()

	bad := func(err error) error {
		if opts.OnBad == nil {
			return err
		}
		return opts.OnBad(err)
	}
	for j := range inOrder {
		select {
		case <-j.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		for i, p := range j.preps {
			err := j.errs[i]
			if err == nil {
				if err = e.Commit(p); err != nil {
					err = &graph.ParseError{File: name, Line: j.lines[i], Err: err}
				}
			}
			if err != nil {
				if err := bad(err); err != nil {
					return err
				}
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}
