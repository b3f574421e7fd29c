// Command newsgraph turns news articles into a knowledge graph of people,
// outlets, countries, organisations, events, anonymous sources, claims and
// stances, and loads it into Neo4j.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args, os.Stdout, os.Stderr))
}
