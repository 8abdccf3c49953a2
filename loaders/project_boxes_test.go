package loaders

import (
	"slices"
	"testing"

	"github.com/plangraph/plangraph/graph"
)

// testBoxPlan is a plan whose key projects stand in 专栏 boxes numbered
// (1), (2), with a numbered project list after its tasks.
const testBoxPlan = `江南市数字政府建设规划
一、主要任务
(一)夯实数字底座
1.优化政务云。推动部门系统迁移上云。
专栏1 数字底座重点工程
(1)政务云扩容工程。在萧山区建设政务云主节点。
(2)城市感知网工程。部署感知终端。
(二)提升服务能力
1.深化掌上办事。推进高频事项掌上办理。
二、重点项目
1.城市数据中心项目。建设地点:余杭区。
2.视频共享建设项目。新建视频共享节点。
三、保障措施
(一)加强组织领导。统筹推进各项工作。
`

func TestProjectBoxes(t *testing.T) {
	d := runProjectStages(t, testBoxPlan)
	got := nodeNames(d, graph.LabelSpecialProject)
	for _, want := range []string{"政务云扩容工程", "城市感知网工程", "城市数据中心项目", "视频共享建设项目"} {
		if !slices.Contains(got, want) {
			t.Errorf("projects %q lack %q", got, want)
		}
	}
	// a box ends with its items: the sections after it are no projects
	for _, bad := range []string{"提升服务能力", "掌上办事", "保障措施", "组织领导"} {
		if slices.Contains(got, bad) {
			t.Errorf("projects %q hold %q", got, bad)
		}
	}
	for _, loc := range [][2]string{{"政务云扩容工程", "萧山区"}, {"城市数据中心项目", "余杭区"}} {
		if !edgeByName(d, graph.LocatedIn, loc[0], loc[1]) {
			t.Errorf("no LOCATED_IN %s -> %s", loc[0], loc[1])
		}
	}
}

func TestOutlineBoxesAndItems(t *testing.T) {
	d := runProjectStages(t, "标题\n专栏2:数据资源重点工程\n(1)数据湖工程。建设数据湖。\n①共享平台\n4.示范建设项目。新建节点。\n五、重点项目\n")
	hs := outline(d)
	var got []string
	for _, h := range hs {
		got = append(got, h.title)
	}
	want := map[string]int{"数据资源重点工程": 0, "数据湖工程": 7, "共享平台": 7, "示范建设项目": 5, "重点项目": 2}
	for _, h := range hs {
		if lv, ok := want[h.title]; ok && lv != h.level {
			t.Errorf("%q at level %d, want %d", h.title, h.level, lv)
		}
		switch h.title {
		case "数据资源重点工程":
			if !isContainer(h) {
				t.Errorf("%q is no box of projects", h.title)
			}
		case "示范建设项目":
			// an item with its text is no section title
			if isContainer(h) {
				t.Errorf("%q read as a container", h.title)
			}
		case "重点项目":
			if !isContainer(h) {
				t.Errorf("%q is no container", h.title)
			}
		}
	}
	for w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("outline %q lacks %q", got, w)
		}
	}
}

func TestRefinePlaceAndLevelLists(t *testing.T) {
	cases := []struct {
		text string
		bad  []string
	}{
		{"完成省、市、县三级专网改造。", []string{"县三级专网"}},
		{"推进主城区、县城和重点乡镇5G网络连续覆盖。", []string{"主城区重点乡镇5G网络", "县城和重点乡镇5G网络"}},
		{"在高新区、经开区开展车路协同试点。", []string{"高新区开展车路协同试点", "经开区开展车路协同试点"}},
	}
	dicts := MustDictionaries()
	for _, c := range cases {
		rs := []rune(c.text)
		raw := addNonOverlapping(findProjectMentionsIn(rs, dicts.regionForms), unheadedProjects(rs))
		if !slices.ContainsFunc(raw, func(m projectMention) bool { return slices.Contains(c.bad, m.Name) }) {
			t.Fatalf("%s: the scanners read none of %q; the case tests nothing", c.text, c.bad)
		}
		ms := refineMentions(rs, slices.Clone(raw))
		for _, m := range ms {
			if slices.Contains(c.bad, m.Name) {
				t.Errorf("%s: kept %q", c.text, m.Name)
			}
		}
	}
	// a list of things sharing a head stays (not places)
	for _, name := range []string{"县三级专网", "省二级平台"} {
		if !levelListTail(name) {
			t.Errorf("levelListTail(%q) = false", name)
		}
	}
	for _, name := range []string{"市级综合监管信息平台", "县域医共体平台", "三级医院信息系统"} {
		if levelListTail(name) {
			t.Errorf("levelListTail(%q) = true", name)
		}
	}
	rs := []rune("建设征地管理、拆迁管理等子系统。")
	ms := refineMentions(rs, findProjectMentionsIn(rs, dicts.regionForms))
	var names []string
	for _, m := range ms {
		names = append(names, m.Name)
	}
	if !slices.Contains(names, "征地管理子系统") {
		t.Errorf("shared-head list lost: %q", names)
	}
}
