package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

func browserCommand() *cli.Command {
	return &cli.Command{
		Name:  "browser",
		Usage: "TODO",
		Action: func(c *cli.Context) error {
			return errors.New("browser: not implemented yet")
		},
	}
}
