package loaders

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
)

// tableValues runs the pipeline on text and lists "kind name value unit year
// comparator" for every value edge, sorted.
func tableValues(t *testing.T, text string) []string {
	t.Helper()
	x, err := Default().Extract(context.Background(), "t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, n := range x.Nodes {
		names[n.ID] = n.Name
	}
	var out []string
	for _, e := range x.Edges {
		if _, ok := e.Props["value"]; !ok {
			continue
		}
		out = append(out, fmt.Sprintf("%v %s %v %v %v %v", e.Props["kind"], names[e.To], e.Props["value"], e.Props["unit"], e.Props["year"], e.Props["comparator"]))
	}
	sort.Strings(out)
	return out
}

func TestTableIndicators(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // each must be among the values
		not  []string // no value may contain these
	}{
		{
			name: "year columns, unit in the name, a category written once",
			text: "洛阳市“十四五”信息化发展规划\n一、发展目标\n表1 主要指标\n类别 指标名称 2020年 2025年 属性\n网络设施 光纤入户率(%) 60 ≥90 预期性\n城域出口带宽(Tbps) 2 8 预期性\n二、主要任务\n推进网络建设。\n",
			want: []string{
				"baseline 光纤入户率 60 % 2020 =",
				"target 光纤入户率 90 % 2025 >=",
				"baseline 城域出口带宽 2 Tbps 2020 =",
				"target 城域出口带宽 8 Tbps 2025 =",
			},
			not: []string{"属性", "预期性"},
		},
		{
			name: "a unit column, a serial number, base and target words",
			text: "遵义市“十四五”数字经济发展规划\n一、发展目标\n序号 指标 单位 基期值 目标值\n1 上云企业 家 500 2000以上\n2 电子商务交易额 亿元 — 900\n",
			want: []string{
				"baseline 上云企业 500 家 2020 =",
				"target 上云企业 2000 家 2025 >=",
				"target 电子商务交易额 900 亿元 2025 =",
			},
			not: []string{"电子商务交易额 0 "},
		},
		{
			name: "a bulletin's table holds actual values",
			text: "2022年湖南省信息化统计公报\n指标名称 2022年\n移动电话用户(万户) 7500\n",
			want: []string{"actual 移动电话用户 7500 万户 2022 ="},
		},
		{
			name: "prose that merely speaks of indicators is no table",
			text: "西宁市“十四五”信息化发展规划\n一、发展目标\n完善指标体系 2021年 启动评估工作 100项\n",
			not:  []string{"2021", "启动评估工作"},
		},
	}
	for _, tt := range tests {
		got := tableValues(t, tt.text)
		joined := strings.Join(got, "\n")
		for _, w := range tt.want {
			found := false
			for _, g := range got {
				if g == w {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: missing %q in\n%s", tt.name, w, joined)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(joined, n) {
				t.Errorf("%s: unexpected %q in\n%s", tt.name, n, joined)
			}
		}
	}
}

func TestTableValue(t *testing.T) {
	tests := []struct {
		in   string
		v    float64
		comp string
		unit string
		ok   bool
	}{
		{"1.2", 1.2, "=", "", true},
		{"≥90", 90, ">=", "", true},
		{"90%以上", 90, ">=", "%", true},
		{"[3]", 3, "=", "", true},
		{"10左右", 10, "~", "", true},
		{"—", 0, "", "", false},
		{"预期性", 0, "", "", false},
		{"5个试点示范区", 0, "", "", false},
		{"1,200", 1200, "=", "", true},
		{"0.5-1", 0, "", "", false},
		{"3—5", 0, "", "", false},
	}
	for _, tt := range tests {
		v, comp, unit, ok := tableValue(tt.in)
		if ok != tt.ok || ok && (v != tt.v || comp != tt.comp || unit != tt.unit) {
			t.Errorf("tableValue(%q) = %v %q %q %v; want %v %q %q %v", tt.in, v, comp, unit, ok, tt.v, tt.comp, tt.unit, tt.ok)
		}
	}
}

// TestBulletinClauses covers bulletin clauses that lean on the figure before:
// a change in points of a share, a multiple of last year's level, a bound
// that qualifies a noun, 占比, a whole named with 总额 and an item number.
func TestBulletinClauses(t *testing.T) {
	type v = sentenceValue
	tests := []sentenceCase{
		{"网络零售额占全市的比重为12.5%,比上年提高0.8个百分点。", []v{{"网络零售额占全市比重", 12.5, "%", "="}, {"网络零售额占全市比重增量", 0.8, "个百分点", "="}}},
		{"至年末,光纤用户210万户,是上年末的1.8倍。", []v{{"光纤用户", 210, "万户", "="}, {"光纤用户增长倍数", 1.8, "倍", "="}}},
		{"其中50Mbps及以上宽带用户180万户,占比85.2%。", []v{{"50Mbps及以上宽带用户", 180, "万户", "="}, {"50Mbps及以上宽带用户占比", 85.2, "%", "="}}},
		{"网络零售额占社会消费品零售总额的比重为18.3%。", []v{{"网络零售额占社会消费品零售总额比重", 18.3, "%", "="}}},
		{"(2)智慧园区工程总投资约30亿元。", []v{{"智慧园区工程总投资", 30, "亿元", "~"}}},
	}
	checkSentenceValues(t, tests)
}
