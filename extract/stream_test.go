package extract

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/graph"
)

// feed yields n articles a0…a(n-1); those whose index is in bad come as
// input errors instead.
type feed struct {
	n, i   int
	bad    map[int]bool
	read   atomic.Int64
	onRead func(i int)
}

func (f *feed) next() (*input.Article, error) {
	if f.i >= f.n {
		return nil, io.EOF
	}
	i := f.i
	f.i++
	f.read.Add(1)
	if f.onRead != nil {
		f.onRead(i)
	}
	if f.bad[i] {
		return nil, &graph.ParseError{File: "in.jsonl", Line: i + 1, Err: errors.New("bad")}
	}
	return &input.Article{ID: fmt.Sprintf("a%d", i), Text: "x", Origin: input.Origin{File: "in.jsonl", Line: i + 1}}, nil
}

// slowExtract takes a random short time, so that workers finish out of order.
func slowExtract(a *input.Article) *graph.Document {
	time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
	if a.ID == "a13" && strings.HasPrefix(a.Text, "panic") {
		panic("boom")
	}
	return &graph.Document{Article: graph.Article{ID: graph.ArticleID(a.ID)}}
}

func TestStreamOrder(t *testing.T) {
	f := &feed{n: 200, bad: map[int]bool{5: true, 77: true}}
	var got []string
	emit := func(d *graph.Document) error { got = append(got, d.Article.ID); return nil }
	onErr := func(err error) error { got = append(got, "error: "+err.Error()); return nil }
	if err := stream(context.Background(), f.next, slowExtract, emit, StreamOptions{Workers: 4, OnInputError: onErr}); err != nil {
		t.Fatalf("stream: %v", err)
	}
	var want []string
	for i := range 200 {
		if f.bad[i] {
			want = append(want, fmt.Sprintf("error: in.jsonl:%d: bad", i+1))
			continue
		}
		want = append(want, fmt.Sprintf("article:a%d", i))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("emitted (-want +got):\n%s", diff)
	}
}

func TestStreamStops(t *testing.T) {
	errStop := errors.New("stop")
	tests := []struct {
		name    string
		bad     map[int]bool
		emitErr int // emit fails at this article index; -1 never
		onErr   func(error) error
		wantErr error
		wantN   int // documents emitted
	}{
		{name: "input error stops when onInputErr says so", bad: map[int]bool{10: true}, emitErr: -1,
			onErr: func(error) error { return errStop }, wantErr: errStop, wantN: 10},
		{name: "nil onInputErr stops at the first input error", bad: map[int]bool{3: true}, emitErr: -1,
			wantErr: &graph.ParseError{}, wantN: 3},
		{name: "emit error stops", emitErr: 20, onErr: func(error) error { return nil }, wantErr: errStop, wantN: 20},
		{name: "input errors skipped", bad: map[int]bool{0: true, 99: true}, emitErr: -1,
			onErr: func(error) error { return nil }, wantN: 98},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &feed{n: 100, bad: tt.bad}
			n := 0
			emit := func(d *graph.Document) error {
				if n == tt.emitErr {
					return errStop
				}
				n++
				return nil
			}
			err := stream(context.Background(), f.next, slowExtract, emit, StreamOptions{Workers: 3, OnInputError: tt.onErr})
			var pe *graph.ParseError
			switch {
			case tt.wantErr == nil && err != nil:
				t.Errorf("got error %v, want nil", err)
			case errors.As(tt.wantErr, &pe) && !errors.As(err, &pe):
				t.Errorf("got error %v, want a *graph.ParseError", err)
			case tt.wantErr == errStop && !errors.Is(err, errStop):
				t.Errorf("got error %v, want %v", err, errStop)
			}
			if n != tt.wantN {
				t.Errorf("emitted %d documents, want %d", n, tt.wantN)
			}
		})
	}
}

func TestStreamCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	f := &feed{n: 1 << 30}
	n := 0
	emit := func(*graph.Document) error {
		n++
		if n == 50 {
			cancel()
		}
		return nil
	}
	done := make(chan error, 1)
	go func() { done <- stream(ctx, f.next, slowExtract, emit, StreamOptions{Workers: 4}) }()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("got %v, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("stream did not stop after cancel")
	}
	if n > 51 {
		t.Errorf("emitted %d documents after cancelling at 50", n)
	}
}

// TestStreamBounded checks that the reader never runs far ahead of the
// writer: at most the window (4×workers) plus the articles being handed
// over are read beyond those emitted.
func TestStreamBounded(t *testing.T) {
	const workers = 2
	f := &feed{n: 300}
	var emitted atomic.Int64
	maxAhead := int64(0)
	f.onRead = func(int) {
		if ahead := f.read.Load() - emitted.Load(); ahead > maxAhead {
			maxAhead = ahead
		}
	}
	emit := func(*graph.Document) error {
		time.Sleep(50 * time.Microsecond) // a slow writer
		emitted.Add(1)
		return nil
	}
	if err := stream(context.Background(), f.next, slowExtract, emit, StreamOptions{Workers: workers}); err != nil {
		t.Fatal(err)
	}
	if limit := int64(4*workers + workers + 2); maxAhead > limit {
		t.Errorf("read up to %d articles ahead of the writer, want at most %d", maxAhead, limit)
	}
}

func TestStreamPanic(t *testing.T) {
	f := &feed{n: 20}
	next := func() (*input.Article, error) {
		a, err := f.next()
		if a != nil && a.ID == "a13" {
			a.Text = "panic please"
		}
		return a, err
	}
	var errs []string
	n := 0
	emit := func(*graph.Document) error { n++; return nil }
	onErr := func(err error) error { errs = append(errs, err.Error()); return nil }
	if err := stream(context.Background(), next, slowExtract, emit, StreamOptions{Workers: 4, OnInputError: onErr}); err != nil {
		t.Fatal(err)
	}
	want := []string{"in.jsonl:14: extraction of article a13 failed: boom (please report this as a bug, with the article)"}
	if diff := cmp.Diff(want, errs); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if n != 19 {
		t.Errorf("emitted %d documents, want 19", n)
	}
}

// TestStreamExtractor runs the real extractor over a few articles.
func TestStreamExtractor(t *testing.T) {
	arts := []*input.Article{
		{ID: "one", Title: "One", Text: "Russian President Vladimir Putin said on Monday that talks would go on."},
		{ID: "two", Title: "Two", Text: "Officials in Kyiv did not comment."},
	}
	i := 0
	next := func() (*input.Article, error) {
		if i == len(arts) {
			return nil, io.EOF
		}
		i++
		return arts[i-1], nil
	}
	var ids []string
	err := New(Options{}).Stream(context.Background(), next, func(d *graph.Document) error {
		ids = append(ids, d.Article.ID)
		return nil
	}, StreamOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"article:one", "article:two"}, ids); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
}
