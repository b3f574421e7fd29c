package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

func extractCommand() *cli.Command {
	return &cli.Command{
		Name:  "extract",
		Usage: "TODO",
		Action: func(c *cli.Context) error {
			return errors.New("extract: not implemented yet")
		},
	}
}
