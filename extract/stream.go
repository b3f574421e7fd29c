package extract

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/graph"
)

// StreamOptions tunes Extractor.Stream.
type StreamOptions struct {
	// Workers is the number of articles extracted at once; GOMAXPROCS
	// when <= 0.
	Workers int
	// OnInputError is given each error about one input, in input order
	// among the documents: an error of next, or an article whose
	// extraction panicked (as a *graph.ParseError naming its origin). It
	// returns nil to go on or an error to stop; when nil, Stream stops at
	// the first input error and returns it.
	OnInputError func(error) error
}

// Stream extracts the articles that next yields on opts.Workers goroutines
// and passes the documents to emit in input order, one at a time on the
// calling goroutine.
//
// next is called from a single goroutine until it returns io.EOF; any other
// error it returns is about one input and goes to opts.OnInputError.
//
// Memory is bounded: at most 4×workers articles are read ahead of the last
// one emitted. Stream stops and returns the error when emit or
// OnInputError fails or ctx is cancelled (ctx.Err()); it returns nil when
// all input was read. When it stops on an error, it returns once the call
// of next in progress, if any, has returned, so that the caller may close
// what next reads; only after a cancellation of ctx may a call of next
// that is blocked (on stdin, say) still be running when Stream returns.
// next is not called again.
func (x *Extractor) Stream(ctx context.Context, next func() (*input.Article, error),
	emit func(*graph.Document) error, opts StreamOptions) error {
	return stream(ctx, next, x.Extract, emit, opts)
}

// slot is one input in the ordered queue: an article being extracted, or
// an error to report.
type slot struct {
	a    *input.Article
	err  error
	done chan result // buffered: workers never block on it
}

type result struct {
	doc *graph.Document
	err error
}

func stream(ctx context.Context, next func() (*input.Article, error), extract func(*input.Article) *graph.Document,
	emit func(*graph.Document) error, opts StreamOptions) error {
	workers, onInputErr := opts.Workers, opts.OnInputError
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if onInputErr == nil {
		onInputErr = func(err error) error { return err }
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	order := make(chan *slot, 4*workers) // the window of inputs in flight
	work := make(chan *slot)

	produced := make(chan struct{})
	go func() { // the producer: the only caller of next
		defer close(produced)
		defer close(work)
		defer close(order)
		for ctx.Err() == nil {
			a, err := next()
			if err == io.EOF {
				return
			}
			s := &slot{a: a, err: err, done: make(chan result, 1)}
			select {
			case order <- s:
			case <-ctx.Done():
				return
			}
			if err != nil {
				continue
			}
			select {
			case work <- s:
			case <-ctx.Done():
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case s, ok := <-work:
					if !ok {
						return
					}
					s.done <- safeExtract(extract, s.a)
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	defer func() {
		cancel() // stop the workers and the producer first
		wg.Wait()
		if parent.Err() == nil {
			<-produced
		}
	}()

	for {
		var s *slot
		select {
		case s = <-order:
			if s == nil {
				return nil // all input read
			}
		case <-ctx.Done():
			return ctx.Err()
		}
		if s.err != nil {
			if err := onInputErr(s.err); err != nil {
				return err
			}
			continue
		}
		var r result
		select {
		case r = <-s.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		if r.err != nil {
			if err := onInputErr(r.err); err != nil {
				return err
			}
			continue
		}
		if err := ctx.Err(); err != nil {
			return err // select picks at random among ready cases: a cancel must win
		}
		if err := emit(r.doc); err != nil {
			return err
		}
	}
}

// safeExtract runs extract, turning a panic into an error about the
// article, so that one article cannot bring down a whole run.
func safeExtract(extract func(*input.Article) *graph.Document, a *input.Article) (r result) {
	defer func() {
		if p := recover(); p != nil {
			r = result{err: &graph.ParseError{File: a.Origin.File, Line: a.Origin.Line,
				Err: fmt.Errorf("extraction of article %s failed: %v (please report this as a bug, with the article)", a.ID, p)}}
		}
	}()
	return result{doc: extract(a)}
}
