package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

func benchCommand() *cli.Command {
	return &cli.Command{
		Name:  "bench",
		Usage: "TODO",
		Action: func(c *cli.Context) error {
			return errors.New("bench: not implemented yet")
		},
	}
}
