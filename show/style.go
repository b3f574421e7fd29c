package show

import (
	"fmt"
	"html/template"
	"regexp"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries/browser"
)

// Colour is how Neo4j Browser draws the nodes of one label with
// newsgraph.grass: the fill, the border and the caption's colour, each
// "#RRGGBB".
type Colour struct {
	Fill, Border, Text string
}

var (
	grassRule  = regexp.MustCompile(`(?s)\bnode\.(\w+)\s*\{(.*?)\}`)
	grassProps = regexp.MustCompile(`([\w-]+):\s*(#[0-9A-Fa-f]{6})\s*;`)
)

// Colours returns the colours of newsgraph.grass by label, so the view
// marks a Person as Neo4j Browser draws one.
func Colours() map[graph.Label]Colour {
	out := make(map[graph.Label]Colour)
	for _, m := range grassRule.FindAllStringSubmatch(string(browser.Style()), -1) {
		var c Colour
		for _, p := range grassProps.FindAllStringSubmatch(m[2], -1) {
			switch p[1] {
			case "color":
				c.Fill = strings.ToUpper(p[2])
			case "border-color":
				c.Border = strings.ToUpper(p[2])
			case "text-color-internal":
				c.Text = strings.ToUpper(p[2])
			}
		}
		if c.Fill != "" {
			out[graph.Label(m[1])] = c
		}
	}
	return out
}

// typeCSS returns the CSS rules that colour each entity type: the class
// t-<Label> on marks, chips and list items.
func typeCSS(colours map[graph.Label]Colour) template.CSS {
	var b strings.Builder
	for _, l := range append(append([]graph.Label(nil), graph.EntityLabels...), graph.LabelClaim) {
		c, ok := colours[l]
		if !ok {
			continue
		}
		text := c.Text
		if text == "" {
			text = "#FFFFFF"
		}
		fmt.Fprintf(&b, ".t-%s{--t-fill:%s;--t-border:%s;--t-ink:%s}\n", l, c.Fill, c.Border, text)
	}
	return template.CSS(b.String())
}
