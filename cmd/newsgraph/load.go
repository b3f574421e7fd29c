package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

func loadCommand() *cli.Command {
	return &cli.Command{
		Name:  "load",
		Usage: "TODO",
		Action: func(c *cli.Context) error {
			return errors.New("load: not implemented yet")
		},
	}
}
