package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

func queryCommand() *cli.Command {
	return &cli.Command{
		Name:  "query",
		Usage: "TODO",
		Action: func(c *cli.Context) error {
			return errors.New("query: not implemented yet")
		},
	}
}
