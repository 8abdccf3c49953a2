package loaders

import (
	"strings"
	"unicode/utf8"

	"github.com/plangraph/plangraph/graph"
)

// reclaimBuildVerbs before a site's name say the text builds it: the site is
// a project then, not a body that acts (建设京津冀区域数据中心, 建设嘉定
// “上海物联网中心”). 组建/成立 set up a body, so they are not here.
var reclaimBuildVerbs = []string{"建设", "建成", "新建", "筹建", "打造", "扩建", "共建", "共同建设", "合建"}

// reclaimSiteHeads end the names of sites that are built.
var reclaimSiteHeads = []string{"中心", "基地", "园区", "产业园"}

// reclaimActVerbs after a site's name make it a body that acts.
var reclaimActVerbs = []string{"牵头", "负责", "承担", "启动", "开发", "完成", "开展", "发布", "推出", "举办", "组织", "研制", "参与", "联合", "与", "和", "成为", "已", "正在", "全年"}

// reclaimBuiltSites turns the agencies the earlier stages read from a site
// the text builds into project names: their agency nodes go (with their
// edges), and the prose reader adds the project. An agency read together
// with the region and verb before it (嘉定建设上海物联网中心) goes too.
func (p *projectReader) reclaimBuiltSites() {
	d := p.d
	var text string
	for _, id := range append([]string(nil), d.order...) {
		n := d.nodes[id]
		if n == nil || n.Label != graph.LabelAgency || !hasAnySuffix(n.Name, reclaimSiteHeads) {
			continue
		}
		if misread := p.regionVerbPrefix(n.Name); misread {
			p.removeNode(id)
			continue
		}
		if text == "" {
			text = string(d.Text)
		}
		built, acts, seen := false, false, 0
		for from := 0; ; {
			i := strings.Index(text[from:], n.Name)
			if i < 0 {
				break
			}
			i += from
			from = i + len(n.Name)
			before := strings.TrimRight(text[max(0, i-24):i], "“‘\"")
			if r := []rune(before); len(r) > 0 {
				if ms := p.dicts.findRegions(r); len(ms) > 0 && ms[len(ms)-1].End == len(r) {
					before = string(r[:ms[len(ms)-1].Start])
				}
			}
			if seen == 0 && hasAnySuffix(before, reclaimBuildVerbs) {
				built = true
			}
			after := strings.TrimLeft(text[from:min(len(text), from+12)], "”’\"")
			if hasAnyPrefix(after, reclaimActVerbs) {
				acts = true
			}
			seen++
		}
		if built && !acts {
			p.removeNode(id)
		}
	}
}

// regionVerbPrefix reports whether an agency name is a region and a build
// verb before a site (嘉定建设上海物联网中心).
func (p *projectReader) regionVerbPrefix(name string) bool {
	rs := []rune(name)
	ms := p.dicts.findRegions(rs)
	if len(ms) == 0 || ms[0].Start != 0 {
		return false
	}
	rest := string(rs[ms[0].End:])
	for _, v := range reclaimBuildVerbs {
		if strings.HasPrefix(rest, v) && utf8.RuneCountInString(rest)-utf8.RuneCountInString(v) >= 4 {
			return true
		}
	}
	return false
}

// removeNode drops a node the earlier stages made and every edge touching
// it, and frees its name for a project.
func (p *projectReader) removeNode(id string) {
	d := p.d
	n := d.nodes[id]
	if n == nil {
		return
	}
	delete(p.taken, n.Name)
	for _, a := range n.Aliases {
		delete(p.taken, a)
	}
	delete(d.nodes, id)
	order := d.order[:0]
	for _, o := range d.order {
		if o != id {
			order = append(order, o)
		}
	}
	d.order = order
	eord := d.eord[:0]
	for _, k := range d.eord {
		if e := d.edges[k]; e.From == id || e.To == id {
			delete(d.edges, k)
			continue
		}
		eord = append(eord, k)
	}
	d.eord = eord
}
