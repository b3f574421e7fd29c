package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:  "eval",
		Usage: "TODO",
		Action: func(c *cli.Context) error {
			return errors.New("eval: not implemented yet")
		},
	}
}
