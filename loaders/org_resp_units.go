package loaders

import (
	"strings"

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
	var items map[int]bool // lines that open an item, read on first need
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
				if items == nil {
					items = itemLines(d)
				}
				from = itemAbove(d, items, li)
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

// itemLines are the lines of d's outline that open an item of a list
// (——X, (一)X, 1.X, (1)X), not a section.
func itemLines(d *Doc) map[int]bool {
	out := map[int]bool{}
	for _, h := range outline(d) {
		if h.dash || h.level >= 3 {
			out[h.line] = true
		}
	}
	return out
}

// itemAbove returns where the item that the line li closes starts: the
// nearest item line above, within three lines and with no other field line
// between; -1 when there is none.
func itemAbove(d *Doc, items map[int]bool, li int) int {
	for k := li - 1; k >= 0 && k >= li-3; k-- {
		if matchUnit([]rune(d.Lines[k].Text), 0, leadUnitLabels) != "" {
			return -1
		}
		if items[k] {
			return d.Lines[k].Start
		}
	}
	return -1
}
