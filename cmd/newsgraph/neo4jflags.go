package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/graph"
)

// neo4jFlags are the connection flags shared by every command that talks to
// Neo4j. They read the same environment variables as Neo4j's own tools.
func neo4jFlags() []cli.Flag {
	const cat = "Neo4j connection"
	return []cli.Flag{
		&cli.StringFlag{Name: "uri", Category: cat, EnvVars: []string{"NEO4J_URI"}, Value: "bolt://127.0.0.1:7687",
			Usage: "Neo4j URI (bolt://, neo4j://, bolt+s://, neo4j+s://)"},
		&cli.StringFlag{Name: "username", Category: cat, EnvVars: []string{"NEO4J_USERNAME"}, Value: "neo4j",
			Usage: "Neo4j user"},
		&cli.StringFlag{Name: "password-file", Category: cat, EnvVars: []string{"NEO4J_PASSWORD_FILE"},
			Usage: "read the Neo4j password from this file (safer than NEO4J_PASSWORD)"},
		&cli.StringFlag{Name: "database", Category: cat, EnvVars: []string{"NEO4J_DATABASE"}, Value: "neo4j",
			Usage: "Neo4j database"},
	}
}

// neo4jConfig reads the connection flags. The password is taken from
// NEO4J_PASSWORD, else from --password-file / NEO4J_PASSWORD_FILE, else from
// the local server that scripts/neo4j.sh runs; it is never a command-line
// flag, so it does not show up in shell history or in `ps`.
func neo4jConfig(c *cli.Context) (graph.Config, error) {
	cfg := graph.Config{
		URI:      c.String("uri"),
		Username: c.String("username"),
		Database: c.String("database"),
	}
	switch pw, file := os.Getenv("NEO4J_PASSWORD"), c.String("password-file"); {
	case pw != "":
		cfg.Password = pw
	case file != "":
		data, err := os.ReadFile(file)
		if err != nil {
			return cfg, withHint(fmt.Errorf("read password file: %w", err),
				"set NEO4J_PASSWORD_FILE to a readable file holding the password, or set NEO4J_PASSWORD")
		}
		cfg.Password = strings.TrimRight(string(data), "\r\n")
	default:
		if data, err := os.ReadFile(localPasswordFile()); err == nil {
			cfg.Password = strings.TrimRight(string(data), "\r\n")
		}
	}
	return cfg, nil
}

// localPasswordFile is where scripts/neo4j.sh keeps the password of its
// default instance.
func localPasswordFile() string {
	state := os.Getenv("XDG_STATE_HOME")
	if state == "" {
		home, _ := os.UserHomeDir()
		state = home + "/.local/state"
	}
	inst := os.Getenv("NEWSGRAPH_NEO4J_INSTANCE")
	if inst == "" {
		inst = "default"
	}
	return state + "/newsgraph/neo4j/" + inst + "/password"
}
