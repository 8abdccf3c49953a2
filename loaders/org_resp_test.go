package loaders

import (
	"slices"
	"testing"

	"github.com/plangraph/plangraph/graph"
)

// TestResponsibilityRules runs the pipeline over short texts of the genre
// and checks who is made responsible for what.
func TestResponsibilityRules(t *testing.T) {
	type edge struct{ from, to string }
	tests := []struct {
		name      string
		text      string
		want, not []edge
	}{
		{"heading item led by an agency",
			"江南市科技创新三年行动计划\n一、重点任务\n(一)天云计划。推动企业上云。市科技和信息化局牵头。\n",
			[]edge{{"市科技和信息化局", "天云计划"}}, []edge{{"市科技和信息化局", "江南市科技创新三年行动计划"}}},
		{"由A负责实施 in a numbered item",
			"南沙区信息化三年行动计划\n一、重点任务\n1.智慧港口工程。推进港口数据共享,由南沙区人民政府负责实施。\n",
			[]edge{{"南沙区人民政府", "智慧港口工程"}}, nil},
		{"由A负责实施 in the item's next paragraph",
			"南沙区信息化三年行动计划\n一、重点任务\n(二)智慧港口工程\n推进港口数据共享。\n由南沙区人民政府负责实施。\n",
			[]edge{{"南沙区人民政府", "智慧港口工程"}}, nil},
		{"an item that heads no project takes no responsibility",
			"江南市信息化三年行动计划\n一、保障措施\n(一)加强组织领导。市发展改革委牵头。\n",
			nil, []edge{{"市发展改革委", "加强组织领导"}}},
		{"甲方 is the party the agreement names",
			"区域信息化合作协议\n甲方:北京市经济和信息化委员会\n乙方:天津市工业和信息化局\n第一条 甲方负责牵头建设京津信息网络平台。\n",
			[]edge{{"北京市经济和信息化委员会", "京津信息网络平台"}}, []edge{{"天津市工业和信息化局", "京津信息网络平台"}}},
		{"a list after the agency's project",
			"江南市信息化三年行动计划\n一、重点任务\n整合市交通信息中心已建路况监测、停车诱导、公交调度等系统。\n",
			[]edge{{"市交通信息中心", "路况监测系统"}, {"市交通信息中心", "公交调度系统"}}, nil},
		{"an agency named in its project's name; not in the building of itself",
			"江南市信息化三年行动计划\n一、重点任务\n杭州市大数据中心负责全市数据汇聚。建设杭州市大数据中心城市数据平台。加强杭州市大数据中心建设。\n",
			[]edge{{"杭州市大数据中心", "杭州市大数据中心城市数据平台"}}, []edge{{"杭州市大数据中心", "杭州市大数据中心建设"}}},
		{"lead-unit fields after an item and inside a numbered project",
			"江南市智慧城市三年行动计划\n一、重点任务\n——建设城市运行中枢。汇聚全市感知数据,建设城市交通诱导系统。\n牵头单位:市大数据局;配合单位:市公安局。\n二、重点项目\n1.智慧停车一期项目。总投资2亿元。责任单位:市交通运输局。\n",
			[]edge{{"市大数据局", "城市交通诱导系统"}, {"市交通运输局", "智慧停车一期项目"}},
			[]edge{{"市公安局", "城市交通诱导系统"}, {"市大数据局", "智慧停车一期项目"}}},
		{"依托 a base no stage read",
			"江南市信息化三年行动计划\n一、重点任务\n依托国家软件出口(南方)基地建设软件外包公共服务平台。\n",
			[]edge{{"国家软件出口(南方)基地", "软件外包公共服务平台"}}, nil},
	}
	for _, tc := range tests {
		d := runProjectStages(t, tc.text)
		for _, e := range tc.want {
			if !respEdgeByForm(d, e.from, e.to) {
				t.Errorf("%s: want %s→%s; have %v", tc.name, e.from, e.to, respEdges(d))
			}
		}
		for _, e := range tc.not {
			if respEdgeByForm(d, e.from, e.to) {
				t.Errorf("%s: unwanted %s→%s", tc.name, e.from, e.to)
			}
		}
	}
}

// respEdgeByForm says a RESPONSIBLE_FOR joins nodes named (or aliased) from
// and to.
func respEdgeByForm(d *Doc, from, to string) bool {
	for _, e := range d.edges {
		if e.Type == graph.ResponsibleFor && slices.Contains(nodeForms(d.nodes[e.From]), from) && slices.Contains(nodeForms(d.nodes[e.To]), to) {
			return true
		}
	}
	return false
}

func respEdges(d *Doc) []string {
	var out []string
	for _, k := range d.eord {
		if e := d.edges[k]; e.Type == graph.ResponsibleFor {
			out = append(out, d.nodes[e.From].Name+"→"+d.nodes[e.To].Name)
		}
	}
	return out
}
