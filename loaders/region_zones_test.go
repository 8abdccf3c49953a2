package loaders

import (
	"slices"
	"testing"

	"github.com/plangraph/plangraph/graph"
)

func TestRegionZones(t *testing.T) {
	dicts := MustDictionaries()
	tests := []struct {
		region, text string
		want         map[string]string // region name -> its PART_OF parent ("" for none checked)
		not          []string
	}{
		{"杭州市", "推进余杭新城、萧山科技园等区域的网络建设。", map[string]string{"余杭新城": "杭州市", "萧山科技园": "杭州市"}, []string{"余杭区"}},
		{"上海市", "在嘉定马陆镇和嘉定区内开展试点。", map[string]string{"嘉定马陆镇": "嘉定区"}, nil},
		{"上海市", "加快建设大宁园区信息平台。", map[string]string{"大宁园区": "上海市"}, []string{"建设大宁园区"}},
		{"上海市", "推动产业园区、物流园区和各类工业园区建设。", nil, []string{"产业园区", "物流园区", "各类工业园区", "工业园区"}},
		{"北京市", "实现中心城区和郊区县的全覆盖。", map[string]string{"中心城区": "北京市", "郊区": "北京市"}, nil},
		{"上海市", "发挥中心城市作用。", nil, []string{"中心城区"}},
		{"上海市", "发挥珠三角9市的作用。", map[string]string{"珠三角9市": "珠三角"}, nil},
		{"上海市", "整合利用苏州河流域的资源。", map[string]string{"苏州河流域": "上海市"}, []string{"苏州市"}},
		{"上海市", "建设生活消费指南平台。", nil, []string{"南平市"}},
		{"上海市", "与印度、新加坡开展交流。", map[string]string{"印度": "", "新加坡": ""}, nil},
		{"上海市", "建成信息通信枢纽和航空枢纽。", nil, []string{"信息通信枢纽", "航空枢纽"}},
		{"广州市", "泛珠三角九省区(以下简称九省区)加强合作。", map[string]string{"泛珠三角九省区": ""}, nil},
		{"上海市", "长三角两省一市共同推进。", nil, []string{"长三角两省"}},
		// suffix classes: ports, transport hubs, master-plan units
		{"宁波市", "完成北仑深水港区的通信管线建设。", map[string]string{"北仑深水港区": "宁波市"}, nil},
		{"南京市", "推进南站综合交通枢纽的信息化建设。", map[string]string{"南站综合交通枢纽": "南京市"}, nil},
		{"重庆市", "覆盖西永组团和北部新城。", map[string]string{"西永组团": "重庆市", "北部新城": "重庆市"}, nil},
		{"上海市", "建成国际航运综合交通枢纽和生活配套区。", nil, []string{"国际航运综合交通枢纽", "生活配套区"}},
	}
	for _, tc := range tests {
		d := orgTestDoc(tc.region, tc.text)
		d.addRegion(dicts, tc.region, d.Evidence(0, 1))
		if err := Regions(dicts)(d); err != nil {
			t.Fatal(err)
		}
		for name, parent := range tc.want {
			id := graph.NodeID(graph.LabelRegion, name)
			if d.Node(id) == nil {
				t.Errorf("%q: no region %q; have %v", tc.text, name, nodeNames(d, graph.LabelRegion))
				continue
			}
			if parent != "" && d.edges[string(graph.PartOf)+"|"+id+"|"+graph.NodeID(graph.LabelRegion, parent)] == nil {
				t.Errorf("%q: no PART_OF %s → %s", tc.text, name, parent)
			}
		}
		for _, bad := range tc.not {
			if d.Node(graph.NodeID(graph.LabelRegion, bad)) != nil {
				t.Errorf("%q: unwanted region %q", tc.text, bad)
			}
		}
	}
}

func TestFindRegionsSkipsStraddlingForms(t *testing.T) {
	dicts := MustDictionaries()
	for _, m := range dicts.findRegions([]rune("建设消费指南平台和资讯传递平台")) {
		if m.Targets[0] == "南平市" {
			t.Errorf("南平 read inside 指南平台: %+v", m)
		}
	}
	if ms := dicts.findRegions([]rune("在杭州建设数据中心")); len(ms) != 1 || ms[0].Targets[0] != "杭州市" {
		t.Errorf("杭州 not found: %+v", ms)
	}
}

// TestCountiesStandAsWords checks the county-level units of the national
// list: found where they stand as words, not inside common words.
func TestCountiesStandAsWords(t *testing.T) {
	d := NewDoc("test.txt", []byte("杭州市信息化发展规划\n一、主要任务\n推动沿海城市合作,比如县级融媒体中心建设。发展合作市场。支持新兴城市发展,其中山区覆盖率达到90%。统筹江南区域发展,资源县域经济。\n在包河区建设数据中心,肥西县人民政府负责。\n"))
	for _, s := range Default() {
		if err := s.Run(d); err != nil {
			t.Fatal(err)
		}
		if s.Name == "regions" {
			break
		}
	}
	got := nodeNames(d, graph.LabelRegion)
	for _, want := range []string{"包河区", "肥西县"} {
		if !slices.Contains(got, want) {
			t.Errorf("regions %q lack %s", got, want)
		}
	}
	for _, not := range []string{"海城市", "比如县", "合作市", "兴城市", "中山区", "江南区", "资源县"} {
		if slices.Contains(got, not) {
			t.Errorf("%s read as a region in %q", not, got)
		}
	}
}
