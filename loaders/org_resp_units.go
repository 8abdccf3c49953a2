package loaders

import (
	"strings"
	"unicode"

	"github.com/plangraph/plangraph/graph"
)

// leadUnitLabels open the field of an action plan's item that names who
// leads it (牵头单位:A、B; 责任单位:C). Fields that name who helps (配合
// 单位, 参与单位) name no one responsible.
var leadUnitLabels = []string{
	"牵头单位", "牵头部门", "责任单位", "责任部门", "主责单位", "负责单位", "实施单位", "主办单位",
}

// respUnitFields makes the agencies of a lead-unit field responsible for
// the projects of its item: the text before the field on its line (1.X项目。
// …责任单位:A) or, for a field on a line of its own, the item above it
// (——建设X平台。… / 牵头单位:A).
func respUnitFields(d *Doc, agencies, projects *matcher) {
	for li, l := range d.Lines {
		if !strings.Contains(l.Text, "单位:") && !strings.Contains(l.Text, "部门:") {
			continue
		}
		text := d.Text[l.Start:l.End]
		for i := 0; i < len(text); i++ {
			label := matchUnit(text, i, leadUnitLabels)
			if label == "" {
				continue
			}
			j := i + len([]rune(label))
			if j >= len(text) || text[j] != ':' {
				continue
			}
			e := j + 1
			for e < len(text) && !strings.ContainsRune(";。", text[e]) {
				e++
			}
			ags := agencies.find(text[j+1 : e])
			from := l.Start
			if strings.TrimSpace(string(text[:i])) == "" {
				from = itemAbove(d, li)
			}
			if from >= 0 && len(ags) > 0 {
				ev := d.Evidence(l.Start+i, l.Start+e)
				for _, p := range projects.find(d.Text[from : l.Start+i]) {
					if n := d.nodes[p.Targets[0]]; n == nil || n.Label != graph.LabelSpecialProject {
						continue
					}
					for _, a := range ags {
						d.AddEdge(graph.ResponsibleFor, a.Targets[0], p.Targets[0], nil, ev)
					}
				}
			}
			i = e
		}
	}
}

// itemAbove returns where the item that the line li closes starts: the
// nearest line above that opens an item (——X, 1.X, (一)X), within three
// lines and with no other field line between; -1 when there is none.
func itemAbove(d *Doc, li int) int {
	for k := li - 1; k >= 0 && k >= li-3; k-- {
		t := []rune(d.Lines[k].Text)
		if len(t) == 0 || matchUnit(t, 0, leadUnitLabels) != "" {
			return -1
		}
		if opensItem(t) {
			return d.Lines[k].Start
		}
	}
	return -1
}

// opensItem reports whether a line opens an item of a list: a dash (——),
// a number (1. 1、) or a bracketed number ((一) (1) ①).
func opensItem(t []rune) bool {
	switch {
	case hasStringAt(t, 0, "——"):
		return true
	case t[0] == '(' || t[0] == '（':
		return len(t) > 2 && (unicode.IsDigit(t[1]) || strings.ContainsRune(listDigits, t[1]))
	case t[0] >= '①' && t[0] <= '⑳':
		return true
	}
	return itemNumberEnd(string(t)) > 0
}
